/**
 * The suite is checked on a moved system date with libfaketime (`faketime -f '+365d' npx vitest run`).
 * redis-server's allocator deadlocks under libfaketime, so Redis is spawned without it; BullMQ takes
 * every timestamp from Node, so Redis's own clock is not part of what the tests exercise.
 */
export async function withoutFaketime<T>(start: () => Promise<T>): Promise<T> {
  const preload = process.env.LD_PRELOAD;
  if (!preload?.includes("faketime")) return start();
  delete process.env.LD_PRELOAD;
  try {
    return await start();
  } finally {
    process.env.LD_PRELOAD = preload;
  }
}

/** The environment for a child process that starts its own redis-server (see above). */
export function envWithoutFaketime(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!env.LD_PRELOAD?.includes("faketime")) return env;
  const rest = { ...env };
  delete rest.LD_PRELOAD;
  return rest;
}
