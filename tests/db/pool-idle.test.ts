import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { openDatabase, POOL_IDLE_TIMEOUT_MS, type Database } from "../../src/db/client.js";

/**
 * A pool keeps the connections a burst opened through a lull: a new PostgreSQL session pays catalog
 * loads and first plans again, so closing them after half a minute made every burst that followed
 * a lull warm its connections anew.
 */
let database: Database | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await database?.close();
  database = undefined;
});

/** Opens `n` connections at once and releases them, as a burst of concurrent statements does. */
async function burst(db: Database, n: number): Promise<void> {
  const clients = await Promise.all(Array.from({ length: n }, () => db.pool.connect()));
  await Promise.all(clients.map((c) => c.query("SELECT 1")));
  for (const c of clients) c.release();
}

describe("the pool's idle connections", () => {
  it("stay open through a lull of minutes, then close", async () => {
    database = openDatabase(inject("pgAdminUrl"), { max: 3 });
    // Only the idle timers are faked: the connections' sockets run as usual.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await burst(database, 3);
    expect(database.pool.idleCount).toBe(3);
    vi.advanceTimersByTime(5 * 60_000);
    expect(database.pool.idleCount).toBe(3);
    vi.advanceTimersByTime(POOL_IDLE_TIMEOUT_MS);
    expect(database.pool.idleCount).toBe(0);
  });

  it("keeps a connection that is used again, whatever the time since the burst", async () => {
    database = openDatabase(inject("pgAdminUrl"), { max: 2 });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await burst(database, 2);
    // A poll every few minutes reuses one connection; the other one closes after its idle time.
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(POOL_IDLE_TIMEOUT_MS / 2);
      await database.pool.query("SELECT 1");
    }
    expect(database.pool.totalCount).toBe(1);
  });
});
