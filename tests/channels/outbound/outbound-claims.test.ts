import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { outboundHandler } from "../../../src/channels-runtime/channel.workers.js";
import { OutboundDelivery } from "../../../src/channels-runtime/deliver-outbound.js";
import {
  OUTBOUND_CLAIM_STATEMENT,
  OutboundClaims,
  type ClaimRequest,
} from "../../../src/channels-runtime/outbound-claims.js";
import { distinctRounds } from "../../../src/db/distinct-rounds.js";
import { messages, residentIdentities, residents } from "../../../src/db/schema/index.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import type { JobData } from "../../../src/queue/queues.js";
import { countStatements } from "../../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { startFakeWechatApi } from "../support/fake-wechat-api.js";
import { wechatEnv, WECHAT } from "../support/wechat-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;

beforeAll(async () => {
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  // No consumer runs: each test claims or delivers itself, as a worker process would.
  t = await createTestEnv({ clock, env: wechatEnv({ WECHAT_API_BASE: api.url }) });
});
afterAll(async () => {
  await t.close();
  await api.close();
});
afterEach(async () => {
  await t.ctx.queues.outbound.drain(true);
});

/** A job as BullMQ hands it to the handler outside a worker (no lock token: no moveToDelayed). */
const job = { attemptsMade: 0, opts: { attempts: 8 }, timestamp: Date.now() } as unknown as Job;

let nextResident = 1;
/** A WeChat follower who wrote just now, with `n` replies queued to them, oldest first. */
async function follower(n = 1): Promise<{ openid: string; ids: number[] }> {
  const residentId = randomUUID();
  const openid = `oClaim${String(nextResident++).padStart(6, "0")}`;
  await t.ctx.database.db.insert(residents).values({ id: residentId });
  await t.ctx.database.db
    .insert(residentIdentities)
    .values({ residentId, channel: "wechat", address: openid, lastInboundAt: t.ctx.now() });
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        residentId,
        text: `已登记，编号测试${i + 1}。`,
        purpose: "reply",
        preferChannel: "wechat",
        at: t.ctx.now(),
      }),
    );
    ids.push(id!);
  }
  return { openid, ids };
}

function request(messageId: number, extra: Partial<ClaimRequest> = {}): ClaimRequest {
  const claimedAt = new Date();
  return {
    messageId,
    claimedAt,
    abandonedBefore: new Date(claimedAt.getTime() - t.ctx.env.OUTBOUND_SEND_LEASE_MS),
    notAfter: null,
    ...extra,
  };
}

async function statuses(ids: number[]): Promise<string[]> {
  const rows = await t.ctx.database.db
    .select({ id: messages.id, status: messages.status })
    .from(messages)
    .where(inArray(messages.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!.status);
}

const bulkOf = (ids: number[]): JobData<"outbound"> => ({
  bulk: ids.map((id) => ({ jobId: `out_${id}`, data: { messageId: id } })),
});

describe("outbound claims written together", () => {
  it("claims submitted while one is being written share the next statement, each row claimed once", async () => {
    const followers = await Promise.all(Array.from({ length: 8 }, () => follower()));
    const ids = followers.map((f) => f.ids[0]!);
    const claims = new OutboundClaims(t.ctx.database.pool);
    const counter = countStatements(t.ctx.database.pool);
    let found;
    try {
      // All eight in one tick: the first is written at once, the rest wait for it and go together.
      found = await Promise.all(ids.map((id) => claims.claim(request(id))));
    } finally {
      counter.stop();
    }
    const statements = counter.statements.filter((s) => s === "outbound_claim_many").length;
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThanOrEqual(2);
    // Each caller gets its own row back, with the identity it goes to.
    found.forEach((row, i) => {
      expect(row).toMatchObject({ status: "queued", claimedId: ids[i], channel: "wechat" });
      expect(row!.payload).toMatchObject({ address: followers[i]!.openid, claimedAt: expect.any(String) });
      expect(row!.identityResidentId).toEqual(expect.any(String));
    });
    expect(await statuses(ids)).toEqual(Array(8).fill("sending"));
  });

  it("two requests for one message in the same group: the first takes it, the second finds it taken", async () => {
    const { ids } = await follower();
    const [id] = ids as [number];
    const claims = new OutboundClaims(t.ctx.database.pool);
    const [first, second] = await Promise.all([claims.claim(request(id)), claims.claim(request(id))]);
    expect(first).toMatchObject({ claimedId: id });
    // As when the second claim ran alone after the first: the row is `sending` and not abandoned.
    expect(second).toMatchObject({ status: "sending", claimedId: null });
    expect(distinctRounds([1, 2, 1, 1], (id) => id)).toEqual([[0, 1], [2], [3]]);
  });

  it("a later message to a resident in the same group as an earlier one waits for it", async () => {
    const { ids } = await follower(2);
    const [earlier, later] = ids as [number, number];
    const claims = new OutboundClaims(t.ctx.database.pool);
    const other = (await follower()).ids[0]!;
    // Three at once; the later one is listed first, so order of arrival cannot be what decides.
    const [o, l, e] = await Promise.all([
      claims.claim(request(other)),
      claims.claim(request(later)),
      claims.claim(request(earlier)),
    ]);
    expect(e).toMatchObject({ claimedId: earlier });
    expect(l).toMatchObject({ status: "queued", claimedId: null });
    expect(o).toMatchObject({ claimedId: other });
    expect(await statuses([earlier, later])).toEqual(["sending", "queued"]);
  });

  it("keeps each claim's own window and lease in a shared statement", async () => {
    const due = (await follower()).ids[0]!;
    const early = (await follower()).ids[0]!;
    const abandoned = (await follower()).ids[0]!;
    const young = (await follower()).ids[0]!;
    const sendAfter = new Date(clock.now().getTime() + 5_000);
    await t.ctx.database.pool.query("UPDATE messages SET send_after = $2 WHERE id = ANY($1::bigint[])", [
      [due, early],
      sendAfter,
    ]);
    // Two sends whose processes died: one long ago (its lease is over), one a moment ago.
    const lease = t.ctx.env.OUTBOUND_SEND_LEASE_MS;
    for (const [id, at] of [
      [abandoned, Date.now() - lease - 1000],
      [young, Date.now() - 1000],
    ] as const)
      await t.ctx.database.pool.query(
        `UPDATE messages SET status = 'sending', payload = payload || jsonb_build_object('claimedAt', $2::text)
          WHERE id = $1`,
        [id, new Date(at).toISOString()],
      );
    const claims = new OutboundClaims(t.ctx.database.pool);
    const [d, e, a, y] = await Promise.all([
      claims.claim(request(due, { notAfter: new Date(sendAfter.getTime() + 1) })),
      claims.claim(request(early, { notAfter: new Date(sendAfter.getTime() - 1) })),
      claims.claim(request(abandoned)),
      claims.claim(request(young)),
    ]);
    expect(d).toMatchObject({ claimedId: due });
    expect(e).toMatchObject({ status: "queued", claimedId: null, sendAfter });
    expect(a).toMatchObject({ status: "sending", claimedId: abandoned });
    expect(y).toMatchObject({ status: "sending", claimedId: null });
    expect(await claims.claim(request(987_654_321))).toBeUndefined();
  });

  it("one bulk job run by two processes at once: each message is sent once", async () => {
    const followers = await Promise.all(Array.from({ length: 6 }, () => follower()));
    const ids = followers.map((f) => f.ids[0]!);
    // Two processes, each with its own delivery (its own group of claims), handed the same job.
    const [a, b] = await Promise.all([
      outboundHandler(t.ctx, new OutboundDelivery(t.ctx))(bulkOf(ids), job),
      outboundHandler(t.ctx, new OutboundDelivery(t.ctx))(bulkOf(ids), job),
    ]);
    const outcomes = [a, b] as Record<string, number>[];
    expect((outcomes[0]!.sent ?? 0) + (outcomes[1]!.sent ?? 0)).toBe(6);
    expect(await statuses(ids)).toEqual(Array(6).fill("sent"));
    expect(followers.map((f) => api.state.custom.filter((c) => c.touser === f.openid).length)).toEqual(
      Array(6).fill(1),
    );
  });

  it("reaches messages by index in the plan kept for the statement, whatever the number of ids", async () => {
    const client = await t.ctx.database.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
      await client.query(`PREPARE plan_probe AS ${OUTBOUND_CLAIM_STATEMENT.text}`);
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN EXECUTE plan_probe('{1,2,3}', '{a,b,c}', '{2026-01-01,2026-01-01,2026-01-01}', '{NULL,NULL,NULL}')`,
      );
      await client.query("ROLLBACK");
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Index");
      expect(plan).not.toMatch(/Seq Scan on messages\b/);
    } finally {
      // The prepared statement and the setting go with the connection.
      client.release(true);
    }
  });
});
