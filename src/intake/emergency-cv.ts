import path from "node:path";
import { combineReading, rulesReading } from "./detect-urgency.js";
import { EmergencyModel } from "./emergency-model.js";
import {
  DEFAULT_THRESHOLD,
  DEFAULT_VETO_BELOW,
  EMERGENCY_SET_FILES,
  emergencyCorpus,
  emergencySetExamples,
  teddyExamples,
  trainEmergencyModel,
  type EmergencyExample,
} from "./train-emergency-model.js";

/** One scored case: what the rules said, the model's probability, whether a veto would apply. */
export interface Scored {
  emergency: boolean;
  rules: boolean;
  probability: number;
  /** The combined decision at the given threshold and veto line. */
  combined: (threshold: number, vetoBelow: number, aloneAbove?: number) => boolean;
}

export interface FoldResult {
  file: string;
  emergencies: number;
  nearMisses: number;
  scored: Scored[];
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Real residents' messages never trained on (Teddy measurement slice), scored by the full model. */
  teddy: Scored[] | null;
}

function score(model: EmergencyModel, e: EmergencyExample): Scored {
  // The engine's own reading: harmless readings set aside before the rules and the model read it.
  const { read, rules, modelReads } = rulesReading(e.text);
  const opinion = modelReads ? model.predict(read) : null;
  return {
    emergency: e.emergency,
    rules: rules.urgency === "emergency",
    probability: opinion?.probability ?? 0,
    combined: (threshold, vetoBelow, aloneAbove) =>
      combineReading(read, rules, opinion, { threshold, vetoBelow, aloneAbove }, (aside) =>
        model.predict(aside),
      ).urgency === "emergency",
  };
}

/**
 * Leave-one-file-out: for each emergency set file, train on every other file plus the general
 * data, and score the file left out. The rules were tuned on every file, so their figures here
 * flatter them; the model's are the honest estimate of a new set.
 */
export async function crossValidateEmergencies(options: {
  teddyDir?: string | null;
  /** False: n-gram features only, so nothing learnt from the rules' word lists helps. */
  concepts?: boolean;
  log?: (line: string) => void;
}): Promise<CrossValidation> {
  const concepts = options.concepts ?? true;
  const cache = new Map<string, Map<string, number>>();
  const folds: FoldResult[] = [];
  for (const file of EMERGENCY_SET_FILES) {
    const corpus = await emergencyCorpus({ teddyDir: options.teddyDir, exclude: [file] });
    const model = new EmergencyModel(trainEmergencyModel(corpus, { cache, concepts }));
    const cases = await emergencySetExamples(file);
    folds.push({
      file: path.basename(file),
      emergencies: cases.filter((c) => c.emergency).length,
      nearMisses: cases.filter((c) => !c.emergency).length,
      scored: cases.map((c) => score(model, c)),
    });
    options.log?.(`trained without ${path.basename(file)} on ${corpus.length} examples`);
  }
  let teddy: Scored[] | null = null;
  if (options.teddyDir) {
    const full = new EmergencyModel(
      trainEmergencyModel(await emergencyCorpus({ teddyDir: options.teddyDir }), { cache, concepts }),
    );
    teddy = (await teddyExamples(options.teddyDir, { slice: "measure" })).map((e) => score(full, e));
  }
  return { folds, teddy };
}

type Method = "rules" | "model" | "combined";

function flagged(s: Scored, m: Method, threshold: number, vetoBelow: number): boolean {
  if (m === "rules") return s.rules;
  if (m === "model") return s.probability >= threshold;
  return s.combined(threshold, vetoBelow);
}

function tally(scored: readonly Scored[], m: Method, t: number, v: number) {
  let tp = 0;
  let pos = 0;
  let fp = 0;
  let neg = 0;
  for (const s of scored) {
    const f = flagged(s, m, t, v);
    if (s.emergency) {
      pos++;
      if (f) tp++;
    } else {
      neg++;
      if (f) fp++;
    }
  }
  return { tp, pos, fp, neg };
}

const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)}%` : "-");

/** The table: per file and overall, recall and false alarms for rules, model and combined. */
export function formatCrossValidation(
  cv: CrossValidation,
  threshold = DEFAULT_THRESHOLD,
  vetoBelow = DEFAULT_VETO_BELOW,
  sweep = false,
): string {
  const methods: Method[] = ["rules", "model", "combined"];
  const lines = [
    `leave-one-file-out (threshold ${threshold}, veto below ${vetoBelow}); recall = dangers flagged, FA = near-misses flagged`,
    `${"file".padEnd(26)}${methods.map((m) => `${m} recall`.padEnd(18) + `${m} FA`.padEnd(14)).join("")}`,
  ];
  const row = (name: string, scored: readonly Scored[]): string =>
    name.padEnd(26) +
    methods
      .map((m) => {
        const r = tally(scored, m, threshold, vetoBelow);
        return (
          `${pct(r.tp, r.pos)} (${r.tp}/${r.pos})`.padEnd(18) +
          `${pct(r.fp, r.neg)} (${r.fp}/${r.neg})`.padEnd(14)
        );
      })
      .join("");
  for (const f of cv.folds) lines.push(row(f.file, f.scored));
  const all = cv.folds.flatMap((f) => f.scored);
  lines.push(row("all files", all));
  const vetoCost = all.filter((s) => s.emergency && s.rules && !s.combined(threshold, vetoBelow)).length;
  const vetoGain = all.filter((s) => !s.emergency && s.rules && !s.combined(threshold, vetoBelow)).length;
  lines.push(`vetoes: ${vetoGain} rule false alarms removed, ${vetoCost} rule-found dangers lost`);
  if (cv.teddy) {
    const r = (m: Method): string => {
      const t = tally(cv.teddy!, m, threshold, vetoBelow);
      return `${t.fp}/${t.neg} (${pct(t.fp, t.neg)})`;
    };
    const labelled = cv.teddy.filter((s) => s.emergency).length;
    lines.push(
      `Teddy 2020 train, measurement fifth never trained on: ${cv.teddy.length} messages (${labelled} hand-labelled emergencies)`,
      `  flagged among non-emergencies: rules ${r("rules")}, model ${r("model")}, combined ${r("combined")}`,
    );
  }
  if (sweep) {
    lines.push("", "threshold sweep (all files, combined / model; Teddy FA combined):");
    for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9]) {
      const c = tally(all, "combined", t, vetoBelow);
      const m = tally(all, "model", t, vetoBelow);
      const td = cv.teddy ? tally(cv.teddy, "combined", t, vetoBelow) : null;
      lines.push(
        `  t=${t}: combined recall ${pct(c.tp, c.pos)} FA ${pct(c.fp, c.neg)}; model recall ${pct(m.tp, m.pos)} FA ${pct(m.fp, m.neg)}` +
          (td ? `; Teddy FA ${td.fp}/${td.neg}` : ""),
      );
    }
    lines.push(
      "",
      `model-alone line sweep (threshold ${threshold}): the model's lone calls, found and false`,
    );
    for (const a of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
      const lone = (s: Scored): boolean => !s.rules && s.combined(threshold, vetoBelow, a);
      const found = all.filter((s) => s.emergency && lone(s)).length;
      const wrong = all.filter((s) => !s.emergency && lone(s)).length;
      const td = cv.teddy
        ? cv.teddy.filter((s) => !s.emergency && s.combined(threshold, vetoBelow, a)).length
        : null;
      lines.push(
        `  alone above ${a}: ${found} dangers found by the model alone, ${wrong} near-misses flagged by it alone` +
          (td !== null ? `; Teddy FA combined ${td}/${cv.teddy!.filter((s) => !s.emergency).length}` : ""),
      );
    }
    lines.push(...askingBandSweep(all, cv.teddy, vetoBelow), "");
    lines.push(`veto line sweep (threshold ${threshold}): what the vetoes remove and what they cost`);
    for (const v of [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7]) {
      const lost = all.filter((s) => s.emergency && s.rules && !s.combined(threshold, v)).length;
      const removed = all.filter((s) => !s.emergency && s.rules && !s.combined(threshold, v)).length;
      const td = cv.teddy ? tally(cv.teddy, "combined", threshold, v) : null;
      lines.push(
        `  veto below ${v}: ${removed} near-miss false alarms removed, ${lost} dangers lost` +
          (td ? `; Teddy FA ${td.fp}/${td.neg}` : ""),
      );
    }
  }
  return lines.join("\n");
}

/*
 * The safety question's model band is read off the same held-out scores as the line: for each line
 * and each band floor below it, the dangers the combined decision misses whose score is in the band
 * (they would be asked), the near-misses not flagged in it, and the Teddy letters not flagged in it
 * (real residents' ordinary letters: the nuisance cost). The hazard words, which ask whatever the
 * model says, do not depend on the model and are left out.
 */
export function askingBandSweep(
  all: readonly Scored[],
  teddy: readonly Scored[] | null,
  vetoBelow: number,
): string[] {
  const lines = ["", "asking band sweep (held-out scores; missed = dangers the combined decision misses):"];
  for (const t of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    // The line moves the model's lone calls too (they need max(threshold, alone line)).
    const says = (s: Scored): boolean => s.combined(t, vetoBelow, t);
    const missed = all.filter((s) => s.emergency && !says(s));
    const near = all.filter((s) => !s.emergency && !says(s));
    const quiet = teddy?.filter((s) => !s.emergency && !says(s)) ?? null;
    lines.push(
      `  line ${t}: combined found ${all.filter((s) => s.emergency).length - missed.length}` +
        `/${all.filter((s) => s.emergency).length}, near-misses flagged ${all.filter((s) => !s.emergency).length - near.length}` +
        (quiet ? `, Teddy flagged ${teddy!.filter((s) => !s.emergency).length - quiet.length}` : ""),
    );
    for (const b of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
      if (b >= t) break;
      const inBand = (s: Scored): boolean => s.probability >= b;
      lines.push(
        `    band from ${b}: missed asked ${missed.filter(inBand).length}/${missed.length}, ` +
          `near-misses asked ${near.filter(inBand).length}/${near.length}` +
          (quiet ? `, Teddy asked ${quiet.filter(inBand).length}/${quiet.length}` : ""),
      );
    }
  }
  return lines;
}
