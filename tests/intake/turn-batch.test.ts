import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { conversations, messages } from "../../src/db/schema/index.js";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import type { IntakeService } from "../../src/intake/intake-service.js";
import { countStatements, type StatementCounter } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { storeReceivedSms } from "./support/inbound.js";

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
/** Message ids whose turn's connection is killed once, after all its writes, before the commit. */
const killOnce = new Set<number>();
/** How often each message's turn reached its commit point. */
const reachedCommit = new Map<number, number>();
let service: IntakeService;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  service = await createIntakeService(t.ctx, {
    ...inboundIntakeDeps(),
    beforeCommit: async (tx, message) => {
      reachedCommit.set(message.id, (reachedCommit.get(message.id) ?? 0) + 1);
      if (poison.has(message.id)) throw new Error("poison message");
      if (killOnce.delete(message.id)) await tx.execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`);
    },
  });
  await t.ctx.relay.stop();
  counter = countStatements(t.ctx.database.pool);
});
afterAll(async () => {
  await t.close();
});

const store = (from: string, text: string): Promise<number> => storeReceivedSms(t.ctx, from, text);

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

  describe("filing", () => {
    const REPORTS = [
      "文庙巷2号楼下水道堵了",
      "文庙巷3号楼路灯不亮",
      "文庙巷5号楼门口垃圾没人清",
      "文庙巷6号楼井盖丢了",
    ];

    /** Residents whose report waits for its confirmation; returns their confirmation messages. */
    async function awaitingConfirmation(prefix: string): Promise<number[]> {
      const confirms: number[] = [];
      for (const [i, text] of REPORTS.entries()) {
        const from = `${prefix}${String(i).padStart(4, "0")}`;
        expect(await service.processMessage(await store(from, text))).toBe("processed");
        confirms.push(await store(from, "1"));
      }
      return confirms;
    }

    async function ticketsOf(messageIds: number[]) {
      const { rows } = await t.ctx.database.pool.query<{
        message_id: string;
        ref: string;
        reporters: number;
        creates: number;
        jobs: number;
        conversation: boolean;
      }>(
        `SELECT tm.message_id, t.ref,
           (SELECT count(*)::int FROM ticket_reporters r WHERE r.ticket_id = t.id) AS reporters,
           (SELECT count(*)::int FROM ticket_events e WHERE e.ticket_id = t.id AND e.action = 'create') AS creates,
           (SELECT count(*)::int FROM outbox o WHERE o.queue = 'route' AND o.job_id = 'route_' || t.id || '_1') AS jobs,
           EXISTS (SELECT 1 FROM conversations c WHERE c.id = t.conversation_id) AS conversation
         FROM ticket_messages tm JOIN tickets t ON t.id = tm.ticket_id
         WHERE tm.message_id = ANY($1::bigint[]) ORDER BY tm.message_id`,
        [messageIds],
      );
      return rows;
    }

    it("a connection killed after a batch's filing and write rolls it back whole; the retries file each ticket once", async () => {
      const confirms = await awaitingConfirmation("1330000");
      // The third and fourth confirmations gather into one batch; its connection dies before the commit.
      killOnce.add(confirms[3]!);
      const outcomes = await Promise.all(confirms.map((id) => service.processMessage(id)));
      expect(outcomes).toEqual(Array(4).fill("processed"));
      // Killed once (with the batch it was in), then retried alone.
      expect(reachedCommit.get(confirms[3]!)).toBe(2);
      expect(reachedCommit.get(confirms[2]!)).toBe(2);
      expect(reachedCommit.get(confirms[0]!)).toBe(1);
      const filed = await ticketsOf(confirms);
      expect(filed).toHaveLength(4);
      for (const f of filed)
        expect(f).toMatchObject({ reporters: 1, creates: 1, jobs: 1, conversation: true });
      expect(new Set(filed.map((f) => f.ref)).size).toBe(4);
      for (const id of confirms) {
        const r = await replies(id);
        expect(r).toHaveLength(1);
        const ref = /ZT\d{8}-\d{4,}/.exec(r[0]!.text ?? "")![0];
        expect(filed.find((f) => Number(f.message_id) === id)!.ref).toBe(ref);
      }
    });

    it("a confirmation delivered twice in one batch files one ticket", async () => {
      const confirms = (await awaitingConfirmation("1320000")).slice(0, 2);
      const outcomes = await Promise.all(
        [confirms[0]!, confirms[0]!, confirms[1]!, confirms[1]!, confirms[0]!].map((id) =>
          service.processMessage(id),
        ),
      );
      expect(outcomes.filter((o) => o === "processed")).toHaveLength(2);
      expect(await ticketsOf(confirms)).toHaveLength(2);
      for (const id of confirms) expect(await replies(id)).toHaveLength(1);
    });

    it("files a ticket on the first message with the conversation it opens", async () => {
      // A hotline transcript files at once: the conversation is new and the ticket points at it.
      const id = await t.ctx.database.db.transaction(async (tx) => {
        const { residentId } = await findOrCreateResident(tx, "hotline", "13100000001");
        const [row] = await tx
          .insert(messages)
          .values({
            channel: "hotline",
            direction: "in",
            residentId,
            kind: "transcript",
            text: "市民来电反映文庙巷2号楼下水道堵了，污水冒出来，请尽快处理。",
            status: "received",
          })
          .returning({ id: messages.id });
        return row!.id;
      });
      expect(await service.processMessage(id)).toBe("processed");
      const filed = await ticketsOf([id]);
      expect(filed).toHaveLength(1);
      expect(filed[0]).toMatchObject({ reporters: 1, creates: 1, jobs: 1, conversation: true });
      const [conv] = await t.ctx.database.db
        .select()
        .from(conversations)
        .where(
          eq(
            conversations.id,
            (await t.ctx.database.db.select().from(messages).where(eq(messages.id, id)))[0]!.conversationId!,
          ),
        );
      expect(conv!.version).toBe(1);
      expect((conv!.draft as { refs: string[] }).refs).toEqual([filed[0]!.ref]);
    });
  });
});
