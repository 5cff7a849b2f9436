import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { messages } from "../../src/db/schema/index.js";
import { queueResidentMessage } from "../../src/notify/queue-resident-message.js";
import { OutboxRelay } from "../../src/queue/outbox-relay.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

// The application's clock stands still: a held row's wait is measured once, in real time, as
// BullMQ's delay was.
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
const relays: OutboxRelay[] = [];

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
// A running relay is woken by every job recorded in this process: each test's relays stop with it.
afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.stop()));
});
afterAll(async () => {
  await t.close();
});

function relay(): OutboxRelay {
  const r = new OutboxRelay(t.ctx.database, t.ctx.queues, { pollMs: 60_000, log: t.ctx.log, now: t.ctx.now });
  relays.push(r);
  return r;
}

/** A reply waiting for its passive-reply window, `windowMs` from now. */
async function reply(address: string, windowMs: number): Promise<number> {
  return t.ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, "web", address);
    return (await queueResidentMessage(tx, {
      at: clock.now(),
      residentId,
      text: "已登记，编号ZT20261121-0001",
      purpose: "reply",
      sendAfter: new Date(clock.now().getTime() + windowMs),
    }))!;
  });
}

const outboxRow = async (messageId: number) =>
  (
    await t.ctx.database.db.execute<{ claimed: boolean; relayed: boolean }>(
      sql`SELECT claimed_until IS NOT NULL AS claimed, relayed_at IS NOT NULL AS relayed
          FROM outbox WHERE job_id = ${`out_${messageId}`}`,
    )
  ).rows[0]!;

const job = (messageId: number) => t.ctx.queues.outbound.getJob(`out_${messageId}`);

describe("the relay holds a reply until its passive-reply window ends", () => {
  it("a reply already given passively when its window ends gets no job", async () => {
    const id = await reply("hold-passive-0001", 1000);
    // Given passively before the relay saw it: held all the same (the relay does not look at
    // messages when it claims), then settled without a job.
    await t.ctx.database.db
      .update(messages)
      .set({ status: "sent", provider: "passive", processedAt: clock.now() })
      .where(eq(messages.id, id));
    const r = relay();
    await r.start();
    await waitFor(async () => (await outboxRow(id)).relayed, 15_000, "the held row settled");
    expect(await job(id)).toBeUndefined();
  });

  it("a reply still queued when its window ends is handed to BullMQ then", async () => {
    const id = await reply("hold-queued-0001", 1000);
    const r = relay();
    await r.start();
    await waitFor(async () => (await outboxRow(id)).relayed, 15_000, "the row relayed");
    expect((await job(id))?.data).toEqual({ messageId: id });
  });

  it("a relay that stops while holding a row hands it to BullMQ with what is left of its delay", async () => {
    const id = await reply("hold-stop-0001", 9000);
    const r = relay();
    await r.start();
    await waitFor(async () => (await outboxRow(id)).claimed, 15_000, "the row claimed");
    await r.stop();
    const handed = await job(id);
    expect(handed?.opts.delay).toBeGreaterThan(0);
    expect((await outboxRow(id)).relayed).toBe(true);
  });

  it("a row held by a process that died is relayed by another once its lease runs out", async () => {
    const id = await reply("hold-crash-0001", 9000);
    const dead = relay();
    await dead.start();
    await waitFor(async () => (await outboxRow(id)).claimed, 15_000, "the row claimed");
    expect(await job(id)).toBeUndefined();
    // The process dies holding the row: its lease runs out (moved back here rather than waited for).
    await t.ctx.database.db.execute(
      sql`UPDATE outbox SET claimed_until = now() - interval '1 second' WHERE job_id = ${`out_${id}`}`,
    );
    expect(await relay().drain()).toBeGreaterThanOrEqual(1);
    expect((await job(id))?.data).toEqual({ messageId: id });
    expect((await outboxRow(id)).relayed).toBe(true);
  });
});
