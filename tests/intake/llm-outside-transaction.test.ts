import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { conversations, messages } from "../../src/db/schema/index.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { FakeOpenAI } from "./support/fake-openai.js";
import { receive, repliesTo, waitFor } from "./support/inbound.js";

const clock = testClock("2026-11-21T02:00:00Z");
const fake = new FakeOpenAI();
let t: TestEnv;

const heating = JSON.stringify({
  kind: "complaint",
  category: "heating",
  summary: "西盛家园7号楼暖气不热",
  description: "西盛家园7号楼暖气一直不热，屋里只有十四度。",
  location: { text: "西盛家园7号楼", community: "community.xisheng" },
  urgency: "normal",
});

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

beforeAll(async () => {
  await fake.start();
  t = await createTestEnv({
    clock,
    env: {
      INTAKE_ENGINE: "openai",
      LLM_BASE_URL: fake.baseURL,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
    },
    workers: [(ctx) => intakeWorkers(ctx)],
  });
  await t.ctx.relay.start();
});
afterAll(async () => {
  await t.close();
  await fake.stop();
});
beforeEach(() => fake.reset());

async function residentOf(messageId: number): Promise<string> {
  const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, messageId));
  return m!.residentId!;
}

/** What a turn holds while it runs in its transaction: the message row and the conversation key. */
async function turnLocksAreFree(messageId: number, residentId: string): Promise<boolean> {
  return t.ctx.database.db.transaction(async (tx) => {
    const { rows } = await tx.execute(sql`
      SELECT pg_try_advisory_xact_lock(hashtextextended(${`intake:${residentId}:wechat`}, 0)) AS key_free`);
    // NOWAIT fails at once if a transaction holds the message row.
    await tx.execute(sql`SELECT id FROM messages WHERE id = ${messageId} FOR UPDATE NOWAIT`);
    const [idle] = (
      await tx.execute(sql`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`)
    ).rows as { n: number }[];
    return (rows[0] as { key_free: boolean }).key_free && idle!.n === 0;
  });
}

describe("the LLM is asked outside the turn's transaction", () => {
  it("holds no transaction and no conversation lock while the LLM is answering", async () => {
    const llm = gate();
    fake.answer({ content: heating, hold: llm.opened });
    const id = await receive(t.ctx, {
      channel: "wechat",
      from: "oLlmOutside1",
      text: "西盛家园7号楼暖气一直不热",
    });
    await waitFor(() => fake.requests.length === 1, 15_000, "the LLM request");
    expect(await turnLocksAreFree(id, await residentOf(id))).toBe(true);
    const [status] = await t.ctx.database.db
      .select({ status: messages.status })
      .from(messages)
      .where(eq(messages.id, id));
    expect(status).toEqual({ status: "received" });
    llm.open();
    const replies = await repliesTo(t.ctx, id);
    expect(replies).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
  });

  it("prepares the turn again when the conversation changed while the LLM was answering", async () => {
    const from = "oLlmVersion1";
    // A first turn opens the conversation (the LLM answers at once).
    fake.answer({ content: heating });
    const first = await receive(t.ctx, { channel: "wechat", from, text: "西盛家园7号楼暖气一直不热" });
    await repliesTo(t.ctx, first);
    const residentId = await residentOf(first);
    const [before] = await t.ctx.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.residentId, residentId));

    const llm = gate();
    fake.reset();
    fake.answer({ content: heating, hold: llm.opened }, { content: heating });
    const second = await receive(t.ctx, { channel: "wechat", from, text: "屋里只有十四度，7号楼2单元" });
    await waitFor(() => fake.requests.length === 1, 15_000, "the LLM request");
    // Another turn of the same conversation commits meanwhile (a staff correction, a second worker).
    await t.ctx.database.db
      .update(conversations)
      .set({ version: sql`${conversations.version} + 1` })
      .where(eq(conversations.id, before!.id));
    llm.open();

    const replies = await repliesTo(t.ctx, second);
    expect(replies).toHaveLength(1);
    // The stale answer was not applied: the turn was prepared again on the new version.
    expect(fake.requests).toHaveLength(2);
    const [after] = await t.ctx.database.db
      .select({ version: conversations.version })
      .from(conversations)
      .where(eq(conversations.id, before!.id));
    expect(after!.version).toBe(before!.version + 2);
  });
});
