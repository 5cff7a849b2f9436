import { describe, expect, it } from "vitest";
import { createGenericSmsAdapter } from "../../../channels/sms/generic-sms.adapter.js";
import { computeHmacSha256Signature } from "../../../channels/shared/verify-hmac-sha256-header.js";
import { rawRequest } from "../support/raw-request.js";

const secret = "generic-secret-0123456789";
const adapter = createGenericSmsAdapter({
  secret,
  maxSkewSeconds: 300,
  now: () => new Date(1_714_550_400_000),
});
const body = JSON.stringify({
  messageId: "m-1",
  from: "13800000000",
  text: "井盖丢了",
  sentAt: "2024-05-01T08:00:00+08:00",
});

function signed(text: string, timestamp = "1714550400", signature?: string) {
  const raw = Buffer.from(text);
  return rawRequest("POST", "/channels/sms/generic", raw, {
    "X-Zhitong-Timestamp": timestamp,
    "X-Zhitong-Signature": signature ?? computeHmacSha256Signature(secret, timestamp, raw),
  });
}

describe("generic SMS webhook", () => {
  it("accepts a body signed with sha256=<hex> over timestamp and body", () => {
    expect(adapter.verify(signed(body))).toEqual({ ok: true });
    expect(adapter.parse(signed(body))[0]).toMatchObject({
      provider: "generic",
      channelMessageId: "m-1",
      text: "井盖丢了",
    });
  });

  it("refuses a tampered body, a missing header and a replayed old timestamp", () => {
    const good = signed(body);
    expect(adapter.verify({ ...good, rawBody: Buffer.from(body.replace("井盖", "窨井")) })).toMatchObject({
      ok: false,
      code: "SIGNATURE.MISMATCH",
    });
    expect(adapter.verify(rawRequest("POST", "/", body))).toMatchObject({
      ok: false,
      code: "SIGNATURE.MISSING",
    });
    expect(adapter.verify(signed(body, "1714540000"))).toMatchObject({ ok: false, code: "SIGNATURE.STALE" });
    expect(adapter.verify(signed(body, "abc", "sha256=00"))).toMatchObject({
      ok: false,
      code: "SIGNATURE.BAD_TIMESTAMP",
    });
  });

  it("accepts an array of messages", () => {
    const batch = JSON.stringify([JSON.parse(body), { messageId: "m-2", from: "1", text: "STOP" }]);
    const messages = adapter.parse(signed(batch));
    expect(messages.map((m) => [m.channelMessageId, m.optOut])).toEqual([
      ["m-1", false],
      ["m-2", true],
    ]);
  });
});
