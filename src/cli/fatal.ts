import { ConfigError } from "../domain/config.js";
import { EnvError } from "../runtime/env.schema.js";
import { StartupError } from "../runtime/startup-error.js";
import { PreflightError } from "../runtime/config-preflight.js";
import { redactErrorText } from "../runtime/log-serializers.js";

/**
 * A command refused its own arguments or files (the operator's input, never residents' data): its
 * message is printed whole, so it can quote what was wrong.
 */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
}

/** Known start-up problems print their message (what and how to fix), never a stack trace. */
export function reportFatal(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(
      `Invalid config file ${err.message}\nFix the file (or set CONFIG_DIR) and try again.\n`,
    );
  } else if (
    err instanceof EnvError ||
    err instanceof StartupError ||
    err instanceof PreflightError ||
    err instanceof CliInputError
  ) {
    process.stderr.write(`${err.message}\n`);
  } else if (err instanceof Error) {
    // A driver error's message carries the query's parameters (residents' data): drop them.
    process.stderr.write(`zhitong: ${redactErrorText(err.message)}\n`);
    if (process.env.LOG_LEVEL === "debug" || process.env.LOG_LEVEL === "trace")
      process.stderr.write(`${redactErrorText(err.stack ?? "")}\n`);
  } else process.stderr.write(`zhitong: ${String(err)}\n`);
  process.exit(1);
}
