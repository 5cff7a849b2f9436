import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../src/channels-runtime/channel.workers.js";
import { OutboundDelivery } from "../../src/channels-runtime/deliver-outbound.js";
import { messages, surveys, ticketMessages } from "../../src/db/schema/index.js";
import { attachMedia } from "../../src/media/media-attachments.js";
import { applyTicketAction } from "../../src/tickets/ticket-store.js";
import { buildApp, type App } from "../../src/http/app.js";
import type { AppContext } from "../../src/runtime/context.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { startFakeWechatApi } from "../channels/support/fake-wechat-api.js";
import { waitFor } from "../channels/support/wait-for.js";
import { WECHAT, wechatEnv } from "../channels/support/wechat-http.js";
import { HOUR, fileTicket, reply, type Reporter } from "../survey/support.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { jpegWithGps, png } from "./support/images.js";

/**
 * The fix reaches a WeChat resident as a news card (图文消息) before the text, through the real
 * outbound worker and a local fake of WeChat's server API.
 */
const clock = testClock("2026-11-23T02:00:00Z");
const BASE = "https://zhitong.example.gov.cn";
let t: TestEnv;
let app: App;
let dir: string;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;
let unit: ReturnType<typeof as>;

/** The next customer-service send of this msgtype reaches WeChat, but its answer is lost to a timeout. */
const timeOutNext = new Set<"news" | "text">();
/** The next customer-service send of this msgtype goes to a port nobody listens on: refused, never sent. */
const refuseNext = new Set<"news" | "text">();
let closedPort = 0;
const flakyFetch: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const send = url.includes("/cgi-bin/message/custom/send") && typeof init?.body === "string";
  const msgtype = send
    ? ((JSON.parse(init.body as string) as { msgtype?: string }).msgtype as "news" | "text")
    : null;
  if (msgtype && refuseNext.delete(msgtype)) {
    const target = new URL(url);
    target.port = String(closedPort);
    return fetch(target, init);
  }
  const res = await fetch(input, init);
  if (msgtype && timeOutNext.delete(msgtype))
    throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
  return res;
};

beforeAll(async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  dir = await mkdtemp(path.join(tmpdir(), "zt-result-card-"));
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({
    clock,
    env: wechatEnv({
      WECHAT_API_BASE: api.url,
      WECHAT_TEMPLATE_SURVEY: "tplSurvey01|thing1=summary,character_string2=ref",
      DATA_DIR: dir,
      PUBLIC_BASE_URL: BASE,
      RESULT_LINK_DAYS: "30",
      SESSION_IDLE_MINUTES: "100000",
      SESSION_MAX_HOURS: "10000",
    }),
    workers: [(ctx: AppContext) => channelWorkers(ctx, { fetch: flakyFetch })],
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "xisheng-card", "unit", "community.xisheng");
  unit = as(app, await login(app, "xisheng-card"));
});
afterAll(async () => {
  await app.close();
  await t.close();
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

let seq = 0;
/** A WeChat resident's ticket, dispatched to and accepted by the unit, with `photos` fix photos uploaded. */
async function acceptedTicket(reporters: Reporter[], photos = 1) {
  const { ticket, residentIds } = await fileTicket(t, reporters, {
    kind: "complaint",
    category: "water_supply",
    summary: `西盛家园${++seq}号楼水管漏水，联系电话13912345678`,
    description: "楼道水管一直漏水。",
    location: { text: "西盛家园3号楼2单元", community: "community.xisheng", lat: null, lng: null },
    urgency: "normal",
    contact: { name: null, phone: null },
    missing: [],
    confidence: {},
    engine: "offline",
  });
  await t.ctx.database.db.transaction(async (tx) => {
    const opts = { now: t.ctx.now(), reopenRaisesTier: true };
    const row = await applyTicketAction(
      tx,
      ticket,
      { type: "dispatch", unitId: "community.xisheng" },
      { role: "system", id: "router" },
      opts,
    );
    await applyTicketAction(
      tx,
      row,
      { type: "accept" },
      { role: "unit", id: "x", unitId: "community.xisheng" },
      opts,
    );
  });
  const ids: string[] = [];
  // Distinct colours: the store keeps identical bytes once, under one id.
  for (let i = 0; i < photos; i++) {
    const r = await unit({
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/media`,
      payload: i % 2 ? await png(`#9966${10 + i}`) : await jpegWithGps(`#3366${10 + i}`),
      headers: { "content-type": i % 2 ? "image/png" : "image/jpeg" },
    });
    expect(r.statusCode).toBe(201);
    ids.push(r.json<{ id: string }>().id);
  }
  return { ticket, residentIds, photoIds: ids };
}

async function resolve(ticketId: string, photos: string[]) {
  const r = await unit({
    method: "POST",
    url: `/api/v1/tickets/${ticketId}/actions/resolve`,
    payload: { reply: "已更换漏水管段，楼道已清理。", photos },
  });
  expect(r.statusCode).toBe(200);
  t.ctx.relay.kick();
}

const outbound = (residentId: string) =>
  t.ctx.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.residentId, residentId), eq(messages.direction, "out")))
    .orderBy(asc(messages.id));
const settled = async (residentId: string) =>
  (await outbound(residentId)).every((m) => m.status === "sent" || m.status === "failed");
const tokenOf = (text: string) => /\/r\/([A-Za-z0-9_-]{22})/.exec(text)![1]!;
/** What reached WeChat's customer-service API for one openid, in order. */
const sendsTo = (openid: string) =>
  api.requests
    .filter((r) => r.path === "/cgi-bin/message/custom/send")
    .map((r) => JSON.parse(r.body.toString("utf8")) as Record<string, unknown>)
    .filter((b) => b["touser"] === openid)
    .map((b) => b["msgtype"]);

describe("a WeChat resident inside the 48-hour window", () => {
  it("gets the resolution and the first survey ask as a news card, then the text; the answer still counts", async () => {
    const openid = "oCardHappy0001";
    const { ticket, residentIds, photoIds } = await acceptedTicket(
      [{ channel: "wechat", address: openid, lastInboundAt: new Date(clock.now().getTime() - HOUR) }],
      2,
    );
    await resolve(ticket.id, photoIds);
    await waitFor(() => settled(residentIds[0]!), 15_000, "the resolution's card and text");

    const news = api.state.news.filter((n) => n.touser === openid);
    expect(news).toHaveLength(1);
    const { article } = news[0]!;
    const token = tokenOf(article.url);
    expect(article).toEqual({
      title: "您反映的问题已办结",
      description: expect.stringContaining("水管漏水"),
      url: `${BASE}/r/${token}`,
      picurl: `${BASE}/r/${token}/thumb/0`,
    });
    expect(article.description).toContain("承办单位：");
    expect(article.description).not.toContain("13912345678");
    // The card first, then the text (which keeps the link for clients that do not show cards).
    expect(sendsTo(openid)).toEqual(["news", "text"]);
    const text = api.state.custom.filter((c) => c.touser === openid);
    expect(text).toHaveLength(1);
    expect(text[0]!.content).toContain("已办结");
    expect(text[0]!.content).toContain(`${BASE}/r/${token}`);
    const rows = await outbound(residentIds[0]!);
    expect(rows.map((r) => [r.kind, r.status, r.provider])).toEqual([
      ["card", "sent", "wechat-news"],
      ["text", "sent", "wechat-custom"],
    ]);
    // The card's job delivered twice (BullMQ re-runs a stalled job): the second run finds it sent.
    expect(await new OutboundDelivery(t.ctx).deliver(rows[0]!.id, { isLast: false })).toBe("skipped");
    expect(api.state.news.filter((n) => n.touser === openid)).toHaveLength(1);

    // The callback survey: a card again, then the question as text; the resident's answer is parsed.
    const [survey] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id));
    clock.set(new Date(Math.max(survey!.dueAt!.getTime(), clock.now().getTime())));
    // Still inside the window when the survey is due (the resident wrote again).
    await t.ctx.database.db.execute(
      sql`UPDATE resident_identities SET last_inbound_at = ${new Date(clock.now().getTime() - HOUR).toISOString()}::timestamptz WHERE address = ${openid}`,
    );
    expect(await runSurveyStep(t.ctx, survey!.id)).toBe("sent");
    t.ctx.relay.kick();
    await waitFor(
      async () => (await settled(residentIds[0]!)) && (await outbound(residentIds[0]!)).length === 4,
      15_000,
      "the survey's card and question",
    );
    expect(sendsTo(openid)).toEqual(["news", "text", "news", "text"]);
    expect(api.state.news.filter((n) => n.touser === openid)[1]!.article.url).toBe(`${BASE}/r/${token}`);
    expect(api.state.custom.filter((c) => c.touser === openid)[1]!.content).toContain("满意请回复1");

    const answer = await reply(t, residentIds[0]!, "1", { channel: "wechat" });
    expect(answer.handled).toBe(true);
    const [answered] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.id, survey!.id));
    expect(answered!.status).toBe("answered");
  });

  it("a card whose answer was lost to a timeout is not sent again, and a retried text does not resend the card", async () => {
    const openid = "oCardTimeout0002";
    const { ticket, residentIds, photoIds } = await acceptedTicket([
      { channel: "wechat", address: openid, lastInboundAt: new Date(clock.now().getTime() - HOUR) },
    ]);
    timeOutNext.add("news");
    await resolve(ticket.id, photoIds);
    await waitFor(() => settled(residentIds[0]!), 15_000, "the resolution's card and text");
    // WeChat got the card once; its answer was lost, so Zhitong cannot know and does not risk a second.
    expect(api.state.news.filter((n) => n.touser === openid)).toHaveLength(1);
    const [card, text] = await outbound(residentIds[0]!);
    expect(card).toMatchObject({ kind: "card", status: "failed" });
    expect(card!.error).toContain("WECHAT.CARD_UNCONFIRMED");
    expect(text).toMatchObject({ kind: "text", status: "sent" });

    // Now the text times out after the card went: the text's job retries, the card stays at one.
    const second = await acceptedTicket([
      {
        channel: "wechat",
        address: "oCardTimeout0003",
        lastInboundAt: new Date(clock.now().getTime() - HOUR),
      },
    ]);
    timeOutNext.add("text");
    await resolve(second.ticket.id, second.photoIds);
    await waitFor(
      async () => (await outbound(second.residentIds[0]!)).every((m) => m.status === "sent"),
      20_000,
      "the text sent on its retry",
    );
    expect(api.state.news.filter((n) => n.touser === "oCardTimeout0003")).toHaveLength(1);
    expect(sendsTo("oCardTimeout0003")).toEqual(["news", "text", "text"]);
  });
});

describe("a card that never left", () => {
  it("a card whose connection was refused is sent again, and arrives once before its text", async () => {
    const openid = "oCardRefused0004";
    const { ticket, residentIds, photoIds } = await acceptedTicket([
      { channel: "wechat", address: openid, lastInboundAt: new Date(clock.now().getTime() - HOUR) },
    ]);
    refuseNext.add("news");
    await resolve(ticket.id, photoIds);
    await waitFor(() => settled(residentIds[0]!), 20_000, "the card after its retry, and the text");
    expect(refuseNext.size).toBe(0);
    expect(api.state.news.filter((n) => n.touser === openid)).toHaveLength(1);
    expect(sendsTo(openid)).toEqual(["news", "text"]);
    expect((await outbound(residentIds[0]!)).map((m) => [m.kind, m.status])).toEqual([
      ["card", "sent"],
      ["text", "sent"],
    ]);
  });
});

describe("WeChat's answers to a card are mapped like any send", () => {
  it("system busy (-1) is retried and the card goes once; 45015 (window closed) fails the card and the text still goes", async () => {
    const busy = await acceptedTicket([
      { channel: "wechat", address: "oCardBusy0006", lastInboundAt: new Date(clock.now().getTime() - HOUR) },
    ]);
    api.state.script.push(-1);
    await resolve(busy.ticket.id, busy.photoIds);
    await waitFor(() => settled(busy.residentIds[0]!), 15_000, "the card after its retry");
    expect(api.state.news.filter((n) => n.touser === "oCardBusy0006")).toHaveLength(1);
    expect((await outbound(busy.residentIds[0]!)).map((m) => [m.kind, m.status])).toEqual([
      ["card", "sent"],
      ["text", "sent"],
    ]);

    const closed = await acceptedTicket([
      {
        channel: "wechat",
        address: "oCardClosed0007",
        lastInboundAt: new Date(clock.now().getTime() - HOUR),
      },
    ]);
    api.state.script.push(45015);
    await resolve(closed.ticket.id, closed.photoIds);
    await waitFor(() => settled(closed.residentIds[0]!), 15_000, "the card refused and the text");
    const [card, text] = await outbound(closed.residentIds[0]!);
    expect(card).toMatchObject({ kind: "card", status: "failed" });
    expect(card!.error).toContain("WECHAT.OUTSIDE_WINDOW");
    expect(text).toMatchObject({ kind: "text", status: "sent" });
    expect(api.state.news.filter((n) => n.touser === "oCardClosed0007")).toEqual([]);
  });
});

describe("elsewhere nothing changes", () => {
  it("outside the window no card is queued or sent: the survey goes as a template", async () => {
    const openid = "oCardSilent0004";
    const { ticket, residentIds, photoIds } = await acceptedTicket([
      { channel: "wechat", address: openid, lastInboundAt: new Date(clock.now().getTime() - 3 * 24 * HOUR) },
    ]);
    await resolve(ticket.id, photoIds);
    const [survey] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id));
    clock.set(new Date(Math.max(survey!.dueAt!.getTime(), clock.now().getTime())));
    expect(await runSurveyStep(t.ctx, survey!.id)).toBe("sent");
    t.ctx.relay.kick();
    await waitFor(() => settled(residentIds[0]!), 15_000, "the resolution and the survey");
    expect((await outbound(residentIds[0]!)).map((m) => m.kind)).toEqual(["text", "text"]);
    expect(api.state.news.filter((n) => n.touser === openid)).toEqual([]);
    expect(api.state.templates.filter((m) => m.touser === openid)).toHaveLength(1);
  });

  it("an SMS resident gets the text with the link only", async () => {
    const { ticket, residentIds, photoIds } = await acceptedTicket([
      { channel: "sms", address: "+8613900001111", phone: "+8613900001111", lastInboundAt: clock.now() },
    ]);
    await resolve(ticket.id, photoIds);
    const rows = await outbound(residentIds[0]!);
    expect(rows.map((m) => m.kind)).toEqual(["text"]);
    expect(rows[0]!.text).toContain(`${BASE}/r/`);
  });
});

describe("the card's picture", () => {
  it("serves the resolution's fix photos by position, never a resident's, and 404s for a bad token or index", async () => {
    const { ticket, residentIds, photoIds } = await acceptedTicket(
      [{ channel: "sms", address: "+8613900002222", phone: "+8613900002222" }],
      3,
    );
    // The third photo is the resident's own (it came with their message), listed before the unit's.
    const [inbound] = await t.ctx.database.db
      .insert(messages)
      .values({
        channel: "sms",
        direction: "in",
        residentId: residentIds[0]!,
        kind: "image",
        status: "processed",
      })
      .returning({ id: messages.id });
    await t.ctx.database.db.insert(ticketMessages).values({ ticketId: ticket.id, messageId: inbound!.id });
    await attachMedia(t.ctx.database.db, {
      mediaId: photoIds[2]!,
      ownerType: "message",
      ownerId: String(inbound!.id),
      now: clock.now(),
    });
    expect(new Set(photoIds).size).toBe(3);
    await resolve(ticket.id, photoIds.slice(0, 2));
    const token = tokenOf((await outbound(residentIds[0]!))[0]!.text!);

    for (const [i, id] of photoIds.slice(0, 2).entries()) {
      const thumb = await app.inject({ method: "GET", url: `/r/${token}/thumb/${i}` });
      expect(thumb.statusCode).toBe(200);
      expect(thumb.headers["content-type"]).toMatch(/^image\//);
      const same = await app.inject({ method: "GET", url: `/r/${token}/photos/${id}?size=thumb` });
      expect(thumb.rawPayload.equals(same.rawPayload)).toBe(true);
    }
    const residents = await app.inject({
      method: "GET",
      url: `/r/${token}/photos/${photoIds[2]}?size=thumb`,
    });
    expect(residents.statusCode).toBe(404);
    for (const url of [
      `/r/${token}/thumb/2`,
      `/r/${token}/thumb/9`,
      `/r/${token}/thumb/-1`,
      `/r/${token}/thumb/x`,
      `/r/${token}/thumb/0.5`,
      `/r/AAAAAAAAAAAAAAAAAAAAAA/thumb/0`,
      `/r/..%2F..%2Fetc/thumb/0`,
    ]) {
      const r = await app.inject({ method: "GET", url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers["content-type"]).toContain("text/html");
    }
  });
});
