/**
 * Re-reads the kind of every message in a dump written by scripts/kind-dump.ts with the current
 * rules and model, and prints per set the kind right before (the dump's) and now, with the messages
 * that moved. An approximation of `intake eval`: the category is the one the engine filed.
 * `npx tsx scripts/kind-rerun.ts dump.json [--moved] [--confusion] [--model kind-model.json.gz]`
 */
import { readFileSync } from "node:fs";
import { detectKind } from "../src/intake/detect-kind.js";
import { KindModel, shippedKindModel } from "../src/intake/kind-model.js";

interface Row {
  set: string;
  i: number;
  facts: string;
  spoken: boolean;
  /** The operator's turns of a call (dumps written before they were kept have none). */
  agent?: string;
  category: string;
  gold: string[];
  given: string;
}
const args = process.argv.slice(2);
const rows = JSON.parse(readFileSync(args[0]!, "utf8")) as Row[];
const showMoved = args.includes("--moved");
const modelAt = args.indexOf("--model");
// Another kind model (e.g. a rebuild to compare), else the shipped one.
const model = modelAt >= 0 ? KindModel.load(args[modelAt + 1]!) : shippedKindModel();
const per = new Map<string, { n: number; before: number; after: number }>();
const moved: string[] = [];
const confusion = new Map<string, number>();
for (const r of rows) {
  const now = detectKind(r.facts, r.category, model, { spoken: r.spoken, agent: r.agent }).kind;
  const s = per.get(r.set) ?? { n: 0, before: 0, after: 0 };
  s.n++;
  const was = r.gold.includes(r.given);
  const is = r.gold.includes(now);
  if (was) s.before++;
  if (is) s.after++;
  per.set(r.set, s);
  if (!is) {
    const key = `${r.gold[0]} → ${now}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  if (now !== r.given)
    moved.push(
      `${was ? "R" : "W"}→${is ? "R" : "W"} ${r.set}#${r.i} [${r.gold.join("/")}] ${r.given}→${now} ${r.category} | ${r.facts.replace(/\s+/g, " ").slice(0, 220)}`,
    );
}
let n = 0,
  b = 0,
  a = 0;
for (const [set, s] of per) {
  n += s.n;
  b += s.before;
  a += s.after;
  process.stdout.write(
    `${set}\t${s.n}\t${s.before}\t${s.after}\t${s.after - s.before >= 0 ? "+" : ""}${s.after - s.before}\n`,
  );
}
process.stdout.write(`all\t${n}\t${b}\t${a}\t${a - b}\n`);
if (args.includes("--confusion"))
  for (const [k, v] of [...confusion].sort((x, y) => y[1] - x[1])) process.stdout.write(`${v}\t${k}\n`);
if (showMoved) for (const m of moved) process.stdout.write(m + "\n");
