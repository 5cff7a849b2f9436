import { readFile } from "node:fs/promises";
import { z } from "zod";
import { scoreDuplicate, type DuplicateOptions } from "../domain/duplicate-score.js";

const Side = z.object({
  text: z.string().min(1),
  category: z.string(),
  community: z.string().nullable(),
  place: z.string().nullable().default(null),
});
/** Two reports and whether a person would merge them. */
export const DuplicatePair = z.object({
  a: Side,
  b: Side,
  label: z.enum(["merge", "never"]),
  note: z.string().optional(),
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export interface DuplicateEvaluation {
  merge: { total: number; autoMerged: number; suggested: number };
  never: { total: number; autoMerged: number; suggested: number };
  rows: { label: string; score: number; suggestion: string; a: string; b: string }[];
}

/** Scores every pair as the route worker would (same time, same options). */
export function evaluateDuplicates(
  pairs: readonly DuplicatePair[],
  options: DuplicateOptions = {},
): DuplicateEvaluation {
  const at = new Date(0);
  const r: DuplicateEvaluation = {
    merge: { total: 0, autoMerged: 0, suggested: 0 },
    never: { total: 0, autoMerged: 0, suggested: 0 },
    rows: [],
  };
  for (const p of pairs) {
    const s = scoreDuplicate({ ...p.a, createdAt: at }, { ...p.b, createdAt: at }, options);
    const bucket = r[p.label];
    bucket.total++;
    if (s.suggestion === "auto_merge") bucket.autoMerged++;
    if (s.suggestion === "suggest_merge") bucket.suggested++;
    r.rows.push({ label: p.label, score: s.score, suggestion: s.suggestion, a: p.a.text, b: p.b.text });
  }
  return r;
}

export function formatDuplicateEvaluation(r: DuplicateEvaluation, verbose = false): string {
  const lines = [
    `merge pairs  ${r.merge.total}: auto-merged ${r.merge.autoMerged}, suggested ${r.merge.suggested}, missed ${r.merge.total - r.merge.autoMerged - r.merge.suggested}`,
    `never pairs  ${r.never.total}: auto-merged ${r.never.autoMerged}, suggested ${r.never.suggested}, kept apart ${r.never.total - r.never.autoMerged - r.never.suggested}`,
  ];
  if (verbose)
    for (const x of r.rows)
      lines.push(`  [${x.label}] ${x.score.toFixed(2)} ${x.suggestion.padEnd(13)} ${x.a} ｜ ${x.b}`);
  return lines.join("\n");
}

export async function readDuplicatePairs(file: string): Promise<DuplicatePair[]> {
  const out: DuplicatePair[] = [];
  (await readFile(file, "utf8")).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = DuplicatePair.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}
