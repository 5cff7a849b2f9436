import { z } from "zod";
import { Channel } from "../domain/complaint.schema.js";
import { toSimplifiedChinese } from "../domain/text-simplify.js";
import type { ExtractionEngine } from "./extraction-engine.js";
import { readLabelledLines } from "./labelled-lines.js";

// A word is at most a summary long: English and pinyin labels ("Henghui Tower") run past 12 letters.
// A list may name a word in both scripts and in the resident's and the work order's terms (铁盖子,
// 井盖, 鐵蓋子…), so it runs past 8.
const Words = z.array(z.string().min(1).max(30)).min(1).max(16);

/**
 * A message and what a reader expects its summary to name: the object (路灯), what is wrong with it
 * or asked of it (不亮, 怎么交) and the most specific place of the district (null: none given). Each is
 * a list of alternatives; one of them standing in the summary is enough.
 */
export const SummaryCase = z.object({
  text: z.string().min(1),
  channel: Channel,
  object: Words,
  fault: Words,
  place: Words.nullable(),
});
export type SummaryCase = z.infer<typeof SummaryCase>;

interface Score {
  hit: number;
  total: number;
}

export interface SummaryEvaluation {
  cases: number;
  object: Score;
  fault: Score;
  /** Only cases that name a place. */
  place: Score;
  /** Object, fault and (when one is given) place all named: the summary a dispatcher can act on. */
  complete: Score;
  /** Summaries longer than 30 characters (the schema's limit; should stay 0). */
  tooLong: number;
  failures: { text: string; summary: string; missing: ("object" | "fault" | "place")[] }[];
}

/** Runs the engine on each case as the bot would and checks what its summary names. */
export async function evaluateSummaries(
  engine: ExtractionEngine,
  cases: readonly SummaryCase[],
): Promise<SummaryEvaluation> {
  const r: SummaryEvaluation = {
    cases: cases.length,
    object: { hit: 0, total: 0 },
    fault: { hit: 0, total: 0 },
    place: { hit: 0, total: 0 },
    complete: { hit: 0, total: 0 },
    tooLong: 0,
    failures: [],
  };
  for (const c of cases) {
    const { summary } = await engine.extract({ text: c.text, channel: c.channel });
    if ([...summary].length > 30) r.tooLong++;
    // English keys ("Heating") count whatever the summary's case: a label names a word, not its capitals.
    const seen = toSimplifiedChinese(summary).toLowerCase();
    const names = (words: readonly string[]) =>
      words.some((w) => seen.includes(toSimplifiedChinese(w).toLowerCase()));
    const missing: SummaryEvaluation["failures"][number]["missing"] = [];
    for (const field of ["object", "fault", "place"] as const) {
      const words = c[field];
      if (!words) continue;
      r[field].total++;
      if (names(words)) r[field].hit++;
      else missing.push(field);
    }
    r.complete.total++;
    if (!missing.length) r.complete.hit++;
    else r.failures.push({ text: c.text, summary, missing });
  }
  return r;
}

export function readSummaryCases(file: string): Promise<SummaryCase[]> {
  return readLabelledLines(file, SummaryCase);
}

export function formatSummaryEvaluation(r: SummaryEvaluation, options: { failures?: boolean } = {}): string {
  const line = (label: string, s: Score) =>
    `  ${label.padEnd(10)} ${(s.total ? `${((s.hit / s.total) * 100).toFixed(1)}%` : "-").padStart(6)}  (${s.hit}/${s.total})`;
  const lines = [
    `${r.cases} cases`,
    line("object", r.object),
    line("fault", r.fault),
    line("place", r.place),
    line("complete", r.complete),
    `  longer than 30 characters: ${r.tooLong}`,
  ];
  if (options.failures)
    for (const f of r.failures)
      lines.push(`- [${f.missing.join(", ")}] ${f.summary}  ←  ${f.text.replace(/\n/g, " / ")}`);
  return lines.join("\n");
}
