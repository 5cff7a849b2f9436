import path from "node:path";
import type { Logger } from "pino";
import { openDatabase, runMigrations } from "../db/client.js";
import { createRedis } from "../queue/connection.js";
import { OutboxRelay } from "../queue/outbox-relay.js";
import { createQueueSet } from "../queue/queue-set.js";
import type { AppContext } from "./context.js";
import type { Env } from "./env.schema.js";
import { loadDomainConfig } from "./load-domain-config.js";
import { missingHolidayWarning, missingHolidayYears } from "../domain/holiday-coverage.js";
import { syncUnits } from "./sync-units.js";
import { ensureDayCounts } from "../reports/day-counts.js";
import { keepTicketRefDaysPrepared } from "../tickets/ticket-ref-days.js";

export interface RunningContext extends AppContext {
  close(): Promise<void>;
}

/**
 * Connects to PostgreSQL and Redis, applies migrations, loads config into the database and
 * prepares queues and the outbox relay (not started). One per process; tests make their own.
 */
export async function createContext(
  env: Env,
  urls: { databaseUrl: string; redisUrl: string },
  log: Logger,
  opts: { now?: () => Date; migrate?: boolean } = {},
): Promise<RunningContext> {
  const config = await loadDomainConfig(path.resolve(env.CONFIG_DIR));
  const now = opts.now ?? (() => new Date());
  for (const year of missingHolidayYears(now(), config.jurisdiction.timezone))
    log.warn({ year }, missingHolidayWarning(year));
  const database = openDatabase(urls.databaseUrl, {
    onError: (err) => log.warn({ err: err.message }, "idle PostgreSQL connection error"),
  });
  if (opts.migrate !== false) await runMigrations(database);
  await syncUnits(database.db, config);
  // The reports' daily rollup counts local days: built on first start, recounted if the zone moved.
  if (await ensureDayCounts(database.db, config.jurisdiction.timezone))
    log.info({ timezone: config.jurisdiction.timezone }, "report rollup built");
  const refDays = keepTicketRefDaysPrepared(database.pool, config.jurisdiction.timezone, now, log);
  await refDays.ready;
  const redis = createRedis(urls.redisUrl);
  redis.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
  const queues = createQueueSet(redis, env.QUEUE_PREFIX);
  const relay = new OutboxRelay(database, queues, {
    pollMs: env.OUTBOX_POLL_MS,
    log: log.child({ part: "outbox" }),
    redisReady: () => redis.status === "ready",
    now,
  });
  return {
    env,
    config,
    database,
    redis,
    queues,
    relay,
    log,
    now,
    close: async () => {
      refDays.stop();
      await relay.stop();
      await queues.close();
      // quit() lets commands already sent get their replies; disconnect() alone rejects them with
      // "Connection is closed", an unhandled rejection wherever nobody awaits them any more. Bounded,
      // so a Redis that is down does not hold the shutdown.
      await Promise.race([
        redis.quit().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 1000).unref()),
      ]);
      redis.disconnect();
      await database.close();
    },
  };
}
