import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { messages, residentIdentities, tickets } from "../../src/db/schema/index.js";
import { createIntakeService, intakeWorkers } from "../../src/intake/intake.worker.js";
import { notifyWorkerFactory } from "../../src/notify/notify.worker.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import { slaWorkerFactory } from "../../src/sla/sla.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { textsToResident } from "../support/resident-outbox.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { safePush, textXml, wechatEnv } from "../channels/support/wechat-http.js";
import { waitFor } from "../support/wait-for.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/** A local SMS relay speaking the generic gateway protocol; records what units were sent. */
const sent: { to: string; text: string }[] = [];
const relay = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string; text: string };
    sent.push({ to: body.to, text: body.text });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ messageId: `sms-${sent.length}` }));
  });
});

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
  const { port } = relay.address() as AddressInfo;
  t = await createTestEnv({
    clock,
    env: wechatEnv({
      WECHAT_PASSIVE_REPLY_BUDGET_MS: "300",
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `http://127.0.0.1:${port}/send`,
      GENERIC_SMS_SECRET: "unit-sms-gateway-secret",
      INTAKE_EMERGENCY_PLACE_WAIT_SECONDS: "60",
    }),
    workers: [(ctx) => intakeWorkers(ctx), routeWorkerFactory, slaWorkerFactory, notifyWorkerFactory],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
  relay.close();
});

let msgSeq = 7_100_000_000_000_000_000n;
async function wechat(from: string, text: string): Promise<void> {
  msgSeq++;
  const res = await app.inject(safePush(textXml(String(msgSeq), text, from), clock.now()));
  expect(res.statusCode).toBe(200);
}

const toResident = (openid: string) => textsToResident(t.ctx, openid);

async function ticketOf(openid: string) {
  const [row] = await t.ctx.database.db
    .select({ ticket: tickets })
    .from(tickets)
    .innerJoin(messages, eq(messages.conversationId, tickets.conversationId))
    .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
    .where(eq(residentIdentities.address, openid))
    .limit(1);
  return row?.ticket ?? null;
}

describe("an emergency in a resident's own words, on WeChat, end to end", () => {
  it("楼道里有很大的煤气味: advice, one place question, filed as a gas emergency, the gas company notified", async () => {
    const openid = "oGasResident01";
    await wechat(openid, "楼道里有很大的煤气味");
    const first = await waitFor(async () => {
      const out = await toResident(openid);
      return out.length >= 2 ? out : null;
    });
    expect(first[0]).toMatch(/不要开关电灯电器.*明火.*开窗.*119/);
    expect(first[1]).toBe("请马上告诉我具体位置：哪个小区或哪条路，几号楼？");
    expect(await ticketOf(openid)).toBeNull();

    await wechat(openid, "西盛家园3号楼");
    const ticket = await waitFor(async () => {
      const tk = await ticketOf(openid);
      return tk?.status === "dispatched" ? tk : null;
    });
    expect(ticket).toMatchObject({
      urgency: "emergency",
      category: "gas_supply",
      communityId: "community.xisheng",
      unitId: "utility.gas",
    });
    expect(ticket.alarmedAt).toBeNull();
    const out = await waitFor(async () => {
      const o = await toResident(openid);
      return o.some((x) => x.startsWith("已转交燃气公司")) ? o : null;
    });
    // The resident hears "registered" first, and "notified" only once the notice to the unit is queued.
    const filedAt = out.findIndex((x) => x.startsWith(`已按紧急事项登记，编号${ticket.ref}`));
    const notifiedAt = out.findIndex((x) => x.startsWith("已转交燃气公司紧急处置"));
    expect(filedAt).toBeGreaterThan(1);
    expect(notifiedAt).toBeGreaterThan(filedAt);
    expect(out.some((x) => x.includes("通知相关单位"))).toBe(false);
    await waitFor(() => sent.find((s) => s.to === "13800000203"), 15_000, "the gas company's SMS");
    // No question about a phone number delays an emergency.
    expect(out.some((x) => x.includes("手机号"))).toBe(false);
  });

  it("files an unanswered emergency after the wait, alarms the duty contact, and flags it in the console", async () => {
    const openid = "oLiftResident01";
    await wechat(openid, "电梯卡住了，里面关着三个人");
    await waitFor(async () => ((await toResident(openid)).length >= 2 ? true : null));
    expect(await ticketOf(openid)).toBeNull();

    // Nobody answers. The durable sweep (a BullMQ job scheduler) files it once the injected clock passes the wait.
    clock.advance(61_000);
    const ticket = await waitFor(
      async () => {
        const tk = await ticketOf(openid);
        return tk?.alarmedAt ? tk : null;
      },
      30_000,
      "the emergency filed by the sweep and the duty alarm",
    );
    expect(ticket).toMatchObject({ urgency: "emergency", category: "property", triage: true, unitId: null });
    const alarm = await waitFor(
      () => sent.find((s) => s.to === "13800000001" && s.text.includes(ticket.ref)),
      15_000,
      "the duty unit's SMS",
    );
    expect(alarm.text).toContain(ticket.ref);
    expect(alarm.text).toContain("紧急");
    const out = await waitFor(async () => {
      const o = await toResident(openid);
      return o.some((x) => x.includes("值班人员紧急处置")) ? o : null;
    });
    expect(out.filter((x) => /119/.test(x))).toHaveLength(1);

    const disp = as(app, await login(app, "disp1"));
    const inbox = await disp({ method: "GET", url: "/api/v1/inbox" });
    expect(inbox.statusCode).toBe(200);
    const item = (
      inbox.json() as { items: { ref: string; urgency: string; light: string; alarmedAt: string | null }[] }
    ).items.find((i) => i.ref === ticket.ref);
    expect(item).toMatchObject({ urgency: "emergency", light: "red" });
    expect(item!.alarmedAt).not.toBeNull();
    const triage = await disp({ method: "GET", url: "/api/v1/triage" });
    expect((triage.json() as { items: { ref: string }[] }).items[0]!.ref).toBe(ticket.ref);
  });

  it("files a waiting emergency once when two sweeps race", async () => {
    const openid = "oMissingResident01";
    await wechat(openid, "我家孩子找不着了，半个钟头了");
    await waitFor(async () => ((await toResident(openid)).length >= 2 ? true : null));
    const sweeper = await createIntakeService(t.ctx);
    clock.advance(61_000);
    await Promise.all([sweeper.fileOverdueDrafts(), sweeper.fileOverdueDrafts()]);
    const ticket = await waitFor(() => ticketOf(openid), 15_000, "the filed ticket");
    // The sweep's reply names the number the ticket got.
    await waitFor(async () =>
      (await toResident(openid)).some((x) => x.startsWith(`已按紧急事项登记，编号${ticket.ref}`))
        ? true
        : null,
    );
    const n = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM tickets WHERE urgency = 'emergency' AND category IN ('public_order','social_assistance')`,
    );
    expect((n.rows[0] as { n: number }).n).toBe(1);
  });

  it("files a danger only the learned model recognises as an emergency, with the advice of its hazard", async () => {
    const openid = "oModelOnlyResident01";
    const text = "西盛家园3号楼楼梯口有个婆婆栽了个跟头，脑门磕破了，血糊了一脸";
    // The rules alone read nothing alarming here: the model is what makes it an emergency.
    expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", decidedBy: "model", hazard: "injury" });
    await wechat(openid, text);
    const ticket = await waitFor(async () => {
      const tk = await ticketOf(openid);
      return tk?.status === "dispatched" || tk?.triage ? tk : null;
    });
    expect(ticket).toMatchObject({ urgency: "emergency", communityId: "community.xisheng" });
    const out = await waitFor(async () => {
      const o = await toResident(openid);
      return o.some((x) => x.startsWith(`已按紧急事项登记，编号${ticket.ref}`)) ? o : null;
    });
    expect(out[0]).toMatch(/^请立即拨打120！/);
    expect(out.some((x) => x.includes("手机号"))).toBe(false);
  });
  it("a fraud under way: the advice to stop the transfer, filed as a public-order emergency", async () => {
    const openid = "oFraudResident01";
    await wechat(openid, "西盛家园5号楼，我妈正在跟一个自称公安的人打电话，要去银行转账，劝都劝不住");
    const ticket = await waitFor(async () => {
      const tk = await ticketOf(openid);
      return tk?.status === "dispatched" || tk?.triage ? tk : null;
    });
    expect(ticket).toMatchObject({
      urgency: "emergency",
      category: "public_order",
      communityId: "community.xisheng",
    });
    const out = await waitFor(async () => {
      const o = await toResident(openid);
      return o.some((x) => x.startsWith(`已按紧急事项登记，编号${ticket.ref}`)) ? o : null;
    });
    expect(out[0]).toMatch(/^请立即拨打110！先别转账/);
  });
});
