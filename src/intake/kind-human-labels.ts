import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Kind } from "../domain/taxonomy.schema.js";

/**
 * Kinds a person wrote for a sample of Teddy 2020's training letters without ever seeing the engine
 * (ids and labels only: the letters stay outside the repository, see data/intake/README.md).
 */
export const DEFAULT_HUMAN_KIND_LABELS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/intake/teddy-train-kind-labels.jsonl",
);

export const HumanKindLabel = z.object({
  /** First 16 hex digits of the SHA-256 of the letter's text (UTF-8). */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /** Best kind first; a second only when it is as right as the first. */
  kind: z.array(Kind).min(1).max(2),
  category: z.array(z.string().min(1)).min(1),
});
export type HumanKindLabel = z.infer<typeof HumanKindLabel>;

export interface HumanLabelledLetter {
  id: string;
  /** The letter as the corpus holds it (not normalised). */
  text: string;
  kinds: Kind[];
}

/** The id the labeller used for a letter. */
export function letterId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/** Reads and validates the labels; throws naming the first bad line. */
export function readHumanKindLabels(file: string): HumanKindLabel[] {
  const out: HumanKindLabel[] = [];
  const seen = new Set<string>();
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = HumanKindLabel.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.message ?? "invalid"}`);
      if (seen.has(r.data.id)) throw new Error(`${file}:${i + 1}: id ${r.data.id} labelled twice`);
      seen.add(r.data.id);
      out.push(r.data);
    });
  return out;
}

/**
 * Joins the labels to the letters of `train-texts.jsonl` (texts only: the corpus has no ids), in
 * the labels' order. A label whose letter is not there means the corpus and the labels disagree,
 * which must stop a rebuild rather than quietly train on less.
 */
export function humanLabelledLetters(
  teddyDir: string,
  file: string = DEFAULT_HUMAN_KIND_LABELS,
): HumanLabelledLetter[] {
  if (!existsSync(file)) return [];
  const labels = readHumanKindLabels(file);
  const texts = new Map<string, string>();
  for (const line of readFileSync(path.join(teddyDir, "train-texts.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const text = z.object({ text: z.string() }).parse(JSON.parse(line)).text;
    texts.set(letterId(text), text);
  }
  return labels.map((l) => {
    const text = texts.get(l.id);
    if (text === undefined)
      throw new Error(`${file}: id ${l.id} is no letter of ${teddyDir}/train-texts.jsonl`);
    return { id: l.id, text, kinds: l.kind };
  });
}
