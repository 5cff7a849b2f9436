/**
 * Contact figures for the readable contact sets, one line each (phone, name, numbers and names
 * left in the staff view). Takes the set files as arguments; never pass a blind set.
 *   npx tsx scripts/contact-figures.ts data/intake/contact-fresh.jsonl data/intake/contact-fresh2.jsonl
 * With --failures-dir <dir>, writes each set's failures there as JSON (one file per set).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { evaluateContacts, readContactCases } from "../src/intake/evaluate-contact.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { "failures-dir": { type: "string" } },
});
const failuresDir = values["failures-dir"];
const config = await loadDomainConfig(path.resolve("config"));
const engine = await OfflineEngine.create(config, {});
const sum = {
  phone: 0,
  phoneTotal: 0,
  name: 0,
  nameTotal: 0,
  leaks: 0,
  leakTotal: 0,
  nameLeaks: 0,
  nameLeakTotal: 0,
};
for (const file of files) {
  const r = await evaluateContacts(engine, await readContactCases(file));
  sum.phone += r.phone.correct;
  sum.phoneTotal += r.phone.total;
  sum.name += r.name.correct;
  sum.nameTotal += r.name.total;
  sum.leaks += r.leaks.staffView;
  sum.leakTotal += r.leaks.total;
  sum.nameLeaks += r.nameLeaks.staffView;
  sum.nameLeakTotal += r.nameLeaks.total;
  process.stdout.write(
    `${path.basename(file, ".jsonl").padEnd(18)} phone ${r.phone.correct}/${r.phone.total} (wrong ${r.given.wrong}, missed ${r.given.missed}, taken ${r.none.taken})  name ${r.name.correct}/${r.name.total}  numbers ${r.leaks.staffView}/${r.leaks.total}  names ${r.nameLeaks.staffView}/${r.nameLeaks.total}\n`,
  );
  if (failuresDir)
    await writeFile(
      path.join(failuresDir, `${path.basename(file, ".jsonl")}.json`),
      JSON.stringify(r.failures, null, 1),
    );
}
process.stdout.write(
  `${"all".padEnd(18)} phone ${sum.phone}/${sum.phoneTotal}  name ${sum.name}/${sum.nameTotal}  numbers ${sum.leaks}/${sum.leakTotal}  names ${sum.nameLeaks}/${sum.nameLeakTotal}\n`,
);
