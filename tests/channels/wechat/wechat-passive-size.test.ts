import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { buildApp, type App } from "../../../src/http/app.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { fakeBot } from "../support/fake-bot.js";
import { startFakeWechatApi } from "../support/fake-wechat-api.js";
import { waitFor } from "../support/wait-for.js";
import { openReply, safePush, textXml, WECHAT, wechatEnv } from "../support/wechat-http.js";

const clock = testClock(new Date());
let t: TestEnv;
let app: App;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;

async function replyTo(msgId: string) {
  const result = await t.ctx.database.db.execute(
    sql`SELECT o.status, o.provider FROM messages o JOIN messages i ON o.reply_to_message_id = i.id
        WHERE i.channel_message_id = ${msgId}`,
  );
  return result.rows as { status: string; provider: string | null }[];
}

beforeAll(async () => {
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_API_BASE: api.url, WECHAT_PASSIVE_REPLY_BUDGET_MS: "1500" }),
    // The bot answers well within the budget: only the reply's size decides how it goes out.
    workers: [fakeBot({ delayMs: 30, budgetMs: 1500 }), (ctx: AppContext) => channelWorkers(ctx)],
  });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  await api.close();
});

describe("WeChat passive reply size", () => {
  // The relay delays the outbound job until sendAfter in real time: keep the clock at the real time so
  // the outbound worker waits out the passive-reply budget instead of racing the webhook for the reply.
  beforeEach(() => clock.set(new Date()));

  it("answers success for a reply over 2048 bytes and sends it once, in full, by the customer-service API", async () => {
    // ~1500 UTF-8 bytes of text: the encrypted passive XML would be far over 2048 bytes.
    const long = "小区东门外的雨水井盖破损，晚上路灯又不亮，".repeat(24);
    const res = await app.inject(safePush(textXml("8100000000000000001", long, "oLong0000001"), clock.now()));
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("success");
    await waitFor(() => api.state.custom.length >= 1, 10_000, "customer-service send");
    expect(api.state.custom).toEqual([{ touser: "oLong0000001", content: `收到：${long}` }]);
    const out = await waitFor(async () => {
      const rows = await replyTo("8100000000000000001");
      return rows.length === 1 && rows[0]!.status === "sent" ? rows : null;
    });
    expect(out).toEqual([{ status: "sent", provider: "wechat-custom" }]);
    // Still one send after the job's retries and delays have had their chance.
    await new Promise((r) => setTimeout(r, 500));
    expect(api.state.custom).toHaveLength(1);
  });

  it("still answers a short reply passively within the same limit", async () => {
    const before = api.state.custom.length;
    const res = await app.inject(
      safePush(textXml("8100000000000000002", "井盖坏了", "oShort000001"), clock.now()),
    );
    expect(Buffer.byteLength(res.body)).toBeLessThanOrEqual(2048);
    expect(openReply(res.body)["Content"]).toBe("收到：井盖坏了");
    expect(await replyTo("8100000000000000002")).toEqual([{ status: "sent", provider: "passive" }]);
    expect(api.state.custom).toHaveLength(before);
  });
});
