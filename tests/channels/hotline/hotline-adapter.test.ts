import { describe, expect, it } from "vitest";
import { createHotlineAdapter } from "../../../channels/hotline/hotline.adapter.js";
import { mapAliyunTranscription } from "../../../channels/hotline/map-aliyun-transcription.js";
import { mapTwilioTranscription } from "../../../channels/hotline/map-twilio-transcription.js";
import { computeHmacSha256Signature } from "../../../channels/shared/verify-hmac-sha256-header.js";
import { rawRequest } from "../support/raw-request.js";

const events = [
  {
    type: "call.started",
    callId: "call-1",
    caller: "13800000000",
    callee: "12345",
    at: "2024-05-01T08:00:00+08:00",
  },
  {
    type: "transcript.segment",
    callId: "call-1",
    seq: 1,
    speaker: "caller",
    text: "路灯坏了",
    final: true,
    startMs: 0,
    endMs: 900,
  },
  { type: "call.ended", callId: "call-1", at: "2024-05-01T08:03:00+08:00" },
];

describe("hotline adapter", () => {
  const bearer = createHotlineAdapter({ auth: { kind: "bearer", token: "bearer-token-0123456789" } });

  it("accepts the bearer token and refuses another", () => {
    const req = rawRequest("POST", "/channels/hotline/events", "[]", {
      Authorization: "Bearer bearer-token-0123456789",
    });
    expect(bearer.verify(req)).toEqual({ ok: true });
    const wrong = rawRequest("POST", "/", "[]", { authorization: "Bearer nope" });
    expect(bearer.verify(wrong)).toMatchObject({ ok: false, status: 401, code: "HOTLINE.BAD_TOKEN" });
  });

  it("accepts an HMAC-signed feed", () => {
    const hmac = createHotlineAdapter({
      auth: {
        kind: "hmac",
        secret: "hotline-secret-0123",
        maxSkewSeconds: 60,
        now: () => new Date(1_714_521_600_000),
      },
    });
    const body = Buffer.from(JSON.stringify(events));
    const req = rawRequest("POST", "/", body, {
      "x-zhitong-timestamp": "1714521600",
      "x-zhitong-signature": computeHmacSha256Signature("hotline-secret-0123", "1714521600", body),
    });
    expect(hmac.verify(req)).toEqual({ ok: true });
  });

  it("turns events into stored messages with stable dedup keys", () => {
    const messages = bearer.parse(rawRequest("POST", "/", JSON.stringify({ events })));
    expect(messages.map((m) => [m.kind, m.channelMessageId, m.from])).toEqual([
      ["event", "call-1-started", "13800000000"],
      ["transcript", "call-1-1-final", "call-1"],
      ["event", "call-1-ended", "call-1"],
    ]);
    expect(messages[1]?.transcript).toMatchObject({ seq: 1, speaker: "caller", final: true });
  });

  it.each([
    ["an unknown event type", [{ type: "call.held", callId: "c" }]],
    ["a segment without speaker", [{ ...events[1], speaker: undefined }]],
    ["a bad speaker", [{ ...events[1], speaker: "robot" }]],
    ["a negative seq", [{ ...events[1], seq: -1 }]],
  ])("refuses %s", (_name, body) => {
    expect(() => bearer.parse(rawRequest("POST", "/", JSON.stringify(body)))).toThrow(
      expect.objectContaining({ code: "CHANNEL.INVALID_PAYLOAD" }),
    );
  });
});

describe("Aliyun real-time transcription mapper", () => {
  const sentenceEnd = {
    header: { namespace: "SpeechTranscriber", name: "SentenceEnd", status: 20000000, task_id: "t1" },
    payload: {
      index: 2,
      time: 4820,
      begin_time: 2100,
      result: "我家楼下的路灯坏了。",
      confidence: 0.9,
      words: [],
    },
  };

  it("maps SentenceEnd to a final segment on the call's clock", () => {
    expect(mapAliyunTranscription(sentenceEnd, { callId: "c1", speaker: "caller" })).toEqual({
      type: "transcript.segment",
      callId: "c1",
      seq: 4200,
      speaker: "caller",
      text: "我家楼下的路灯坏了。",
      final: true,
      startMs: 2100,
      endMs: 4820,
    });
    expect(mapAliyunTranscription(sentenceEnd, { callId: "c1", speaker: "agent" })?.seq).toBe(4201);
  });

  it("ignores other events and refuses a malformed one", () => {
    const changed = {
      header: { name: "TranscriptionResultChanged" },
      payload: { index: 1, time: 1, begin_time: 0, result: "我" },
    };
    expect(mapAliyunTranscription(changed, { callId: "c1", speaker: "caller" })).toBeNull();
    expect(() => mapAliyunTranscription({ header: {} }, { callId: "c1", speaker: "caller" })).toThrow(
      expect.objectContaining({ code: "CHANNEL.INVALID_PAYLOAD" }),
    );
  });
});

describe("Twilio real-time transcription mapper", () => {
  const content = {
    TranscriptionEvent: "transcription-content",
    CallSid: "CA123",
    SequenceId: "7",
    Track: "inbound_track",
    Final: "true",
    TranscriptionData: JSON.stringify({ transcript: "the street light is broken", confidence: 0.93 }),
    Timestamp: "2024-05-01T00:00:05.000Z",
  };

  it("maps a final content callback; inbound is the caller, outbound the agent", () => {
    expect(mapTwilioTranscription(content)).toMatchObject({
      type: "transcript.segment",
      callId: "CA123",
      seq: 7,
      speaker: "caller",
      text: "the street light is broken",
      final: true,
    });
    expect(mapTwilioTranscription({ ...content, Track: "outbound_track" })).toMatchObject({
      speaker: "agent",
    });
  });

  it("drops partials and maps started/stopped to call events", () => {
    expect(mapTwilioTranscription({ ...content, Final: "false" })).toBeNull();
    expect(
      mapTwilioTranscription({
        TranscriptionEvent: "transcription-stopped",
        CallSid: "CA123",
        Timestamp: content.Timestamp,
      }),
    ).toEqual({
      type: "call.ended",
      callId: "CA123",
      at: "2024-05-01T00:00:05.000Z",
    });
    const started = {
      TranscriptionEvent: "transcription-started",
      CallSid: "CA123",
      Timestamp: content.Timestamp,
    };
    expect(mapTwilioTranscription(started)).toBeNull();
    expect(mapTwilioTranscription(started, { caller: "+86138", callee: "+8612345" })).toMatchObject({
      type: "call.started",
    });
  });

  it("refuses TranscriptionData that is not JSON", () => {
    expect(() => mapTwilioTranscription({ ...content, TranscriptionData: "{oops" })).toThrow(
      expect.objectContaining({ code: "HOTLINE.BAD_TRANSCRIPTION_DATA" }),
    );
  });
});
