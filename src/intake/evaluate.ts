import { readFile } from "node:fs/promises";
import { z } from "zod";
import { Channel, type Complaint } from "../domain/complaint.schema.js";
import { Kind, Urgency } from "../domain/taxonomy.schema.js";
import type { AsksDanger } from "./danger-check.js";
import type { ExtractionEngine } from "./extraction-engine.js";

const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);

/** A labelled case; a field may list several acceptable values. `community: null` means "no place given". */
export const EvaluationCase = z.object({
  text: z.string().min(1),
  channel: Channel,
  category: oneOrMany(z.string()),
  kind: oneOrMany(Kind),
  community: oneOrMany(z.string().nullable()),
  urgency: oneOrMany(Urgency),
});
export type EvaluationCase = z.infer<typeof EvaluationCase>;

export const EVALUATED_FIELDS = ["category", "kind", "community", "urgency"] as const;
export type EvaluatedField = (typeof EVALUATED_FIELDS)[number];

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

export interface CaseFailure {
  text: string;
  field: EvaluatedField;
  expected: (string | null)[];
  actual: string | null;
}

export interface EvaluationResult {
  engine: string;
  cases: number;
  fields: Record<EvaluatedField, FieldScore>;
  /** expected (first acceptable) → predicted → count. */
  confusion: Record<string, Record<string, number>>;
  /** The same for the kind of appeal. */
  kindConfusion: Record<string, Record<string, number>>;
  /**
   * Kind read three ways, as message boards file (建言 / 投诉·求助 / 咨询): a suggestion, a complaint or
   * request for help or dispute, a question; praise and wishes must match exactly.
   */
  kindGroups: FieldScore;
  /** Cases whose only acceptable urgency is emergency, and how many were flagged so. */
  emergency: { total: number; recalled: number; recall: number };
  /**
   * The nuisance cost of the safety question (src/intake/danger-check.ts): of the cases not
   * expected to be emergencies and not flagged so, how many would get it. Null when not measured.
   */
  dangerQuestions: { asked: number; of: number } | null;
  failures: CaseFailure[];
  /** Wall-clock per extraction, for reports only. */
  latencyMs: { p50: number; p99: number; max: number };
}

/** Runs the engine on every case, one at a time, and scores each field. */
export async function evaluateEngine(
  engine: ExtractionEngine,
  cases: readonly EvaluationCase[],
  options: { asksDanger?: AsksDanger } = {},
): Promise<EvaluationResult> {
  const asks = options.asksDanger;
  const dangerQuestions = asks ? { asked: 0, of: 0 } : null;
  const fields = Object.fromEntries(
    EVALUATED_FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: 0 }]),
  ) as Record<EvaluatedField, FieldScore>;
  const confusion: Record<string, Record<string, number>> = {};
  const kindConfusion: Record<string, Record<string, number>> = {};
  const failures: CaseFailure[] = [];
  const emergency = { total: 0, recalled: 0, recall: 1 };
  const kindGroups = { correct: 0, total: 0, accuracy: 0 };
  const times: number[] = [];

  for (const c of cases) {
    const started = performance.now();
    const complaint = await engine.extract({ text: c.text, channel: c.channel });
    times.push(performance.now() - started);
    const actual: Record<EvaluatedField, string | null> = {
      category: complaint.category,
      kind: complaint.kind,
      community: complaint.location.community,
      urgency: complaint.urgency,
    };
    for (const field of EVALUATED_FIELDS) {
      const expected = asList(c[field]);
      const score = fields[field];
      score.total++;
      if (expected.includes(actual[field])) score.correct++;
      else failures.push({ text: c.text, field, expected, actual: actual[field] });
    }
    const expectedCategory = asList(c.category)[0] ?? "?";
    const predicted = expectedCategoryOrActual(c, complaint);
    confusion[expectedCategory] ??= {};
    confusion[expectedCategory][predicted] = (confusion[expectedCategory][predicted] ?? 0) + 1;
    const kinds = asList(c.kind);
    const expectedKind = kinds.includes(complaint.kind) ? complaint.kind : (kinds[0] ?? "?");
    kindGroups.total++;
    if (kinds.map(kindGroup).includes(kindGroup(complaint.kind))) kindGroups.correct++;
    kindConfusion[expectedKind] ??= {};
    kindConfusion[expectedKind][complaint.kind] = (kindConfusion[expectedKind][complaint.kind] ?? 0) + 1;
    const urgencies = asList(c.urgency);
    if (urgencies.length === 1 && urgencies[0] === "emergency") {
      emergency.total++;
      if (complaint.urgency === "emergency") emergency.recalled++;
    }
    if (asks && !urgencies.includes("emergency") && complaint.urgency !== "emergency") {
      dangerQuestions!.of++;
      if (asks(c.text, complaint.urgency, complaint.kind)) dangerQuestions!.asked++;
    }
  }
  for (const f of EVALUATED_FIELDS)
    fields[f].accuracy = fields[f].total ? fields[f].correct / fields[f].total : 0;
  kindGroups.accuracy = kindGroups.total ? kindGroups.correct / kindGroups.total : 0;
  emergency.recall = emergency.total ? emergency.recalled / emergency.total : 1;
  times.sort((a, b) => a - b);
  return {
    engine: engine.name,
    cases: cases.length,
    fields,
    confusion,
    kindConfusion,
    kindGroups,
    emergency,
    dangerQuestions,
    failures,
    latencyMs: {
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      max: times[times.length - 1] ?? 0,
    },
  };
}

/** Plain-text report for the terminal: accuracy per field, emergency recall, the confusion of categories. */
export function formatEvaluation(result: EvaluationResult, options: { failures?: boolean } = {}): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  const lines = [`engine ${result.engine}, ${result.cases} cases`];
  for (const f of EVALUATED_FIELDS) {
    const s = result.fields[f];
    lines.push(`  ${f.padEnd(10)} ${pct(s.accuracy).padStart(6)}  (${s.correct}/${s.total})`);
  }
  const g = result.kindGroups;
  lines.push(`  kind (3-way: 建言/投诉·求助/咨询) ${pct(g.accuracy)}  (${g.correct}/${g.total})`);
  lines.push(
    `  emergency recall ${pct(result.emergency.recall)} (${result.emergency.recalled}/${result.emergency.total})`,
  );
  const q = result.dangerQuestions;
  if (q)
    lines.push(
      `  safety question ${pct(q.of ? q.asked / q.of : 0)} (${q.asked}/${q.of} ordinary messages would get it)`,
    );
  lines.push(
    `  latency p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms`,
  );
  lines.push("", "category confusion (expected → predicted: count), errors only:");
  for (const [expected, row] of Object.entries(result.confusion).sort()) {
    const wrong = Object.entries(row).filter(([p]) => p !== expected);
    if (wrong.length) lines.push(`  ${expected} → ${wrong.map(([p, n]) => `${p}: ${n}`).join(", ")}`);
  }
  lines.push("", "kind confusion (expected → predicted: count), errors only:");
  for (const [expected, row] of Object.entries(result.kindConfusion).sort()) {
    const wrong = Object.entries(row).filter(([p]) => p !== expected);
    if (wrong.length) lines.push(`  ${expected} → ${wrong.map(([p, n]) => `${p}: ${n}`).join(", ")}`);
  }
  if (options.failures) {
    lines.push("", "failures:");
    for (const f of result.failures)
      lines.push(
        `  [${f.field}] expected ${f.expected.join("|")}, got ${f.actual}: ${f.text.replace(/\n/g, " / ")}`,
      );
  }
  return lines.join("\n");
}

/** Reads and validates a JSON Lines case file; throws naming the first bad line. */
export async function readEvaluationCases(file: string): Promise<EvaluationCase[]> {
  const out: EvaluationCase[] = [];
  (await readFile(file, "utf8")).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = EvaluationCase.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}

// A confusion matrix keyed by the first acceptable label would count an accepted alternative as an error.
function expectedCategoryOrActual(c: EvaluationCase, complaint: Complaint): string {
  const accepted = asList(c.category);
  return accepted.includes(complaint.category) ? (accepted[0] ?? complaint.category) : complaint.category;
}

function kindGroup(kind: string): string {
  return kind === "help" || kind === "dispute" ? "complaint" : kind;
}

function asList<T>(v: T | T[]): T[] {
  return Array.isArray(v) ? v : [v];
}

function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
