import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { messages } from "../../src/db/schema/index.js";
import { loadTurns } from "../../src/intake/turn-store.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

/**
 * The worker loads every turn with one named statement on its pooled connections: it must go
 * generic after its first runs, not be planned again on every call for ever.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** `count` received messages of one resident, by ids. */
async function received(from: string, count: number): Promise<number[]> {
  return t.ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, "sms", from);
    const rows = await tx
      .insert(messages)
      .values(
        Array.from({ length: count }, (_, i) => ({
          channel: "sms" as const,
          direction: "in" as const,
          residentId,
          kind: "text" as const,
          text: `路灯不亮了${i}`,
          status: "received" as const,
        })),
      )
      .returning({ id: messages.id });
    return rows.map((r) => r.id);
  });
}

async function loadTurnsStatement(db: Database) {
  const r = await db.db.execute<{ statement: string; generic_plans: number; custom_plans: number }>(
    sql`SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements
         WHERE name = 'intake_load_turns'`,
  );
  return r.rows[0]!;
}

describe("the intake turns' load statement", () => {
  it("goes generic after five custom plans on a connection and answers as before", async () => {
    const ids = await received("13800007001", 3);
    const one = openDatabase(t.databaseUrl, { max: 1 });
    try {
      const since = new Date(clock.now().getTime() - 86_400_000);
      const first = await one.db.transaction((tx) => loadTurns(tx, ids, since));
      expect(first.map((r) => r.message.id)).toEqual(ids);
      for (let run = 0; run < 7; run++) {
        // One id or all three: the batches the worker loads.
        const some = run % 2 ? ids : [ids[run % 3]!];
        const got = await one.db.transaction((tx) => loadTurns(tx, some, since));
        expect(got).toEqual(first.filter((r) => some.includes(r.message.id)));
      }
      const stats = await loadTurnsStatement(one);
      expect(stats.custom_plans).toBe(5);
      expect(stats.generic_plans).toBe(3);
    } finally {
      await one.close();
    }
  }, 60_000);

  it("has a generic plan that finds the messages by their primary key", async () => {
    const ids = await received("13800007002", 2);
    // Enough rows that a scan of the whole table would show.
    await received("13800007003", 2000);
    const one = openDatabase(t.databaseUrl, { max: 1 });
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await one.db.transaction((tx) => loadTurns(tx, ids, clock.now()));
      const { statement } = await loadTurnsStatement(one);
      await client.query("ANALYZE messages");
      await client.query("SET plan_cache_mode = force_generic_plan");
      await client.query(`PREPARE load_turns AS ${statement}`);
      await client.query("BEGIN");
      const r = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, COSTS OFF) EXECUTE load_turns('{${ids.join(",")}}', now())`,
      );
      await client.query("ROLLBACK");
      const plan = r.rows.map((x) => x["QUERY PLAN"]).join("\n");
      expect(plan).toMatch(/Index Scan using messages_pkey on messages m/);
      expect(plan).not.toMatch(/Seq Scan on messages m\b/);
      expect(plan).toMatch(/rows=2 loops=1/);
    } finally {
      await client.end();
      await one.close();
    }
  }, 60_000);
});
