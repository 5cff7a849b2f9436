import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { residentIdentities } from "../../../src/db/schema/index.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

async function newSession(
  remoteAddress?: string,
): Promise<{ sessionId: string; token: string; cookie: string }> {
  const res = await app.inject({ method: "POST", url: "/channels/web/session", remoteAddress });
  expect(res.statusCode).toBe(200);
  return { ...res.json(), cookie: String(res.headers["set-cookie"]) };
}

const say = (
  s: { sessionId: string; token: string },
  text: string,
  clientMessageId: string,
  remoteAddress?: string,
) =>
  app.inject({
    method: "POST",
    remoteAddress,
    url: "/channels/web/messages",
    headers: { "x-web-session-token": s.token },
    payload: { sessionId: s.sessionId, text, clientMessageId },
  });

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { WEB_CHAT_RATE_LIMIT_PER_MINUTE: "12" },
    workers: [(ctx: AppContext) => channelWorkers(ctx)],
  });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("web chat", () => {
  it("serves a Chinese chat page that works on a phone screen", async () => {
    const page = await app.inject({ method: "GET", url: "/channels/web/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('lang="zh-CN"');
    expect(page.body).toContain('name="viewport"');
    expect((await app.inject({ method: "GET", url: "/channels/web/chat.js" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/channels/web/chat.css" })).statusCode).toBe(200);
  });

  it("stores a message once per client message id and returns the bot's replies in order", async () => {
    const s = await newSession();
    expect(s.cookie).toContain("HttpOnly");
    expect((await say(s, "楼道灯不亮", "m1")).statusCode).toBe(200);
    expect((await say(s, "楼道灯不亮", "m1")).statusCode).toBe(200);
    const stored = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM messages WHERE channel = 'web' AND direction = 'in'`,
    );
    expect(stored.rows[0]).toEqual({ n: 1 });

    const [identity] = await t.ctx.database.db
      .select()
      .from(residentIdentities)
      .where(eq(residentIdentities.address, s.sessionId));
    await t.ctx.database.db.transaction(async (tx) => {
      await queueResidentMessage(tx, {
        residentId: identity!.residentId,
        text: "请问具体是哪栋楼？",
        purpose: "reply",
        at: t.ctx.now(),
      });
      await queueResidentMessage(tx, {
        residentId: identity!.residentId,
        text: "好的，已记录。",
        purpose: "reply",
        at: t.ctx.now(),
      });
    });
    t.ctx.relay.kick();
    const poll = async (after: number) =>
      (
        await app.inject({
          method: "GET",
          url: `/channels/web/messages?sessionId=${s.sessionId}&after=${after}`,
          headers: { cookie: s.cookie.split(";")[0]! },
        })
      ).json();
    const body = await waitFor(
      async () => {
        const b = await poll(0);
        return b.replies.length === 2 ? b : null;
      },
      5000,
      "replies",
    );
    expect(body.replies.map((r: { text: string }) => r.text)).toEqual([
      "请问具体是哪栋楼？",
      "好的，已记录。",
    ]);
    expect((await poll(body.replies[1].id)).replies).toEqual([]);
    // The outbound worker records web replies as delivered.
    await waitFor(
      async () => {
        const r = await t.ctx.database.db.execute(
          sql`SELECT count(*)::int AS n FROM messages WHERE channel = 'web' AND direction = 'out' AND status = 'sent'`,
        );
        return (r.rows[0] as { n: number }).n === 2;
      },
      5000,
      "web replies marked sent",
    );
  });

  it("gives a reloaded page the conversation back: the resident's words and the replies, in order, and only to its session", async () => {
    // Its own client address: the rate-limit test below counts this file's writes from the default one.
    const ip = "10.9.8.7";
    const s = await newSession(ip);
    expect((await say(s, "小区门口路灯坏了", "h1", ip)).statusCode).toBe(200);
    const [identity] = await t.ctx.database.db
      .select()
      .from(residentIdentities)
      .where(eq(residentIdentities.address, s.sessionId));
    await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        residentId: identity!.residentId,
        text: "请问是哪个小区的哪个门？",
        purpose: "reply",
        at: t.ctx.now(),
      }),
    );
    expect((await say(s, "西盛家园北门", "h2", ip)).statusCode).toBe(200);
    const history = (headers: Record<string, string>, sessionId = s.sessionId) =>
      app.inject({ method: "GET", url: `/channels/web/history?sessionId=${sessionId}`, headers });
    const res = await history({ "x-web-session-token": s.token });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { from: string; text: string; id: number }[] }).items;
    expect(items.map((m) => [m.from, m.text])).toEqual([
      ["resident", "小区门口路灯坏了"],
      ["bot", "请问是哪个小区的哪个门？"],
      ["resident", "西盛家园北门"],
    ]);
    expect(items.map((m) => m.id)).toEqual([...items.map((m) => m.id)].sort((a, b) => a - b));

    const other = await newSession(ip);
    expect((await history({ "x-web-session-token": other.token })).statusCode).toBe(401);
    expect((await history({})).statusCode).toBe(401);
    const bad = await history({ "x-web-session-token": s.token }, "x");
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a message or a poll without the session's token", async () => {
    const s = await newSession();
    const other = await newSession();
    const res = await say({ sessionId: s.sessionId, token: other.token }, "x", "m1");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("WEB.BAD_SESSION");
    const poll = await app.inject({ method: "GET", url: `/channels/web/messages?sessionId=${s.sessionId}` });
    expect(poll.statusCode).toBe(401);
  });

  it("refuses empty text with a clear 400", async () => {
    const s = await newSession();
    const res = await say(s, "   ", "m1");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("CHANNEL.INVALID_PAYLOAD");
  });

  it("limits how fast one client can write", async () => {
    const s = await newSession();
    const codes: number[] = [];
    for (let i = 0; i < 15; i++) codes.push((await say(s, `第${i}条`, `r${i}`)).statusCode);
    expect(codes).toContain(429);
  });
});
