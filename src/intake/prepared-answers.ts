import type { Complaint, Engine } from "../domain/complaint.schema.js";
import type { ExtractionEngine, ExtractionInput } from "./extraction-engine.js";

/** How often a turn is prepared again when its conversation moved on meanwhile, before the job retries. */
export const MAX_PREPARE_ATTEMPTS = 5;

/** The engine's answers for one turn, asked outside any transaction, and what they were asked on. */
export interface PreparedTurn {
  /** The conversation the turn was prepared on (null: the turn opens a new one). */
  conversation: { id: string; version: number } | null;
  /** Keyed by the exact engine input: a turn replayed on the same state asks the same questions. */
  answers: Map<string, Complaint>;
}

/** The conversation changed (or the turn needs an answer nobody prepared): prepare it again. */
export class StaleTurnError extends Error {
  constructor() {
    super("the conversation changed while the turn was being prepared");
    this.name = "StaleTurnError";
  }
}

const answerKey = (input: ExtractionInput) =>
  JSON.stringify([input.text, input.channel, input.callerPhone ?? null, input.known ?? null]);

/** Passes every question to `engine` and keeps its answers for the transaction to replay. */
export function recordingEngine(engine: ExtractionEngine, answers: Map<string, Complaint>): ExtractionEngine {
  return {
    name: engine.name,
    async extract(input) {
      const complaint = await engine.extract(input);
      // Kept as answered: the dialogue edits the object it is handed.
      answers.set(answerKey(input), structuredClone(complaint));
      return complaint;
    },
  };
}

/** Answers only what was prepared; any other question means the state moved on. */
export function replayEngine(name: Engine, answers: ReadonlyMap<string, Complaint>): ExtractionEngine {
  return {
    name,
    async extract(input) {
      const complaint = answers.get(answerKey(input));
      if (!complaint) throw new StaleTurnError();
      // The dialogue may edit what it gets: each replay hands out its own copy.
      return structuredClone(complaint);
    },
  };
}
