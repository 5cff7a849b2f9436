/**
 * Contact figures for the readable contact sets, one line each (phone, name, numbers and names
 * left in the staff view). Takes the set files as arguments; never pass a blind set.
 *   npx tsx scripts/contact-figures.ts data/intake/contact-fresh.jsonl data/intake/contact-fresh2.jsonl
 * With --failures-dir <dir>, writes each set's failures there as JSON (one file per set).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { evaluateContacts, readContactCases } from "../src/intake/evaluate-contact.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const args = process.argv.slice(2);
const dirAt = args.indexOf("--failures-dir");
const failuresDir = dirAt >= 0 ? args[dirAt + 1] : undefined;
// Without --failures-dir (dirAt is -1) every argument is a set: dirAt + 1 must not drop the first one.
const files = args.filter((_, i) => dirAt < 0 || (i !== dirAt && i !== dirAt + 1));
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
