import path from "node:path";
import type { Logger } from "pino";
import pg from "pg";
import { Redis } from "ioredis";
import type { Env } from "./env.schema.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { startEmbeddedRedis } from "./embedded-redis.js";
import { startWatchdog, type WatchedChild } from "./watchdog.js";
import { readRunningInstance } from "./instance-state.js";
import { StartupError } from "./startup-error.js";

export interface Infrastructure {
  databaseUrl: string;
  redisUrl: string;
  embedded: { postgres: boolean; redis: boolean };
  stop(): Promise<void>;
}

/**
 * PostgreSQL and Redis for this process: the ones named by DATABASE_URL / REDIS_URL, or private
 * embedded ones under DATA_DIR when unset. Fails with a message saying which one and how to fix it.
 */
export async function startInfrastructure(
  env: Env,
  log: Logger,
  opts: {
    redis?: boolean;
    /**
     * Use the embedded servers of a `zhitong serve` already running on DATA_DIR (found through
     * DATA_DIR/instance.json) instead of starting them: for commands run beside the service.
     */
    attach?: boolean;
  } = {},
): Promise<Infrastructure> {
  if (opts.attach && !env.DATABASE_URL) {
    const attached = await attachToRunning(env, log, opts.redis !== false);
    if (attached) return attached;
  }
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => log.warn({ err }, "stop failed"));
  };
  let pgPid: number | undefined;
  let redisPid: number | undefined;
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const dir = path.join(env.DATA_DIR, "postgres");
      log.info({ dir }, "DATABASE_URL not set: starting embedded PostgreSQL");
      const pgHandle = await startEmbeddedPostgres({
        dir,
        reservedPorts: [env.PORT],
        onLog: (l) => log.debug({ pg: l }),
      });
      stops.push(pgHandle.stop);
      databaseUrl = pgHandle.url;
      pgPid = pgHandle.pid;
    } else await checkPostgres(databaseUrl);

    let redisUrl = env.REDIS_URL ?? "";
    if (opts.redis === false) {
      // Only PostgreSQL is needed (migrations).
    } else if (!redisUrl) {
      const dir = path.join(env.DATA_DIR, "redis");
      log.info({ dir }, "REDIS_URL not set: starting embedded redis-server");
      const redisHandle = await startEmbeddedRedis({
        dir,
        reservedPorts: [env.PORT],
        onLog: (l) => log.debug({ redis: l }),
      });
      stops.push(redisHandle.stop);
      redisUrl = redisHandle.url;
      redisPid = redisHandle.pid;
    } else await checkRedis(redisUrl);

    const watched: WatchedChild[] = [];
    if (pgPid) watched.push({ pid: pgPid, signal: "SIGINT" });
    if (redisPid) watched.push({ pid: redisPid, signal: "SIGTERM" });
    if (watched.length > 0) {
      const watchdog = await startWatchdog(env.DATA_DIR, watched);
      // Stopped last on a clean shutdown (stops run in reverse order of registration).
      stops.unshift(watchdog.stop);
    }
    return {
      databaseUrl,
      redisUrl,
      embedded: { postgres: !env.DATABASE_URL, redis: !env.REDIS_URL },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The running instance's servers, when it has every one that is needed and they answer. */
async function attachToRunning(env: Env, log: Logger, needRedis: boolean): Promise<Infrastructure | null> {
  const running = await readRunningInstance(env.DATA_DIR);
  if (!running?.databaseUrl) return null;
  const redisUrl = env.REDIS_URL ?? running.redisUrl ?? "";
  if (needRedis && !redisUrl) return null;
  try {
    await checkPostgres(running.databaseUrl);
  } catch {
    // A pid reused by an unrelated process, or a server that is going down: start our own.
    return null;
  }
  log.info({ pid: running.pid }, "using the embedded PostgreSQL of the running Zhitong");
  return {
    databaseUrl: running.databaseUrl,
    redisUrl,
    embedded: { postgres: true, redis: !env.REDIS_URL },
    stop: async () => {},
  };
}

export { StartupError };

export async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    const u = new URL(url);
    throw new StartupError(
      `cannot reach PostgreSQL at ${u.hostname}:${u.port || 5432} (DATABASE_URL): ${(err as Error).message}. ` +
        "Start that server, fix DATABASE_URL, or unset it to use the embedded PostgreSQL.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5000,
  });
  // ioredis reports the cause on 'error' (unhandled, it prints a stack) and rejects with a vaguer one.
  let cause: Error | undefined;
  redis.on("error", (err: Error) => (cause ??= err));
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    const u = new URL(url);
    const why = (cause ?? (err as Error)).message.replace(/\.+$/, "");
    throw new StartupError(
      `cannot reach Redis at ${u.hostname}:${u.port || 6379} (REDIS_URL): ${why}. ` +
        "Start that server, fix REDIS_URL, or unset it to use the embedded redis-server.",
    );
  } finally {
    redis.disconnect();
  }
}
