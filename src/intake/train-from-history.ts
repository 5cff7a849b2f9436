import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { CategoryClassifier, type CategoryModelFile, NO_DOMAIN } from "./category-model.js";
import { normalizeText } from "./normalize-text.js";
import type { Segmenter } from "./segmenter.js";
import { CATEGORY_TRAIN_OPTIONS, HIERARCHICAL_OPTIONS } from "./train-category-model.js";
import { trainClassifier, type LabelledText } from "./train-classifier.js";

export interface HistoryExample extends LabelledText {
  ticketId: string;
  /** True when a dispatcher changed the category: the engine's mistakes teach the most. */
  corrected: boolean;
}

/**
 * A closed ticket's final label, or the latest label a dispatcher chose (open or not), for one field
 * the dispatcher can correct. Merged and cancelled tickets are left out: their label was never
 * confirmed by the work.
 */
export async function loadLabelledHistory(
  db: Queryable,
  field: "category" | "kind",
): Promise<{ ticketId: string; text: string; label: string; corrected: boolean }[]> {
  // Identifiers from the fixed union above, never from input.
  const column = sql.raw(field === "category" ? "category" : "kind");
  const correctedTo = sql.raw(field === "category" ? "to_category" : "to_kind");
  const result = await db.execute(sql`
    SELECT t.id, t.description, t.${column} AS label,
           (SELECT c.${correctedTo} FROM intake_corrections c
             WHERE c.ticket_id = t.id AND c.${correctedTo} IS NOT NULL
             ORDER BY c.id DESC LIMIT 1) AS corrected_to
      FROM tickets t
     WHERE t.merged_into_id IS NULL
       AND t.status <> 'cancelled'
       AND (t.status = 'closed'
            OR EXISTS (SELECT 1 FROM intake_corrections c
                        WHERE c.ticket_id = t.id AND c.${correctedTo} IS NOT NULL))
     ORDER BY t.id`);
  return (result.rows as { id: string; description: string; label: string; corrected_to: string | null }[])
    .map((r) => ({
      ticketId: r.id,
      text: normalizeText(r.description),
      label: r.corrected_to ?? r.label,
      corrected: r.corrected_to !== null,
    }))
    .filter((e) => e.text.length > 0);
}

/**
 * The centre's own labelled examples: every closed ticket under its final category, and every
 * ticket whose category a dispatcher corrected, under the latest correction.
 */
export async function loadHistoryExamples(db: Queryable): Promise<HistoryExample[]> {
  return loadLabelledHistory(db, "category");
}

/** A ticket whose kind a dispatcher changed, under the latest kind chosen. */
export interface KindCorrection {
  ticketId: string;
  text: string;
  kind: string;
}

/**
 * The centre's corrections of the kind (投诉 read as 咨询 and the like), latest per ticket. The
 * kind model is not retrained from history (it learns from thousands of message-board letters a
 * centre does not have), so these are counted and reported for now; merged and cancelled tickets
 * are left out as for the category.
 */
export async function loadKindCorrections(db: Queryable): Promise<KindCorrection[]> {
  const result = await db.execute(sql`
    SELECT DISTINCT ON (c.ticket_id) c.ticket_id, t.description, c.to_kind
      FROM intake_corrections c
      JOIN tickets t ON t.id = c.ticket_id
     WHERE c.to_kind IS NOT NULL
       AND t.merged_into_id IS NULL
       AND t.status <> 'cancelled'
     ORDER BY c.ticket_id, c.id DESC`);
  return (result.rows as { ticket_id: string; description: string; to_kind: string }[])
    .map((r) => ({ ticketId: r.ticket_id, text: normalizeText(r.description), kind: r.to_kind }))
    .filter((e) => e.text.length > 0);
}

/** A stable split by ticket id: the same ticket is always on the same side, run after run. */
export function isHeldOut(ticketId: string, share: number): boolean {
  const h = createHash("sha256").update(ticketId).digest().readUInt32BE(0);
  return h / 0x1_0000_0000 < share;
}

export interface HistoryTrainOptions {
  /** Share of the history kept aside to measure before and after (0..0.5). */
  holdOut: number;
  /** How many times a history example counts against one seed: it is the centre's own wording. */
  historyRepeat: number;
  /** Corrected examples count this many times more again. */
  correctedRepeat: number;
  minExamples: number;
}

export const HISTORY_TRAIN_OPTIONS: HistoryTrainOptions = {
  holdOut: 0.2,
  historyRepeat: 3,
  correctedRepeat: 2,
  minExamples: 30,
};

export interface HistoryTrainResult {
  model: CategoryModelFile;
  examples: number;
  corrected: number;
  heldOut: number;
  before: number;
  after: number;
}

/**
 * Retrains the category level on the seeds plus the centre's history and keeps the current
 * domain level (it was learnt from thousands of real messages a centre does not have). Scores
 * the current and the new model on the same held-out slice of the history.
 */
export function trainFromHistory(
  current: CategoryModelFile,
  seeds: readonly LabelledText[],
  history: readonly HistoryExample[],
  segmenter: Segmenter,
  o: HistoryTrainOptions = HISTORY_TRAIN_OPTIONS,
): HistoryTrainResult {
  const categories = new Set(current.version === 1 ? current.labels : current.category.labels);
  const usable = history.filter((e) => categories.has(e.label));
  if (usable.length < o.minExamples)
    throw new Error(
      `only ${usable.length} usable closed or corrected tickets in the history; at least ${o.minExamples} are needed`,
    );
  const test = usable.filter((e) => isHeldOut(e.ticketId, o.holdOut));
  const train = usable.filter((e) => !isHeldOut(e.ticketId, o.holdOut));
  if (test.length === 0 || train.length === 0)
    throw new Error("the history is too small to keep a held-out slice; label more tickets first");

  const repeat = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: n }, () => xs).flat();
  const trainingSet: LabelledText[] = [
    ...repeat(seeds, HIERARCHICAL_OPTIONS.categorySeedRepeat),
    ...repeat(
      train.map(({ text, label }) => ({ text, label })),
      o.historyRepeat,
    ),
    ...repeat(
      train.filter((e) => e.corrected).map(({ text, label }) => ({ text, label })),
      o.historyRepeat * o.correctedRepeat,
    ),
  ];
  let model: CategoryModelFile;
  if (current.version === 1) {
    model = trainClassifier(trainingSet, segmenter, CATEGORY_TRAIN_OPTIONS);
  } else {
    const category = trainClassifier(trainingSet, segmenter, HIERARCHICAL_OPTIONS.category);
    const labels = new Set(category.labels);
    // Every category the new level knows must sit in some domain; new ones join the domainless group.
    const domains = Object.fromEntries(
      Object.entries(current.domains).map(([d, cats]) => [d, cats.filter((c) => labels.has(c))]),
    );
    const placed = new Set(Object.values(domains).flat());
    domains[NO_DOMAIN] = [...(domains[NO_DOMAIN] ?? []), ...[...labels].filter((c) => !placed.has(c))];
    for (const d of Object.keys(domains)) if (domains[d]!.length === 0) delete domains[d];
    const domain = current.domain.labels.every((d) => d in domains) ? current.domain : null;
    if (!domain)
      throw new Error("the seeds do not cover every domain of the current model; retrain it with --data");
    model = {
      ...current,
      domains,
      category,
      trainedOn: {
        ...current.trainedOn,
        history: train.length,
        historyCorrected: train.filter((e) => e.corrected).length,
      },
    };
  }
  const accuracy = (m: CategoryModelFile): number => {
    const c = new CategoryClassifier(m, segmenter);
    return test.filter((e) => c.predict(e.text).label === e.label).length / test.length;
  };
  return {
    model,
    examples: usable.length,
    corrected: usable.filter((e) => e.corrected).length,
    heldOut: test.length,
    before: accuracy(current),
    after: accuracy(model),
  };
}
