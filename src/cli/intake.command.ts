import { readModelText, writeModelText } from "../intake/model-file.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { createEngine } from "../intake/create-engine.js";
import { evaluateEngine, formatEvaluation, readEvaluationCases } from "../intake/evaluate.js";
import { evaluateContacts, formatContactEvaluation, readContactCases } from "../intake/evaluate-contact.js";
import { evaluateSummaries, formatSummaryEvaluation, readSummaryCases } from "../intake/evaluate-summary.js";
import {
  evaluateEmergencies,
  formatEmergencyEvaluation,
  readEmergencyCases,
} from "../intake/evaluate-emergency.js";
import { DEFAULT_CATEGORY_MODEL } from "../intake/offline-engine.js";
import { readPossibleDanger, type AsksDanger } from "../intake/danger-check.js";
import { normalizeText } from "../intake/normalize-text.js";
import { PlaceResolver } from "../intake/place-resolver.js";
import { CategoryModelFile } from "../intake/category-model.js";
import { crossValidateEmergencies, formatCrossValidation } from "../intake/emergency-cv.js";
import { DEFAULT_EMERGENCY_MODEL } from "../intake/emergency-model.js";
import {
  DEFAULT_TEDDY_DIR,
  DEFAULT_THRESHOLD,
  DEFAULT_VETO_BELOW,
  SHIPPED_THRESHOLD,
  SHIPPED_VETO_BELOW,
  emergencyCorpus,
  teddyDirOrNull,
  trainEmergencyModel,
} from "../intake/train-emergency-model.js";
import { createSegmenter } from "../intake/segmenter.js";
import { saveModel } from "../intake/text-classifier.js";
import { DEFAULT_CATEGORY_SEEDS, readSeeds, trainCategoryModel } from "../intake/train-category-model.js";
import {
  loadHistoryExamples,
  trainFromHistory,
  type HistoryTrainResult,
} from "../intake/train-from-history.js";
import { DEFAULT_KIND_MODEL, KindModel } from "../intake/kind-model.js";
import { loadKindHistory, trainKindFromHistory } from "../intake/train-kind-from-history.js";
import { shippedKindTraining, seedKindExamples } from "../intake/train-kind-model.js";
import {
  evaluateDuplicates,
  evaluateDuplicatesThroughEngine,
  formatDuplicateEvaluation,
  handLabelled,
  readDuplicatePairs,
} from "../intake/evaluate-duplicates.js";
import { duplicateScoring } from "../routing/duplicates.js";
import { parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { CONFIG_OPTION, ENGINE_OPTION } from "./cli-options.js";
import { COMMAND_SUMMARIES } from "./command-list.js";
import { withDatabase } from "./user.command.js";
import { addParkedCommands } from "./intake-parked.command.js";

/**
 * `zhitong intake eval|train|parked|revive`: score an engine on labelled cases; train the category
 * model; list and hand back the messages intake gave up on.
 */
export function intakeCommand(): Command {
  const intake = new Command("intake").description(COMMAND_SUMMARIES.intake);
  intake
    .command("eval")
    .description(
      "score an engine on labelled cases (JSON Lines: text, channel, category, kind, community, urgency)",
    )
    .requiredOption("--cases <file>", "labelled cases, e.g. data/intake/dev-cases.jsonl")
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--failures", "list every wrong field")
    .option("--json", "print the result as JSON")
    .action(async (opts: EvalOptions) => {
      let fallbacks = 0;
      const engine = await engineFor(opts, () => fallbacks++);
      const result = await evaluateEngine(engine, await readEvaluationCases(opts.cases), {
        asksDanger: await asksDangerFor(opts),
      });
      if (opts.json) process.stdout.write(`${JSON.stringify({ ...result, fallbacks }, null, 2)}\n`);
      else {
        process.stdout.write(`${formatEvaluation(result, { failures: opts.failures })}\n`);
        if (engine.name === "openai") process.stdout.write(`  offline fallbacks: ${fallbacks}\n`);
      }
    });
  intake
    .command("eval-emergency")
    .description(
      "score emergency recall and false alarms (JSON Lines: text, channel, emergency, hazard?, category?)",
    )
    .option("--cases <file>", "labelled phrasings", "data/intake/emergency-eval.jsonl")
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--failures", "list every missed emergency and false alarm")
    .option("--json", "print the result as JSON")
    .option(
      "--leave-one-out",
      "train the emergency model on all set files but one and score the one left out, for each file (rules / model / combined)",
    )
    .option("--teddy <dir>", "Teddy 2020 corpus (real messages as negatives)", DEFAULT_TEDDY_DIR)
    .option("--threshold <p>", "model threshold for --leave-one-out", String(DEFAULT_THRESHOLD))
    .option("--veto-below <p>", "veto line for --leave-one-out", String(DEFAULT_VETO_BELOW))
    .option("--sweep", "with --leave-one-out: also print recall and false alarms per threshold")
    .option("--ngrams-only", "with --leave-one-out: a model without the rules' concept features")
    .action(async (opts: EvalOptions & EmergencyCvOptions) => {
      if (opts.leaveOneOut) {
        const cv = await crossValidateEmergencies({
          teddyDir: teddyDirOrNull(opts.teddy),
          concepts: !opts.ngramsOnly,
          log: (line) => process.stderr.write(`${line}\n`),
        });
        process.stdout.write(
          `${formatCrossValidation(cv, Number(opts.threshold), Number(opts.vetoBelow), opts.sweep)}\n`,
        );
        return;
      }
      const engine = await engineFor(opts);
      const result = await evaluateEmergencies(engine, await readEmergencyCases(opts.cases), {
        asksDanger: await asksDangerFor(opts),
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(`${formatEmergencyEvaluation(result, { failures: opts.failures })}\n`);
    });
  intake
    .command("train-emergency")
    .description(
      "rebuild the emergency model from the committed sources (and the Teddy 2020 corpus, when present)",
    )
    .option("--teddy <dir>", "Teddy 2020 corpus (real messages as negatives)", DEFAULT_TEDDY_DIR)
    .option("--out <file>", "model file to write", DEFAULT_EMERGENCY_MODEL)
    .option("--check", "rebuild in memory and compare with the model file instead of writing it")
    .action(async (opts: { teddy: string; out: string; check?: boolean }) => {
      const started = performance.now();
      const corpus = await emergencyCorpus({ teddyDir: teddyDirOrNull(opts.teddy) });
      const model = trainEmergencyModel(corpus, {
        threshold: SHIPPED_THRESHOLD,
        vetoBelow: SHIPPED_VETO_BELOW,
      });
      if (opts.check) {
        const same = (await readModelText(opts.out)) === `${JSON.stringify(model)}\n`;
        process.stdout.write(
          same ? `${opts.out} matches a rebuild\n` : `${opts.out} differs from a rebuild\n`,
        );
        if (!same) process.exitCode = 1;
        return;
      }
      await saveModel(model, opts.out);
      process.stdout.write(
        `emergency model written to ${opts.out}: ${corpus.length} examples, ${model.detector.vocab.length} + ${model.hazard.vocab.length} features, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    });
  intake
    .command("eval-duplicates")
    .description(
      "score labelled report pairs (merge / never) with the duplicate scorer the route worker uses; pairs of raw messages (no category or community) are first read by the engine, as the bot reads them",
    )
    .option("--pairs <file>", "labelled pairs, JSON Lines", "data/intake/duplicate-pairs.jsonl")
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--verbose", "print every pair's score (and, through an engine, how each report was read)")
    .action(
      async (opts: { pairs: string; engine?: "offline" | "openai"; config?: string; verbose?: boolean }) => {
        const env = parseEnv(process.env);
        const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
        const pairs = await readDuplicatePairs(opts.pairs);
        const raw = pairs.some((p) => !handLabelled(p.a) || !handLabelled(p.b));
        const result =
          opts.engine || raw
            ? await evaluateDuplicatesThroughEngine(
                pairs,
                await createEngine(env, config, { engine: opts.engine ?? "offline", dictionary: "full" }),
                duplicateScoring(config),
              )
            : evaluateDuplicates(pairs, duplicateScoring(config));
        process.stdout.write(`${formatDuplicateEvaluation(result, opts.verbose)}\n`);
      },
    );
  intake
    .command("eval-contact")
    .description(
      "score the callback number and name the engine reads (JSON Lines: text, channel, phone, name; null when none is given) and check that the maskers hide every labelled number",
    )
    .option("--cases <file>", "labelled messages", "data/intake/contact-fresh.jsonl")
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--failures", "list every wrong phone and name")
    .option("--json", "print the result as JSON")
    .action(async (opts: EvalOptions) => {
      const result = await evaluateContacts(await engineFor(opts), await readContactCases(opts.cases));
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(`${formatContactEvaluation(result, { failures: opts.failures })}\n`);
    });
  intake
    .command("eval-summary")
    .description(
      "check that each summary names what is wrong and where (JSON Lines: text, channel, object, fault, place; each a list of acceptable words, place null when none is given)",
    )
    .option("--cases <file>", "labelled messages", "data/intake/summary-dev.jsonl")
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--failures", "list every summary that misses the object, the fault or the place")
    .option("--json", "print the result as JSON")
    .action(async (opts: EvalOptions) => {
      const result = await evaluateSummaries(await engineFor(opts), await readSummaryCases(opts.cases));
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(`${formatSummaryEvaluation(result, { failures: opts.failures })}\n`);
    });
  intake
    .command("train")
    .description(
      "train the category classifier from labelled texts ({text, label} per line), or retrain it on the centre's own closed and corrected tickets (--from-history), and write the model file",
    )
    .option(
      "--data <file>",
      "training data, JSON Lines (with --from-history: the seeds, default the shipped ones)",
    )
    .option(
      "--domain-corpus <dir>",
      "real messages labelled with first-level domains (train-texts.jsonl, train-titles.jsonl)",
    )
    .option(
      "--from-history",
      "retrain on the centre's closed tickets, corrected labels first; reports before/after on a held-out slice",
    )
    .option(
      "--model <file>",
      "with --from-history: the model to start from (default INTAKE_MODEL_FILE or the shipped one)",
    )
    .option("--out <file>", "model file to write (load it with INTAKE_MODEL_FILE)")
    .option(
      "--kind-out <file>",
      "with --from-history: the kind model to write (default: next to --out, <name>.kind.json; load it with INTAKE_KIND_MODEL_FILE)",
    )
    .option(
      "--kind-model <file>",
      "with --from-history: the kind model to start from (default INTAKE_KIND_MODEL_FILE or the shipped one)",
    )
    .option(
      "--kind-corpus <dir>",
      "with --from-history: the message-board corpus the shipped kind model learnt from (train-titles.jsonl, train-texts.jsonl)",
      DEFAULT_TEDDY_DIR,
    )
    .action(
      async (opts: {
        data?: string;
        domainCorpus?: string;
        fromHistory?: boolean;
        model?: string;
        out?: string;
        kindOut?: string;
        kindModel?: string;
        kindCorpus: string;
      }) => {
        const started = performance.now();
        if (opts.fromHistory) {
          if (!opts.out) {
            process.stderr.write("zhitong intake train --from-history: --out <file> is required\n");
            process.exit(2);
          }
          const env = parseEnv(process.env);
          const modelFile = path.resolve(opts.model ?? env.INTAKE_MODEL_FILE ?? DEFAULT_CATEGORY_MODEL);
          const current = CategoryModelFile.parse(JSON.parse(await readModelText(modelFile)));
          const seeds = await readSeeds(opts.data ? path.resolve(opts.data) : DEFAULT_CATEGORY_SEEDS);
          const [history, kindHistory] = await withDatabase((database) =>
            Promise.all([loadHistoryExamples(database.db), loadKindHistory(database.db)]),
          );
          let r: HistoryTrainResult;
          try {
            r = trainFromHistory(current, seeds, history, createSegmenter());
          } catch (err) {
            process.stderr.write(`zhitong intake train --from-history: ${(err as Error).message}\n`);
            process.exit(1);
          }
          await saveModel(r.model, path.resolve(opts.out));
          const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
          const lines = [
            `history: ${r.examples} tickets (${r.corrected} corrected by dispatchers), ${r.heldOut} held out`,
            `held-out category accuracy: before ${pct(r.before)}, after ${pct(r.after)}`,
            `model written to ${opts.out}` +
              (r.after < r.before ? " (worse than before: keep the current model)" : ""),
          ];
          lines.push(...(await retrainKindFromHistory(opts, env.INTAKE_KIND_MODEL_FILE, kindHistory)));
          lines.push(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
          process.stdout.write(lines.join("\n") + "\n");
          return;
        }
        if (!opts.data) {
          process.stderr.write("zhitong intake train: --data <file> or --from-history is required\n");
          process.exit(2);
        }
        const out = opts.out ?? DEFAULT_CATEGORY_MODEL;
        const r = await trainCategoryModel(path.resolve(opts.data), path.resolve(out), {
          domainCorpus: opts.domainCorpus ? path.resolve(opts.domainCorpus) : undefined,
        });
        process.stdout.write(
          `trained on ${r.examples} examples, ${r.features} features in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}\n`,
        );
      },
    );
  addParkedCommands(intake);
  return intake;
}

/**
 * The kind half of `train --from-history`: the kind model relearnt from what it learnt from plus
 * the centre's kind labels. Returns the lines to print; a history too small for the kind leaves the
 * category's result standing.
 */
async function retrainKindFromHistory(
  opts: { out?: string; kindOut?: string; kindModel?: string; kindCorpus: string },
  envKindModel: string | undefined,
  history: Awaited<ReturnType<typeof loadKindHistory>>,
): Promise<string[]> {
  const currentFile = path.resolve(opts.kindModel ?? envKindModel ?? DEFAULT_KIND_MODEL);
  const current = existsSync(currentFile) ? KindModel.load(currentFile) : null;
  const corpus = path.resolve(opts.kindCorpus);
  const withCorpus = existsSync(path.join(corpus, "train-titles.jsonl"));
  const base = withCorpus ? shippedKindTraining(corpus).examples : seedKindExamples();
  let k: ReturnType<typeof trainKindFromHistory>;
  try {
    k = trainKindFromHistory(current, base, history);
  } catch (err) {
    return [`kind model not retrained: ${(err as Error).message}`];
  }
  const out = path.resolve(opts.kindOut ?? kindModelNextTo(opts.out!));
  await writeModelText(out, `${JSON.stringify(k.model)}\n`);
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  return [
    `kind history: ${k.examples} tickets (${k.corrected} corrected by dispatchers), ${k.heldOut} held out`,
    `held-out kind accuracy (建言/投诉·求助/咨询): before ${pct(k.before)}, after ${pct(k.after)}`,
    `kind model written to ${path.relative(process.cwd(), out) || out}` +
      (withCorpus
        ? ""
        : ` (without the message-board corpus at ${opts.kindCorpus}: seeds and history only)`) +
      (k.after < k.before ? " (worse than before: keep the current model)" : ""),
  ];
}

/** models/category.json → models/category.kind.json: the two files of one retraining side by side. */
function kindModelNextTo(out: string): string {
  const base = out.replace(/\.json(\.gz)?$/, "");
  return `${base}.kind.json${out.endsWith(".gz") ? ".gz" : ""}`;
}

/** The options every `intake eval*` command shares. */
interface EvalOptions {
  cases: string;
  engine?: "offline" | "openai";
  config?: string;
  failures?: boolean;
  json?: boolean;
}

/** The engine an evaluation runs, built from the environment and the config folder like the bot's. */
async function engineFor(opts: EvalOptions, onFallback?: () => void) {
  const env = parseEnv(process.env);
  const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
  return createEngine(env, config, { engine: opts.engine, ...(onFallback ? { onFallback } : {}) });
}

/** The safety question as the dialogue asks it: the words with known place names masked. */
async function asksDangerFor(opts: EvalOptions): Promise<AsksDanger> {
  const env = parseEnv(process.env);
  const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
  const places = new PlaceResolver(config.jurisdiction);
  return (text, urgency, kind) =>
    readPossibleDanger(places.mask(normalizeText(text), "小区"), urgency, undefined, kind) !== null;
}

interface EmergencyCvOptions {
  leaveOneOut?: boolean;
  teddy: string;
  threshold: string;
  vetoBelow: string;
  sweep?: boolean;
  ngramsOnly?: boolean;
}
