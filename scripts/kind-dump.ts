/**
 * The kind's inputs and readings on everyday sets, for quick re-runs of the kind alone: one engine
 * load, and per message the text the kind reads (the caller's words in a call), the category the
 * engine filed, and the expected and given kinds. `npx tsx scripts/kind-dump.ts a.jsonl … --out dump.json`;
 * then `npx tsx scripts/kind-rerun.ts dump.json` re-reads the kind with the current rules (the operator's
 * turns of a call are kept, as the engine passes them).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../src/runtime/env.schema.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";
import { createEngine } from "../src/intake/create-engine.js";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { normalizeText, tidyPunctuation } from "../src/intake/normalize-text.js";
import { parseTranscript } from "../src/intake/parse-transcript.js";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
if (outAt < 0) throw new Error("--out dump.json is required");
const out = args[outAt + 1]!;
const files = args.filter((a, i) => a.endsWith(".jsonl") && i !== outAt + 1);
const env = parseEnv(process.env);
const config = await loadDomainConfig(path.resolve(env.CONFIG_DIR));
const engine = await createEngine(env, config, { engine: "offline" });
const rows: unknown[] = [];
const asList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : v ? [v as string] : []);
for (const file of files) {
  const set = path.basename(file, ".jsonl");
  const cases = await readEvaluationCases(file);
  let i = 0;
  for (const c of cases) {
    const complaint = await engine.extract({ text: c.text, channel: c.channel });
    const text = normalizeText(c.text);
    const transcript = c.channel === "hotline" || /坐席|来电人/.test(text) ? parseTranscript(text) : null;
    const facts = transcript ? tidyPunctuation(transcript.caller.join("。")) : text;
    rows.push({
      set,
      i: i++,
      facts,
      spoken: transcript !== null,
      agent: transcript ? transcript.agent.join("。") : "",
      category: complaint.category,
      goldCategory: asList(c.category),
      gold: asList(c.kind),
      given: complaint.kind,
    });
  }
  process.stdout.write(`${set}\n`);
}
writeFileSync(out, JSON.stringify(rows));
