import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../src/db/schema/index.js";
import { surveyFirst } from "../../src/inbound/route-inbound.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { repliesTo } from "./support/inbound.js";

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

describe("intake hands a text turn to the survey stage first", () => {
  it("offers a text turn to the survey handler first and stops there when it handled it", async () => {
    const seen: string[] = [];
    const service = await createIntakeService(t.ctx, {
      surveyHook: surveyFirst(async (_tx, _ctx, reply) => {
        seen.push(reply.text);
        return { handled: true };
      }),
    });
    // Stored without an intake job, so only this service instance processes it.
    const [row] = await t.ctx.database.db.transaction(async (tx) => {
      const { residentId } = await findOrCreateResident(tx, "sms", "13500006666");
      return tx
        .insert(messages)
        .values({
          channel: "sms",
          direction: "in",
          residentId,
          kind: "text",
          text: "满意",
          status: "received",
        })
        .returning();
    });
    expect(await service.processMessage(row!.id)).toBe("survey");
    expect(seen).toEqual(["满意"]);
    expect(await repliesTo(t.ctx, row!.id)).toHaveLength(0);
  });

  it("gives a confirmation the bot just asked for to the dialogue, not to a survey", async () => {
    const seen: string[] = [];
    const service = await createIntakeService(t.ctx, {
      surveyHook: surveyFirst(async (_tx, _ctx, reply) => {
        seen.push(reply.text);
        return { handled: true };
      }),
    });
    const store = (text: string) =>
      t.ctx.database.db.transaction(async (tx) => {
        const { residentId } = await findOrCreateResident(tx, "sms", "13500007777");
        const [row] = await tx
          .insert(messages)
          .values({ channel: "sms", direction: "in", residentId, kind: "text", text, status: "received" })
          .returning();
        return row!.id;
      });
    // Nothing awaited yet: the survey stage may claim the text.
    expect(await service.processMessage(await store("满意"))).toBe("survey");
    const noSurvey = await createIntakeService(t.ctx, { surveyHook: null });
    await noSurvey.processMessage(await store("庙前街路面塌了一个大坑"));
    const confirm = await store("1");
    expect(await service.processMessage(confirm)).toBe("processed");
    expect(seen).toEqual(["满意"]);
    expect((await repliesTo(t.ctx, confirm))[0]!.text).toMatch(/^已登记/);
  });
});
