import { readFile } from "node:fs/promises";
import { z } from "zod";
import { Channel } from "../domain/complaint.schema.js";
import type { AsksDanger } from "./danger-check.js";
import type { ExtractionEngine } from "./extraction-engine.js";

/**
 * One phrasing of a danger (or of a harmless message that looks like one). `category` is the
 * category a dispatcher would expect for the emergency; near-misses carry none.
 */
export const EmergencyCase = z.object({
  text: z.string().min(1),
  channel: Channel,
  emergency: z.boolean(),
  hazard: z.string().nullish(),
  category: z.array(z.string()).min(1).optional(),
});
export type EmergencyCase = z.infer<typeof EmergencyCase>;

export interface EmergencyEvaluation {
  emergencies: number;
  recalled: number;
  recall: number;
  nearMisses: number;
  falseAlarms: number;
  falseAlarmRate: number;
  /** Emergencies labelled with an expected category, and how many got it. */
  categorised: number;
  categoryCorrect: number;
  /**
   * The safety question (src/intake/danger-check.ts): of the dangers not detected, how many would
   * get it; of the near-misses not flagged, how many. Null when not measured.
   */
  wouldAsk: { missed: number; nearMisses: number } | null;
  missed: string[];
  falseAlarmTexts: string[];
  wrongCategory: { text: string; expected: string; actual: string }[];
}

/** Scores how many dangers the engine flags as emergency, and how many harmless messages it flags. */
export async function evaluateEmergencies(
  engine: ExtractionEngine,
  cases: readonly EmergencyCase[],
  options: { asksDanger?: AsksDanger } = {},
): Promise<EmergencyEvaluation> {
  const asks = options.asksDanger;
  const r: EmergencyEvaluation = {
    emergencies: 0,
    recalled: 0,
    recall: 1,
    nearMisses: 0,
    falseAlarms: 0,
    falseAlarmRate: 0,
    categorised: 0,
    categoryCorrect: 0,
    wouldAsk: asks ? { missed: 0, nearMisses: 0 } : null,
    missed: [],
    falseAlarmTexts: [],
    wrongCategory: [],
  };
  for (const c of cases) {
    const complaint = await engine.extract({ text: c.text, channel: c.channel });
    const flagged = complaint.urgency === "emergency";
    if (!flagged && asks?.(c.text, complaint.urgency, complaint.kind))
      r.wouldAsk![c.emergency ? "missed" : "nearMisses"]++;
    if (c.emergency) {
      r.emergencies++;
      if (flagged) r.recalled++;
      else r.missed.push(c.text);
      if (c.category) r.categorised++;
      if (c.category?.includes(complaint.category)) r.categoryCorrect++;
      else if (c.category)
        r.wrongCategory.push({ text: c.text, expected: c.category.join("|"), actual: complaint.category });
    } else {
      r.nearMisses++;
      if (flagged) {
        r.falseAlarms++;
        r.falseAlarmTexts.push(c.text);
      }
    }
  }
  r.recall = r.emergencies ? r.recalled / r.emergencies : 1;
  r.falseAlarmRate = r.nearMisses ? r.falseAlarms / r.nearMisses : 0;
  return r;
}

export function formatEmergencyEvaluation(
  r: EmergencyEvaluation,
  options: { failures?: boolean } = {},
): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  const lines = [
    `emergency recall      ${pct(r.recall)} (${r.recalled}/${r.emergencies})`,
    `false alarms          ${pct(r.falseAlarmRate)} (${r.falseAlarms}/${r.nearMisses} near-misses)`,
    `emergency category    ${pct(r.categorised ? r.categoryCorrect / r.categorised : 1)} (${r.categoryCorrect}/${r.categorised})`,
  ];
  if (r.wouldAsk) {
    const missed = r.emergencies - r.recalled;
    const quiet = r.nearMisses - r.falseAlarms;
    lines.push(
      `would ask (missed)    ${pct(missed ? r.wouldAsk.missed / missed : 0)} (${r.wouldAsk.missed}/${missed} dangers not detected get the safety question)`,
      `would ask (near-miss) ${pct(quiet ? r.wouldAsk.nearMisses / quiet : 0)} (${r.wouldAsk.nearMisses}/${quiet} near-misses not flagged)`,
    );
  }
  if (options.failures) {
    const flat = (t: string): string => t.replace(/\n/g, " / ");
    lines.push("", "missed emergencies:", ...r.missed.map((t) => `  ${flat(t)}`));
    lines.push("", "false alarms:", ...r.falseAlarmTexts.map((t) => `  ${flat(t)}`));
    lines.push(
      "",
      "wrong category:",
      ...r.wrongCategory.map((w) => `  expected ${w.expected}, got ${w.actual}: ${flat(w.text)}`),
    );
  }
  return lines.join("\n");
}

/** Reads and validates a JSON Lines file of emergency cases; throws naming the first bad line. */
export async function readEmergencyCases(file: string): Promise<EmergencyCase[]> {
  const out: EmergencyCase[] = [];
  (await readFile(file, "utf8")).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = EmergencyCase.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}
