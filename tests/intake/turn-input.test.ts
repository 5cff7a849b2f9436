import { describe, expect, it } from "vitest";
import { toTurnInput } from "../../src/intake/intake-service.js";

type Row = Parameters<typeof toTurnInput>[0];

function row(channel: string): Row {
  return {
    id: 1,
    channel,
    kind: "text",
    text: "西盛家园3号楼楼道灯坏了",
    payload: {},
    residentId: "00000000-0000-4000-8000-000000000001",
  } as unknown as Row;
}

describe("toTurnInput", () => {
  it("keeps the stored channel instead of turning names it does not list into web", () => {
    const now = new Date("2026-11-21T02:00:00Z");
    expect(toTurnInput(row("open311"), now, null).channel).toBe("open311");
    expect(toTurnInput(row("staff"), now, null).channel).toBe("staff");
    expect(toTurnInput(row("sms"), now, null).channel).toBe("sms");
  });
});
