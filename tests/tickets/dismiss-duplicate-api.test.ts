import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { fileTicket, rows } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
let disp: ReturnType<typeof as>;
let unit: ReturnType<typeof as>;
let boss: ReturnType<typeof as>;

beforeAll(async () => {
  // Each pair is filed 80 hours after the previous one (outside the duplicate window): keep sessions alive.
  t = await createTestEnv({ clock, env: { SESSION_IDLE_MINUTES: "100000", SESSION_MAX_HOURS: "10000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "haixi1", "unit", "community.haixi");
  await createStaff(t, "boss1", "leader");
  disp = as(app, await login(app, "disp1"));
  unit = as(app, await login(app, "haixi1"));
  boss = as(app, await login(app, "boss1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let n = 0;
/** Two similar (not identical) noise reports: routing records a `suggested` link from b to a. */
async function suggestedPair() {
  n++;
  clock.advance(80 * 60 * 60_000);
  const place = { community: "community.haixi", text: "海西社区广场" };
  const a = await fileTicket(
    t,
    {
      category: "noise",
      summary: "海西社区广场舞噪音扰民",
      description: "海西社区广场每天晚上跳广场舞，音响声音太大，吵得睡不着。",
      location: place,
    },
    `1390000${String(n).padStart(2, "0")}01`,
  );
  await routeTicket(t.ctx, { ticketId: a.id });
  clock.advance(60 * 60_000);
  const b = await fileTicket(
    t,
    {
      category: "noise",
      summary: "广场舞音响太吵",
      description: "晚上海西社区广场跳舞的音响很吵，孩子没法写作业。",
      location: place,
    },
    `1390000${String(n).padStart(2, "0")}02`,
  );
  await routeTicket(t.ctx, { ticketId: b.id });
  const [link] = await rows<{ id: string; status: string }>(
    t,
    `SELECT id, status FROM ticket_links WHERE ticket_id='${b.id}' AND other_ticket_id='${a.id}'`,
  );
  expect(link?.status).toBe("suggested");
  return { a, b, linkId: Number(link!.id) };
}

describe("staff API: dismissing a duplicate suggestion", () => {
  it("lets a dispatcher dismiss a suggestion, logs the reason and actor, and stops listing it", async () => {
    const { a, b, linkId } = await suggestedPair();
    const before = await disp({ method: "GET", url: `/api/v1/tickets/${b.ref}/duplicates` });
    expect(before.json().items).toEqual([
      expect.objectContaining({ linkId, ticketId: a.id, link: "suggested" }),
    ]);

    const res = await disp({
      method: "POST",
      url: `/api/v1/tickets/${b.ref}/duplicates/${linkId}/dismiss`,
      payload: { reason: "不是同一处广场" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ linkId, status: "dismissed", changed: true });

    const [link] = await rows<{ status: string }>(t, `SELECT status FROM ticket_links WHERE id=${linkId}`);
    expect(link!.status).toBe("dismissed");
    const events = await rows<{
      actor_type: string;
      reason: string;
      data: { linkId: number; otherRef: string };
    }>(
      t,
      `SELECT actor_type, reason, data FROM ticket_events WHERE action='dismiss_duplicate' AND ticket_id='${b.id}'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_type: "staff",
      reason: "不是同一处广场",
      data: { linkId, otherRef: a.ref },
    });
    const [actor] = await rows<{ actor_id: string; id: string }>(
      t,
      `SELECT e.actor_id, s.id FROM ticket_events e JOIN staff_users s ON s.username='disp1' WHERE e.action='dismiss_duplicate' AND e.ticket_id='${b.id}'`,
    );
    expect(actor!.actor_id).toBe(actor!.id);

    for (const ref of [a.ref, b.ref]) {
      const after = await disp({ method: "GET", url: `/api/v1/tickets/${ref}/duplicates` });
      expect(after.json().items).toEqual([]);
    }
  });

  it("treats a second dismiss as harmless and writes no second event", async () => {
    const { a, b, linkId } = await suggestedPair();
    const url = `/api/v1/tickets/${a.ref}/duplicates/${linkId}/dismiss`;
    expect((await disp({ method: "POST", url, payload: { reason: "不同问题" } })).statusCode).toBe(200);
    const again = await disp({ method: "POST", url, payload: { reason: "不同问题" } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ linkId, status: "dismissed", changed: false });
    const events = await rows(
      t,
      `SELECT id FROM ticket_events WHERE action='dismiss_duplicate' AND ticket_id IN ('${a.id}','${b.id}')`,
    );
    expect(events).toHaveLength(1);
  });

  it("refuses unit and leader staff with 403 and leaves the suggestion in place", async () => {
    const { b, linkId } = await suggestedPair();
    const url = `/api/v1/tickets/${b.ref}/duplicates/${linkId}/dismiss`;
    for (const who of [unit, boss]) {
      const res = await who({ method: "POST", url, payload: { reason: "不同问题" } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("AUTH.FORBIDDEN");
    }
    const [link] = await rows<{ status: string }>(t, `SELECT status FROM ticket_links WHERE id=${linkId}`);
    expect(link!.status).toBe("suggested");
  });

  it("answers 404 for an unknown link or another ticket's link, and 400 without a reason", async () => {
    const first = await suggestedPair();
    const second = await suggestedPair();
    const unknown = await disp({
      method: "POST",
      url: `/api/v1/tickets/${first.b.ref}/duplicates/99999999/dismiss`,
      payload: { reason: "不同问题" },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("LINK.NOT_FOUND");
    // second's link (between second.b and second.a) exists but is not first.b's.
    const other = await disp({
      method: "POST",
      url: `/api/v1/tickets/${first.b.ref}/duplicates/${second.linkId}/dismiss`,
      payload: { reason: "不同问题" },
    });
    expect(other.statusCode).toBe(404);
    const noReason = await disp({
      method: "POST",
      url: `/api/v1/tickets/${first.b.ref}/duplicates/${first.linkId}/dismiss`,
      payload: { reason: "  " },
    });
    expect(noReason.statusCode).toBe(400);
    const statuses = await rows<{ status: string }>(
      t,
      `SELECT status FROM ticket_links WHERE id IN (${first.linkId}, ${second.linkId})`,
    );
    expect(statuses.map((s) => s.status)).toEqual(["suggested", "suggested"]);
  });
});
