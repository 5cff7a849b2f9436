/**
 * `npm run bench`: runs every benchmark in its own process, one after another, and prints their
 * figures. Benchmarks never fail on timing; a benchmark that crashes is reported and the rest run.
 *   npm run bench                 # all
 *   npm run bench -- http intake  # some, by name
 *   npm run bench -- pipeline --api 2 --workers 2   # options after the names go to each benchmark
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const ALL = [
  "http-tickets",
  "intake",
  "teddy2020",
  "routing",
  "wechat",
  "startup",
  "pipeline",
  "media",
  "reports",
];
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith("-"));
const wanted = firstOption === -1 ? args : args.slice(0, firstOption);
const options = firstOption === -1 ? [] : args.slice(firstOption);
const selected = wanted.length ? ALL.filter((n) => wanted.some((w) => n.startsWith(w))) : ALL;

const failed: string[] = [];
for (const name of selected) {
  const started = Date.now();
  console.log(`\n######## bench/${name}.ts`);
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(here, `${name}.ts`), ...options], {
    stdio: "inherit",
  });
  if (r.status !== 0) failed.push(name);
  console.log(
    `######## ${name}: ${r.status === 0 ? "done" : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
if (failed.length) console.log(`\nBenchmarks that did not complete: ${failed.join(", ")}`);
