import type { StageWorker } from "../../src/runtime/context.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../src/channels-runtime/channel.workers.js";
import { buildApp, type App } from "../../src/http/app.js";
import { inboundWorkers } from "../../src/inbound/inbound.worker.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { surveyWorkers } from "../../src/survey/survey.worker.js";
import { startFakeServer } from "../channels/support/http-fake.js";
import { smsEnv, twilioSms } from "../channels/support/sms-http.js";
import { waitFor } from "../channels/support/wait-for.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { HOUR, eventsOf, fileTicket, resolveRound, surveysOf, ticketById } from "./support.js";

/**
 * The whole loop over real PostgreSQL, Redis and BullMQ workers (survey, outbound delivery, intake),
 * with a local fake of Twilio's Messages API receiving the outbound SMS and the resident's answers
 * arriving through the signed Twilio webhook — the real channel and intake code end to end.
 */
// A fixed business date, unrelated to the wall clock: due work is found by the sweep on this clock.
const clock = testClock("2026-11-23T02:00:00Z");
const PHONE = "+8613900005001";
let t: TestEnv;
let app: App;
let workers: StageWorker[] = [];
let twilio: Awaited<ReturnType<typeof startFakeServer>>;
let sid = 0;

/** What the fake Twilio received for our resident, in order. */
const smsTo = (to: string) =>
  twilio.requests
    .map((r) => new URLSearchParams(r.body.toString()))
    .filter((f) => f.get("To") === to)
    .map((f) => f.get("Body") ?? "");

beforeAll(async () => {
  twilio = await startFakeServer((req) => {
    const form = new URLSearchParams(req.body.toString());
    return {
      status: 201,
      body: { sid: `SM${String(++sid).padStart(6, "0")}`, to: form.get("To"), status: "queued" },
    };
  });
  t = await createTestEnv({
    clock,
    env: smsEnv({
      SMS_PROVIDER: "twilio",
      TWILIO_ACCOUNT_SID: "AC123",
      TWILIO_FROM: "+8610690000",
      TWILIO_API_BASE: twilio.url,
      SURVEY_SPOT_CHECK_SEED: "e2e",
    }),
  });
  app = await buildApp(t.ctx, { docs: false });
  workers = await startWorkers(t.ctx, [
    (ctx) => channelWorkers(ctx),
    (ctx) => inboundWorkers(ctx),
    surveyWorkers,
  ]);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await app.close();
  await t.close();
  await twilio.close();
});

/** The periodic sweep, run now (it also runs every 5 minutes in production). */
async function sweep() {
  const job = await t.ctx.queues.survey.add("sweep", { sweep: true });
  await waitFor(async () => (await job.isCompleted()) || null, 10_000, "the survey sweep");
}

/** The resident answers by SMS: Twilio calls our webhook, the intake worker hands the text to the survey. */
async function residentSays(text: string) {
  const res = await app.inject(
    twilioSms({ MessageSid: `SMin${++sid}`, From: PHONE, To: "+8610690000", Body: text }),
  );
  expect(res.statusCode).toBe(200);
  await t.ctx.relay.drain();
}

describe("callback survey, end to end", () => {
  it("resolve → survey SMS → “不满意，还是漏水” → reopened one tier up → resolved → “满意” → closed", async () => {
    const { ticket } = await fileTicket(t, [{ channel: "sms", address: PHONE, phone: PHONE }]);
    await resolveRound(t, ticket.id);

    // Two hours later the question goes out, exactly once, as a real SMS through Twilio.
    clock.advance(2 * HOUR);
    await t.ctx.relay.drain();
    await sweep();
    await waitFor(() => smsTo(PHONE).some((b) => b.includes("满意请回复1")), 10_000, "the survey SMS");
    expect(smsTo(PHONE).filter((b) => b.includes("满意请回复1"))).toHaveLength(1);

    await residentSays("不满意，还是漏水");
    await waitFor(async () => (await ticketById(t, ticket.id)).status === "reopened", 15_000, "the reopen");
    const reopened = await ticketById(t, ticket.id);
    expect(reopened).toMatchObject({ round: 2, tier: "major" });
    await waitFor(() => smsTo(PHONE).some((b) => b.includes("二次办理")), 10_000, "the reopen notice SMS");
    const reopen = (await eventsOf(t, ticket.id)).find((e) => e.action === "reopen")!;
    expect(reopen.data).toMatchObject({ explanation: { residentComment: "还是漏水" } });

    // Round 2: the street handles it and resolves; the second survey goes out.
    clock.advance(HOUR);
    await resolveRound(t, ticket.id, "street.qimashan");
    clock.advance(2 * HOUR);
    await t.ctx.relay.drain();
    await sweep();
    await waitFor(
      () => smsTo(PHONE).filter((b) => b.includes("满意请回复1")).length === 2,
      10_000,
      "survey 2",
    );

    await residentSays("满意");
    await waitFor(async () => (await ticketById(t, ticket.id)).status === "closed", 15_000, "the close");
    await waitFor(() => smsTo(PHONE).some((b) => b.includes("感谢您的评价")), 10_000, "the thanks SMS");
    const rows = await surveysOf(t, ticket.id);
    expect(rows.map((s) => [s.round, s.satisfaction, s.unitId])).toEqual([
      [1, "dissatisfied", "community.xisheng"],
      [2, "satisfied", "street.qimashan"],
    ]);
    // Every survey message was delivered once: two questions, no duplicates.
    expect(smsTo(PHONE).filter((b) => b.includes("满意请回复1"))).toHaveLength(2);
  });
});

describe("wiring with the dispatch service", () => {
  it("the unit's resolve action (staff API service) schedules one survey per reporter in its transaction", async () => {
    const { performTicketAction } = await import("../../src/tickets/ticket-actions.js");
    const { applyTicketAction } = await import("../../src/tickets/ticket-store.js");
    const { tickets } = await import("../../src/db/schema/index.js");
    const { eq } = await import("drizzle-orm");
    const { ticket } = await fileTicket(t, [
      { channel: "sms", address: "+8613900005002" },
      { channel: "sms", address: "+8613900005003" },
    ]);
    // Dispatched by the router and signed for by the community (as the route worker and the unit would).
    await t.ctx.database.db.transaction(async (tx) => {
      const opts = { now: t.ctx.now(), reopenRaisesTier: true };
      const [row] = await tx.select().from(tickets).where(eq(tickets.id, ticket.id));
      const d = await applyTicketAction(
        tx,
        row!,
        { type: "dispatch", unitId: "community.luxi" },
        { role: "system", id: "router" },
        opts,
      );
      await applyTicketAction(
        tx,
        d,
        { type: "accept" },
        { role: "unit", id: "u1", unitId: "community.luxi" },
        opts,
      );
    });
    const staff = {
      id: "00000000-0000-4000-8000-000000000001",
      role: "unit" as const,
      unitId: "community.luxi",
    };
    await performTicketAction(t.ctx, staff, ticket.id, "resolve", { reply: "已清理并加装防护栏。" });
    const rows = await surveysOf(t, ticket.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((s) => s.status === "scheduled" && s.unitId === "community.luxi")).toBe(true);
  });
});
