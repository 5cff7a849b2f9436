import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Kind } from "../domain/taxonomy.schema.js";
import { detectKind } from "./detect-kind.js";
import { kindFeatures } from "./kind-features.js";
import { DEFAULT_KIND_MODEL, KindModel, type KindModelFile } from "./kind-model.js";
import { KIND_GROUPS, weakKindFromBody, weakKindFromTitle, type KindGroup } from "./kind-weak-labels.js";
import { readModelText, writeModelText } from "./model-file.js";
import { normalizeText } from "./normalize-text.js";
import { trainOnFeatures, type TrainOptions } from "./train-classifier.js";

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/intake");

/** Hand-written lines (the team's): chat-register questions and suggestions real boards lack. */
export const KIND_SEED_FILES = ["kind-seed.jsonl", "dev-cases.jsonl"].map((f) => path.join(DATA, f));
export const DEFAULT_TEDDY_DIR = "../shared/benchmarks/teddy2020";

export interface KindExample {
  text: string;
  label: KindGroup;
  source: "teddy-titles" | "teddy-texts" | "seed" | "history";
  weight: number;
}

const KIND_OPTIONS: Partial<TrainOptions> = {
  features: { words: false, wordBigrams: false, charNgrams: [1, 2, 3] },
  minDf: 2,
  maxFeatures: 30_000,
  epochs: 10,
  lambda: 2e-5,
  learningRate: 0.5,
  // The board's own mix (most letters complain) is the prior a new message should start from.
  balanced: false,
  pruneBelow: 0.02,
  precision: 3,
  seed: 11,
};
/** How much one unit of rule evidence adds to a group's log-odds (chosen on the dev cases). */
export const SHIPPED_RULE_WEIGHT = 0.3;
export const SHIPPED_CHAT_RULE_WEIGHT = 1;
/**
 * Divides the combined log-odds before they become a confidence. Weak labels make the model surer
 * than it is right; at 2 the confidence matches how often the reading is right on real letters
 * (Teddy test bodies against their titles' kind, measured only): see docs/intake.md.
 */
export const SHIPPED_TEMPERATURE = 2;
// A hand-written line stands for many real messages of a register the board does not have.
const SEED_WEIGHT = 3;

/** A fixed fifth of the weak-labelled Teddy messages (by SHA-256 of the text) is never trained on. */
export function isKindMeasureSlice(text: string): boolean {
  return parseInt(createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8), 16) % 5 === 0;
}

const TeddyTitle = z.object({ title: z.string() });
const TeddyText = z.object({ text: z.string() });
const SeedLine = z.object({ text: z.string().min(1), kind: z.union([Kind, z.array(Kind).min(1)]) });

/** Kind → its three-way group (建言 / 投诉·求助 / 咨询); praise and wishes have none. */
export function groupOf(kind: Kind): KindGroup | null {
  if (kind === "consultation" || kind === "suggestion") return kind;
  if (kind === "complaint" || kind === "help" || kind === "dispute") return "complaint";
  return null;
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = schema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.message ?? "invalid"}`);
      return r.data;
    });
}

/** Weak-labelled Teddy messages, split into what the model learns from and the measured fifth. */
export function teddyKindExamples(dir: string): { train: KindExample[]; measure: KindExample[] } {
  const train: KindExample[] = [];
  const measure: KindExample[] = [];
  const add = (raw: string, label: KindGroup | null, source: KindExample["source"]): void => {
    if (!label) return;
    const text = normalizeText(raw);
    (isKindMeasureSlice(text) ? measure : train).push({ text, label, source, weight: 1 });
  };
  for (const r of readJsonl(path.join(dir, "train-titles.jsonl"), TeddyTitle))
    add(r.title, weakKindFromTitle(r.title), "teddy-titles");
  for (const r of readJsonl(path.join(dir, "train-texts.jsonl"), TeddyText))
    add(r.text, weakKindFromBody(r.text), "teddy-texts");
  return { train, measure };
}

export function seedKindExamples(files: readonly string[] = KIND_SEED_FILES): KindExample[] {
  const out: KindExample[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const r of readJsonl(file, SeedLine)) {
      const first = Array.isArray(r.kind) ? r.kind[0]! : r.kind;
      const label = groupOf(first);
      if (label) out.push({ text: normalizeText(r.text), label, source: "seed", weight: SEED_WEIGHT });
    }
  }
  return out;
}

/** Trains the kind model; deterministic for the same examples in the same order. */
export function trainKindModel(
  examples: readonly KindExample[],
  ruleWeight = SHIPPED_RULE_WEIGHT,
  temperature = SHIPPED_TEMPERATURE,
): KindModelFile {
  const model = trainOnFeatures(
    examples.map((e) => kindFeatures(e.text)),
    examples.map((e) => e.label),
    KIND_OPTIONS,
    examples.map((e) => e.weight),
  );
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  return {
    version: 1,
    type: "kind",
    model,
    ruleWeight,
    chatRuleWeight: SHIPPED_CHAT_RULE_WEIGHT,
    temperature,
    sources: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([name, n]) => ({ name, examples: n })),
  };
}

export interface GroupScore {
  correct: number;
  total: number;
  /** By confidence bin: [low, high), right / total. */
  bins: { from: number; correct: number; total: number }[];
}

/** Three-way accuracy of `detectKind` (with the given model, or the rules alone) on examples. */
export function scoreGroups(examples: readonly KindExample[], model: KindModel | null): GroupScore {
  const edges = [0, 0.45, 0.6, 0.75, 0.9];
  const bins = edges.map((from) => ({ from, correct: 0, total: 0 }));
  let correct = 0;
  for (const e of examples) {
    const f = detectKind(e.text, "", model);
    const ok = groupOf(f.kind) === e.label;
    if (ok) correct++;
    const bin = [...bins].reverse().find((b) => f.confidence >= b.from)!;
    bin.total++;
    if (ok) bin.correct++;
  }
  return { correct, total: examples.length, bins };
}

function formatScore(name: string, s: GroupScore): string {
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  const bins = s.bins.map((b) => `≥${b.from}: ${pct(b.correct, b.total)} of ${b.total}`).join("; ");
  return `  ${name.padEnd(22)} ${pct(s.correct, s.total).padStart(6)} (${s.correct}/${s.total})  [${bins}]`;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const teddy = arg("--teddy") ?? DEFAULT_TEDDY_DIR;
  const out = arg("--out") ?? DEFAULT_KIND_MODEL;
  if (!existsSync(path.join(teddy, "train-titles.jsonl")))
    throw new Error(`--teddy ${teddy}: no train-titles.jsonl there (see data/intake/README.md)`);
  const started = performance.now();
  const { train, measure } = teddyKindExamples(teddy);
  const seeds = seedKindExamples();
  const file = trainKindModel([...train, ...seeds]);
  const model = new KindModel(file);
  const count = (xs: KindExample[]): string =>
    KIND_GROUPS.map((g) => `${g} ${xs.filter((x) => x.label === g).length}`).join(", ");
  process.stdout.write(
    `trained on ${train.length} weak-labelled Teddy messages (${count(train)}) and ${seeds.length} seeds\n` +
      `measured on the held-out fifth: ${measure.length} (${count(measure)})\n`,
  );
  for (const source of ["teddy-titles", "teddy-texts"] as const) {
    const part = measure.filter((m) => m.source === source);
    process.stdout.write(`${source}:\n`);
    process.stdout.write(formatScore("rules alone", scoreGroups(part, null)) + "\n");
    process.stdout.write(formatScore("model + rules", scoreGroups(part, model)) + "\n");
  }
  const json = JSON.stringify(file) + "\n";
  if (argv.includes("--check")) {
    const shipped = await readModelText(out);
    if (shipped !== json) {
      process.stderr.write(`${out} differs from a rebuild: retrain and commit it\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${out} matches a rebuild\n`);
    return;
  }
  await writeModelText(out, json);
  process.stdout.write(`model written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
