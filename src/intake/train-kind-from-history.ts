import type { Queryable } from "../db/client.js";
import { Kind } from "../domain/taxonomy.schema.js";
import { KindModel, type KindModelFile } from "./kind-model.js";
import {
  HISTORY_TRAIN_OPTIONS,
  isHeldOut,
  loadLabelledHistory,
  type HistoryTrainOptions,
} from "./train-from-history.js";
import {
  groupOf,
  scoreGroups,
  SHIPPED_RULE_WEIGHT,
  SHIPPED_TEMPERATURE,
  trainKindModel,
  type KindExample,
} from "./train-kind-model.js";

/** A ticket whose kind the work confirmed (closed) or a dispatcher chose (corrected). */
export interface KindHistoryExample {
  ticketId: string;
  text: string;
  kind: Kind;
  corrected: boolean;
}

/**
 * The centre's own kind labels, read like the category's: every closed ticket under its final kind,
 * and every ticket whose kind a dispatcher corrected, under the latest correction.
 */
export async function loadKindHistory(db: Queryable): Promise<KindHistoryExample[]> {
  const out: KindHistoryExample[] = [];
  for (const e of await loadLabelledHistory(db, "kind")) {
    // A kind this deployment no longer knows is no label.
    const kind = Kind.safeParse(e.label);
    if (kind.success)
      out.push({ ticketId: e.ticketId, text: e.text, kind: kind.data, corrected: e.corrected });
  }
  return out;
}

export interface KindHistoryResult {
  model: KindModelFile;
  /** Tickets in one of the three groups the model reads (praise and small wishes are the rules'). */
  examples: number;
  corrected: number;
  heldOut: number;
  /** Three-way accuracy (建言 / 投诉·求助 / 咨询) of the current and the new model on the held-out slice. */
  before: number;
  after: number;
}

/**
 * Retrains the kind model on what it learnt from (`base`: the weak-labelled message-board letters
 * and the seeds, or the seeds alone where the corpus is absent) plus the centre's history, each
 * ticket counting like a seed and a corrected one twice as much again; scores the current and the
 * new model on the same held-out slice (by ticket id, the same tickets as the category's).
 */
export function trainKindFromHistory(
  current: KindModel | null,
  base: readonly KindExample[],
  history: readonly KindHistoryExample[],
  o: HistoryTrainOptions = HISTORY_TRAIN_OPTIONS,
): KindHistoryResult {
  const usable = history.flatMap((e) => {
    const label = groupOf(e.kind);
    return label ? [{ ...e, label }] : [];
  });
  if (usable.length < o.minExamples)
    throw new Error(
      `only ${usable.length} closed or corrected tickets with a complaint, question or suggestion; at least ${o.minExamples} are needed`,
    );
  const test = usable.filter((e) => isHeldOut(e.ticketId, o.holdOut));
  const train = usable.filter((e) => !isHeldOut(e.ticketId, o.holdOut));
  if (test.length === 0 || train.length === 0)
    throw new Error("the history is too small to keep a held-out slice; label more tickets first");
  const asExample = (e: (typeof usable)[number], weight: number): KindExample => ({
    text: e.text,
    label: e.label,
    source: "history",
    weight,
  });
  const trained = trainKindModel(
    [...base, ...train.map((e) => asExample(e, o.historyRepeat * (e.corrected ? o.correctedRepeat : 1)))],
    current?.ruleWeight ?? SHIPPED_RULE_WEIGHT,
    current?.temperature ?? SHIPPED_TEMPERATURE,
  );
  // The history retrains the three groups; the member model (letters a person labelled) is kept.
  const model = current?.file.member
    ? { ...trained, member: current.file.member, memberRuleWeight: current.file.memberRuleWeight }
    : trained;
  const measured = test.map((e) => asExample(e, 1));
  const accuracy = (m: KindModel | null): number => scoreGroups(measured, m).correct / measured.length;
  return {
    model,
    examples: usable.length,
    corrected: usable.filter((e) => e.corrected).length,
    heldOut: test.length,
    before: accuracy(current),
    after: accuracy(new KindModel(model)),
  };
}
