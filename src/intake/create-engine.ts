import type { DomainConfig } from "../domain/config.js";
import type { Env } from "../runtime/env.schema.js";
import type { ExtractionEngine } from "./extraction-engine.js";
import { OfflineEngine, type OfflineEngineOptions } from "./offline-engine.js";

type EngineEnv = Pick<
  Env,
  | "INTAKE_ENGINE"
  | "INTAKE_MODEL_FILE"
  | "INTAKE_KIND_MODEL_FILE"
  | "LLM_BASE_URL"
  | "LLM_API_KEY"
  | "LLM_MODEL"
  | "LLM_MODE"
  | "LLM_TIMEOUT_MS"
>;

/** The engine selected by INTAKE_ENGINE; the openai engine keeps the offline one as its fallback. */
export async function createEngine(
  env: EngineEnv,
  config: DomainConfig,
  opts: {
    engine?: "offline" | "openai";
    onFallback?: (reason: string) => void;
    /** `on-demand` for a command that reads one message (see SegmenterOptions). */
    dictionary?: OfflineEngineOptions["dictionary"];
  } = {},
): Promise<ExtractionEngine> {
  const offline = await OfflineEngine.create(config, {
    modelFile: env.INTAKE_MODEL_FILE,
    kindModelFile: env.INTAKE_KIND_MODEL_FILE,
    dictionary: opts.dictionary,
  });
  const which = opts.engine ?? env.INTAKE_ENGINE;
  if (which === "offline") return offline;
  if (!env.LLM_BASE_URL || !env.LLM_MODEL)
    throw new Error("INTAKE_ENGINE=openai needs LLM_BASE_URL and LLM_MODEL (and usually LLM_API_KEY)");
  // Loaded only here: the OpenAI client is ~190 modules that the offline engine never needs.
  const { OpenAIEngine } = await import("./openai-engine.js");
  return new OpenAIEngine({
    baseURL: env.LLM_BASE_URL,
    apiKey: env.LLM_API_KEY ?? "none",
    model: env.LLM_MODEL,
    mode: env.LLM_MODE,
    timeoutMs: env.LLM_TIMEOUT_MS,
    config,
    fallback: offline,
    onFallback: opts.onFallback,
  });
}
