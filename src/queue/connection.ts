import { Redis, type RedisOptions } from "ioredis";

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` is required by BullMQ workers; the
 * retry strategy keeps reconnecting forever so a Redis restart only pauses work.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
    ...extra,
  });
}

/**
 * A second connection for request paths (rate limits, scrapes): while Redis is unreachable its
 * commands fail at once instead of waiting in the offline queue, so a request answers rather than
 * hangs. It keeps reconnecting in the background like the main one.
 */
export function createFailFastRedis(base: Redis, commandTimeoutMs = 1000): Redis {
  return base.duplicate({
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
  });
}
