import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import type { IntakeService } from "../../src/intake/intake-service.js";
import { countStatements, type StatementCounter } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { messages } from "../../src/db/schema/index.js";
import { repliesTo } from "./support/inbound.js";

/**
 * Round trips are what an intake turn costs on a busy database: these budgets keep the turn's
 * statement count from creeping back. Counted on the real pool, on the real PostgreSQL.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let counter: StatementCounter;
let service: IntakeService;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  service = await createIntakeService(t.ctx, inboundIntakeDeps());
  // The outbox relay would share the pool: stopped, it cannot mix its statements into the count.
  await t.ctx.relay.stop();
  counter = countStatements(t.ctx.database.pool);
});
afterAll(async () => {
  await t.close();
});

/** Stored as the channels store it, without an intake job: only this test's service takes it. */
async function receive(_ctx: unknown, m: { channel: "sms"; from: string; text: string }): Promise<number> {
  return t.ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, m.channel, m.from);
    const [row] = await tx
      .insert(messages)
      .values({
        channel: m.channel,
        direction: "in",
        residentId,
        kind: "text",
        text: m.text,
        status: "received",
      })
      .returning({ id: messages.id });
    return row!.id;
  });
}

async function turn(messageId: number): Promise<string[]> {
  counter.reset();
  expect(await service.processMessage(messageId)).toBe("processed");
  return [...counter.statements];
}

describe("statements per intake turn", () => {
  it("asks a question in five statements: begin, lock, load, write, commit", async () => {
    const sms = { channel: "sms" as const, from: "13800002222" };
    const first = await receive(t.ctx, { ...sms, text: "路灯不亮了" });
    const statements = await turn(first);
    expect(statements).toHaveLength(5);
    expect(statements).toEqual([
      "begin",
      "intake_lock_dialogues",
      "intake_load_turns",
      "intake_write_turns",
      "commit",
    ]);
    expect((await repliesTo(t.ctx, first))[0]!.text).toContain("哪");
  });

  it("files a ticket with one statement of its own: begin, lock, load, file, write, commit", async () => {
    const sms = { channel: "sms" as const, from: "13800003333" };
    await turn(await receive(t.ctx, { ...sms, text: "文庙巷2号楼下水道堵了，污水冒出来" }));
    const confirm = await receive(t.ctx, { ...sms, text: "1" });
    const statements = await turn(confirm);
    const reply = (await repliesTo(t.ctx, confirm))[0]!.text ?? "";
    expect(reply).toMatch(/^已登记，编号ZT\d{8}-\d{4,}/);
    // No photo in the draft: the photo's GPS is not looked for.
    expect(statements).toEqual([
      "begin",
      "intake_lock_dialogues",
      "intake_load_turns",
      "intake_file_tickets",
      "intake_write_turns",
      "commit",
    ]);
    // The reply and the dialogue state carry the number the ticket got, not its placeholder.
    const ref = /ZT\d{8}-\d{4,}/.exec(reply)![0];
    const { rows } = await t.ctx.database.pool.query(
      `SELECT t.ref, c.draft->'refs' AS refs, t.dup_numbers IS NOT NULL AS numbered
         FROM tickets t JOIN conversations c ON c.id = t.conversation_id
       WHERE t.ref = $1`,
      [ref],
    );
    // numbered: the house numbers the duplicate search gates by are written by the same statement.
    expect(rows).toEqual([{ ref, refs: [ref], numbered: true }]);
  });

  it("files the tickets of a batch of turns with one statement, whatever their number", async () => {
    const residents = ["13800005551", "13800005552", "13800005553", "13800005554", "13800005555"];
    const texts = [
      "文庙巷2号楼下水道堵了",
      "文庙巷3号楼路灯不亮",
      "文庙巷5号楼门口垃圾没人清",
      "文庙巷6号楼井盖丢了",
      "文庙巷8号楼电梯坏了",
    ];
    for (const [i, from] of residents.entries())
      await turn(await receive(t.ctx, { channel: "sms", from, text: texts[i]! }));
    const confirms: number[] = [];
    for (const from of residents) confirms.push(await receive(t.ctx, { channel: "sms", from, text: "1" }));
    counter.reset();
    // Submitted in one tick: the first two run at once, the other three gather into a third batch.
    expect(await Promise.all(confirms.map((id) => service.processMessage(id)))).toEqual(
      Array(5).fill("processed"),
    );
    const batches = counter.transactions();
    expect(batches).toHaveLength(3);
    for (const statements of batches)
      expect(statements.filter((s) => s === "intake_file_tickets")).toHaveLength(1);
    expect(batches.map((b) => b.length)).toEqual([6, 6, 6]);
    const refs = new Set<string>();
    for (const id of confirms) {
      const reply = (await repliesTo(t.ctx, id))[0]!.text ?? "";
      refs.add(/ZT\d{8}-\d{4,}/.exec(reply)![0]);
    }
    expect(refs.size).toBe(5);
    const { rows } = await t.ctx.database.pool.query(
      `SELECT count(*)::int AS n FROM tickets WHERE ref = ANY($1::text[])`,
      [[...refs]],
    );
    expect(rows[0].n).toBe(5);
  });

  it("a redelivered job costs four statements and writes nothing", async () => {
    const sms = { channel: "sms" as const, from: "13800004444" };
    const id = await receive(t.ctx, { ...sms, text: "小区门口垃圾没人清" });
    await turn(id);
    counter.reset();
    expect(await service.processMessage(id)).toBe("skipped");
    expect(counter.statements).toEqual(["begin", "intake_lock_dialogues", "intake_load_turns", "commit"]);
    expect(await repliesTo(t.ctx, id)).toHaveLength(1);
  });
});
