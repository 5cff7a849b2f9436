import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createContext } from "../../../src/runtime/create-context.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { openDatabase } from "../../../src/db/client.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { fakeBot } from "../support/fake-bot.js";
import { qs } from "../support/raw-request.js";
import { eventXml, openReply, safePush, textXml, WECHAT, wechatEnv } from "../support/wechat-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

async function rows(query: string): Promise<Record<string, unknown>[]> {
  return (await t.ctx.database.db.execute(sql.raw(query))).rows as Record<string, unknown>[];
}
const count = async (query: string) => Number((await rows(query))[0]?.["n"]);

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "2000" }),
    workers: [fakeBot({ delayMs: 30, budgetMs: 2000 })],
  });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("WeChat webhook over HTTP", () => {
  it("answers URL verification with the echostr when the signature matches", async () => {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const signature = computeWechatSignature([WECHAT.token, timestamp, "42"]);
    const res = await app.inject({
      method: "GET",
      url: `/channels/wechat?${qs({ signature, timestamp, nonce: "42", echostr: "e-123" })}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("e-123");
  });

  it("answers a safe-mode text passively with the bot's encrypted reply", async () => {
    const res = await app.inject(safePush(textXml("7000000000000000001", "楼道灯坏了"), clock.now()));
    expect(res.statusCode).toBe(200);
    const inner = openReply(res.body);
    expect(inner).toMatchObject({ ToUserName: "oResident0001", FromUserName: "gh_zhitong", MsgType: "text" });
    expect(inner["Content"]).toBe("收到：楼道灯坏了");
    const [stored] = await rows(
      `SELECT kind, text, status, provider, payload FROM messages WHERE channel_message_id = '7000000000000000001'`,
    );
    expect(stored).toMatchObject({ kind: "text", text: "楼道灯坏了", provider: "wechat-mp" });
    const [out] = await rows(`SELECT status, provider FROM messages WHERE direction = 'out'`);
    expect(out).toEqual({ status: "sent", provider: "passive" });
  });

  it("stores WeChat's three retries of one message once, with one intake job and one reply", async () => {
    const xml = textXml("7000000000000000002", "小区门口积水");
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await app.inject(safePush(xml, clock.now())));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    // WeChat retries only when it never got the answer: each retry must carry the same reply again,
    // or the reply that was marked sent passively is lost.
    expect(answers.map((a) => openReply(a.body)["Content"])).toEqual([
      "收到：小区门口积水",
      "收到：小区门口积水",
      "收到：小区门口积水",
    ]);
    expect(
      await count(`SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000002'`),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000002' AND status IN ('received', 'processed')`,
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM messages o JOIN messages i ON o.reply_to_message_id = i.id
         WHERE i.channel_message_id = '7000000000000000002'`,
      ),
    ).toBe(1);
  });

  it("stores one message when the same push arrives concurrently", async () => {
    const xml = textXml("7000000000000000003", "噪音扰民");
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => app.inject(safePush(xml, clock.now()))),
    );
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    // Whichever request claims the reply, the others (WeChat's retries) repeat it rather than drop it.
    expect(answers.map((a) => openReply(a.body)["Content"])).toEqual(Array(6).fill("收到：噪音扰民"));
    expect(
      await count(`SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000003'`),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM messages o JOIN messages i ON o.reply_to_message_id = i.id
         WHERE i.channel_message_id = '7000000000000000003'`,
      ),
    ).toBe(1);
  });

  it("stores one message and one intake job when two API processes receive the same push at once", async () => {
    const second = await createContext(
      t.ctx.env,
      { databaseUrl: t.databaseUrl, redisUrl: inject("redisUrl") },
      pino({ level: "silent" }),
      { now: clock.now, migrate: false },
    );
    const secondApp = await buildApp(second, { docs: false });
    try {
      const xml = textXml("7000000000000000013", "两个进程", "oTwoProc0001");
      const apps = [app, secondApp, app, secondApp, app, secondApp];
      const answers = await Promise.all(apps.map((a) => a.inject(safePush(xml, clock.now()))));
      expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    } finally {
      await secondApp.close();
      await second.close();
    }
    expect(
      await count(`SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000013'`),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000013' AND status IN ('received', 'processed')`,
      ),
    ).toBe(1);
    expect(await count(`SELECT count(*) n FROM resident_identities WHERE address = 'oTwoProc0001'`)).toBe(1);
  });

  it("refuses a wrong msg_signature with 401 and stores nothing", async () => {
    const before = await count(`SELECT count(*) n FROM messages`);
    const res = await app.inject(
      safePush(textXml("7000000000000000004", "x"), clock.now(), { tamper: true }),
    );
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("WECHAT.BAD_MSG_SIGNATURE");
    expect(await count(`SELECT count(*) n FROM messages`)).toBe(before);
  });

  it("refuses a message encrypted for a foreign appid with 403 and stores nothing", async () => {
    const before = await count(`SELECT count(*) n FROM messages`);
    const res = await app.inject(
      safePush(textXml("7000000000000000005", "x"), clock.now(), { appid: "wxforeign00000000" }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("WECHAT.FOREIGN_APPID");
    expect(await count(`SELECT count(*) n FROM messages`)).toBe(before);
  });

  it("refuses a replayed push older than the allowed skew", async () => {
    const old = new Date(clock.now().getTime() - 3600_000);
    const res = await app.inject(safePush(textXml("7000000000000000006", "x"), old));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("WECHAT.STALE_TIMESTAMP");
  });

  it("keeps a QR-code scene key without its qrscene_ prefix and records the time of contact", async () => {
    const res = await app.inject(
      safePush(eventXml("subscribe", "qrscene_building.xisheng.3", "oScanner0001"), clock.now()),
    );
    expect(res.statusCode).toBe(200);
    const [stored] = await rows(
      `SELECT m.kind, m.payload->'event' AS event, i.last_inbound_at FROM messages m
       JOIN resident_identities i ON i.resident_id = m.resident_id AND i.channel = 'wechat'
       WHERE i.address = 'oScanner0001'`,
    );
    expect(stored!["kind"]).toBe("event");
    expect(stored!["event"]).toEqual({ type: "subscribe", key: "building.xisheng.3" });
    expect(new Date(stored!["last_inbound_at"] as string).toISOString()).toBe(clock.now().toISOString());
  });

  it("marks the resident opted out on unsubscribe and answers success without waiting", async () => {
    const res = await app.inject(safePush(eventXml("unsubscribe", null, "oLeaver00001"), clock.now()));
    expect(res.body).toBe("success");
    const [identity] = await rows(
      `SELECT opted_out_at FROM resident_identities WHERE address = 'oLeaver00001'`,
    );
    expect(identity!["opted_out_at"]).not.toBeNull();
  });

  it("stores voice, image and location pushes in the contract the intake worker reads", async () => {
    const head = (msgId: string, type: string) =>
      `<ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[oContract001]]></FromUserName>` +
      `<CreateTime>1795000000</CreateTime><MsgType><![CDATA[${type}]]></MsgType><MsgId>${msgId}</MsgId>`;
    const pushes = [
      `<xml>${head("9100000000000000001", "voice")}<MediaId><![CDATA[media-v1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[路灯坏了]]></Recognition></xml>`,
      `<xml>${head("9100000000000000002", "image")}<PicUrl><![CDATA[http://mmbiz.example/p.jpg]]></PicUrl><MediaId><![CDATA[media-i1]]></MediaId></xml>`,
      `<xml>${head("9100000000000000003", "location")}<Location_X>39.9087</Location_X><Location_Y>116.3975</Location_Y><Scale>15</Scale><Label><![CDATA[西盛家园3号楼]]></Label></xml>`,
    ];
    for (const xml of pushes) expect((await app.inject(safePush(xml, clock.now()))).statusCode).toBe(200);
    const stored = await rows(
      `SELECT kind, text, payload FROM messages WHERE channel_message_id LIKE '91000000000000000%' ORDER BY channel_message_id`,
    );
    expect(stored.map((r) => [r["kind"], r["text"]])).toEqual([
      ["voice", "路灯坏了"],
      ["image", null],
      ["location", null],
    ]);
    expect(stored[0]!["payload"]).toMatchObject({ provider: "wechat-mp", mediaId: "media-v1" });
    expect(stored[1]!["payload"]).toMatchObject({
      mediaId: "media-i1",
      mediaUrl: "http://mmbiz.example/p.jpg",
    });
    expect(stored[2]!["payload"]).toMatchObject({
      location: { lat: 39.9087, lng: 116.3975, label: "西盛家园3号楼" },
    });
  });

  it("answers a plaintext-mode push (no EncodingAESKey) with a plain XML passive reply", async () => {
    const plainApp = await buildApp(
      { ...t.ctx, env: { ...t.ctx.env, WECHAT_ENCODING_AES_KEY: undefined } },
      { docs: false },
    );
    try {
      const timestamp = String(Math.floor(clock.now().getTime() / 1000));
      const signature = computeWechatSignature([WECHAT.token, timestamp, "7"]);
      const res = await plainApp.inject({
        method: "POST",
        url: `/channels/wechat?${qs({ signature, timestamp, nonce: "7", openid: "oPlain000001" })}`,
        payload: textXml("7000000000000000021", "明文模式", "oPlain000001"),
        headers: { "content-type": "text/xml" },
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain("<Encrypt>");
      expect(res.body).toContain("<![CDATA[收到：明文模式]]>");
    } finally {
      await plainApp.close();
    }
  });

  it("answers 503 and acknowledges nothing when PostgreSQL is unreachable", async () => {
    const down = openDatabase("postgres://zhitong:x@127.0.0.1:1/none");
    const downApp = await buildApp({ ...t.ctx, database: down }, { docs: false });
    try {
      const res = await downApp.inject(safePush(textXml("7000000000000000007", "x"), clock.now()));
      expect(res.statusCode).toBe(503);
      expect(res.body).not.toBe("success");
      expect(res.json().error.code).toBe("CHANNEL.STORE_UNAVAILABLE");
    } finally {
      await downApp.close();
      await down.close();
    }
    expect(
      await count(`SELECT count(*) n FROM messages WHERE channel_message_id = '7000000000000000007'`),
    ).toBe(0);
  });
});
