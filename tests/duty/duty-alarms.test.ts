import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { DutyRoster } from "../../src/domain/duty-roster.schema.js";
import { notifyWorkerFactory } from "../../src/notify/notify.worker.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import { sweepLights } from "../../src/sla/evaluate.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, reload, rows } from "../routing/helpers.js";
import { pino } from "pino";
import { inject } from "vitest";
import { createContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { raiseDutyAlarm } from "../../src/duty/raise-duty-alarm.js";
import { startFakeWecom } from "../notify/support/fake-wecom.js";
import { staffToken } from "../survey/support.js";
import { loseRedisData } from "../support/redis-loss.js";

/** A local SMS gateway speaking the generic provider's protocol; records every SMS. */
const sent: { to: string; text: string }[] = [];
const gateway = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string; text: string };
    sent.push({ to: body.to, text: body.text });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ messageId: `sms-${sent.length}` }));
  });
});
const smsTo = (phone: string, ref: string) => sent.filter((s) => s.to === phone && s.text.includes(ref));

const DAY_OFFICER = "13900009001";
const NIGHT_OFFICER = "13900009002";
const DUTY_UNIT_PHONE = "13800000001"; // the demo centre (policy.dutyUnit)
const roster = DutyRoster.parse({
  officers: [
    { id: "wang", name: "王丽", phone: DAY_OFFICER },
    { id: "li", name: "李强", phone: NIGHT_OFFICER, wecomUserId: "liqiang" },
  ],
  shifts: [
    { officer: "wang", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "20:00" },
    { officer: "li", days: ["mon", "tue", "wed", "thu"], from: "20:00", to: "08:00" },
  ],
});

// Monday 2026-11-23, 21:00 in the centre's time zone (+08:00): the night officer's shift.
const clock = testClock("2026-11-23T13:00:00Z");
const HOUR = 3_600_000;
let t: TestEnv;
let app: App;
let smsEnv: Record<string, string>;

beforeAll(async () => {
  await new Promise<void>((r) => gateway.listen(0, "127.0.0.1", r));
  const { port } = gateway.address() as AddressInfo;
  smsEnv = {
    SMS_PROVIDER: "generic",
    GENERIC_SMS_SEND_URL: `http://127.0.0.1:${port}/send`,
    GENERIC_SMS_SECRET: "duty-sms-gateway-secret",
  };
  t = await createTestEnv({ clock, env: smsEnv });
  t.ctx.config.duty = roster;
  t.workers.push(...(await startWorkers(t.ctx, [routeWorkerFactory, notifyWorkerFactory])));
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  gateway.close();
});

const emergency = {
  category: "other",
  urgency: "emergency" as const,
  summary: "河边有人落水",
  description: "河边有人落水了，快来人",
  location: { community: null, text: "滨河路桥下" },
};

interface BannerItem {
  id: number;
  ref: string;
  reason: string;
  officerName: string | null;
  summary: string;
  raisedAt: string;
}

/** What `tickets.alarmed_at` caches: the latest alarm about an emergency no unit holds. */
async function latestEmergencyAlarm(ticketId: string): Promise<Date | null> {
  const [row] = await rows<{ at: string | null }>(
    t,
    `SELECT max(raised_at) AS at FROM duty_alarms WHERE ticket_id = '${ticketId}' AND reason IN ('unroutable_emergency', 'emergency_returned')`,
  );
  return row?.at ? new Date(row.at) : null;
}

describe("duty alarms", () => {
  it("alarms the officer on duty at that hour about an unroutable emergency, lists it for the centre until one acknowledges it", async () => {
    const disp = await staffToken(t, "duty-disp1", "dispatcher");
    const disp2 = await staffToken(t, "duty-disp2", "dispatcher");
    const ticket = await fileTicket(t, emergency, "13900000901");

    const alarm = await eventually(
      () => smsTo(NIGHT_OFFICER, ticket.ref)[0],
      20_000,
      "the night officer's SMS",
    );
    expect(alarm.text).toContain("特急");
    expect(smsTo(DAY_OFFICER, ticket.ref)).toEqual([]);
    expect(smsTo(DUTY_UNIT_PHONE, ticket.ref)).toEqual([]);
    expect((await reload(t, ticket.id)).alarmedAt).toEqual(await latestEmergencyAlarm(ticket.id));

    // The resident is told what is true: no unit yet, the duty staff have it.
    const told = await rows<{ text: string }>(
      t,
      `SELECT m.text FROM messages m JOIN ticket_reporters r ON r.resident_id = m.resident_id
       WHERE r.ticket_id = '${ticket.id}' AND m.direction = 'out'`,
    );
    expect(told.map((m) => m.text).join("\n")).toContain("暂未能自动派给承办单位，已转指挥中心值班人员");

    const banner = await app.inject({ method: "GET", url: "/api/v1/duty/alarms", headers: disp.headers });
    expect(banner.statusCode).toBe(200);
    const body = banner.json() as { items: BannerItem[]; onDuty: { name: string } | null };
    expect(body.onDuty).toEqual({ name: "李强", via: "shift" });
    const item = body.items.find((i) => i.ref === ticket.ref)!;
    expect(item).toMatchObject({
      reason: "unroutable_emergency",
      officerName: "李强",
      summary: "河边有人落水",
    });

    const ack = await app.inject({
      method: "POST",
      url: `/api/v1/duty/alarms/${item.id}/ack`,
      headers: disp.headers,
      payload: {},
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ id: item.id, changed: true });

    // Gone for everyone; a second 确认 changes nothing and records nothing.
    const after = await app.inject({ method: "GET", url: "/api/v1/duty/alarms", headers: disp2.headers });
    expect((after.json() as { items: BannerItem[] }).items.map((i) => i.ref)).not.toContain(ticket.ref);
    const again = await app.inject({
      method: "POST",
      url: `/api/v1/duty/alarms/${item.id}/ack`,
      headers: disp2.headers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ changed: false });

    const events = await rows<{ action: string; actor_id: string; at: Date }>(
      t,
      `SELECT action, actor_id, at FROM ticket_events WHERE ticket_id = '${ticket.id}' AND action LIKE 'duty_alarm%' ORDER BY id`,
    );
    expect(events.map((e) => e.action)).toEqual(["duty_alarm", "duty_alarm_ack"]);
    expect(events[1]!.actor_id).toBe(disp.id);
    expect(new Date(events[1]!.at).toISOString()).toBe(clock.now().toISOString());
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'api.post /api/v1/duty/alarms/%'`,
      ),
    ).toBe(2);
    // The audit line names the alarm it acknowledged.
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM audit_log
          WHERE action LIKE 'api.post /api/v1/duty/alarms/%' AND target_type = 'alarms' AND target_id = '${item.id}'`,
      ),
    ).toBe(2);
  });

  it("refuses the banner and 确认 to unit staff and leaders, and bad alarm ids with a 4xx", async () => {
    const unit = await staffToken(t, "duty-unit", "unit", "community.xisheng");
    const leader = await staffToken(t, "duty-leader", "leader");
    const disp = await staffToken(t, "duty-disp3", "dispatcher");
    for (const who of [unit, leader]) {
      expect(
        (await app.inject({ method: "GET", url: "/api/v1/duty/alarms", headers: who.headers })).statusCode,
      ).toBe(403);
      expect(
        (await app.inject({ method: "POST", url: "/api/v1/duty/alarms/1/ack", headers: who.headers }))
          .statusCode,
      ).toBe(403);
    }
    expect((await app.inject({ method: "GET", url: "/api/v1/duty/alarms" })).statusCode).toBe(401);
    const missing = await app.inject({
      method: "POST",
      url: "/api/v1/duty/alarms/999999/ack",
      headers: disp.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: "DUTY.ALARM_NOT_FOUND" } });
    const bad = await app.inject({
      method: "POST",
      url: "/api/v1/duty/alarms/abc/ack",
      headers: disp.headers,
    });
    expect(bad.statusCode).toBe(400);
    const extra = await app.inject({
      method: "POST",
      url: "/api/v1/duty/alarms/1/ack",
      headers: disp.headers,
      payload: { acknowledgedBy: "someone else" },
    });
    expect(extra.statusCode).toBe(400);
  });

  it("alarms the officer on duty when a unit sends an emergency back, once", async () => {
    clock.set("2026-11-24T01:00:00Z"); // Tuesday 09:00 local: the day officer
    const gas = await fileTicket(
      t,
      {
        category: "gas_supply",
        urgency: "emergency",
        summary: "西盛家园2号楼燃气泄漏",
        description: "楼道里燃气味很大",
      },
      "13900000906",
    );
    await eventually(async () => (await reload(t, gas.id)).status === "dispatched", 20_000, "dispatch");
    const unitId = (await reload(t, gas.id)).unitId!;
    const unit = await staffToken(t, "duty-gas1", "unit", unitId);
    const back = await app.inject({
      method: "POST",
      url: `/api/v1/tickets/${gas.ref}/actions/transfer_back`,
      headers: unit.headers,
      payload: { reason: "不属于本单位辖区" },
    });
    expect(back.statusCode).toBe(200);
    await t.ctx.relay.drain();
    const sms = await eventually(() => smsTo(DAY_OFFICER, gas.ref)[0], 20_000, "the day officer's SMS");
    expect(sms.text).toContain("承办单位已退回");
    const alarms = await rows<{ reason: string; officer_id: string }>(
      t,
      `SELECT reason, officer_id FROM duty_alarms WHERE ticket_id = '${gas.id}'`,
    );
    expect(alarms).toEqual([{ reason: "emergency_returned", officer_id: "wang" }]);
    expect((await reload(t, gas.id)).alarmedAt).toEqual(await latestEmergencyAlarm(gas.id));
  });

  it("alarms the duty unit's phone when nobody is on the roster at that hour", async () => {
    // Friday 2026-11-27 22:00 local: the weekday night shift ends on Thursday.
    clock.set("2026-11-27T14:00:00Z");
    const ticket = await fileTicket(t, { ...emergency, summary: "桥下有人落水" }, "13900000902");
    const alarm = await eventually(
      () => smsTo(DUTY_UNIT_PHONE, ticket.ref)[0],
      20_000,
      "the duty unit's SMS",
    );
    expect(alarm.text).toContain("值班人员");
    expect(smsTo(NIGHT_OFFICER, ticket.ref)).toEqual([]);
    const [row] = await rows<{ officer_id: string | null }>(
      t,
      `SELECT officer_id FROM duty_alarms WHERE ticket_id = '${ticket.id}'`,
    );
    expect(row!.officer_id).toBeNull();
  });

  it("alarms once for the red light of an urgent ticket, however many sweeps and a Redis flush between", async () => {
    clock.set("2026-11-23T01:00:00Z"); // Monday 09:00 local, the day officer's shift
    const urgent = await fileTicket(
      t,
      { urgency: "urgent", summary: "西盛家园3号楼电梯困人", description: "电梯困人，物业不来" },
      "13900000903",
    );
    const normal = await fileTicket(
      t,
      { summary: "西盛家园路灯不亮", description: "路灯不亮" },
      "13900000904",
    );
    await eventually(async () => (await reload(t, urgent.id)).status === "dispatched", 20_000, "dispatch");
    await eventually(async () => (await reload(t, normal.id)).status === "dispatched", 20_000, "dispatch");

    // 49 hours later (Wednesday 10:00 local): neither was accepted, both are red.
    clock.advance(49 * HOUR);
    await sweepLights(t.ctx);
    await t.ctx.relay.drain();
    const sms = await eventually(
      () => smsTo(DAY_OFFICER, urgent.ref)[0],
      20_000,
      "the day officer's red-light SMS",
    );
    expect(sms.text).toContain("红灯");
    expect(sms.text).toContain("紧急");
    await sweepLights(t.ctx);

    // Redis loses everything; the sweep rebuilds the lights from PostgreSQL and must not alarm again.
    await loseRedisData(t);
    clock.advance(HOUR);
    await sweepLights(t.ctx);
    await t.ctx.relay.drain();

    const alarms = await rows<{ ticket_id: string; reason: string }>(
      t,
      `SELECT ticket_id, reason FROM duty_alarms WHERE ticket_id IN ('${urgent.id}', '${normal.id}')`,
    );
    expect(alarms).toEqual([{ ticket_id: urgent.id, reason: "red_light" }]);
    // A red light is about a unit that holds the ticket: no "已通知值班" mark.
    expect((await reload(t, urgent.id)).alarmedAt).toBeNull();
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM notifications WHERE ticket_id = '${urgent.id}' AND recipient_type = 'duty'`,
      ),
    ).toBe(1);
    // Every notification settled (none left queued) and the officer got exactly one SMS.
    await eventually(
      async () =>
        (await countOf(t, `SELECT count(*)::int AS n FROM notifications WHERE status = 'queued'`)) === 0,
      20_000,
      "all notifications delivered",
    );
    expect(smsTo(DAY_OFFICER, urgent.ref)).toHaveLength(1);
    expect(sent.filter((s) => s.text.includes(normal.ref) && s.to === DAY_OFFICER)).toEqual([]);
  });
});

describe("tickets.alarmed_at follows the duty_alarms record", () => {
  it("is set in the alarm's own transaction: a raise rolled back leaves neither the row nor the mark", async () => {
    // An ordinary ticket: routing it alarms nobody, so the mark is this test's own.
    const ticket = await fileTicket(
      t,
      { summary: "鹿溪社区菜市场门口噪音", description: "噪音扰民" },
      "13900000907",
    );
    const row = await reload(t, ticket.id);
    const raise = (tx: Parameters<typeof raiseDutyAlarm>[0]) =>
      raiseDutyAlarm(tx, t.ctx, {
        ticket: row,
        reason: "emergency_returned",
        purpose: "alarm",
        text: "测试警报",
        params: {},
        actorId: "test",
      });
    await expect(
      t.ctx.database.db.transaction(async (tx) => {
        expect(await raise(tx)).not.toBeNull();
        throw new Error("the worker died before commit");
      }),
    ).rejects.toThrow("the worker died before commit");
    expect((await reload(t, ticket.id)).alarmedAt).toBeNull();
    expect(await latestEmergencyAlarm(ticket.id)).toBeNull();

    await t.ctx.database.db.transaction((tx) => raise(tx));
    const marked = (await reload(t, ticket.id)).alarmedAt;
    expect(marked).not.toBeNull();
    expect(marked).toEqual(await latestEmergencyAlarm(ticket.id));
    // Raised again (a retried job): nothing new, the mark stays.
    expect(await t.ctx.database.db.transaction((tx) => raise(tx))).toBeNull();
    expect((await reload(t, ticket.id)).alarmedAt).toEqual(marked);
  });
});

describe("a duty alarm survives a restart with Redis emptied", () => {
  it("delivers the alarm raised before the crash exactly once after the restart", async () => {
    const c = testClock("2026-11-24T13:00:00Z"); // Tuesday 21:00 local: the night officer
    const before = await createTestEnv({ clock: c, env: smsEnv });
    before.ctx.config.duty = roster;
    // Only routing runs: the process dies before any SMS leaves.
    const routeOnly = await startWorkers(before.ctx, [routeWorkerFactory]);
    await before.ctx.relay.start();
    const ticket = await fileTicket(before, { ...emergency, summary: "桥洞里有人被困" }, "13900000905");
    await eventually(
      async () =>
        (await countOf(
          before,
          `SELECT count(*)::int AS n FROM duty_alarms WHERE ticket_id = '${ticket.id}'`,
        )) === 1,
      20_000,
      "the alarm row",
    );
    await before.ctx.relay.drain();
    await Promise.all(routeOnly.map((w) => w.close()));
    await before.ctx.close();

    // Redis comes back empty.
    const redisCtx = await createTestEnv({ clock: c });
    const keys = await redisCtx.ctx.redis.keys(`${before.prefix}:*`);
    if (keys.length) await redisCtx.ctx.redis.del(...keys);
    await redisCtx.close();

    const env = parseEnv({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      QUEUE_PREFIX: before.prefix,
      OUTBOX_POLL_MS: "200",
      ...smsEnv,
    });
    const after = await createContext(
      env,
      { databaseUrl: before.databaseUrl, redisUrl: inject("redisUrl") },
      pino({ level: "silent" }),
      {
        now: c.now,
      },
    );
    after.config.duty = roster;
    const workers = await startWorkers(after, [notifyWorkerFactory]);
    try {
      await after.relay.start();
      await sweepStuckWork(after);
      await sweepStuckWork(after); // a second sweep finds the job in Redis and adds nothing
      await after.relay.drain();
      await eventually(
        () => smsTo(NIGHT_OFFICER, ticket.ref)[0],
        20_000,
        "the night officer's SMS after the restart",
      );
      const settled = { ...before, ctx: after };
      await eventually(
        async () =>
          (await countOf(settled, `SELECT count(*)::int AS n FROM notifications WHERE status = 'queued'`)) ===
          0,
        20_000,
        "the notification settled",
      );
      expect(smsTo(NIGHT_OFFICER, ticket.ref)).toHaveLength(1);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await after.close();
    }
  });
});

describe("duty alarms on WeCom", () => {
  it("sends the officer a WeCom card as well as the SMS when the app is configured", async () => {
    const wecom = await startFakeWecom({
      corpId: "wwduty",
      secret: "duty-secret",
      agentId: 1000007,
      members: ["LiQiang"],
    });
    const c = testClock("2026-11-24T13:00:00Z"); // Tuesday 21:00 local: the night officer
    const w = await createTestEnv({
      clock: c,
      env: {
        ...smsEnv,
        WECOM_CORP_ID: "wwduty",
        WECOM_AGENT_ID: "1000007",
        WECOM_AGENT_SECRET: "duty-secret",
        WECOM_API_BASE: wecom.url,
        WECOM_OAUTH_BASE: wecom.url,
        WECOM_TIMEOUT_MS: "2000",
        PUBLIC_BASE_URL: "https://zhitong.example.gov.cn",
      },
    });
    w.ctx.config.duty = roster; // 李强 has the WeCom userid "liqiang" (WeCom compares case-insensitively)
    w.workers.push(...(await startWorkers(w.ctx, [routeWorkerFactory, notifyWorkerFactory])));
    try {
      await w.ctx.relay.start();
      const ticket = await fileTicket(w, { ...emergency, summary: "河堤有人被困" }, "13900000907");
      const card = await eventually(
        () => wecom.state.delivered.find((d) => d.textcard.title.includes(ticket.ref)),
        20_000,
        "the WeCom card",
      );
      expect(card.touser).toBe("liqiang");
      expect(card.textcard.description).toContain("河堤有人被困");
      expect(card.textcard.url).toMatch(/^https:\/\/zhitong\.example\.gov\.cn\/m\/login\?to=/);
      await eventually(() => smsTo(NIGHT_OFFICER, ticket.ref)[0], 20_000, "the SMS beside it");
      const sent = await eventually(
        async () => {
          const r = await rows<{ via: string; status: string }>(
            w,
            `SELECT via, status FROM notifications WHERE ticket_id = '${ticket.id}' AND recipient_type = 'duty' ORDER BY via`,
          );
          return r.every((x) => x.status === "sent") ? r : null;
        },
        20_000,
        "both notifications sent",
      );
      expect(sent).toEqual([
        { via: "sms", status: "sent" },
        { via: "wecom", status: "sent" },
      ]);
    } finally {
      await w.close();
      await wecom.close();
    }
  });
});
