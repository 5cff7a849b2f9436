/**
 * k-fold cross-validation of the kind model on the letters a person labelled: each fold's letters
 * are left out of training altogether (their weak labels too), the model is trained on the rest
 * (weak labels, seeds, the other folds' human labels at a given weight) and read on the fold.
 * This is how the human labels' weight and the member model's mix are chosen; no held-out set is.
 *
 *   npx tsx src/intake/kind-cv.ts --teddy ../shared/benchmarks/teddy2020 [--folds 5]
 *     [--weights 0,3,10] [--member-rule-weights 0,0.3,1]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectKind } from "./detect-kind.js";
import { humanLabelledLetters, type HumanLabelledLetter } from "./kind-human-labels.js";
import { KindModel } from "./kind-model.js";
import { normalizeText } from "./normalize-text.js";
import {
  DEFAULT_TEDDY_DIR,
  groupOf,
  humanGroup,
  humanMemberExamples,
  seedKindExamples,
  seedMemberExamples,
  teddyKindExamples,
  trainKindModel,
  trainMemberModel,
} from "./train-kind-model.js";

export interface CvScore {
  /** The seven kinds: right when the reading is one of the person's kinds. */
  kind: number;
  /** 建言 / 投诉·求助 / 咨询. */
  group: number;
  /** Inside the complaint group (letters labelled complaint, help or dispute, read into the group). */
  member: number;
  total: number;
}

/** The fold of a letter: fixed by its id, so every run splits the same way. */
export function foldOf(id: string, folds: number): number {
  return parseInt(id.slice(0, 8), 16) % folds;
}

/** Reads letters with a model and scores the readings against the person's labels. */
export function scoreLetters(letters: readonly HumanLabelledLetter[], model: KindModel | null): CvScore {
  let kind = 0;
  let group = 0;
  let member = 0;
  let memberTotal = 0;
  for (const l of letters) {
    const read = detectKind(normalizeText(l.text), "", model).kind;
    if (l.kinds.includes(read)) kind++;
    const want = humanGroup(l.kinds);
    if (want && groupOf(read) === want) group++;
    if (want === "complaint" && groupOf(read) === "complaint") {
      memberTotal++;
      if (l.kinds.includes(read)) member++;
    }
  }
  return { kind, group, member: memberTotal ? member / memberTotal : 0, total: letters.length };
}

export interface CvRow {
  humanWeight: number;
  /** null: the rules decide inside the complaint group. */
  memberRuleWeight: number | null;
  score: CvScore;
}

export function crossValidate(
  teddyDir: string,
  human: readonly HumanLabelledLetter[],
  options: { folds: number; weights: number[]; memberRuleWeights: number[] },
  log: (line: string) => void = () => {},
): CvRow[] {
  const seeds = seedKindExamples();
  const seedMembers = seedMemberExamples();
  const sums = new Map<string, CvRow>();
  const add = (humanWeight: number, memberRuleWeight: number | null, s: CvScore): void => {
    const key = `${humanWeight}/${memberRuleWeight}`;
    const row = sums.get(key) ?? {
      humanWeight,
      memberRuleWeight,
      score: { kind: 0, group: 0, member: 0, total: 0 },
    };
    // The member figure is averaged over folds weighted by their size.
    row.score.member += s.member * s.total;
    row.score.kind += s.kind;
    row.score.group += s.group;
    row.score.total += s.total;
    sums.set(key, row);
  };
  for (let fold = 0; fold < options.folds; fold++) {
    const held = human.filter((h) => foldOf(h.id, options.folds) === fold);
    const exclude = new Set(held.map((h) => h.id));
    const member = trainMemberModel([...humanMemberExamples(human, exclude), ...seedMembers]);
    for (const w of options.weights) {
      const { train } = teddyKindExamples(teddyDir, human, exclude, w);
      const file = trainKindModel([...train, ...seeds]);
      add(w, null, scoreLetters(held, new KindModel(file)));
      for (const mw of options.memberRuleWeights) {
        const withMember = new KindModel({ ...file, member, memberRuleWeight: mw });
        add(w, mw, scoreLetters(held, withMember));
      }
      log(`fold ${fold + 1}/${options.folds}, human weight ${w}: done`);
    }
  }
  return [...sums.values()].map((r) => ({
    ...r,
    score: { ...r.score, member: r.score.total ? r.score.member / r.score.total : 0 },
  }));
}

export function formatCv(rows: readonly CvRow[]): string {
  const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}%`;
  const lines = ["human weight | member (rule weight) | kind (7) | 3-way | inside the complaint group"];
  for (const r of rows)
    lines.push(
      `${String(r.humanWeight).padStart(12)} | ${(r.memberRuleWeight === null ? "rules" : `model (${r.memberRuleWeight})`).padEnd(19)} | ` +
        `${pct(r.score.kind, r.score.total).padStart(8)} | ${pct(r.score.group, r.score.total).padStart(5)} | ` +
        `${(100 * r.score.member).toFixed(1)}%`,
    );
  return lines.join("\n");
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const list = (v: string | undefined, d: number[]): number[] => (v ? v.split(",").map(Number) : d);
  const teddy = arg("--teddy") ?? DEFAULT_TEDDY_DIR;
  const human = humanLabelledLetters(teddy, arg("--labels")?.split(","));
  if (human.length === 0) throw new Error("no human labels: data/intake/teddy-train-kind-labels*.jsonl");
  const folds = Number(arg("--folds") ?? 5);
  const rows = crossValidate(
    teddy,
    human,
    {
      folds,
      weights: list(arg("--weights"), [0, 3, 10]),
      memberRuleWeights: list(arg("--member-rule-weights"), [0, 0.3, 1]),
    },
    (line) => process.stderr.write(`${line}\n`),
  );
  process.stdout.write(`${human.length} letters a person labelled, ${folds}-fold\n${formatCv(rows)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
