import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { surveyFirst } from "../../src/inbound/route-inbound.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { repliesTo, storeReceivedSms } from "./support/inbound.js";

/*
 * These tests hand stored messages to an intake service themselves, so no intake worker runs here:
 * a received message is the workers' to-do, and one polling the table would take it first.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { INTAKE_DRAFT_TTL_MINUTES: "60" } });
});
afterAll(async () => {
  await t.close();
});

/** An intake service whose survey stage takes every text it is offered, and remembers them. */
async function serviceWithSurvey() {
  const seen: string[] = [];
  const service = await createIntakeService(t.ctx, {
    surveyHook: surveyFirst(async (_tx, _ctx, reply) => {
      seen.push(reply.text);
      return { handled: true };
    }),
  });
  return { seen, service };
}

describe("intake hands a text turn to the survey stage first", () => {
  it("offers a text turn to the survey handler first and stops there when it handled it", async () => {
    const { seen, service } = await serviceWithSurvey();
    const id = await storeReceivedSms(t.ctx, "13500006666", "满意");
    expect(await service.processMessage(id)).toBe("survey");
    expect(seen).toEqual(["满意"]);
    expect(await repliesTo(t.ctx, id)).toHaveLength(0);
  });

  it("gives a confirmation the bot just asked for to the dialogue, not to a survey", async () => {
    const { seen, service } = await serviceWithSurvey();
    const store = (text: string): Promise<number> => storeReceivedSms(t.ctx, "13500007777", text);
    // Nothing awaited yet: the survey stage may claim the text.
    expect(await service.processMessage(await store("满意"))).toBe("survey");
    const noSurvey = await createIntakeService(t.ctx, { surveyHook: null });
    // A report with no hint of danger: the bot's next question is the confirmation, not the safety question.
    await noSurvey.processMessage(await store("庙前街路灯不亮好几天了"));
    const confirm = await store("1");
    expect(await service.processMessage(confirm)).toBe("processed");
    expect(seen).toEqual(["满意"]);
    expect((await repliesTo(t.ctx, confirm))[0]!.text).toMatch(/^已登记/);
  });
});
