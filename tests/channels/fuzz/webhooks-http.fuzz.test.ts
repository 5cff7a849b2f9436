import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTwilioSignature } from "../../../channels/sms/twilio-signature.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { qs } from "../support/raw-request.js";
import { hmacSigned, SMS_SECRETS, smsEnv } from "../support/sms-http.js";
import { WECHAT, wechatEnv } from "../support/wechat-http.js";

/**
 * Thousands of generated requests at every webhook through the real HTTP stack and PostgreSQL:
 * never a 5xx, and a refused request (any non-2xx) writes nothing.
 */
const RUNS = 300;
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
/** The same deployment with the WeChat account in plaintext mode (no EncodingAESKey). */
let plainApp: App;
/** WeChat nonces are remembered: each generated push gets its own, as WeChat's do. */
let nonce = 0;

type Inject = InjectOptions & { url: string };

async function stored(): Promise<number> {
  const r = await t.ctx.database.db.execute(
    sql`SELECT (SELECT count(*) FROM messages)::int + (SELECT count(*) FROM hotline_segments)::int + (SELECT count(*) FROM hotline_calls)::int AS n`,
  );
  return (r.rows[0] as { n: number }).n;
}

const seen = new Map<string, number>();
async function fire(request: Inject, target: App = app): Promise<void> {
  const before = await stored();
  const res = await target.inject(request);
  const key = `${String(request.url).split("?")[0]} ${res.statusCode}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  expect(res.statusCode, `${request.url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 300) {
    expect(await stored(), `refused ${request.url} wrote something`).toBe(before);
    const body = res.json() as { error?: { code?: string } };
    expect(body.error?.code).toMatch(/^[A-Z_]+\.[A-Z0-9_]+$/);
    expect(body.error?.code).not.toBe("CHANNEL.UNPARSEABLE");
  }
}

const junkText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom("", "\u0000", "\ud800", "]]>", "<xml>", "{", "null", "[]", "%zz", "a=%E4", "退订", "TD"),
);
const junkBytes = fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a));
const jsonish = fc.oneof(fc.json({ maxDepth: 3 }), junkText);
const contentType = fc.constantFrom(
  "application/json",
  "text/xml",
  "application/x-www-form-urlencoded",
  "text/plain; charset=gbk",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
);
const wechatField = fc.oneof(
  fc.constantFrom(
    "text",
    "voice",
    "image",
    "location",
    "event",
    "video",
    "subscribe",
    "unsubscribe",
    "SCAN",
    "CLICK",
    "LOCATION",
    "qrscene_b1",
    "",
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
  fc.double().map(String),
);
const wechatXml = fc
  .record(
    {
      ToUserName: wechatField,
      FromUserName: wechatField,
      CreateTime: wechatField,
      MsgType: wechatField,
      Content: wechatField,
      MsgId: wechatField,
      Event: wechatField,
      EventKey: wechatField,
      MediaId: wechatField,
      Location_X: wechatField,
      Location_Y: wechatField,
      Recognition: wechatField,
    },
    { requiredKeys: [] },
  )
  .map(
    (f) =>
      `<xml>${Object.entries(f)
        .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
        .join("")}</xml>`,
  );

/** Well-formed pushes of every type with arbitrary values: these reach the store, not just the parser. */
const wechatValid = fc
  .record({
    from: fc.stringMatching(/^o[A-Za-z0-9_-]{5,27}$/),
    msgId: fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String),
    createTime: fc.integer({ min: 1, max: 2_000_000_000 }),
    content: fc.string({ unit: "binary", maxLength: 300 }),
    kind: fc.constantFrom(
      "text",
      "voice",
      "image",
      "location",
      "shortvideo",
      "subscribe",
      "unsubscribe",
      "SCAN",
      "CLICK",
      "LOCATION",
    ),
    lat: fc.double({ min: -100, max: 100, noNaN: true }),
    lng: fc.double({ min: -200, max: 200, noNaN: true }),
  })
  .map(({ from, msgId, createTime, content, kind, lat, lng }) => {
    const head = `<ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime>`;
    const c = content.replaceAll("]]>", "");
    const body: Record<string, string> = {
      text: `<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${c}]]></Content><MsgId>${msgId}</MsgId>`,
      voice: `<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m${msgId}]]></MediaId><Recognition><![CDATA[${c}]]></Recognition><MsgId>${msgId}</MsgId>`,
      image: `<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[${c}]]></PicUrl><MediaId><![CDATA[m${msgId}]]></MediaId><MsgId>${msgId}</MsgId>`,
      location: `<MsgType><![CDATA[location]]></MsgType><Location_X>${lat}</Location_X><Location_Y>${lng}</Location_Y><Scale>15</Scale><Label><![CDATA[${c}]]></Label><MsgId>${msgId}</MsgId>`,
      shortvideo: `<MsgType><![CDATA[shortvideo]]></MsgType><MediaId><![CDATA[m]]></MediaId><MsgId>${msgId}</MsgId>`,
    };
    const inner =
      body[kind] ??
      `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${kind}]]></Event><EventKey><![CDATA[${c}]]></EventKey><Latitude>${lat}</Latitude><Longitude>${lng}</Longitude>`;
    return `<xml>${head}${inner}</xml>`;
  });

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: {
      ...wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "0" }),
      ...smsEnv(),
      WEB_CHAT_RATE_LIMIT_PER_MINUTE: "1000000",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  plainApp = await buildApp(
    { ...t.ctx, env: { ...t.ctx.env, WECHAT_ENCODING_AES_KEY: undefined } },
    { docs: false },
  );
});
afterAll(async () => {
  await app.close();
  await plainApp.close();
  await t.close();
  // Which answers the generated traffic produced (shows the generators reach the parsers and the store).
  console.info(Object.fromEntries([...seen.entries()].sort()));
});

const at = () => String(Math.floor(clock.now().getTime() / 1000));

describe(
  "fuzz over HTTP: every webhook answers 2xx or a clear 4xx and never writes half",
  { timeout: 180_000 },
  () => {
    it("WeChat: plaintext pushes signed correctly with generated XML or junk bodies", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(wechatValid, wechatValid, wechatXml, junkText),
          contentType,
          async (body, type) => {
            const ts = at();
            const n = String(++nonce);
            const signature = computeWechatSignature([WECHAT.token, ts, n]);
            await fire(
              {
                method: "POST",
                url: `/channels/wechat?${qs({ signature, timestamp: ts, nonce: n })}`,
                payload: body,
                headers: { "content-type": type },
              },
              plainApp,
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it("WeChat: safe-mode pushes with correctly signed generated ciphertexts", async () => {
      const cipher = createWechatCipher(WECHAT.aesKey, WECHAT.appid);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            wechatValid.map((x) => cipher.encrypt(x)),
            wechatXml.map((x) => cipher.encrypt(x)),
            fc.base64String({ maxLength: 200 }),
            junkText,
          ),
          async (encrypt) => {
            const ts = at();
            const n = String(++nonce);
            const msgSignature = computeWechatSignature([WECHAT.token, ts, n, encrypt]);
            await fire({
              method: "POST",
              url: `/channels/wechat?${qs({ timestamp: ts, nonce: n, encrypt_type: "aes", msg_signature: msgSignature })}`,
              payload: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
              headers: { "content-type": "text/xml" },
            });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it("Twilio: signed forms with generated fields and unsigned junk", async () => {
      const form = fc.dictionary(
        fc.constantFrom("MessageSid", "From", "To", "Body", "NumMedia", "X"),
        junkText,
        { maxKeys: 5 },
      );
      await fc.assert(
        fc.asyncProperty(form, fc.boolean(), async (fields, sign) => {
          const signature = sign
            ? computeTwilioSignature(
                SMS_SECRETS.twilioToken,
                `${SMS_SECRETS.publicBase}/channels/sms/twilio`,
                Object.entries(fields),
              )
            : "junk";
          await fire({
            method: "POST",
            url: "/channels/sms/twilio",
            payload: new URLSearchParams(fields).toString(),
            headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
          });
        }),
        { numRuns: RUNS },
      );
    });

    it("Aliyun and Tencent: generated JSON behind the path token", async () => {
      const aliyunItem = fc.record(
        {
          phone_number: junkText,
          content: junkText,
          send_time: junkText,
          sequence_id: fc.oneof(junkText, fc.integer()),
          dest_code: junkText,
        },
        { requiredKeys: [] },
      );
      const tencentBody = fc.record(
        {
          mobile: junkText,
          nationcode: junkText,
          text: junkText,
          time: fc.oneof(fc.integer(), junkText),
          extend: junkText,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.array(aliyunItem, { maxLength: 3 }).map((x) => JSON.stringify(x)),
            jsonish,
          ),
          tencentBody,
          async (aliyun, tencent) => {
            await fire({
              method: "POST",
              url: `/channels/sms/aliyun/${SMS_SECRETS.aliyunPath}`,
              payload: aliyun,
              headers: { "content-type": "application/json" },
            });
            await fire({
              method: "POST",
              url: `/channels/sms/tencent/${SMS_SECRETS.tencentPath}`,
              payload: JSON.stringify(tencent),
              headers: { "content-type": "application/json" },
            });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it("generic SMS and hotline feed: HMAC-signed generated JSON", async () => {
      const sms = fc.record(
        { messageId: junkText, from: junkText, to: junkText, text: junkText, sentAt: junkText },
        { requiredKeys: [] },
      );
      const event = fc.record(
        {
          type: fc.constantFrom("call.started", "call.ended", "transcript.segment", "x"),
          callId: junkText,
          caller: junkText,
          callee: junkText,
          at: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            junkText,
          ),
          seq: fc.oneof(fc.integer(), fc.double()),
          speaker: fc.constantFrom("caller", "agent", "x"),
          text: junkText,
          final: fc.oneof(fc.boolean(), junkText),
          startMs: fc.oneof(fc.integer(), fc.constant(null)),
          endMs: fc.oneof(fc.integer(), fc.constant(null)),
        },
        { requiredKeys: ["type"] },
      );
      const validEvent = fc.oneof(
        fc.record({
          type: fc.constant("transcript.segment"),
          callId: fc.constantFrom("c1", "c2", "c3"),
          seq: fc.nat(50),
          speaker: fc.constantFrom("caller", "agent"),
          text: fc.string({ unit: "binary", maxLength: 200 }),
          final: fc.boolean(),
          startMs: fc.option(fc.nat(), { nil: null }),
          endMs: fc.option(fc.nat(), { nil: null }),
        }),
        fc.record({
          type: fc.constant("call.started"),
          callId: fc.constantFrom("c1", "c2", "c3"),
          caller: fc.string({ minLength: 1, maxLength: 32 }),
          callee: fc.constant("12345"),
          at: fc.constant("2026-11-21T10:00:00+08:00"),
        }),
        fc.record({
          type: fc.constant("call.ended"),
          callId: fc.constantFrom("c1", "c2", "c3"),
          at: fc.constant("2026-11-21T10:05:00+08:00"),
        }),
      );
      const validSms = fc.record({
        messageId: fc.string({ minLength: 1, maxLength: 20 }),
        from: fc.string({ minLength: 1, maxLength: 32 }),
        text: fc.string({ unit: "binary", maxLength: 200 }),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(validSms, sms, jsonish),
          fc.oneof(validEvent, fc.array(validEvent, { minLength: 1, maxLength: 4 }), event, jsonish),
          async (s, e) => {
            await fire(hmacSigned("/channels/sms/generic", s, SMS_SECRETS.generic, clock.now()));
            await fire(hmacSigned("/channels/hotline/events", e, SMS_SECRETS.hotline, clock.now()));
          },
        ),
        { numRuns: RUNS },
      );
    });

    it("web chat: generated bodies with and without a valid session", async () => {
      const session = (await app.inject({ method: "POST", url: "/channels/web/session" })).json() as {
        sessionId: string;
        token: string;
      };
      const body = fc.oneof(
        fc.record({
          sessionId: fc.constant(session.sessionId),
          text: fc.string({ unit: "binary", minLength: 1, maxLength: 300 }),
          clientMessageId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        }),
        fc.record(
          {
            sessionId: fc.oneof(fc.constant(session.sessionId), junkText),
            text: junkText,
            clientMessageId: junkText,
          },
          { requiredKeys: [] },
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            body.map((b) => JSON.stringify(b)),
            junkText,
            junkBytes,
          ),
          contentType,
          async (payload, type) => {
            await fire({
              method: "POST",
              url: "/channels/web/messages",
              payload,
              headers: { "content-type": type, "x-web-session-token": session.token },
            });
          },
        ),
        { numRuns: RUNS },
      );
    });
  },
);
