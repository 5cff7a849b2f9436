import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import {
  messages,
  notifications,
  outbox,
  residentIdentities,
  ticketEvents,
  ticketMessages,
  tickets,
} from "../../src/db/schema/index.js";
import { REPLIES, SMS_SEGMENT } from "../../src/intake/dialogue/replies.js";
import { safePush, textXml, wechatEnv } from "../channels/support/wechat-http.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { textsToResident } from "../support/resident-outbox.js";
import { crashableIntakeWorkers, type TurnCrash } from "./support/crashable-intake.js";
import { receive, repliesTo, say, waitFor } from "./support/inbound.js";

/*
 * What a resident adds after the bot filed their report ("补充一下，是2单元的", a photo) reaches that
 * ticket: its transcript and a `resident_addendum` event, stored in the turn's transaction. Real
 * PostgreSQL and Redis, the real intake worker.
 */
const clock = testClock("2026-11-22T02:00:00Z");
const crash: TurnCrash = { next: false };
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "300" }),
    workers: [crashableIntakeWorkers(crash)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

/** Worker-path tests wait on turns: bounds for a loaded shared machine, never a speed check. */
const SLOW = 180_000;
const REPORT = "桃南一区5号楼下水道堵了";
const refIn = (texts: string[]) => /ZT\d{8}-\d{4}/.exec(texts.join("\n"))?.[0] ?? null;

async function ticketOf(ref: string) {
  const db = t.ctx.database.db;
  const [ticket] = await db.select().from(tickets).where(eq(tickets.ref, ref));
  const events = await db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticket!.id))
    .orderBy(asc(ticketEvents.id));
  const linked = await db
    .select({ id: ticketMessages.messageId })
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticket!.id));
  return {
    ticket: ticket!,
    addenda: events.filter((e) => e.action === "resident_addendum"),
    raises: events.filter((e) => e.action === "urgency_raised"),
    places: events.filter((e) => e.action === "resident_place"),
    media: events.filter((e) => e.action === "attach_media"),
    messageIds: linked.map((l) => Number(l.id)),
  };
}

/** Every ticket a resident reported on a channel address. */
async function ticketsOf(address: string): Promise<string[]> {
  const rows = await t.ctx.database.db
    .select({ ref: tickets.ref })
    .from(tickets)
    .innerJoin(messages, eq(messages.conversationId, tickets.conversationId))
    .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
    .where(and(eq(residentIdentities.address, address), eq(messages.direction, "in")));
  return [...new Set(rows.map((r) => r.ref))];
}

/** Files REPORT by SMS (the sender's number is the contact) and returns its reference number. */
async function fileBySms(from: string, report = REPORT): Promise<string> {
  const sms = { channel: "sms" as const, from };
  await say(t.ctx, { ...sms, text: report });
  const filed = await say(t.ctx, { ...sms, text: "1" });
  const ref = refIn(filed);
  expect(ref, filed.join("|")).not.toBeNull();
  return ref!;
}

function expectSmsSized(texts: string[]): void {
  for (const r of texts) expect([...r].length, r).toBeLessThanOrEqual(SMS_SEGMENT);
}

describe("an addition after the ticket is filed", () => {
  it(
    "补充一下，是2单元的: on the ticket's transcript and timeline, no new draft",
    async () => {
      const from = "13900008801";
      const ref = await fileBySms(from);
      const id = await receive(t.ctx, { channel: "sms", from, text: "补充一下，是2单元的" });
      const replies = (await repliesTo(t.ctx, id)).map((r) => r.text ?? "");
      expect(replies).toEqual([REPLIES.addendumAdded(ref)]);
      expectSmsSized(replies);
      const { addenda, messageIds } = await ticketOf(ref);
      expect(addenda.map((e) => [e.actorType, e.reason])).toEqual([["resident", "补充一下，是2单元的"]]);
      expect(messageIds).toContain(id);
      expect(await ticketsOf(from)).toEqual([ref]);
    },
    SLOW,
  );

  it(
    "a bare detail with no problem of its own (是3单元的) is an addition too",
    async () => {
      const from = "13900008802";
      const ref = await fileBySms(from);
      expect(await say(t.ctx, { channel: "sms", from, text: "是3单元的" })).toEqual([
        REPLIES.addendumAdded(ref),
      ]);
      expect((await ticketOf(ref)).addenda.map((e) => e.reason)).toEqual(["是3单元的"]);
    },
    SLOW,
  );

  it(
    "a new problem after filing is still a new report",
    async () => {
      const from = "13900008803";
      const ref = await fileBySms(from);
      const replies = await say(t.ctx, { channel: "sms", from, text: "另外西盛家园3号楼门口路灯不亮了" });
      expect(replies.join("|")).not.toContain("已补充到工单");
      expectSmsSized(replies);
      expect((await ticketOf(ref)).addenda).toEqual([]);
      await say(t.ctx, { channel: "sms", from, text: "1" });
      expect(await ticketsOf(from)).toHaveLength(2);
    },
    SLOW,
  );

  it(
    "a worker dying on the addition's turn: retried, added once",
    async () => {
      const from = "13900008804";
      const ref = await fileBySms(from);
      crash.next = true;
      const replies = await say(t.ctx, { channel: "sms", from, text: "忘了说，井盖旁边还有个坑" });
      expect(crash.next).toBe(false);
      expect(replies).toEqual([REPLIES.addendumAdded(ref)]);
      expect((await ticketOf(ref)).addenda.map((e) => e.reason)).toEqual(["忘了说，井盖旁边还有个坑"]);
      expect(await ticketsOf(from)).toEqual([ref]);
    },
    SLOW,
  );

  it(
    "a closed ticket takes no addition: the resident is told, and the message is read as a new report",
    async () => {
      const from = "13900008805";
      const ref = await fileBySms(from);
      await t.ctx.database.db.update(tickets).set({ status: "closed" }).where(eq(tickets.ref, ref));
      const replies = await say(t.ctx, { channel: "sms", from, text: "补充一下，3号楼门口路灯也不亮了" });
      expect(replies[0]).toBe(REPLIES.addendumFinished(ref, "已办结"));
      expect(replies.length).toBeGreaterThan(1);
      expectSmsSized(replies);
      expect((await ticketOf(ref)).addenda).toEqual([]);
    },
    SLOW,
  );

  it(
    "a dispatched ticket takes the addition (the unit reads it in the console)",
    async () => {
      const from = "13900008809";
      const ref = await fileBySms(from);
      await t.ctx.database.db.update(tickets).set({ status: "dispatched" }).where(eq(tickets.ref, ref));
      const replies = await say(t.ctx, { channel: "sms", from, text: "再说一下，水已经漫到路上了" });
      expect(replies).toEqual([REPLIES.addendumAdded(ref)]);
      expect((await ticketOf(ref)).addenda.map((e) => e.reason)).toEqual(["再说一下，水已经漫到路上了"]);
    },
    SLOW,
  );

  it(
    "a merged ticket's addition goes to the ticket it was merged into",
    async () => {
      const kept = await fileBySms("13900008806");
      const from = "13900008807";
      const ref = await fileBySms(from);
      const db = t.ctx.database.db;
      const [k] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.ref, kept));
      await db.update(tickets).set({ status: "merged", mergedIntoId: k!.id }).where(eq(tickets.ref, ref));
      const replies = await say(t.ctx, { channel: "sms", from, text: "补充一下，是2单元的" });
      expect(replies).toEqual([REPLIES.addendumMerged(ref, kept)]);
      expectSmsSized(replies);
      expect((await ticketOf(kept)).addenda.map((e) => e.reason)).toEqual(["补充一下，是2单元的"]);
      expect((await ticketOf(ref)).addenda).toEqual([]);
    },
    SLOW,
  );
});

const HEATING = "西盛家园3号楼暖气不热";
const COLDER = "补充一下，暖气一直不热，家里老人冻感冒了";

async function urgencyNotices(ticketId: string) {
  return t.ctx.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.ticketId, ticketId), eq(notifications.purpose, "urgency_raised")));
}

describe("an addition that makes the ticket urgent", () => {
  it(
    "the filed problem said again with no cue word (暖气还是不热) joins the ticket and can raise it",
    async () => {
      const from = "13900008891";
      const ref = await fileBySms(from, HEATING);
      const still = "暖气还是不热，老人发烧了";
      const replies = await say(t.ctx, { channel: "sms", from, text: still });
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumRaised("紧急")]);
      const { ticket, addenda } = await ticketOf(ref);
      expect(ticket.urgency).toBe("urgent");
      expect(addenda.map((e) => e.reason)).toEqual([still]);
      expect(await ticketsOf(from)).toEqual([ref]);
    },
    SLOW,
  );

  it(
    "another thing still broken, or the same thing somewhere else, is a new report",
    async () => {
      const from = "13900008892";
      const ref = await fileBySms(from);
      // 楼道灯 after 下水道: the same category to the classifier, another problem to a person.
      const other = await say(t.ctx, { channel: "sms", from, text: "楼道灯还是不亮" });
      expect(other.join("|")).not.toContain("已补充到工单");
      expect((await ticketOf(ref)).addenda).toEqual([]);

      const from2 = "13900008893";
      const ref2 = await fileBySms(from2, HEATING);
      const elsewhere = await say(t.ctx, {
        channel: "sms",
        from: from2,
        text: "桃南一区2号楼暖气也还是不热",
      });
      expect(elsewhere.join("|")).not.toContain("已补充到工单");
      expect((await ticketOf(ref2)).addenda).toEqual([]);
    },
    SLOW,
  );

  it(
    "raises the filed ticket's urgency, once, and tells the resident; a retried turn raises it once",
    async () => {
      const from = "13900008811";
      const ref = await fileBySms(from, HEATING);
      expect((await ticketOf(ref)).ticket.urgency).toBe("normal");
      crash.next = true;
      const replies = await say(t.ctx, { channel: "sms", from, text: COLDER });
      expect(crash.next).toBe(false);
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumRaised("紧急")]);
      expectSmsSized(replies);
      const { ticket, addenda, raises } = await ticketOf(ref);
      expect(ticket.urgency).toBe("urgent");
      expect(ticket.complaint?.urgency).toBe("urgent");
      expect(addenda.map((e) => e.reason)).toEqual([COLDER]);
      expect(raises.map((e) => [e.actorType, e.data["urgencyFrom"], e.data["urgencyTo"]])).toEqual([
        ["resident", "normal", "urgent"],
      ]);
      // Not yet held by a unit: the route worker reads the urgency; nobody is notified now.
      expect(await urgencyNotices(ticket.id)).toEqual([]);
      // Saying it again adds the words but raises nothing more, and the resident is not told twice.
      const again = await say(t.ctx, { channel: "sms", from, text: COLDER });
      expect(again).toEqual([REPLIES.addendumAdded(ref)]);
      expect((await ticketOf(ref)).raises).toHaveLength(1);
    },
    SLOW,
  );

  it(
    "on a dispatched ticket: the deadline shortens to the urgent hours and the unit gets the raise notice",
    async () => {
      const from = "13900008812";
      const ref = await fileBySms(from, HEATING);
      const everyday = new Date(clock.now().getTime() + 7 * 24 * 3_600_000);
      await t.ctx.database.db
        .update(tickets)
        .set({
          status: "dispatched",
          unitId: "community.xisheng",
          dispatchedAt: clock.now(),
          resolveDueAt: everyday,
          resolveYellowAt: new Date(everyday.getTime() - 24 * 3_600_000),
        })
        .where(eq(tickets.ref, ref));
      clock.advance(1000);
      const raisedAt = clock.now();
      const replies = await say(t.ctx, { channel: "sms", from, text: COLDER });
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumRaised("紧急")]);
      const { ticket, raises } = await ticketOf(ref);
      expect(ticket).toMatchObject({ urgency: "urgent", status: "dispatched", unitId: "community.xisheng" });
      // The urgent 72 hours (config/jurisdiction.json) count from the moment of the addition.
      expect(ticket.resolveDueAt).toEqual(new Date(raisedAt.getTime() + 72 * 3_600_000));
      expect(raises[0]!.data["resolveBy"]).toEqual({
        from: everyday.toISOString(),
        to: ticket.resolveDueAt!.toISOString(),
      });
      const notices = await urgencyNotices(ticket.id);
      expect(notices.map((n) => [n.recipientType, n.unitId, n.params["urgency"]])).toEqual([
        ["unit", "community.xisheng", "紧急"],
      ]);
    },
    SLOW,
  );

  it(
    "an emergency in an addition is still a report of its own, and the filed ticket is left as it was",
    async () => {
      const from = "13900008813";
      const ref = await fileBySms(from);
      const replies = await say(t.ctx, { channel: "sms", from, text: "你们快来吧，水已经漫到楼道了" });
      expect(replies.join("|")).not.toContain("已补充到工单");
      const { ticket, addenda, raises } = await ticketOf(ref);
      expect(ticket.urgency).toBe("normal");
      expect(addenda).toEqual([]);
      expect(raises).toEqual([]);
    },
    SLOW,
  );
});

/** Files REPORT on WeChat (declining the phone question) and returns its reference number. */
async function fileByWechat(openid: string): Promise<string> {
  const wx = { channel: "wechat" as const, from: openid };
  await say(t.ctx, { ...wx, text: REPORT });
  await say(t.ctx, { ...wx, text: "不留" });
  const filed = await say(t.ctx, { ...wx, text: "1" });
  const ref = refIn(filed);
  expect(ref, filed.join("|")).not.toBeNull();
  return ref!;
}

/** As routing leaves a ticket whose place it could not find: no community, in triage. */
async function placeless(ref: string, set: Partial<typeof tickets.$inferInsert> = {}): Promise<void> {
  await t.ctx.database.db
    .update(tickets)
    .set({ communityId: null, locationText: null, lat: null, lng: null, triage: true, ...set })
    .where(eq(tickets.ref, ref));
}

function shareLocation(openid: string, label: string | null) {
  return say(t.ctx, {
    channel: "wechat",
    from: openid,
    kind: "location",
    payload: { location: { lat: 36.0671, lng: 120.3826, label } },
  });
}

async function routeJobs(ticketId: string): Promise<string[]> {
  const rows = await t.ctx.database.db.select({ jobId: outbox.jobId, queue: outbox.queue }).from(outbox);
  return rows.filter((r) => r.queue === "route" && r.jobId.includes(ticketId)).map((r) => r.jobId);
}

describe("a place after the ticket is filed", () => {
  it(
    "a WeChat location that resolves completes a placeless ticket and sends it back to routing, once",
    async () => {
      const openid = "oAddendumPlace01";
      const ref = await fileByWechat(openid);
      await placeless(ref);
      crash.next = true;
      const replies = await shareLocation(openid, "西盛家园3号楼");
      expect(crash.next).toBe(false);
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumPlaced("西盛家园3号楼")]);
      const { ticket, places, addenda } = await ticketOf(ref);
      expect(ticket).toMatchObject({
        communityId: "community.xisheng",
        locationText: "西盛家园3号楼",
        lat: 36.0671,
        lng: 120.3826,
        triage: false,
        unitId: null,
      });
      expect(ticket.complaint?.location.community).toBe("community.xisheng");
      expect(addenda.map((e) => e.reason)).toEqual(["西盛家园3号楼"]);
      expect(places.map((e) => [e.data["community"], e.data["rerouted"]])).toEqual([
        ["community.xisheng", true],
      ]);
      // The first routing's job and one more for the new place: the route worker picks the unit.
      const jobs = await routeJobs(ticket.id);
      expect(jobs).toHaveLength(2);
      // Sent again: the ticket has its place now; the words are added, nothing else changes.
      expect(await shareLocation(openid, "西盛家园3号楼")).toEqual([REPLIES.addendumAdded(ref)]);
      expect((await ticketOf(ref)).places).toHaveLength(1);
      expect(await routeJobs(ticket.id)).toHaveLength(2);
    },
    SLOW,
  );

  it(
    "a location no community matches records the coordinates only; the ticket stays in triage",
    async () => {
      const openid = "oAddendumPlace02";
      const ref = await fileByWechat(openid);
      await placeless(ref);
      const replies = await shareLocation(openid, null);
      expect(replies).toEqual([REPLIES.addendumAdded(ref)]);
      const { ticket, places } = await ticketOf(ref);
      expect(ticket).toMatchObject({ communityId: null, lat: 36.0671, lng: 120.3826, triage: true });
      expect(places.map((e) => [e.data["community"], e.data["rerouted"]])).toEqual([[null, false]]);
      expect(await routeJobs(ticket.id)).toHaveLength(1);
    },
    SLOW,
  );

  it(
    "a place in words (在海西苑东门) completes a placeless ticket",
    async () => {
      const from = "13900008814";
      const ref = await fileBySms(from);
      await placeless(ref);
      const replies = await say(t.ctx, { channel: "sms", from, text: "补充一下，在海西苑东门" });
      expect(replies).toEqual([REPLIES.addendumAdded(ref), REPLIES.addendumPlaced("海西苑东门")]);
      expectSmsSized(replies);
      expect((await ticketOf(ref)).ticket).toMatchObject({
        communityId: "community.haixi",
        locationText: "海西苑东门",
        triage: false,
      });
    },
    SLOW,
  );

  it(
    "a dispatched ticket keeps its unit: the place is in the timeline, not in the routing",
    async () => {
      const openid = "oAddendumPlace03";
      const ref = await fileByWechat(openid);
      await placeless(ref, { status: "dispatched", unitId: "community.taonan", triage: false });
      const replies = await shareLocation(openid, "西盛家园3号楼");
      expect(replies[0]).toBe(REPLIES.addendumAdded(ref));
      const { ticket, places } = await ticketOf(ref);
      expect(ticket).toMatchObject({
        unitId: "community.taonan",
        communityId: "community.xisheng",
        status: "dispatched",
      });
      expect(places.map((e) => e.data["rerouted"])).toEqual([false]);
      expect(await routeJobs(ticket.id)).toHaveLength(1);
    },
    SLOW,
  );
});

let msgSeq = 7_400_000_000_000_000_000n;
async function wechatPush(from: string, text: string, msgId = String(++msgSeq)): Promise<void> {
  const res = await app.inject(safePush(textXml(msgId, text, from), clock.now()));
  expect(res.statusCode).toBe(200);
}

describe("on WeChat", () => {
  it(
    "the addition delivered twice (WeChat's retry) is added once; a photo is attached to the ticket",
    async () => {
      const openid = "oAddendumTwice01";
      const toResident = () => textsToResident(t.ctx, openid);
      await wechatPush(openid, REPORT);
      await waitFor(async () => ((await toResident()).length >= 1 ? true : null));
      await wechatPush(openid, "不留");
      await waitFor(async () => ((await toResident()).length >= 2 ? true : null));
      await wechatPush(openid, "1");
      const ref = await waitFor(async () => refIn(await toResident()));
      const msgId = String(++msgSeq);
      await wechatPush(openid, "补充一下，是2单元的", msgId);
      await wechatPush(openid, "补充一下，是2单元的", msgId);
      await waitFor(async () => ((await toResident()).includes(REPLIES.addendumAdded(ref)) ? true : null));
      const photo = await say(t.ctx, {
        channel: "wechat",
        from: openid,
        kind: "image",
        payload: { mediaId: "media-addendum-1" },
      });
      expect(photo).toEqual([REPLIES.addendumAdded(ref)]);
      const { addenda, media } = await ticketOf(ref);
      expect(addenda.map((e) => e.reason)).toEqual(["补充一下，是2单元的", null]);
      expect(media.map((e) => e.data["mediaIds"])).toEqual([["media-addendum-1"]]);
      expect((await toResident()).filter((x) => x === REPLIES.addendumAdded(ref))).toHaveLength(2);
    },
    SLOW,
  );
});

describe("outside the window", () => {
  it(
    "past INTAKE_ADDENDUM_MINUTES after the filing, the same words start a new report",
    async () => {
      const from = "13900008808";
      const ref = await fileBySms(from);
      clock.advance((t.ctx.env.INTAKE_ADDENDUM_MINUTES + 1) * 60_000);
      const replies = await say(t.ctx, { channel: "sms", from, text: "补充一下，是2单元的" });
      expect(replies.join("|")).not.toContain("已补充到工单");
      expect((await ticketOf(ref)).addenda).toEqual([]);
    },
    SLOW,
  );
});
