/**
 * Category and kind on several everyday sets with one engine load, scored as `intake eval` scores
 * them (columns: set, cases, category, kind, urgency, community right). Name the files: `npx tsx scripts/category-sets.ts data/intake/a.jsonl … [--out result.json]`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnv } from "../src/runtime/env.schema.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";
import { createEngine } from "../src/intake/create-engine.js";
import { evaluateEngine, readEvaluationCases } from "../src/intake/evaluate.js";

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" } },
});
const out = values.out;
const env = parseEnv(process.env);
const config = await loadDomainConfig(path.resolve(env.CONFIG_DIR));
const engine = await createEngine(env, config, { engine: "offline" });
const rows: unknown[] = [];
let n = 0,
  cat = 0,
  kind = 0,
  community = 0,
  urgency = 0;
for (const file of files) {
  const r = await evaluateEngine(engine, await readEvaluationCases(file));
  const name = path.basename(file, ".jsonl");
  n += r.cases;
  cat += r.fields.category.correct;
  kind += r.fields.kind.correct;
  community += r.fields.community.correct;
  urgency += r.fields.urgency.correct;
  process.stdout.write(
    `${name}\t${r.cases}\t${r.fields.category.correct}\t${r.fields.kind.correct}\t${r.fields.urgency.correct}\t${r.fields.community.correct}\n`,
  );
  rows.push({
    set: name,
    cases: r.cases,
    category: r.fields.category.correct,
    kind: r.fields.kind.correct,
    urgency: r.fields.urgency.correct,
    community: r.fields.community.correct,
    failures: r.failures.filter(
      (f) => f.field === "category" || f.field === "kind" || f.field === "urgency" || f.field === "community",
    ),
  });
}
process.stdout.write(`all\t${n}\t${cat}\t${kind}\t${urgency}\t${community}\n`);
if (out) writeFileSync(out, JSON.stringify(rows));
