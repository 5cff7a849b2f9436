import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTwilioSignature } from "../../../channels/sms/twilio-signature.js";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { assembleHotlineCall } from "../../../src/channels-runtime/hotline-feed.js";
import { messages } from "../../../src/db/schema/index.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { startFakeServer } from "../support/http-fake.js";
import { hmacSigned, SMS_SECRETS, smsEnv } from "../support/sms-http.js";
import { waitFor } from "../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let gateway: Awaited<ReturnType<typeof startFakeServer>>;

const feed = (body: unknown) =>
  hmacSigned("/channels/hotline/events", body, SMS_SECRETS.hotline, clock.now());
const segment = (callId: string, seq: number, speaker: "caller" | "agent", text: string, final = true) => ({
  type: "transcript.segment",
  callId,
  seq,
  speaker,
  text,
  final,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
});
const transcriptOf = async (callId: string) =>
  (await t.ctx.database.db.select().from(messages).where(eq(messages.channelMessageId, callId))).filter(
    (m) => m.channel === "hotline",
  );

beforeAll(async () => {
  gateway = await startFakeServer(() => ({ status: 200, body: { messageId: "gw-77" } }));
  t = await createTestEnv({
    clock,
    env: smsEnv({
      HOTLINE_SILENCE_SECONDS: "120",
      // These tests are about assembly itself: no grace period after call.ended.
      HOTLINE_END_GRACE_MS: "0",
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `${gateway.url}/send`,
    }),
    workers: [(ctx: AppContext) => channelWorkers(ctx)],
  });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  await gateway.close();
});

describe("hotline feed over HTTP", () => {
  it("assembles late, duplicate and out-of-order segments into one transcript message after call.ended", async () => {
    const call = "call-0001";
    await app.inject(
      feed({
        type: "call.started",
        callId: call,
        caller: "13912345678",
        callee: "12345",
        at: "2026-11-21T10:00:00+08:00",
      }),
    );
    await app.inject(
      feed([segment(call, 2, "caller", "西盛家园3号楼暖气不热"), segment(call, 1, "agent", "您好，请讲")]),
    );
    await app.inject(feed(segment(call, 3, "agent", "好的已记录", false)));
    await app.inject(feed(segment(call, 3, "agent", "好的，已经记录。")));
    // Late partial after its final, and a duplicate: neither changes the transcript.
    await app.inject(feed(segment(call, 3, "agent", "好的", false)));
    const res = await app.inject(
      feed([
        segment(call, 2, "caller", "西盛家园3号楼暖气不热"),
        { type: "call.ended", callId: call, at: "2026-11-21T10:03:00+08:00" },
      ]),
    );
    expect(res.statusCode).toBe(200);
    const [message] = await waitFor(
      async () => {
        const found = await transcriptOf(call);
        return found.length > 0 ? found : null;
      },
      10_000,
      "transcript message",
    );
    expect(message!.kind).toBe("transcript");
    expect(message!.text).toBe("坐席：您好，请讲\n来电人：西盛家园3号楼暖气不热\n坐席：好的，已经记录。");
    expect(message!.payload).toMatchObject({
      callerPhone: "13912345678",
      callId: call,
      endedBy: "call.ended",
    });
    expect(await assembleHotlineCall(t.ctx, call)).toBe("already");
    expect(await transcriptOf(call)).toHaveLength(1);
    // Intake's to-do once: the transcript stored `received` (no intake job is written).
    const intake = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM messages WHERE direction = 'in' AND status = 'received' AND payload->>'callId' = ${call}`,
    );
    expect(intake.rows[0]).toEqual({ n: 1 });
  });

  it("reaches the caller back by SMS on the number they called from", async () => {
    const [message] = await transcriptOf("call-0001");
    const id = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        residentId: message!.residentId!,
        text: "您的来电已登记，编号ZT20261121-0001。",
        purpose: "reply",
        at: t.ctx.now(),
      }),
    );
    t.ctx.relay.kick();
    await waitFor(
      async () =>
        (await t.ctx.database.db.select().from(messages).where(eq(messages.id, id!)))[0]?.status === "sent",
      10_000,
      "SMS to caller",
    );
    const sent = JSON.parse(gateway.requests.at(-1)!.body.toString());
    expect(sent).toMatchObject({ to: "13912345678", text: "您的来电已登记，编号ZT20261121-0001。" });
  });

  it("assembles a call that never reports its end once it has been silent long enough", async () => {
    const call = "call-0002";
    await app.inject(
      feed({
        type: "call.started",
        callId: call,
        caller: "13800000009",
        callee: "12345",
        at: "2026-11-21T10:00:00+08:00",
      }),
    );
    await app.inject(feed(segment(call, 0, "caller", "路口红绿灯坏了")));
    expect(await assembleHotlineCall(t.ctx, call)).toBe("waiting");
    clock.advance(121_000);
    // The durable silence job may get there first (its delay runs on the wall clock): either way
    // the call is assembled exactly once.
    expect(["assembled", "already"]).toContain(await assembleHotlineCall(t.ctx, call));
    const messages = await waitFor(async () => {
      const m = await transcriptOf(call);
      return m.length ? m : null;
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.payload).toMatchObject({ endedBy: "silence" });
    clock.advance(-121_000);
  });

  it("maps Aliyun SentenceEnd events per leg into the same call", async () => {
    const call = "call-0003";
    const aliyun = (speaker: string, beginTime: number, result: string) =>
      hmacSigned(
        `/channels/hotline/aliyun?callId=${call}&speaker=${speaker}`,
        {
          header: { name: "SentenceEnd", task_id: "t1", status: 20000000 },
          payload: { index: 1, time: beginTime + 800, begin_time: beginTime, result },
        },
        SMS_SECRETS.hotline,
        clock.now(),
      );
    expect((await app.inject(aliyun("agent", 0, "您好"))).statusCode).toBe(200);
    expect((await app.inject(aliyun("caller", 1500, "小区停水了"))).statusCode).toBe(200);
    await app.inject(feed({ type: "call.ended", callId: call, at: "2026-11-21T10:05:00+08:00" }));
    const [message] = await waitFor(
      async () => ((await transcriptOf(call)).length ? transcriptOf(call) : null),
      10_000,
      "aliyun transcript",
    );
    expect(message!.text).toBe("坐席：您好\n来电人：小区停水了");
  });

  it("maps signed Twilio transcription callbacks into the same call", async () => {
    const post = (fields: Record<string, string>, query = "") => {
      const path = `/channels/hotline/twilio${query}`;
      return {
        method: "POST" as const,
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
      };
    };
    const sid = "CA0000000000000000000000000000001";
    expect(
      (
        await app.inject(
          post(
            { TranscriptionEvent: "transcription-started", CallSid: sid },
            "?caller=%2B8613700000000&callee=12345",
          ),
        )
      ).statusCode,
    ).toBe(200);
    await app.inject(
      post({
        TranscriptionEvent: "transcription-content",
        CallSid: sid,
        SequenceId: "1",
        Track: "inbound_track",
        Final: "true",
        TranscriptionData: JSON.stringify({ transcript: "垃圾站很臭" }),
      }),
    );
    await app.inject(post({ TranscriptionEvent: "transcription-stopped", CallSid: sid }));
    const [message] = await waitFor(
      async () => ((await transcriptOf(sid)).length ? transcriptOf(sid) : null),
      10_000,
      "twilio transcript",
    );
    expect(message!.text).toBe("来电人：垃圾站很臭");
    expect(message!.payload).toMatchObject({ callerPhone: "+8613700000000" });
  });

  it("refuses an unsigned event and stores nothing", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/channels/hotline/events",
      payload: segment("call-x", 0, "caller", "x"),
    });
    expect(res.statusCode).toBe(401);
    const calls = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM hotline_calls WHERE call_id = 'call-x'`,
    );
    expect(calls.rows[0]).toEqual({ n: 0 });
  });
});
