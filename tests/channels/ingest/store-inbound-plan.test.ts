import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeInboundStatement } from "../../../src/channels-runtime/store-inbound-statement.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { wechatText } from "../support/inbound-message.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** The ingest statement's text and parameters for `n` new residents' messages, as sent to PostgreSQL. */
function captureStatement(n: number): { text: string; values: unknown[] } {
  let sent: { text: string; values: unknown[] } | undefined;
  const recorder = {
    query: (q: { text: string; values: unknown[] }) => {
      sent = q;
      return Promise.resolve({ rows: [] });
    },
  } as unknown as pg.PoolClient;
  const entries = Array.from({ length: n }, (_, i) => ({
    message: wechatText(`plan-${i}`, `oPlan${i}`, clock.now()),
    phone: null,
  }));
  void storeInboundStatement(recorder, entries, clock.now());
  return sent!;
}

describe("the ingest statement's cached plan", () => {
  // The statement is prepared once per connection and PostgreSQL keeps a generic plan after five
  // runs. Fixed while the tables are small (a fresh deployment), a plan that reads them whole costs
  // more with every message stored until the connection closes.
  it("looks identities, residents and messages up by index even when planned on small tables", async () => {
    const { text, values } = captureStatement(3);
    const client = await t.ctx.database.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
      await client.query({ name: "ingest-plan-probe", text: `EXPLAIN ${text}`, values });
      const { rows } = await client.query<{ "QUERY PLAN": string }>({
        name: "ingest-plan-probe",
        text: `EXPLAIN ${text}`,
        values,
      });
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Index");
      expect(plan).not.toMatch(/Seq Scan on (resident_identities|residents|messages)\b/);
      await client.query("ROLLBACK");
    } finally {
      client.release(true);
    }
  });
});
