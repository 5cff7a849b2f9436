import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { startEmbeddedPostgres } from "../../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis } from "../../src/runtime/embedded-redis.js";
import { parseEnv } from "../../src/runtime/env.schema.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BenchStack {
  ctx: RunningContext;
  stop(): Promise<void>;
}

/**
 * A throw-away embedded PostgreSQL + Redis in a temp directory and a context over them, the way
 * `npm start` runs (production settings, silent logs). Every benchmark that needs the stack uses it.
 */
export async function startBenchStack(
  extraEnv: Record<string, string> = {},
  opts: { pgSettings?: string[] } = {},
): Promise<BenchStack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "zhitong-bench-"));
  await chmod(dir, 0o755);
  const [pg, redis] = await Promise.all([
    startEmbeddedPostgres({
      dir: path.join(dir, "pg"),
      database: "postgres",
      ephemeral: true,
      settings: opts.pgSettings,
    }),
    startEmbeddedRedis({ dir: path.join(dir, "redis"), ephemeral: true }),
  ]);
  const env = parseEnv({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    CONFIG_DIR: path.join(repoRoot, "config"),
    OUTBOX_POLL_MS: "200",
    // Production mode wants the deployment's own secrets: a throw-away stack gets random ones.
    LOG_HASH_SALT: randomBytes(24).toString("hex"),
    WEB_CHAT_SECRET: randomBytes(24).toString("hex"),
    ...extraEnv,
  });
  const ctx = await createContext(
    env,
    { databaseUrl: pg.url, redisUrl: redis.url },
    pino({ level: "silent" }),
  );
  return {
    ctx,
    stop: async () => {
      await ctx.close();
      await Promise.all([pg.stop(), redis.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
