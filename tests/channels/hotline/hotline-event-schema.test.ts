import { describe, expect, it } from "vitest";
import { HotlineEventBatch } from "../../../channels/hotline/hotline-event.schema.js";

// Found by the HTTP fuzz test: these reached PostgreSQL and came back as 503 (endless retries).
describe("hotline event schema refuses what storage cannot keep", () => {
  it("refuses a call id made of control characters", () => {
    const r = HotlineEventBatch.safeParse({
      type: "call.started",
      callId: "\u0000",
      caller: "13800000001",
      callee: "12345",
      at: "2026-11-21T10:00:00+08:00",
    });
    expect(r.success).toBe(false);
  });

  it("refuses a time outside this century (PostgreSQL has no year 0)", () => {
    for (const at of ["0000-01-01T00:00:00Z", "1970-01-01T00:00:00.000Z", "9999-12-31T23:59:59Z"]) {
      const r = HotlineEventBatch.safeParse({ type: "call.ended", callId: "c1", at });
      expect(r.success, at).toBe(false);
    }
  });

  it("accepts an ordinary event", () => {
    const r = HotlineEventBatch.safeParse({
      type: "call.ended",
      callId: "CA-123:7",
      at: "2026-11-21T10:05:00+08:00",
    });
    expect(r.success).toBe(true);
  });
});
