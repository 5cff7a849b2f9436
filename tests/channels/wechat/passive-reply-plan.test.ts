import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSIVE_REPLY_STATEMENTS } from "../../../src/channels-runtime/passive-reply-waiter.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/**
 * The generic plan PostgreSQL keeps for a named statement after five runs, made on today's (small)
 * tables: \`EXPLAIN EXECUTE\` of a prepared statement under \`force_generic_plan\` shows it with its
 * parameters left as parameters.
 */
async function genericPlan(text: string, args: string): Promise<string> {
  const client = await t.ctx.database.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
    await client.query(`PREPARE plan_probe AS ${text}`);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN EXECUTE plan_probe(${args})`);
    await client.query("ROLLBACK");
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    // The prepared statement and the setting go with the connection.
    client.release(true);
  }
}

describe("the passive-reply waiter's cached plans", () => {
  // Both are named statements: planned once per connection, and a generic plan fixed while the
  // tables are small (a fresh deployment) would otherwise read `messages` whole on every look.
  it("looks the replies of the waiting messages up by index, whatever the number of ids", async () => {
    const plan = await genericPlan(PASSIVE_REPLY_STATEMENTS.look.text, "'{1,2,3}'");
    expect(plan).toContain("messages_reply_to_idx");
    expect(plan).not.toMatch(/Seq Scan on messages\b/);
  });

  it("claims replies by their ids and checks the resident's earlier messages by index", async () => {
    const plan = await genericPlan(PASSIVE_REPLY_STATEMENTS.claim.text, "'{1,2,3}', now()");
    expect(plan).toContain("Index");
    expect(plan).not.toMatch(/Seq Scan on messages\b/);
  });
});
