import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTwilioSignature } from "../../../channels/sms/twilio-signature.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { hmacSigned, SMS_SECRETS, smsEnv } from "../support/sms-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: smsEnv() });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const storedCalls = async () =>
  Number(
    (
      (await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM hotline_calls`)).rows[0] as {
        n: number;
      }
    ).n,
  );

describe("a vendor call id that cannot be stored is the vendor's mistake", () => {
  it.each(["%00", "call%00x", "%01abc"])(
    "answers 400 for an Aliyun leg with callId=%s and stores nothing",
    async (id) => {
      const res = await app.inject(
        hmacSigned(
          `/channels/hotline/aliyun?callId=${id}&speaker=caller`,
          {
            header: { name: "SentenceEnd", task_id: "t1", status: 20000000 },
            payload: { index: 1, time: 800, begin_time: 0, result: "小区停水了" },
          },
          SMS_SECRETS.hotline,
          clock.now(),
        ),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(/^(CHANNEL|REQUEST)\.INVALID/);
      expect(await storedCalls()).toBe(0);
    },
  );

  it("answers 400 for a signed Twilio transcription callback whose CallSid holds a NUL", async () => {
    const path = "/channels/hotline/twilio?caller=%2B8613700000000&callee=12345";
    const fields = { TranscriptionEvent: "transcription-started", CallSid: "CA\u0000" };
    const res = await app.inject({
      method: "POST",
      url: path,
      payload: new URLSearchParams(fields).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": computeTwilioSignature(
          SMS_SECRETS.twilioToken,
          SMS_SECRETS.publicBase + path,
          Object.entries(fields),
        ),
      },
    });
    expect(res.statusCode).toBe(400);
    expect(await storedCalls()).toBe(0);
  });

  it("answers 400 for a feed event whose callId is only a NUL", async () => {
    const res = await app.inject(
      hmacSigned(
        "/channels/hotline/events",
        { type: "call.ended", callId: "\u0000", at: "2026-11-21T10:05:00+08:00" },
        SMS_SECRETS.hotline,
        clock.now(),
      ),
    );
    expect(res.statusCode).toBe(400);
    expect(await storedCalls()).toBe(0);
  });
});
