import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { conversations, messages } from "../../src/db/schema/index.js";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import type { IntakeService } from "../../src/intake/intake-service.js";
import { countStatements, type StatementCounter } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

/**
 * Turns whose jobs arrive together share one transaction. These tests submit several jobs in the
 * same tick, as a busy worker does: the first two start at once (two batches in flight), the rest
 * gather into the next batch.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let counter: StatementCounter;
/** Message ids whose turn fails after its writes, every time (a poison message). */
const poison = new Set<number>();
let service: IntakeService;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  service = await createIntakeService(t.ctx, {
    ...inboundIntakeDeps(),
    beforeCommit: async (_tx, message) => {
      if (poison.has(message.id)) throw new Error("poison message");
    },
  });
  await t.ctx.relay.stop();
  counter = countStatements(t.ctx.database.pool);
});
afterAll(async () => {
  await t.close();
});

async function store(from: string, text: string): Promise<number> {
  return t.ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, "sms", from);
    const [row] = await tx
      .insert(messages)
      .values({ channel: "sms", direction: "in", residentId, kind: "text", text, status: "received" })
      .returning({ id: messages.id });
    return row!.id;
  });
}

async function replies(messageId: number) {
  return t.ctx.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, "out"), eq(messages.replyToMessageId, messageId)));
}

async function status(messageId: number): Promise<string> {
  const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, messageId));
  return m!.status;
}

const TEXTS = ["路灯不亮了", "小区门口垃圾没人清", "楼下餐馆油烟太大", "井盖丢了", "噪音扰民"];

describe("intake turns in batches", () => {
  it("answers ten residents with three transactions, each resident exactly once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push(await store(`1390000${String(i).padStart(4, "0")}`, TEXTS[i % 5]!));
    counter.reset();
    const outcomes = await Promise.all(ids.map((id) => service.processMessage(id)));
    expect(outcomes).toEqual(Array(10).fill("processed"));
    expect(counter.statements.filter((s) => s === "commit")).toHaveLength(3);
    expect(counter.statements.filter((s) => s === "intake_write_turns")).toHaveLength(3);
    for (const id of ids) {
      expect(await status(id)).toBe("processed");
      expect(await replies(id)).toHaveLength(1);
    }
    // Each reply has its outbound job in the outbox.
    const [jobs] = (
      await t.ctx.database.db.execute(
        sql`SELECT count(*)::int AS n FROM outbox o JOIN messages m ON o.job_id = 'out_' || m.id
            WHERE o.queue = 'outbound' AND m.reply_to_message_id = ANY(${`{${ids.join(",")}}`}::bigint[])`,
      )
    ).rows as { n: number }[];
    expect(jobs!.n).toBe(10);
  });

  it("a poison message in a batch fails alone: the others are answered once, it stays to be retried", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push(await store(`1370000${String(i).padStart(4, "0")}`, TEXTS[i % 5]!));
    // In the batch that gathers (not one of the two that start at once).
    poison.add(ids[3]!);
    const outcomes = await Promise.allSettled(ids.map((id) => service.processMessage(id)));
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    for (const id of ids.filter((id) => !poison.has(id))) {
      expect(await status(id)).toBe("processed");
      expect(await replies(id)).toHaveLength(1);
    }
    expect(await status(ids[3]!)).toBe("received");
    expect(await replies(ids[3]!)).toHaveLength(0);
    // Its job's retry (the cause gone) answers it once; a redelivery of a done job does nothing.
    poison.clear();
    expect(await service.processMessage(ids[3]!)).toBe("processed");
    expect(await service.processMessage(ids[0]!)).toBe("skipped");
    expect(await replies(ids[3]!)).toHaveLength(1);
    expect(await replies(ids[0]!)).toHaveLength(1);
  });

  it("handles one resident's messages one after the other, in order, in one conversation", async () => {
    const from = "13600001234";
    const others = [await store("13600000001", "路灯不亮了"), await store("13600000002", "井盖丢了")];
    const report = await store(from, "文庙巷2号楼下水道堵了，污水冒出来");
    const confirm = await store(from, "1");
    const outcomes = await Promise.all([...others, report, confirm].map((id) => service.processMessage(id)));
    expect(outcomes).toEqual(["processed", "processed", "processed", "processed"]);
    expect((await replies(report))[0]!.text).toContain("确认请回复1");
    expect((await replies(confirm))[0]!.text).toMatch(/^已登记/);
    const [resident] = (
      await t.ctx.database.db.execute(sql`SELECT resident_id FROM messages WHERE id = ${report}`)
    ).rows as { resident_id: string }[];
    const convs = await t.ctx.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.residentId, resident!.resident_id));
    expect(convs).toHaveLength(1);
  });

  it("two deliveries of the same job in one batch answer once", async () => {
    const id = await store("13500009999", "路灯不亮了");
    const other = await store("13500009998", "井盖丢了");
    const outcomes = await Promise.all([other, other, id, id].map((m) => service.processMessage(m)));
    expect(outcomes.filter((o) => o === "processed")).toHaveLength(2);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(2);
    expect(await replies(id)).toHaveLength(1);
    expect(await replies(other)).toHaveLength(1);
  });

  it("retires a conversation idle past the TTL and opens a new one, when no sweep ran yet", async () => {
    const from = "13500005555";
    const first = await store(from, "文庙巷2号楼下水道堵了，污水冒出来");
    expect(await service.processMessage(first)).toBe("processed");
    clock.advance((t.ctx.env.INTAKE_DRAFT_TTL_MINUTES + 1) * 60_000);
    const later = await store(from, "路灯不亮了");
    expect(await service.processMessage(later)).toBe("processed");
    const [resident] = (
      await t.ctx.database.db.execute(sql`SELECT resident_id FROM messages WHERE id = ${later}`)
    ).rows as { resident_id: string }[];
    const convs = await t.ctx.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.residentId, resident!.resident_id));
    // The old one held a draft waiting for confirmation: expired, not silently closed.
    expect(convs.map((c) => c.state).sort()).toEqual(["active", "expired"]);
    const active = convs.find((c) => c.state === "active")!;
    const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, later));
    expect(m!.conversationId).toBe(active.id);
    expect(active.version).toBe(1);
  });
});
