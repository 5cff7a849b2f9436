import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { emergencyFeatures } from "./emergency-features.js";
import type { EmergencyModelFile } from "./emergency-model.js";
import { readEmergencyCases } from "./evaluate-emergency.js";
import { trainOnFeatures, type TrainOptions } from "./train-classifier.js";
import { HAZARDS, detectUrgencyByRules, type Hazard } from "./urgency-rules.js";

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/intake");

/**
 * The committed emergency sets, one file per round of writing. Leave-one-file-out evaluation
 * trains on all but one of them and tests on the one left out. A blind set joins this list once its
 * failures have been read (it can no longer measure blind, but its writer's wordings still teach):
 * adding fresh5–fresh9 and challenge8 raised recall on the next blind set from 94.0 % to 96.8 %.
 */
export const EMERGENCY_SET_FILES = [
  "emergency-eval.jsonl",
  "emergency-heldout.jsonl",
  "emergency-heldout2.jsonl",
  "emergency-fresh.jsonl",
  "emergency-fresh2.jsonl",
  "emergency-fresh3.jsonl",
  "emergency-fresh4.jsonl",
  "emergency-fresh5.jsonl",
  "emergency-fresh6.jsonl",
  "emergency-fresh7.jsonl",
  "emergency-fresh8.jsonl",
  "emergency-fresh9.jsonl",
  "emergency-fresh10.jsonl",
  "emergency-fresh11.jsonl",
  "emergency-fresh12.jsonl",
  "emergency-fresh13.jsonl",
  "emergency-challenge8.jsonl",
].map((f) => path.join(DATA, f));

/**
 * Phrasings written only to train the model (never evaluated on). The second file holds the
 * classes the held-out set of December 2026 found weak: pinyin, long letters with one present
 * danger, exclamations, stories that are over, access doors, dangers made safe, Cantonese.
 */
export const EMERGENCY_TRAIN_FILES = [
  "emergency-train.jsonl",
  "emergency-train2.jsonl",
  // The causes the blind set of December 2026 revealed (whole messages in pinyin, letters asking
  // for a rescue, felt electricity, meals, conditions, denials, scares, standing problems).
  "emergency-train3.jsonl",
  // The causes a red-team set of December 2026 revealed: other verbs and bodies in trouble, things
  // that catch fire, beatings told in everyday words, edges and farewells; and word senses that are
  // not dangers (bills, drills, films, "被打回", chronic pollution, denied harms).
  "emergency-train4.jsonl",
  // An ordinary complaint whose other party cannot be reached (a neighbour, a landlord, the property
  // office: "电话打不通", "敲门没人"): the blind sets' self-harm and missing stories use the same words,
  // and the model had learnt them as a danger on their own.
  "emergency-train5.jsonl",
  // Dangers told by what people see, hear and smell instead of by name (a stroke as "嘴歪了说话
  //含糊", a live fridge as "手一麻"), with near-misses that end harmlessly, in every register.
  "emergency-train6.jsonl",
  // Blind training phrasings of every hazard and of the everyday messages that borrow their words,
  // written by a session that read no data set, engine, test or doc.
  "emergency-train7.jsonl",
  // Dangers told without an alarm word (who is at risk, in what state, now), and near-misses with
  // the same people and words in safe senses (checked and fine, away and known to be, over).
  "emergency-train8.jsonl",
  // Everyday messages of the shapes the model alone had learnt as dangers from train8 (an old
  // person alone asking for a hearing aid, thanks for a rescue that is over, a wall disputed between
  // neighbours, a bare wire reported for repair, a leak or a cold flat), each with dangers in the
  // same shapes where someone is hurt now.
  "emergency-train9.jsonl",
].map((f) => path.join(DATA, f));
/** Hand labels for Teddy 2020 messages that read like emergencies, by the SHA-256 of the text. */
export const TEDDY_LABEL_FILE = path.join(DATA, "teddy-emergency-labels.jsonl");

export interface EmergencyExample {
  text: string;
  emergency: boolean;
  hazard: Hazard | null;
  source: string;
  /** How much the example counts in the loss. */
  weight: number;
}

const TeddyLine = z.object({ text: z.string().optional(), title: z.string().optional() });
const TeddyLabel = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  emergency: z.boolean(),
  hazard: z.enum(HAZARDS).optional(),
  note: z.string().optional(),
});

export function textDigest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * A fixed fifth of the Teddy messages (by digest) is never trained on: the false-alarm rate on
 * real residents' text is measured there.
 */
export function isTeddyMeasureSlice(text: string): boolean {
  return parseInt(textDigest(text).slice(0, 8), 16) % 5 === 0;
}

/*
 * The blind writers name dangers by what a dispatcher would call them; the detector's hazards are
 * fewer (a stroke and a road accident are both someone hurt, a chemical cloud is poison).
 */
const WRITERS_HAZARDS: Readonly<Record<string, Hazard>> = {
  suicide: "self_harm",
  missing_person: "missing",
  medical: "injury",
  traffic: "injury",
  structure: "collapse",
  chemical: "poison",
};

function hazardOf(label: string | undefined): Hazard | null {
  if (label && WRITERS_HAZARDS[label]) return WRITERS_HAZARDS[label];
  return (HAZARDS as readonly string[]).includes(label ?? "") ? (label as Hazard) : null;
}

/** Cases from an emergency set file (or the training file) as examples. */
/*
 * A near-miss ("燃气费怎么交", "昨晚有人在这摔了") teaches more than any of thousands of letters: it
 * counts three times.
 */
const NEAR_MISS_WEIGHT = 3;
/*
 * Dangers count four times: fully balanced against the letters (×20) the model read every hazard
 * word as a danger; unweighted it missed a quarter of them (leave-one-file-out, see docs/intake.md).
 */
const DANGER_WEIGHT = 4;

export async function emergencySetExamples(file: string): Promise<EmergencyExample[]> {
  return (await readEmergencyCases(file)).map((c) => ({
    text: c.text,
    emergency: c.emergency,
    hazard: c.emergency ? hazardOf(c.hazard ?? undefined) : null,
    source: path.basename(file),
    weight: c.emergency ? DANGER_WEIGHT : NEAR_MISS_WEIGHT,
  }));
}

// A dev case may accept several urgencies ("urgent" or "emergency"); only a sure emergency counts as one.
const LabelledCase = z.object({
  text: z.string(),
  label: z.string().optional(),
  urgency: z.union([z.string(), z.array(z.string())]).optional(),
});

/**
 * Everyday complaints written for the category model and the dev cases: the chat register of
 * ordinary problems. The dev cases carry an urgency label; the seeds do not, so a seed the rules
 * read as an emergency is left out rather than guessed.
 */
async function everydayExamples(): Promise<EmergencyExample[]> {
  const out: EmergencyExample[] = [];
  // The urgency dev cases add daily life stopped (no water, no gas, a burst pipe, sewage): urgent, and
  // worded much like a danger, so the model must learn them as not one.
  for (const file of ["dev-cases.jsonl", "urgency-dev.jsonl"])
    for (const line of (await readFile(path.join(DATA, file), "utf8")).split("\n")) {
      if (!line.trim()) continue;
      const c = LabelledCase.parse(JSON.parse(line));
      // Cases that allow either reading teach nothing either way.
      if (Array.isArray(c.urgency) && c.urgency.includes("emergency") && c.urgency.length > 1) continue;
      const emergency =
        c.urgency === "emergency" || (Array.isArray(c.urgency) && c.urgency[0] === "emergency");
      const source = path.basename(file, ".jsonl");
      out.push({ text: c.text, emergency, hazard: null, source, weight: emergency ? 1 : 2 });
    }
  for (const line of (await readFile(path.join(DATA, "category-seed.jsonl"), "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const c = LabelledCase.parse(JSON.parse(line));
    if (detectUrgencyByRules(c.text).urgency === "emergency") continue;
    out.push({ text: c.text, emergency: false, hazard: null, source: "category-seed", weight: 2 });
  }
  return out;
}

/** Teddy 2020 training messages (texts and titles) outside the measurement slice, hand labels applied. */
export async function teddyExamples(
  dir: string,
  options: { slice: "train" | "measure" } = { slice: "train" },
): Promise<EmergencyExample[]> {
  const labels = await readTeddyLabels();
  const out: EmergencyExample[] = [];
  for (const name of ["train-texts.jsonl", "train-titles.jsonl"]) {
    const file = path.join(dir, name);
    for (const line of (await readFile(file, "utf8")).split("\n")) {
      if (!line.trim()) continue;
      const parsed = TeddyLine.parse(JSON.parse(line));
      const text = parsed.text ?? parsed.title ?? "";
      if (!text) continue;
      if (isTeddyMeasureSlice(text) !== (options.slice === "measure")) continue;
      const label = labels.get(textDigest(text));
      out.push({
        text,
        emergency: label?.emergency ?? false,
        hazard: label?.hazard ?? null,
        source: `teddy2020/${name}`,
        weight: 1,
      });
    }
  }
  return out;
}

export async function readTeddyLabels(): Promise<Map<string, z.infer<typeof TeddyLabel>>> {
  const labels = new Map<string, z.infer<typeof TeddyLabel>>();
  if (!existsSync(TEDDY_LABEL_FILE)) return labels;
  for (const line of (await readFile(TEDDY_LABEL_FILE, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const l = TeddyLabel.parse(JSON.parse(line));
    labels.set(l.sha256, l);
  }
  return labels;
}

export interface CorpusOptions {
  /** Directory of the Teddy 2020 corpus; without it the model learns from the committed files only. */
  teddyDir?: string | null;
  /** Set or training files to leave out (leave-one-file-out evaluation, a training file held out). */
  exclude?: readonly string[];
}

/*
 * The raw text, although the engine scores text whose place names are masked: the written dangers
 * name a local place far more often than the negatives, and trained on masked text the model learnt
 * that bias in words every local message shares (everyday false alarms 106 → 138–153); trained raw,
 * the bias stays in the place names, which the engine's masking removes. See docs/intake.md.
 */
/** Every training example from the committed sources (and Teddy, when given). */
export async function emergencyCorpus(options: CorpusOptions = {}): Promise<EmergencyExample[]> {
  const excluded = new Set((options.exclude ?? []).map((f) => path.resolve(f)));
  const out: EmergencyExample[] = [];
  for (const file of EMERGENCY_SET_FILES)
    if (!excluded.has(path.resolve(file))) out.push(...(await emergencySetExamples(file)));
  for (const file of EMERGENCY_TRAIN_FILES)
    if (existsSync(file) && !excluded.has(path.resolve(file)))
      out.push(...(await emergencySetExamples(file)));
  out.push(...(await everydayExamples()));
  if (options.teddyDir) out.push(...(await teddyExamples(options.teddyDir)));
  return out;
}

const DETECTOR_OPTIONS: Partial<TrainOptions> = {
  minDf: 2,
  maxFeatures: 80_000,
  epochs: 10,
  lambda: 3e-5,
  learningRate: 0.5,
  // Unbalanced: with the dangers weighed up to the letters' count the model read every hazard word as a danger.
  balanced: false,
  pruneBelow: 0.02,
  precision: 3,
  seed: 7,
};
const HAZARD_OPTIONS: Partial<TrainOptions> = {
  ...DETECTOR_OPTIONS,
  minDf: 1,
  maxFeatures: 30_000,
  balanced: true,
};

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_VETO_BELOW = 0.1;
/** The thresholds written into the shipped model, chosen from the leave-one-file-out sweep. */
export const SHIPPED_THRESHOLD = 0.5;
export const SHIPPED_VETO_BELOW = 0.2;

/** Where the Teddy 2020 corpus sits next to a checkout (see data/intake/README.md). */
export const DEFAULT_TEDDY_DIR = "../shared/benchmarks/teddy2020";

/** The directory when it holds the corpus, else null (the model then learns from the committed files). */
export function teddyDirOrNull(dir: string | undefined): string | null {
  if (!dir || !existsSync(path.join(dir, "train-texts.jsonl"))) {
    if (dir) process.emitWarning(`Teddy 2020 corpus not found in ${dir}; training without it`);
    return null;
  }
  return dir;
}

/** Trains both models on the examples; deterministic for the same examples in the same order. */
export function trainEmergencyModel(
  examples: readonly EmergencyExample[],
  options: {
    threshold?: number;
    vetoBelow?: number;
    concepts?: boolean;
    cache?: Map<string, Map<string, number>>;
  } = {},
): EmergencyModelFile {
  const concepts = options.concepts ?? true;
  const featuresOf = (text: string): Map<string, number> => {
    const hit = options.cache?.get(text);
    if (hit) return hit;
    const f = emergencyFeatures(text, { concepts });
    options.cache?.set(text, f);
    return f;
  };
  const docs = examples.map((e) => featuresOf(e.text));
  const detector = trainOnFeatures(
    docs,
    examples.map((e) => (e.emergency ? "emergency" : "normal")),
    DETECTOR_OPTIONS,
    examples.map((e) => e.weight),
  );
  const withHazard = examples
    .map((e, i) => ({ e, doc: docs[i]! }))
    .filter((x) => x.e.emergency && x.e.hazard);
  const hazard = trainOnFeatures(
    withHazard.map((x) => x.doc),
    withHazard.map((x) => x.e.hazard!),
    HAZARD_OPTIONS,
  );
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  return {
    version: 1,
    type: "emergency",
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    vetoBelow: options.vetoBelow ?? DEFAULT_VETO_BELOW,
    concepts,
    detector: { ...detector, features: { words: false, wordBigrams: false, charNgrams: [1, 2, 3] } },
    hazard: { ...hazard, features: { words: false, wordBigrams: false, charNgrams: [1, 2, 3] } },
    sources: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([name, n]) => ({ name, examples: n })),
  };
}
