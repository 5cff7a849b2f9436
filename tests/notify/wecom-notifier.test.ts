import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { StageWorker } from "../../src/runtime/context.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notifications } from "../../src/db/schema/index.js";
import { deliverNotification, queueUnitNotification } from "../../src/notify/notifications.js";
import { defaultUnitNotifier, notifyWorkers } from "../../src/notify/notify.worker.js";
import type { UnitPurpose } from "../../src/notify/unit-texts.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { startFakeServer } from "../channels/support/http-fake.js";
import { eventually, fileTicket } from "../routing/helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { startFakeWecom, type FakeWecom } from "./support/fake-wecom.js";
import { configDirWithWecom } from "./support/wecom-config-dir.js";

const CORP = "ww0a1b2c3d4e5f6789";
const AGENT = 1000002;
const SECRET = "wecom-agent-secret-for-tests";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let wecom: FakeWecom;
let sms: Awaited<ReturnType<typeof startFakeServer>>;
let workers: StageWorker[] = [];

beforeAll(async () => {
  wecom = await startFakeWecom({
    corpId: CORP,
    secret: SECRET,
    agentId: AGENT,
    members: ["ZhangWei", "LiNa"],
  });
  sms = await startFakeServer(() => ({ status: 200, body: { messageId: `sms-${randomUUID()}` } }));
  const configDir = await configDirWithWecom({
    "community.xisheng": { users: ["ZhangWei"] },
    "community.luxi": { users: ["LiNa", "Ghost"] },
    "community.haixi": { users: ["Nobody1", "Nobody2"] },
  });
  t = await createTestEnv({
    clock,
    env: {
      CONFIG_DIR: configDir,
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `${sms.url}/send`,
      GENERIC_SMS_SECRET: "unit-sms-gateway-secret",
      WECOM_CORP_ID: CORP,
      WECOM_AGENT_ID: String(AGENT),
      WECOM_AGENT_SECRET: SECRET,
      WECOM_API_BASE: wecom.url,
      WECOM_OAUTH_BASE: wecom.url,
      WECOM_TIMEOUT_MS: "2000",
      PUBLIC_BASE_URL: "https://zhitong.example.gov.cn",
      NOTIFY_MAX_ATTEMPTS: "3",
    },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await t?.close();
  await wecom?.close();
  await sms?.close();
});

beforeEach(() => {
  wecom.state.delivered.length = 0;
  wecom.state.script.length = 0;
  wecom.state.ipBlocked = false;
  sms.requests.length = 0;
});

/** A unit notification as the route/SLA stages write it (row + outbox job), about a fresh ticket. */
async function queued(unitId: string, purpose: UnitPurpose = "dispatch", locationText = "西盛家园3号楼") {
  const ticket = await fileTicket(t, { location: { text: locationText } });
  const params = { ref: ticket.ref, summary: ticket.summary, deadline: "11月30日 00:00" };
  const id = await t.ctx.database.db.transaction((tx) =>
    queueUnitNotification(tx, {
      unitId,
      purpose,
      text: `【直通】新工单${ticket.ref}`,
      params,
      ticketId: ticket.id,
      dedupeKey: `test:${randomUUID()}`,
      now: clock.now(),
    }),
  );
  return { id: id!, ticket };
}

const deliver = (id: number) =>
  deliverNotification(t.ctx, id, { notifier: defaultUnitNotifier(t.ctx), maxAttempts: 3 });
const row = async (id: number) =>
  (await t.ctx.database.db.select().from(notifications).where(eq(notifications.id, id)))[0]!;

describe("unit notices on WeCom", () => {
  it("a dispatch notice reaches the unit's WeCom members as a text card with summary, place, deadline and the sign-in link", async () => {
    const { id, ticket } = await queued("community.xisheng");
    expect(await deliver(id)).toBe("sent");
    expect(wecom.state.delivered).toHaveLength(1);
    const card = wecom.state.delivered[0]!;
    expect(card.touser).toBe("ZhangWei");
    expect(card.agentid).toBe(AGENT);
    expect(card.textcard.title).toBe(`新工单 ${ticket.ref}`);
    expect(card.textcard.description).toContain("西盛家园3号楼电梯坏了");
    expect(card.textcard.description).toContain("地点：西盛家园3号楼");
    expect(card.textcard.description).toContain("办结时限：11月30日 00:00");
    // The app's own sign-in start, which goes on to WeCom's authorize page (see the sign-in tests).
    expect(card.textcard.url).toBe(
      `https://zhitong.example.gov.cn/m/login?to=${ticket.ref.replace("-", "")}`,
    );
    const r = await row(id);
    expect(r.channel).toBe("wecom");
    expect(r.providerMessageId).toMatch(/^MSG/);
    expect(sms.requests).toHaveLength(0);
  });

  it("the card shows neither the resident's phone nor the door number", async () => {
    const { id } = await queued("community.xisheng", "dispatch", "西盛家园3号楼2单元501室，电话13912345678");
    await deliver(id);
    const text = JSON.stringify(wecom.state.delivered[0]!.textcard);
    expect(text).not.toContain("13912345678");
    expect(text).not.toContain("501");
    expect(text).toContain("139****5678");
  });

  it("keeps the access token for later sends: one gettoken for many cards", async () => {
    const before = wecom.state.tokenCalls;
    for (let i = 0; i < 3; i++) await deliver((await queued("community.xisheng", "reminder")).id);
    expect(wecom.state.delivered).toHaveLength(3);
    expect(wecom.state.tokenCalls - before).toBeLessThanOrEqual(1);
  });

  it("the token is kept in Redis for WeCom's 7200 s minus a margin, so it is renewed before it dies", async () => {
    await deliver((await queued("community.xisheng")).id);
    const ttl = await t.ctx.redis.ttl(`${t.prefix}:wecom:access-token:${CORP}:${AGENT}`);
    expect(ttl).toBeGreaterThan(6_800);
    expect(ttl).toBeLessThanOrEqual(6_900);
  });

  it("after Redis lost the token (flush, failover) the next card costs one gettoken and is sent", async () => {
    await deliver((await queued("community.xisheng")).id);
    await t.ctx.redis.del(`${t.prefix}:wecom:access-token:${CORP}:${AGENT}`);
    const before = wecom.state.tokenCalls;
    const { id } = await queued("community.xisheng");
    expect(await deliver(id)).toBe("sent");
    expect(wecom.state.tokenCalls).toBe(before + 1);
  });

  it("an expired token (42001) is renewed once and the card sent on the same attempt", async () => {
    await deliver((await queued("community.xisheng")).id);
    const tokensBefore = wecom.state.tokenCalls;
    wecom.expireToken();
    const { id } = await queued("community.xisheng");
    expect(await deliver(id)).toBe("sent");
    expect(wecom.state.tokenCalls).toBe(tokensBefore + 1);
    expect((await row(id)).attempts).toBe(1);
    expect(wecom.state.delivered).toHaveLength(2);
  });

  it("a revoked token (40014) is renewed once too", async () => {
    await deliver((await queued("community.xisheng")).id);
    wecom.revokeToken();
    const { id } = await queued("community.xisheng");
    expect(await deliver(id)).toBe("sent");
    expect((await row(id)).channel).toBe("wecom");
  });

  it("partial delivery (invaliduser) counts as sent and names the members WeCom dropped", async () => {
    const { id } = await queued("community.luxi");
    expect(await deliver(id)).toBe("sent");
    expect(wecom.state.delivered[0]!.touser).toBe("LiNa|Ghost");
    const r = await row(id);
    expect(r.status).toBe("sent");
    expect(r.channel).toBe("wecom");
    expect(r.lastError).toContain("Ghost");
    expect(sms.requests).toHaveLength(0);
  });

  it("when every member is invalid (81013) the unit gets the SMS instead", async () => {
    const { id } = await queued("community.haixi");
    expect(await deliver(id)).toBe("sent");
    const r = await row(id);
    expect(r.channel).toBe("sms:generic");
    expect(sms.requests).toHaveLength(1);
    expect(JSON.parse(sms.requests[0]!.body.toString("utf8")).to).toBe("13800000021");
  });

  it("a unit without WeCom recipients gets its SMS, WeCom is not called", async () => {
    const calls = wecom.state.sendCalls;
    const { id } = await queued("community.wenmiao");
    expect(await deliver(id)).toBe("sent");
    expect((await row(id)).channel).toBe("sms:generic");
    expect(wecom.state.sendCalls).toBe(calls);
  });

  it("a server outside the app's trusted IPs (60020) falls back to SMS at once, without retrying", async () => {
    wecom.state.ipBlocked = true;
    const { id } = await queued("community.xisheng");
    expect(await deliver(id)).toBe("sent");
    const r = await row(id);
    expect(r.channel).toBe("sms:generic");
    expect(r.attempts).toBe(1);
  });

  it("a rate limit (45009) is retried by the queue, and the retry sends the card", async () => {
    wecom.state.script.push(45009);
    const { id } = await queued("community.xisheng");
    await expect(deliver(id)).rejects.toThrow(/45009/);
    expect((await row(id)).status).toBe("queued");
    expect(await deliver(id)).toBe("sent");
    expect((await row(id)).attempts).toBe(2);
    expect(wecom.state.delivered).toHaveLength(1);
    expect(sms.requests).toHaveLength(0);
  });

  it("after a timeout the retry does not put a second card on the phone (WeCom's duplicate check)", async () => {
    // The card arrives, but the answer comes after the client's 2 s timeout.
    wecom.state.script.push({ delayMs: 3_500 });
    const { id } = await queued("community.xisheng");
    await expect(deliver(id)).rejects.toThrow(/unreachable/);
    expect(await deliver(id)).toBe("sent");
    expect(wecom.state.delivered).toHaveLength(1);
    expect(wecom.state.duplicatesDropped).toBeGreaterThanOrEqual(1);
    const r = await row(id);
    expect(r.status).toBe("sent");
    expect(r.attempts).toBe(2);
  });

  it("WeCom failing until the last attempt hands the notice to SMS on that attempt", async () => {
    wecom.state.script.push("http500", "http500", "http500");
    const { id } = await queued("community.xisheng");
    await expect(deliver(id)).rejects.toThrow();
    await expect(deliver(id)).rejects.toThrow();
    expect(await deliver(id)).toBe("sent");
    const r = await row(id);
    expect(r.channel).toBe("sms:generic");
    expect(r.attempts).toBe(3);
  });

  it("a notification delivered twice (duplicate job) sends one card", async () => {
    const { id } = await queued("community.xisheng");
    const outcomes = await Promise.all([deliver(id), deliver(id)]);
    expect(outcomes.filter((o) => o === "sent").length).toBeGreaterThanOrEqual(1);
    expect(await deliver(id)).toBe("skipped");
    expect(wecom.state.delivered).toHaveLength(1);
  });

  it("a ticket routed by the workers reaches the community's WeCom as a text card", async () => {
    workers = await startWorkers(t.ctx, [routeWorkerFactory, (c) => notifyWorkers(c)]);
    // Another community than the tickets above, so it is not merged into one of them.
    const ticket = await fileTicket(t, {
      summary: "路西小区东门路灯不亮",
      description: "路西小区东门的路灯一个星期都不亮了，晚上出门很黑。",
      location: { text: "路西小区东门", community: "community.luxi" },
    });
    t.ctx.relay.kick();
    const card = await eventually(
      () => wecom.state.delivered.find((c) => c.textcard.title === `新工单 ${ticket.ref}`),
      20_000,
      "the dispatch card",
    );
    expect(card.touser).toBe("LiNa|Ghost");
    expect(card.textcard.description).toContain("路西小区东门路灯不亮");
  });
});
