import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeInbound } from "../../../src/channels-runtime/channel-port.js";
import { INTAKE_DEPTH } from "../../../src/http/routes/metrics.routes.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { wechatText } from "../support/inbound-message.js";

/*
 * `messages_status_idx` holds only the states somebody looks for by status (migration 0056). The
 * ingest must write no entry into it, and every reader that looked messages up by status must still
 * find them through an index, not by reading the table.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

async function indexBytes(): Promise<number> {
  const { rows } = await t.ctx.database.pool.query<{ bytes: string }>(
    `SELECT pg_relation_size('messages_status_idx') AS bytes`,
  );
  return Number(rows[0]!.bytes);
}

/** The plan of `text` with sequential scans priced out, so a missing index shows as a Seq Scan. */
async function plan(text: string): Promise<string> {
  const client = await t.ctx.database.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_seqscan = off");
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${text}`);
    await client.query("ROLLBACK");
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    client.release();
  }
}

describe("messages_status_idx", () => {
  it("takes no entry for an inbound message, received or handled", async () => {
    // An empty btree is its metapage alone; the first entry adds a leaf page.
    const empty = await indexBytes();
    const stored = await storeInbound(
      t.ctx,
      Array.from({ length: 20 }, (_, i) => wechatText(`status-idx-${i}`, `oStatusIdx${i}`, clock.now())),
    );
    expect(stored.every((s) => s.inserted)).toBe(true);
    await t.ctx.database.pool.query(
      `UPDATE messages SET status = 'processed' WHERE id = ANY($1::bigint[]) AND id % 2 = 0`,
      [stored.map((s) => s.id)],
    );
    expect(await indexBytes()).toBe(empty);

    // A parked message and an outbound message waiting to leave are what it is for.
    await t.ctx.database.pool.query(`UPDATE messages SET status = 'failed' WHERE id = $1`, [stored[1]!.id]);
    await t.ctx.database.pool.query(
      `INSERT INTO messages (channel, direction, resident_id, kind, text, status)
       VALUES ('wechat', 'out', $1, 'text', '收到', 'queued')`,
      [stored[0]!.residentId],
    );
    expect(await indexBytes()).toBeGreaterThan(empty);
  });

  // The readers' statements, with their parameters as PostgreSQL plans them (drizzle's queries are
  // unnamed, so planned with the values: a partial index's condition can be proved from them).
  const readers: [string, string, RegExp][] = [
    [
      "metrics: intake's waiting and parked counts",
      INTAKE_DEPTH.text,
      /messages_intake_todo(_resident)?_idx[\s\S]*messages_status_idx/,
    ],
    [
      "parked messages, oldest first (intake/parked-messages.ts)",
      `SELECT m.id FROM messages m WHERE m.direction = 'in' AND m.status = 'failed'
         AND m.error LIKE 'intake gave up after %' ORDER BY m.id LIMIT 50`,
      /messages_status_idx/,
    ],
    [
      "recovery sweep: outbound messages still queued (queue/recovery-sweep.ts)",
      `SELECT id FROM messages WHERE direction = 'out' AND status = 'queued' AND id > 0 ORDER BY id LIMIT 500`,
      /messages_status_idx/,
    ],
    [
      "recovery sweep: sends abandoned mid-way (queue/recovery-sweep.ts)",
      `UPDATE messages SET status = 'queued' WHERE direction = 'out' AND status = 'sending'
         AND coalesce((payload->>'claimedAt')::timestamptz, 'epoch') < now()`,
      /messages_status_idx/,
    ],
    [
      "send order: an earlier message to the resident still on its way (deliver-outbound.ts)",
      `SELECT 1 FROM messages earlier WHERE earlier.resident_id = '00000000-0000-0000-0000-000000000001'
         AND earlier.direction = 'out' AND earlier.id < 1000 AND earlier.status IN ('queued', 'sending')`,
      /Index/,
    ],
  ];
  for (const [name, text, index] of readers) {
    it(`serves ${name} by index`, async () => {
      const p = await plan(text);
      expect(p).toMatch(index);
      expect(p).not.toMatch(/Seq Scan on messages\b/);
    });
  }
});
