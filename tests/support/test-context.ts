import { randomBytes } from "node:crypto";
import pg from "pg";
import { pino } from "pino";
import { inject } from "vitest";
import type { StageWorker } from "../../src/runtime/context.js";
import { parseEnv, type Env } from "../../src/runtime/env.schema.js";
import { createLogger } from "../../src/runtime/logger.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import type { WorkerFactory } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/workers.js";

export interface TestClock {
  now: () => Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function testClock(start: Date | string = "2026-11-21T02:00:00Z"): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface TestEnvOptions {
  env?: Record<string, string>;
  clock?: TestClock;
  /** Capture every log line (at trace level, with the production redaction) into this array. */
  logLines?: string[];
  /** A Redis of the test's own (fault tests that restart it); the shared test Redis by default. */
  redisUrl?: string;
  /** Worker factories to start (none by default: tests drive stages explicitly). */
  workers?: WorkerFactory[];
  /** Superuser URL of another PostgreSQL server to create the database on (the shared one by default). */
  pgAdminUrl?: string;
}

export interface TestEnv {
  ctx: RunningContext;
  databaseUrl: string;
  prefix: string;
  workers: StageWorker[];
  close(): Promise<void>;
}

/**
 * A fresh database (migrated) and a private Redis key prefix on the shared test servers: each test
 * file is isolated from the others and from the developer's own data.
 */
export async function createTestEnv(opts: TestEnvOptions = {}): Promise<TestEnv> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const adminUrl = opts.pgAdminUrl ?? inject("pgAdminUrl");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // On the shared server, a clone of the database global setup migrated: createContext's migration
  // run then finds nothing to apply. On another server, an empty database that createContext migrates.
  const template = opts.pgAdminUrl ? "" : ` TEMPLATE ${inject("pgTemplateDb")}`;
  await admin.query(`CREATE DATABASE ${name}${template}`);
  await admin.end();
  const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const prefix = `ztt${randomBytes(4).toString("hex")}`;
  const env: Env = parseEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    QUEUE_PREFIX: prefix,
    OUTBOX_POLL_MS: "200",
    INTAKE_WARM_UP: "off",
    ...opts.env,
  });
  const log = opts.logLines
    ? createLogger(
        { LOG_LEVEL: "trace" },
        { destination: { write: (line: string) => opts.logLines!.push(line) } },
      )
    : pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const ctx = await createContext(env, { databaseUrl, redisUrl: opts.redisUrl ?? inject("redisUrl") }, log, {
    now: opts.clock?.now,
  });
  const workers = opts.workers ? await startWorkers(ctx, opts.workers) : [];
  return {
    ctx,
    databaseUrl,
    prefix,
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await ctx.close();
    },
  };
}
