import { pino, type DestinationStream, type Logger } from "pino";
import type { Env } from "./env.schema.js";
import { LOG_SERIALIZERS } from "./log-serializers.js";
import { REDACT_PATHS } from "./redact.js";

export function createLogger(
  env: Pick<Env, "LOG_LEVEL">,
  extra: { name?: string; destination?: DestinationStream } = {},
): Logger {
  const options = {
    level: env.LOG_LEVEL,
    name: extra.name ?? "zhitong",
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: LOG_SERIALIZERS,
  };
  return extra.destination ? pino(options, extra.destination) : pino(options);
}
