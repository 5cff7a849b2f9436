import { pino, type Logger } from "pino";
import type { Env } from "./env.schema.js";
import { REDACT_PATHS } from "./redact.js";

export function createLogger(env: Pick<Env, "LOG_LEVEL">, extra: { name?: string } = {}): Logger {
  return pino({
    level: env.LOG_LEVEL,
    name: extra.name ?? "zhitong",
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  });
}
