import { describe, expect, it } from "vitest";
import type { Tx } from "../../src/db/client.js";
import { surveyFirst } from "../../src/inbound/route-inbound.js";
import type { InboundTurn } from "../../src/intake/survey-hook.js";
import type { AppContext } from "../../src/runtime/context.js";

// Without a pending dialogue question the router decides without reading the database.
const noDb = {} as Tx;
const ctx = {} as AppContext;
const turn = (t: Partial<InboundTurn>): InboundTurn => ({
  residentId: "r1",
  messageId: 1,
  channel: "sms",
  kind: "text",
  text: "满意",
  dialogueAwaiting: null,
  ...t,
});

function recorder(handled: boolean) {
  const seen: string[] = [];
  const hook = surveyFirst(async (_tx, _ctx, reply) => {
    seen.push(reply.text);
    return { handled };
  });
  return { seen, hook };
}

describe("the inbound router", () => {
  it("offers a text to the survey stage and follows its decision", async () => {
    const yes = recorder(true);
    expect(await yes.hook(noDb, ctx, turn({}))).toEqual({ handled: true });
    const no = recorder(false);
    expect(await no.hook(noDb, ctx, turn({ kind: "voice", text: "还是漏水" }))).toEqual({ handled: false });
    expect([...yes.seen, ...no.seen]).toEqual(["满意", "还是漏水"]);
  });

  it("sends pictures, locations and empty texts straight to the dialogue", async () => {
    const r = recorder(true);
    for (const t of [turn({ kind: "image", text: null }), turn({ kind: "location" }), turn({ text: "" })])
      expect(await r.hook(noDb, ctx, t)).toEqual({ handled: false });
    expect(r.seen).toEqual([]);
  });
});
