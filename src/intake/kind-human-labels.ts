import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Kind } from "../domain/taxonomy.schema.js";

const INTAKE_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/intake");

/**
 * Kinds and categories a reader wrote for a sample of Teddy 2020's training letters without ever
 * seeing the engine (ids and labels only: the letters stay outside the repository, see
 * data/intake/README.md). The first file; later batches sit beside it (see humanLabelFiles).
 */
export const DEFAULT_HUMAN_KIND_LABELS = path.join(INTAKE_DATA, "teddy-train-kind-labels.jsonl");

const LABEL_FILE = /^teddy-train-kind-labels.*\.jsonl$/;

/**
 * Every label file in `dir` (`teddy-train-kind-labels*.jsonl`), in a fixed order (numbers compared
 * as numbers, so a tenth batch comes after the second): adding a batch is adding a file, and every
 * model that reads the labels picks it up on its next rebuild.
 */
export function humanLabelFiles(dir: string = INTAKE_DATA): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => LABEL_FILE.test(f))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((f) => path.join(dir, f));
}

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
  /** Acceptable categories, best first. */
  categories: string[];
}

/** The id the labeller used for a letter. */
export function letterId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/**
 * Reads and validates the labels of one file or several (in the order given); an id may appear
 * once across all of them. Throws naming the file and line of the first bad one.
 */
export function readHumanKindLabels(files: string | readonly string[]): HumanKindLabel[] {
  return readLabelLines(files).map((l) => l.label);
}

function readLabelLines(files: string | readonly string[]): { label: HumanKindLabel; where: string }[] {
  const out: { label: HumanKindLabel; where: string }[] = [];
  const seen = new Map<string, string>();
  for (const file of typeof files === "string" ? [files] : files)
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${file}:${i + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw new Error(`${where}: not JSON`);
        }
        const r = HumanKindLabel.safeParse(json);
        if (!r.success) throw new Error(`${where}: ${r.error.issues[0]?.message ?? "invalid"}`);
        const first = seen.get(r.data.id);
        if (first) throw new Error(`${where}: id ${r.data.id} labelled twice (first at ${first})`);
        seen.set(r.data.id, where);
        out.push({ label: r.data, where });
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
  files: string | readonly string[] = humanLabelFiles(),
): HumanLabelledLetter[] {
  const present = (typeof files === "string" ? [files] : files).filter((f) => existsSync(f));
  if (present.length === 0) return [];
  const labels = readLabelLines(present);
  const texts = new Map<string, string>();
  for (const line of readFileSync(path.join(teddyDir, "train-texts.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const text = z.object({ text: z.string() }).parse(JSON.parse(line)).text;
    texts.set(letterId(text), text);
  }
  return labels.map(({ label: l, where }) => {
    const text = texts.get(l.id);
    if (text === undefined)
      throw new Error(`${where}: id ${l.id} is no letter of ${teddyDir}/train-texts.jsonl`);
    return { id: l.id, text, kinds: l.kind, categories: l.category };
  });
}
