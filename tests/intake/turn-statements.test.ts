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

  it("files a ticket with the ticket store's statements and three of its own", async () => {
    const sms = { channel: "sms" as const, from: "13800003333" };
    await turn(await receive(t.ctx, { ...sms, text: "文庙巷2号楼下水道堵了，污水冒出来" }));
    const confirm = await receive(t.ctx, { ...sms, text: "1" });
    const statements = await turn(confirm);
    expect((await repliesTo(t.ctx, confirm))[0]!.text).toMatch(/^已登记/);
    if (process.env.SHOW_STATEMENTS) console.log(statements);
    const own = statements.filter((s) => s.startsWith("intake_"));
    expect(own).toEqual(["intake_lock_dialogues", "intake_load_turns", "intake_write_turns"]);
    // No photo in the draft: the photo's GPS is not looked for.
    expect(statements.filter((s) => s.includes("media_attachments"))).toEqual([]);
    // The ticket store's own statements (numbering, ticket, reporter, events, route job) come on top.
    expect(statements.length).toBeLessThanOrEqual(MAX_FILING_TURN);
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

/** 7 when written (the ticket store's two included; no photo, so no photo look-up); a little room for its own changes. */
const MAX_FILING_TURN = 9;
