import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ticketEvents, tickets } from "../../src/db/schema/index.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { REPLIES } from "../../src/intake/dialogue/replies.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import { wechatEnv } from "../channels/support/wechat-http.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { say, waitFor } from "./support/inbound.js";

/*
 * A place sent after a placeless filing, with the real intake and route workers: the route worker,
 * not the resident's words, picks the unit: the one the taxonomy gives a filing with that place.
 */
const clock = testClock("2026-11-22T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "300" }),
    workers: [(ctx) => intakeWorkers(ctx), routeWorkerFactory],
  });
  await t.ctx.relay.start();
});
afterAll(async () => {
  await t.close();
});

const SLOW = 180_000;
const refIn = (texts: string[]) => /ZT\d{8}-\d{4}/.exec(texts.join("\n"))?.[0] ?? null;

async function file(openid: string, lines: string[]): Promise<string> {
  let last: string[] = [];
  for (const text of lines) last = await say(t.ctx, { channel: "wechat", from: openid, text });
  const ref = refIn(last);
  expect(ref, last.join("|")).not.toBeNull();
  return ref!;
}

/**
 * The ticket once the route worker has decided `times` times (each decision leaves a triage or a
 * dispatch event), else null.
 */
async function routed(ref: string, times: number) {
  const { id } = await ticket(ref);
  const decisions = await t.ctx.database.db
    .select({ id: ticketEvents.id })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, id), inArray(ticketEvents.action, ["triage", "dispatch"])));
  // Read after the events: the decision and its update commit together.
  return decisions.length >= times ? ticket(ref) : null;
}

async function ticket(ref: string) {
  const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref));
  return row!;
}

describe("a location after a placeless filing", () => {
  it(
    "takes the ticket out of triage and routes it as a filing with that place is routed",
    async () => {
      const openid = "oPlaceRouteLate";
      const ref = await file(openid, ["楼上邻居天天深夜噪音扰民", "不知道", "不清楚", "不留", "1"]);
      // No community: routing sends it to the centre's triage.
      const first = await waitFor(async () => routed(ref, 1));
      expect(first).toMatchObject({ triage: true, unitId: null });

      const replies = await say(t.ctx, {
        channel: "wechat",
        from: openid,
        kind: "location",
        payload: { location: { lat: 36.0671, lng: 120.3826, label: "西盛家园3号楼" } },
      });
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumPlaced("西盛家园3号楼")]);
      // The route worker decides again, now with the community: noise is the community's to
      // handle (config/taxonomy.json), so the community of the place gets it, as a filing would.
      const again = await waitFor(async () => routed(ref, 2));
      expect(again).toMatchObject({
        communityId: "community.xisheng",
        triage: false,
        unitId: "community.xisheng",
      });
    },
    SLOW,
  );
});
