import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const port = z.coerce
  .number({ error: "must be a whole number between 0 and 65535" })
  .int("must be a whole number between 0 and 65535")
  .min(0, "must be a whole number between 0 and 65535")
  .max(65535, "must be a whole number between 0 and 65535");

const url = (schemes: string[], example: string) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return schemes.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `must be a URL like ${example}`);

const positiveInt = (what: string) =>
  z.coerce
    .number({ error: `must be a number (${what})` })
    .int("must be a whole number")
    .positive("must be > 0");

/**
 * Every environment variable the service reads, validated at boot. Unset optional values use the
 * embedded defaults; an invalid value stops the process with the key, the problem and the fix.
 */
export const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: url(["postgres:", "postgresql:"], "postgres://user:pass@host:5432/zhitong").optional(),
  REDIS_URL: url(["redis:", "rediss:"], "redis://127.0.0.1:6379/0").optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
  CONFIG_DIR: z.string().min(1).default("./config"),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  BODY_LIMIT_BYTES: positiveInt("request body limit in bytes").default(1_048_576),
  /** Prefix for BullMQ keys, so several deployments can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
    .default("zt"),
  OUTBOX_POLL_MS: positiveInt("outbox relay poll interval in ms").default(1000),
  PUBLIC_BASE_URL: url(["http:", "https:"], "https://zhitong.example.gov.cn").optional(),
  /** Salt for hashing personal data in logs (pseudonymous ids); set it in production. */
  LOG_HASH_SALT: z.string().min(1).default("zhitong-dev-salt"),
});
export type Env = z.infer<typeof Env>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (environment variables):\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Fix the variables above (see the Configuration table in README.md) and start again.",
    );
    this.name = "EnvError";
  }
}

/** Parses the environment; empty strings count as unset (a common shell mistake). */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = Env.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((i) => {
      const key = String(i.path[0] ?? "(environment)");
      const value = cleaned[key];
      const shown = key.endsWith("_URL") || value === undefined ? "" : ` (got "${String(value)}")`;
      return `${key}${shown}: ${i.message}`;
    }),
  );
}
