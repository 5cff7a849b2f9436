import { sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createWechatAdapter } from "../../../channels/wechat/wechat.adapter.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import { createNonceMemory } from "../../../src/channels-runtime/nonce-memory.js";
import { buildApp, type App } from "../../../src/http/app.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { qs, rawRequest } from "../support/raw-request.js";
import { safePush, textXml, WECHAT, wechatEnv } from "../support/wechat-http.js";

const v = vectors.wechat_mp_official_decrypt;

describe("WeChat adapter with an EncodingAESKey (Tencent's WXBizMsgCrypt sample)", () => {
  const adapter = createWechatAdapter({
    token: v.token,
    appid: v.appid,
    encodingAesKey: v.encodingAESKey,
    maxSkewSeconds: 300,
    now: () => new Date(Number(v.timestamp) * 1000),
  });
  const signature = computeWechatSignature([v.token, v.timestamp, v.nonce]);

  it("trusts only the decrypted content in compatible mode, not the plaintext fields beside it", () => {
    const body =
      `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[oVictim]]></FromUserName>` +
      `<CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[查询]]></Content>` +
      `<MsgId>1</MsgId><Encrypt><![CDATA[${v.Encrypt}]]></Encrypt></xml>`;
    const req = rawRequest(
      "POST",
      `/channels/wechat?${qs({ signature, timestamp: v.timestamp, nonce: v.nonce, encrypt_type: "aes", msg_signature: v.msg_signature })}`,
      body,
    );
    expect(adapter.verify(req)).toEqual({ ok: true });
    const [message] = adapter.parse(req);
    expect(message).toMatchObject({ text: "abcdteT", from: "oyORnuP8q7ou2gfYjqLzSIWZf0rs" });
  });

  it("refuses a plaintext push (no encrypt_type) although its URL signature is valid", () => {
    const req = rawRequest(
      "POST",
      `/channels/wechat?${qs({ signature, timestamp: v.timestamp, nonce: v.nonce })}`,
      textXml("2", "查询", "oVictim"),
    );
    expect(adapter.verify(req)).toMatchObject({ ok: false, code: "WECHAT.PLAINTEXT_REFUSED" });
  });

  it("refuses encrypt_type=aes without an Encrypt element", () => {
    const req = rawRequest(
      "POST",
      `/channels/wechat?${qs({ signature, timestamp: v.timestamp, nonce: v.nonce, encrypt_type: "aes", msg_signature: v.msg_signature })}`,
      textXml("3", "查询", "oVictim"),
    );
    expect(adapter.verify(req)).toMatchObject({ ok: false });
  });
});

describe("remembered (timestamp, nonce) pairs", () => {
  it("falls back to this process' memory when Redis does not answer", async () => {
    const dead = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const memory = createNonceMemory(dead, { keyPrefix: "t", windowSeconds: 600, timeoutMs: 200 });
    const now = new Date("2026-11-21T02:00:00Z");
    expect(await memory.remember("1/a", "body-1", now)).toBe("fresh");
    expect(await memory.remember("1/a", "body-1", now)).toBe("same");
    expect(await memory.remember("1/a", "body-2", now)).toBe("conflict");
    // After the window the pair may be used again (WeChat would refuse such an old timestamp anyway).
    expect(await memory.remember("1/a", "body-2", new Date(now.getTime() + 601_000))).toBe("fresh");
    dead.disconnect();
  });

  it("shares the memory between processes through Redis", async () => {
    const a = new Redis(inject("redisUrl"));
    const b = new Redis(inject("redisUrl"));
    const prefix = `nm${Date.now().toString(36)}`;
    const now = new Date("2026-11-21T02:00:00Z");
    const one = createNonceMemory(a, { keyPrefix: prefix, windowSeconds: 600 });
    const two = createNonceMemory(b, { keyPrefix: prefix, windowSeconds: 600 });
    expect(await one.remember("1/x", "body-1", now)).toBe("fresh");
    expect(await two.remember("1/x", "body-1", now)).toBe("same");
    expect(await two.remember("1/x", "forged", now)).toBe("conflict");
    a.disconnect();
    b.disconnect();
  });
});

describe("WeChat webhook over HTTP with safe mode on", () => {
  const clock = testClock("2026-11-21T02:00:00Z");
  let t: TestEnv;
  let app: App;
  let plainApp: App;
  const count = async (msgId: string) =>
    Number(
      (
        (
          await t.ctx.database.db.execute(
            sql`SELECT count(*) n FROM messages WHERE channel_message_id = ${msgId}`,
          )
        ).rows[0] as { n: string }
      ).n,
    );

  beforeAll(async () => {
    t = await createTestEnv({ clock, env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "0" }) });
    app = await buildApp(t.ctx, { docs: false });
    // The same deployment with the account kept in plaintext mode (no EncodingAESKey).
    plainApp = await buildApp(
      { ...t.ctx, env: { ...t.ctx.env, WECHAT_ENCODING_AES_KEY: undefined } },
      { docs: false },
    );
  });
  afterAll(async () => {
    await app.close();
    await plainApp.close();
    await t.close();
  });

  const plainPush = (msgId: string, content: string, nonce: string, from = "oVictim0001") => {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const signature = computeWechatSignature([WECHAT.token, timestamp, nonce]);
    return {
      method: "POST" as const,
      url: `/channels/wechat?${qs({ signature, timestamp, nonce, openid: from })}`,
      payload: textXml(msgId, content, from),
      headers: { "content-type": "text/xml" },
    };
  };

  it("answers a signed plaintext push with success for WeChat but stores nothing", async () => {
    const res = await app.inject(plainPush("8100000000000000001", "查询", "11"));
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("success");
    expect(res.headers["x-zhitong-refused"]).toBe("WECHAT.PLAINTEXT_REFUSED");
    expect(await count("8100000000000000001")).toBe(0);
    expect(
      Number(
        ((await t.ctx.database.db.execute(sql`SELECT count(*) n FROM outbox`)).rows[0] as { n: string }).n,
      ),
    ).toBe(0);
  });

  it("stores an encrypted push once, and a resent identical push again only as the same message", async () => {
    const push = safePush(textXml("8100000000000000002", "路灯坏了"), clock.now(), { nonce: "22" });
    expect((await app.inject(push)).statusCode).toBe(200);
    expect((await app.inject(push)).statusCode).toBe(200);
    expect(await count("8100000000000000002")).toBe(1);
  });

  it("refuses a push the message schema rejects (validated once, by the route) and stores nothing", async () => {
    // An openid longer than the schema allows: the adapter no longer validates, the route does.
    const res = await app.inject(
      safePush(textXml("8100000000000000007", "路灯坏了", `o${"x".repeat(300)}`), clock.now(), {
        nonce: "77",
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("CHANNEL.INVALID_PAYLOAD");
    expect(await count("8100000000000000007")).toBe(0);
  });

  it("refuses a decrypted push that is not well-formed XML, and one with a repeated element, storing nothing", async () => {
    const broken = `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><MsgId>8100000000000000008</MsgId><Content>a</xml>`;
    const res = await app.inject(safePush(broken, clock.now(), { nonce: "88" }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("CHANNEL.BAD_XML");
    const twice = textXml("8100000000000000009", "路灯坏了").replace(
      "</xml>",
      "<MsgId>8100000000000000010</MsgId></xml>",
    );
    const again = await app.inject(safePush(twice, clock.now(), { nonce: "99" }));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("CHANNEL.BAD_XML");
    expect(await count("8100000000000000008")).toBe(0);
    expect(await count("8100000000000000009")).toBe(0);
    expect(await count("8100000000000000010")).toBe(0);
  });

  it("keeps stored inbound messages out of the conversation and reply-to indexes (they index no NULLs)", async () => {
    const push = safePush(textXml("8100000000000000011", "井盖丢了"), clock.now(), { nonce: "111" });
    expect((await app.inject(push)).statusCode).toBe(200);
    const rows = (
      await t.ctx.database.db.execute(sql`
        SELECT indexname, indexdef FROM pg_indexes
        WHERE tablename = 'messages' AND indexname IN ('messages_conversation_idx', 'messages_reply_to_idx')
        ORDER BY indexname`)
    ).rows as { indexname: string; indexdef: string }[];
    expect(rows.map((r) => r.indexname)).toEqual(["messages_conversation_idx", "messages_reply_to_idx"]);
    expect(rows[0]!.indexdef).toMatch(/WHERE \(conversation_id IS NOT NULL\)$/);
    expect(rows[1]!.indexdef).toMatch(/WHERE \(reply_to_message_id IS NOT NULL\)$/);
    expect(await count("8100000000000000011")).toBe(1);
  });

  it("in safe mode, refuses a captured signed URL reused with another body by its msg_signature", async () => {
    const genuine = safePush(textXml("8100000000000000005", "路灯坏了"), clock.now(), { nonce: "55" });
    expect((await app.inject(genuine)).statusCode).toBe(200);
    const other = safePush(textXml("8100000000000000006", "查询", "oVictim0006"), clock.now(), {
      nonce: "56",
    });
    // The first push's URL (signature and msg_signature) with the second push's encrypted body.
    const forged = { ...genuine, payload: other.payload };
    const res = await app.inject(forged);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("WECHAT.BAD_MSG_SIGNATURE");
    expect(await count("8100000000000000006")).toBe(0);
  });

  it("in plaintext mode, refuses a captured signed URL reused with another body", async () => {
    const genuine = plainPush("8100000000000000003", "你好", "33", "oResident0003");
    expect((await plainApp.inject(genuine)).statusCode).toBe(200);
    // WeChat's own retry (same URL, same body) is still accepted and deduplicated.
    expect((await plainApp.inject(genuine)).statusCode).toBe(200);
    const forged = { ...genuine, payload: textXml("8100000000000000004", "查询", "oVictim0004") };
    const res = await plainApp.inject(forged);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("WECHAT.REPLAYED");
    expect(await count("8100000000000000003")).toBe(1);
    expect(await count("8100000000000000004")).toBe(0);
  });
});
