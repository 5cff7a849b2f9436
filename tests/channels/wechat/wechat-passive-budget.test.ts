import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { waitFor } from "../../support/wait-for.js";
import { fakeBot } from "../support/fake-bot.js";
import { safePush, textXml, wechatEnv } from "../support/wechat-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
const BUDGET_MS = 1000;
let t: TestEnv;
let app: App;
/** Requests whose URL carries this marker reach the handler only after the whole budget (a saturated server). */
const SLOW = "slow=1";

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: String(BUDGET_MS) }),
    workers: [fakeBot({ delayMs: 0, budgetMs: BUDGET_MS })],
  });
  app = await buildApp(t.ctx, { docs: false });
  // Stands for the time a request spends queued behind others before the route runs.
  app.addHook("onRequest", async (req) => {
    if (req.url.includes(SLOW)) await new Promise((r) => setTimeout(r, BUDGET_MS + 100));
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function replyTo(msgId: string) {
  return waitFor(async () => {
    const { rows } = await t.ctx.database.db.execute(
      sql`SELECT o.status, o.provider FROM messages o JOIN messages i ON o.reply_to_message_id = i.id
          WHERE i.channel_message_id = ${msgId}`,
    );
    return rows[0] as { status: string; provider: string } | undefined;
  });
}

describe("WeChat passive-reply budget", () => {
  it("counts the budget from the request's arrival: a request that waited it out gets `success` and the reply stays queued for the customer-service API", async () => {
    const push = safePush(textXml("7000000000000009001", "路灯不亮", "oBudget0001"), clock.now());
    const res = await app.inject({ ...push, url: `${push.url}&${SLOW}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("success");
    // The bot answers at once; nobody claimed it passively, so the outbound worker will send it.
    expect(await replyTo("7000000000000009001")).toEqual({ status: "queued", provider: "" });
  });

  it("still answers passively when the request arrives on time", async () => {
    const res = await app.inject(
      safePush(textXml("7000000000000009002", "井盖丢了", "oBudget0002"), clock.now()),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<Encrypt>");
    expect(await replyTo("7000000000000009002")).toEqual({ status: "sent", provider: "passive" });
  });
});
