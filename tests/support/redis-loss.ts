import type { TestEnv } from "./test-context.js";

/**
 * What a Redis restart without persistence does to this deployment: every key under its prefix is
 * gone (jobs, delayed jobs, schedulers, caches). FLUSHALL would hit the other test files sharing the
 * server. Returns how many keys were lost.
 */
export async function loseRedisData(t: TestEnv): Promise<number> {
  const keys = await t.ctx.redis.keys(`${t.prefix}:*`);
  if (keys.length) await t.ctx.redis.del(...keys);
  return keys.length;
}
