import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { hmacSigned, SMS_SECRETS, smsEnv, twilioSms } from "../support/sms-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

async function rows(query: string): Promise<Record<string, unknown>[]> {
  return (await t.ctx.database.db.execute(sql.raw(query))).rows as Record<string, unknown>[];
}
const count = async (query: string) => Number((await rows(query))[0]?.["n"]);

beforeAll(async () => {
  t = await createTestEnv({ clock, env: smsEnv() });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("SMS webhooks over HTTP", () => {
  it("stores a signed Twilio SMS once and answers empty TwiML", async () => {
    const sms = twilioSms({
      MessageSid: "SM0001",
      From: "+8613912345678",
      To: "+8610086",
      Body: "小区垃圾没人清",
    });
    const first = await app.inject(sms);
    const again = await app.inject(sms);
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toContain("text/xml");
    expect(first.body).toContain("<Response");
    expect(again.statusCode).toBe(200);
    expect(
      await count(`SELECT count(*) n FROM messages WHERE channel = 'sms' AND channel_message_id = 'SM0001'`),
    ).toBe(1);
    // Stored once as intake's to-do (no intake job is written: the worker claims the row).
    expect(await count(`SELECT count(*) n FROM messages WHERE channel = 'sms' AND status = 'received'`)).toBe(
      1,
    );
    expect(await count(`SELECT count(*) n FROM outbox WHERE queue = 'intake'`)).toBe(0);
    const [resident] = await rows(
      `SELECT r.phone FROM residents r JOIN resident_identities i ON i.resident_id = r.id WHERE i.address = '+8613912345678'`,
    );
    expect(resident!["phone"]).toBe("+8613912345678");
  });

  it("refuses a Twilio SMS with a wrong signature and stores nothing", async () => {
    const sms = twilioSms({ MessageSid: "SM0002", From: "+8613900000000", Body: "x" });
    const res = await app.inject({ ...sms, headers: { ...sms.headers, "x-twilio-signature": "AAAA" } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("TWILIO.BAD_SIGNATURE");
    expect(await count(`SELECT count(*) n FROM messages WHERE channel_message_id = 'SM0002'`)).toBe(0);
  });

  it("stores an Aliyun uplink batch behind its path token and answers code 0", async () => {
    // Aliyun may send sequence_id as a bare JSON number above 2^53; it must not be rounded into another key.
    const body =
      '[{"phone_number":"13800000001","content":"路灯坏了","send_time":"2026-11-21 10:00:00","dest_code":"1234","sequence_id":9007199254740993},' +
      '{"phone_number":"13800000002","content":"退订","send_time":"2026-11-21 10:00:01","sequence_id":42}]';
    const res = await app.inject({
      method: "POST",
      url: `/channels/sms/aliyun/${SMS_SECRETS.aliyunPath}`,
      payload: body,
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 0, msg: "接收成功" });
    expect(await count(`SELECT count(*) n FROM messages WHERE provider = 'aliyun'`)).toBe(2);
    expect(
      await count(
        `SELECT count(*) n FROM messages WHERE channel_message_id = '9007199254740993-13800000001'`,
      ),
    ).toBe(1);
    const [optedOut] = await rows(
      `SELECT opted_out_at FROM resident_identities WHERE address = '13800000002'`,
    );
    expect(optedOut!["opted_out_at"]).not.toBeNull();
    const [stillIn] = await rows(
      `SELECT opted_out_at FROM resident_identities WHERE address = '13800000001'`,
    );
    expect(stillIn!["opted_out_at"]).toBeNull();
  });

  it("refuses an Aliyun push without the path token", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/channels/sms/aliyun/wrong-token-0000000000",
      payload: "[]",
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(401);
  });

  it("stores a Tencent reply callback and answers result 0", async () => {
    const res = await app.inject({
      method: "POST",
      url: `/channels/sms/tencent?token=${SMS_SECRETS.tencentPath}`,
      payload: {
        mobile: "13800000003",
        nationcode: "86",
        text: "TD",
        sign: "直通",
        time: 1795000000,
        extend: "",
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 0, errmsg: "OK" });
    const [identity] = await rows(
      `SELECT opted_out_at FROM resident_identities WHERE address = '13800000003'`,
    );
    expect(identity!["opted_out_at"]).not.toBeNull();
  });

  it("stores a signed generic SMS and refuses a stale signature", async () => {
    const ok = await app.inject(
      hmacSigned(
        "/channels/sms/generic",
        { messageId: "g-1", from: "13800000004", text: "井盖丢了" },
        SMS_SECRETS.generic,
        clock.now(),
      ),
    );
    expect(ok.statusCode).toBe(200);
    const stale = await app.inject(
      hmacSigned(
        "/channels/sms/generic",
        { messageId: "g-2", from: "13800000004", text: "x" },
        SMS_SECRETS.generic,
        new Date(clock.now().getTime() - 3600_000),
      ),
    );
    expect(stale.statusCode).toBe(401);
    expect(await count(`SELECT count(*) n FROM messages WHERE provider = 'generic'`)).toBe(1);
  });

  it("accepts a signed body sent without a content type (the signature covers the raw bytes)", async () => {
    const signed = hmacSigned(
      "/channels/sms/generic",
      { messageId: "g-noct", from: "13800000005", text: "没有类型" },
      SMS_SECRETS.generic,
      clock.now(),
    );
    const { "content-type": _dropped, ...headers } = signed.headers;
    const res = await app.inject({ ...signed, headers });
    expect(res.statusCode).toBe(200);
    expect(await count(`SELECT count(*) n FROM messages WHERE channel_message_id = 'g-noct'`)).toBe(1);
  });

  it("refuses a body over the channel's limit with 413 and stores nothing", async () => {
    const before = await count(`SELECT count(*) n FROM messages`);
    const res = await app.inject(
      hmacSigned(
        "/channels/sms/generic",
        { messageId: "g-big", from: "1", text: "x".repeat(300_000) },
        SMS_SECRETS.generic,
        clock.now(),
      ),
    );
    expect(res.statusCode).toBe(413);
    expect(await count(`SELECT count(*) n FROM messages`)).toBe(before);
  });
});
