import { z } from "zod";
import { ChannelEnv } from "../../channels/channels.env.js";
import { channelManifests } from "../../channels/registry.js";
import { WecomAppEnv } from "../notify/wecom/wecom.config.js";
import { TrustProxy } from "./trust-proxy.schema.js";
import { UNIT_TEMPLATES } from "../notify/unit-texts.js";

const UNIT_PURPOSE_ALTERNATIVES = Object.keys(UNIT_TEMPLATES).join("|");
const UNIT_TEMPLATES_PATTERN = new RegExp(
  `^(${UNIT_PURPOSE_ALTERNATIVES})=[\\w.-]+(,(${UNIT_PURPOSE_ALTERNATIVES})=[\\w.-]+)*$`,
);

/** Settings channel modules declare in their own folder (checked at boot like every other key). */
const MODULE_ENV_SHAPE = Object.assign(
  {},
  ...channelManifests.map((m) => m.env?.shape ?? {}),
) as z.ZodRawShape;

const DEV_SALT = "zhitong-dev-salt";
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
  /** Reverse proxy whose X-Forwarded-For is believed (docs/security.md); unset: nobody's. */
  TRUST_PROXY: TrustProxy,
  BODY_LIMIT_BYTES: positiveInt("request body limit in bytes").default(1_048_576),
  /** Prefix for BullMQ keys, so several deployments can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
    .default("zt"),
  OUTBOX_POLL_MS: positiveInt("outbox relay poll interval in ms").default(1000),
  ROUTE_CONCURRENCY: positiveInt("route jobs one worker process takes at once").default(64),
  PUBLIC_BASE_URL: url(["http:", "https:"], "https://zhitong.example.gov.cn").optional(),
  /** Deployment secret from which the web chat signing key is derived when WEB_CHAT_SECRET is unset; set it in production. */
  LOG_HASH_SALT: z.string().min(1).default(DEV_SALT),
  /** Channels (issue 4, docs/channels.md): WeChat, SMS gateways, hotline feed, web chat. */
  ...ChannelEnv.shape,
  ...MODULE_ENV_SHAPE,
  /** Dispatch/SLA (issue 5): how often the SLA sweep rebuilds every open ticket's light from PostgreSQL. */
  SLA_SWEEP_EVERY_MS: positiveInt("SLA sweep interval in ms").default(300_000),
  /** How long an `Idempotency-Key` of POST /api/v1/tickets is honoured; the SLA sweep forgets older keys. */
  IDEMPOTENCY_KEY_RETENTION_HOURS: positiveInt("idempotency key retention in hours").default(24),
  /** How often the recovery sweep re-enqueues, from PostgreSQL, work whose job Redis lost. */
  RECOVERY_SWEEP_EVERY_MS: positiveInt("recovery sweep interval in ms").default(60_000),
  /** An outbound message claimed (`sending`) longer than this by a process is taken over. */
  OUTBOUND_SEND_LEASE_MS: positiveInt("outbound send lease in ms").default(120_000),
  /** Units on WeCom (企业微信): the self-built app that sends notices and signs staff in on the mobile page. */
  ...WecomAppEnv.shape,
  /** Unit notifications: sends tried before a notification is marked failed (at most 8). */
  NOTIFY_MAX_ATTEMPTS: positiveInt("notification send attempts")
    .pipe(z.number().max(8, "at most 8"))
    .default(6),
  /** Daily digest to the centre, a cron pattern in the jurisdiction's time zone. */
  DIGEST_CRON: z.string().min(9).default("0 8 * * *"),
  /** Unit SMS template codes as the provider assigned them: "dispatch=SMS_1,reminder=SMS_2,escalation=SMS_3,digest=SMS_4". */
  UNIT_SMS_TEMPLATES: z
    .string()
    .regex(UNIT_TEMPLATES_PATTERN, 'e.g. "dispatch=SMS_1,reminder=SMS_2"')
    .optional(),
  /** Console sessions: signed out after this many idle minutes, and at the latest after SESSION_MAX_HOURS. */
  SESSION_IDLE_MINUTES: positiveInt("idle session timeout in minutes").default(30),
  SESSION_MAX_HOURS: positiveInt("absolute session lifetime in hours").default(12),
  /** Failed logins from one address at one account before back-off starts (waits double from 15 s up to LOGIN_LOCK_MINUTES; docs/security.md). */
  LOGIN_MAX_FAILURES: positiveInt("failed logins before lockout").default(5),
  LOGIN_LOCK_MINUTES: positiveInt("longest sign-in back-off in minutes").default(15),
  /** Login attempts allowed per client IP per minute (all usernames together). */
  LOGIN_RATE_PER_MINUTE: positiveInt("login attempts per IP per minute").default(20),
  /** Comma-separated API keys for Open311 POST /requests.json (empty: Open311 is read-only). */
  OPEN311_API_KEYS: z.string().optional(),
  /** Bearer token for GET /metrics scrapers; admins may always look. Unset: open in development, admins only in production. */
  METRICS_TOKEN: z.string().min(16, "use at least 16 characters").optional(),
  /** Intake bot (docs/intake.md): WeChat webhook waits this long to answer passively before the outbound worker sends. */
  WECHAT_PASSIVE_REPLY_BUDGET_MS: z.coerce.number().int().min(0).max(4500).default(3000),
  /**
   * A remote (LLM) engine's turns one worker process prepares at once (each is one LLM call in
   * flight). Unset: 16. The offline engine claims whole batches instead (INTAKE_BATCH_MAX, two
   * transactions at once per process) and ignores it.
   */
  INTAKE_CONCURRENCY: positiveInt("intake turns one worker process runs at once").optional(),
  /**
   * How often an idle intake worker looks for received messages nobody woke it for (the wake-up
   * went missing: Redis down or emptied, a process killed between its commit and the wake-up).
   */
  INTAKE_POLL_MS: positiveInt("intake worker's idle poll interval in ms").default(1000),
  /** Failed turns of one message before it is parked (status failed, docs/operations.md). */
  INTAKE_MAX_ATTEMPTS: positiveInt("attempts at one message's intake turn before it is parked").default(8),
  /** First retry delay of a failed intake turn; doubled each time, at most 2 minutes. */
  INTAKE_RETRY_BASE_MS: positiveInt("first retry delay of a failed intake turn in ms").default(1000),
  /** Turns arriving together share one transaction (docs/operations.md); 1 turns that off. */
  INTAKE_BATCH_MAX: positiveInt("most intake turns one transaction handles").default(32),
  /**
   * Whether a worker reads a few made-up messages with the offline engine before its first claim
   * (engine-warm-up.ts): about a second of CPU at start instead of slow first turns. Tests turn it
   * off to start quickly.
   */
  INTAKE_WARM_UP: z.enum(["on", "off"]).default("on"),
  INTAKE_DRAFT_TTL_MINUTES: positiveInt("idle minutes before an unfinished report expires").default(60),
  INTAKE_EMERGENCY_PLACE_WAIT_SECONDS: positiveInt(
    "seconds an emergency without a place waits for the resident's answer before it is filed anyway",
  ).default(60),
  /** The one safety question when a danger is possible but not detected (docs/intake.md); `off` for a centre that does not want the extra turn. */
  INTAKE_DANGER_CHECK: z.enum(["on", "off"]).default("on"),
  INTAKE_DANGER_CHECK_WAIT_MINUTES: positiveInt(
    "minutes an unanswered safety question waits before the report is filed anyway, as urgent",
  ).default(5),
  INTAKE_ADDENDUM_MINUTES: positiveInt(
    "minutes after a filing in which a resident's addition (补充一下…, a unit number, a photo) joins that ticket",
  ).default(30),
  INTAKE_ENGINE: z.enum(["offline", "openai"]).default("offline"),
  INTAKE_MODEL_FILE: z.string().min(1).optional(),
  /** A kind model written by `zhitong intake train --from-history`; absent = the shipped one. */
  INTAKE_KIND_MODEL_FILE: z.string().min(1).optional(),
  LLM_BASE_URL: url(["http:", "https:"], "https://api.deepseek.com/v1").optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_MODE: z.enum(["json_schema", "json_object", "tools"]).default("json_schema"),
  LLM_TIMEOUT_MS: positiveInt("LLM request timeout in ms").default(15_000),
  /** Callback surveys (docs/surveys.md; the survey templates SMS_TEMPLATE_SURVEY / WECHAT_TEMPLATE_SURVEY are in ChannelEnv). Hotline callers are surveyed by SMS, or by a phone-callback task for agents (call). */
  SURVEY_HOTLINE_MODE: z.enum(["sms", "call"]).default("sms"),
  /** Seed of the spot-check (抽查) sample: the same seed picks the same tickets. */
  SURVEY_SPOT_CHECK_SEED: z.string().min(1).default("zhitong"),
  /** Days after a survey expired during which a late answer is still recognised and kept as a comment. */
  SURVEY_LATE_REPLY_DAYS: positiveInt("days a late survey answer is recognised").default(7),
  /** Media (docs/media.md): photos and voice kept under DATA_DIR/media, or in an S3-compatible bucket. */
  MEDIA_STORE: z.enum(["local", "s3"], { error: "must be local or s3" }).default("local"),
  MEDIA_S3_ENDPOINT: url(["http:", "https:"], "https://s3.cn-north-1.amazonaws.com.cn").optional(),
  MEDIA_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "3–63 lower-case letters, digits, dots and dashes")
    .optional(),
  MEDIA_S3_REGION: z.string().min(1).default("us-east-1"),
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  MEDIA_MAX_IMAGE_BYTES: positiveInt("largest photo accepted, in bytes").default(10 * 1024 * 1024),
  MEDIA_MAX_VOICE_BYTES: positiveInt("largest voice message accepted, in bytes").default(2 * 1024 * 1024),
  /** Days the public result page of a resolution (/r/<token>) stays reachable. */
  RESULT_LINK_DAYS: positiveInt("days a result page link stays valid").default(30),
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

const MIN_PRODUCTION_SECRET = 16;

/**
 * What production mode adds: the secrets must be the deployment's own. The development salt is
 * public, and the web chat signing key would be derived from it.
 */
function productionProblems(env: Env, source: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!source["LOG_HASH_SALT"] || env.LOG_HASH_SALT === DEV_SALT)
    problems.push("LOG_HASH_SALT: must be set in production (a random secret of this deployment)");
  else if (env.LOG_HASH_SALT.length < MIN_PRODUCTION_SECRET)
    problems.push(`LOG_HASH_SALT: must be at least ${MIN_PRODUCTION_SECRET} characters in production`);
  if (!env.WEB_CHAT_SECRET)
    problems.push("WEB_CHAT_SECRET: must be set in production (signs web chat sessions)");
  return problems;
}

/** S3 mode needs all four of its keys; each missing one is named (values never are). */
function mediaProblems(env: Env): string[] {
  if (env.MEDIA_STORE !== "s3") return [];
  const needed = [
    "MEDIA_S3_ENDPOINT",
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
  ] as const;
  return needed.filter((k) => !env[k]).map((k) => `${k}: must be set when MEDIA_STORE=s3`);
}

/** Parses the environment; empty strings count as unset (a common shell mistake). */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const checked = checkEnv(source);
  if (checked.env) return checked.env;
  throw new EnvError(checked.problems);
}

/** Every problem of the environment as "KEY: problem" lines (never a value), or the parsed Env. */
export function checkEnv(source: NodeJS.ProcessEnv): { env?: Env; problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = Env.safeParse(cleaned);
  if (result.success) {
    // Settings that are only wrong together (a channel half configured), as each module judges them,
    // and what production mode requires.
    const problems = [
      ...channelManifests.flatMap((m) => m.checkEnv?.(cleaned) ?? []),
      ...productionProblems(result.data, cleaned),
      ...mediaProblems(result.data),
    ];
    return problems.length > 0 ? { problems } : { env: result.data, problems: [] };
  }
  // Values are never echoed: many of these variables are secrets (and a secret pasted into the wrong
  // variable is one too), and boot errors end up in logs and tickets.
  return {
    problems: result.error.issues.map((i) => `${String(i.path[0] ?? "(environment)")}: ${i.message}`),
  };
}
