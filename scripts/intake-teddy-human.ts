/**
 * Kind and category on real message-board letters, against labels a reader wrote without ever seeing
 * the engine (data/intake/teddy-test-human-labels.jsonl: ids and labels only, no corpus text). The
 * letters are Teddy 2020's test.jsonl, which nothing is trained or tuned on; the labels are a held-out
 * check set too. Each message is read twice: the body alone, and title plus body (as a portal
 * delivers it). Kind is also scored three ways (建言 / 投诉·求助 / 咨询), as message boards file.
 *
 *   npx tsx scripts/intake-teddy-human.ts [../shared/benchmarks/teddy2020] [--failures]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Kind } from "../src/domain/taxonomy.schema.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { evaluateEngine, formatEvaluation, type EvaluationCase } from "../src/intake/evaluate.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "../shared/benchmarks/teddy2020";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const Label = z.object({ id: z.string(), kind: z.array(Kind).min(1), category: z.array(z.string()).min(1) });
const labels = readFileSync(path.join(root, "data/intake/teddy-test-human-labels.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => Label.parse(JSON.parse(l)));
const letters = new Map(
  readFileSync(path.join(dir, "test.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; title: string; text: string })
    .map((r) => [r.id, r] as const),
);

const config = await loadDomainConfig(path.join(root, "config"));
const engine = await OfflineEngine.create(config);
for (const [name, read] of [
  ["body alone", (r: { title: string; text: string }) => r.text],
  ["title + body", (r: { title: string; text: string }) => `${r.title}\n${r.text}`],
] as const) {
  const cases: EvaluationCase[] = labels.map((l) => {
    const letter = letters.get(l.id);
    if (!letter) throw new Error(`label for id ${l.id}, which test.jsonl does not have`);
    // Letters name places in another (anonymised) province: any community, or none, is accepted.
    return {
      text: read(letter),
      channel: "web",
      kind: l.kind,
      category: l.category,
      community: [null, ...config.units.keys()],
      urgency: ["normal", "urgent", "emergency"],
    };
  });
  const result = await evaluateEngine(engine, cases);
  console.log(`\n## ${name} (${cases.length} letters)`);
  console.log(formatEvaluation(result, { failures: args.includes("--failures") }));
}
