import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import type { TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { ensureDayCounts, rebuildDayCounts } from "../../src/reports/day-counts.js";
import { foldLightMarks, LIGHT_FOLD_MARGIN_MS } from "../../src/reports/light-marks.js";
import { lightsFromMarks, openLights, openLightsOfTickets } from "../../src/reports/open-lights.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { applyTicketAction } from "../../src/tickets/ticket-store.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "../routing/helpers.js";

// The open lights read from the tickets' light marks (drizzle/0065_open_light_marks.sql) must be
// exactly what counting the open tickets gives (openLightsOfTickets, the dashboard's query before
// the marks), at every now: just before and at every stored light instant, in every scope, after
// each kind of change a ticket goes through.

const TZ = "Asia/Shanghai";
const START = "2026-11-23T02:00:00Z"; // Monday 10:00 in Shanghai
const clock = testClock(START);
const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };
const unit = (unitId: string): StaffPrincipal => ({ id: `u-${unitId}`, role: "unit", unitId });
const SCOPES: (string[] | null)[] = [
  null,
  ["street.qimashan", "community.luxi", "community.xisheng", "community.shuikujie"],
  ["community.xisheng"],
  ["community.wenmiao"],
  [],
];
const scopeSql = (visible: string[] | null) =>
  visible === null
    ? []
    : visible.length
      ? [
          sql`tickets.unit_id IN (${sql.join(
            visible.map((u) => sql`${u}`),
            sql`, `,
          )})`,
        ]
      : [sql`false`];

/** Every stored light instant of an open ticket, a millisecond before and at it, and the clock's now. */
async function nows(): Promise<number[]> {
  const instants = await rows<{ ms: string }>(
    t,
    `SELECT DISTINCT (extract(epoch FROM x) * 1000)::bigint::text AS ms FROM tickets,
       unnest(ARRAY[light_yellow_at, light_red_at, light_overdue_at]) AS x
     WHERE x IS NOT NULL AND status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review')`,
  );
  const all = instants.flatMap(({ ms }) => [Number(ms) - 1, Number(ms)]).concat([clock.now().getTime()]);
  return [...new Set(all)].sort((a, b) => a - b);
}

/** Which counts were ever above zero in a comparison: the history must reach every kind. */
const seen = new Set<string>();

/**
 * The marks' answer equals the tickets' at every now from `from` on (earlier nows are before the
 * fold's horizon: the marks must decline, and openLights() then counts the tickets), in every scope.
 */
async function expectExact(from = -Infinity): Promise<void> {
  const saved = clock.now();
  try {
    for (const ms of await nows()) {
      clock.set(new Date(ms));
      for (const visible of SCOPES) {
        const want = await openLightsOfTickets(t.ctx, scopeSql(visible));
        for (const [k, v] of Object.entries(want)) if (v > 0) seen.add(k);
        const got = await lightsFromMarks(t.ctx, visible);
        const label = { at: new Date(ms).toISOString(), visible };
        if (ms >= from || visible?.length === 0) expect({ ...label, got }).toEqual({ ...label, got: want });
        else expect({ ...label, got }).toEqual({ ...label, got: null });
        expect({ ...label, got: await openLights(t.ctx, visible) }).toEqual({ ...label, got: want });
      }
    }
  } finally {
    clock.set(saved);
  }
}

const filed: TicketRow[] = [];
let building = 10;
const file = async (community: string, phone: string, urgency: "normal" | "emergency" = "normal") => {
  // A building of its own each: the route worker's duplicate search merges none of them.
  const text = `西盛家园${building++}号楼电梯坏了，老人上下楼很困难`;
  const ticket = await fileTicket(
    t,
    { urgency, category: "property", summary: text, description: text, location: { community, text } },
    phone,
  );
  filed.push(ticket);
  return ticket;
};
const route = (ticket: TicketRow) => routeTicket(t.ctx, { ticketId: ticket.id });

/** A bare copy of a ticket under a new id and reference (no events), which can also be deleted. */
const copySql = (id: string, suffix: string) =>
  `INSERT INTO tickets SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(t) || jsonb_build_object(
      'id', gen_random_uuid(), 'ref', t.ref || '${suffix}'))).*
    FROM tickets t WHERE id = '${id}' RETURNING id`;

describe("the open lights' marks", () => {
  it("answer nothing without tickets, and every now afterwards as the tickets do", async () => {
    expect(await lightsFromMarks(t.ctx, null)).toEqual({ open: 0, overdue: 0, red: 0, yellow: 0 });
    // A history: dispatched, accepted, first contact made, waiting after a transfer, unheld
    // emergencies, a ticket left without a unit.
    for (const [i, community] of ["community.xisheng", "community.wenmiao", "community.luxi"].entries())
      for (let k = 0; k < 4; k++) {
        clock.set(at((i * 4 + k) * 0.25 * HOUR));
        await route(await file(community, `1397${i}${k}000001`, k === 3 ? "emergency" : "normal"));
      }
    clock.set(at(4 * HOUR));
    await file("community.xisheng", "13970000009", "emergency"); // received, no unit yet: red
    await file("community.haixi", "13970000008");
    const xisheng = filed.filter((f) => f.communityId === "community.xisheng");
    await performTicketAction(t.ctx, unit("community.xisheng"), xisheng[0]!.id, "first_contact", {
      method: "phone",
    });
    await performTicketAction(t.ctx, unit("community.xisheng"), xisheng[1]!.id, "accept", {});
    await expectExact();
  });

  it("follow status changes, a re-route, a merge, a deadline extension, closing and reopening", async () => {
    const of = (community: string) => filed.filter((f) => f.communityId === community);
    clock.set(at(6 * HOUR));
    // 转办: handed back (waiting, transferred), then re-dispatched to another unit: new deadlines.
    const moved = of("community.xisheng")[2]!;
    await performTicketAction(t.ctx, unit("community.xisheng"), moved.id, "transfer_back", {
      reason: "不属于本社区",
    });
    await expectExact();
    clock.set(at(7 * HOUR));
    await performTicketAction(t.ctx, dispatcher, moved.id, "redispatch", {
      unitId: "community.wenmiao",
      reason: "改派",
    });
    await expectExact();
    // Merged into another open ticket: leaves the open tickets.
    const [kept, dup] = of("community.luxi");
    await performTicketAction(t.ctx, dispatcher, dup!.id, "merge", { into: kept!.ref });
    await expectExact();
    // Accepted, then its deadline extended: the red instant moves later.
    const wenmiao = unit("community.wenmiao");
    const extended = of("community.wenmiao")[0]!;
    await performTicketAction(t.ctx, wenmiao, extended.id, "accept", {});
    const before = await reload(t, extended.id);
    await performTicketAction(t.ctx, wenmiao, extended.id, "request_extension", {
      days: 3,
      reason: "等配件",
    });
    await performTicketAction(t.ctx, dispatcher, extended.id, "approve_extension", {});
    expect((await reload(t, extended.id)).lightRedAt!.getTime()).toBeGreaterThan(
      before.lightRedAt!.getTime(),
    );
    await expectExact();
    // Resolved (waiting for review or closed), then closed and reopened by the survey worker.
    const reopened = of("community.wenmiao")[1]!;
    await performTicketAction(t.ctx, wenmiao, reopened.id, "accept", {});
    await performTicketAction(t.ctx, wenmiao, reopened.id, "resolve", { reply: "已处理" });
    await expectExact();
    if ((await reload(t, reopened.id)).status === "pending_review")
      await performTicketAction(t.ctx, dispatcher, reopened.id, "approve_resolution", {});
    clock.set(at(30 * HOUR));
    const system = { role: "system" as const, id: "survey" };
    const opts = { now: clock.now(), reopenRaisesTier: true };
    await t.ctx.database.db.transaction(async (tx) => {
      const closed = await applyTicketAction(
        tx,
        await reload(t, reopened.id),
        { type: "close" },
        system,
        opts,
      );
      await applyTicketAction(tx, closed, { type: "reopen", reason: "群众不满意" }, system, opts);
    });
    expect((await reload(t, reopened.id)).status).toBe("reopened");
    await expectExact();
    await route(await reload(t, reopened.id));
    await expectExact();
    // Cancelled; an emergency taken into triage; a running ticket without stored instants (written
    // before they were stored): counted in code, as the tickets' query does.
    await performTicketAction(t.ctx, dispatcher, of("community.haixi")[0]!.id, "cancel", {
      reason: "重复提交，已撤销",
    });
    await t.ctx.database.db.execute(sql`UPDATE tickets SET triage = true, status = 'received'
      WHERE id = ${of("community.luxi")[3]!.id}`);
    await t.ctx.database.db.execute(sql`UPDATE tickets SET light_yellow_at = NULL, light_red_at = NULL,
      light_overdue_at = NULL WHERE id = ${of("community.luxi")[2]!.id}`);
    await expectExact();
    // Deleted by hand (a copy: the originals have append-only events).
    const [copy] = await rows<{ id: string }>(t, copySql(of("community.wenmiao")[2]!.id, "D"));
    await expectExact();
    await t.ctx.database.db.execute(sql`DELETE FROM tickets WHERE id = ${copy!.id}`);
    await expectExact();
    expect([...seen].sort()).toEqual(["open", "overdue", "red", "yellow"]);
    // Dozens of filings and light checks against a real PostgreSQL: minutes when the machine is busy.
  }, 180_000);

  it("fold into totals behind the sweep's now; a now before the horizon counts the tickets", async () => {
    clock.set(at(40 * HOUR));
    const { folded } = await foldLightMarks(t.ctx.database.db, clock.now(), { batch: 5, maxBatches: 1000 });
    expect(folded).toBeGreaterThan(5);
    const horizon = Date.parse(at(40 * HOUR)) - LIGHT_FOLD_MARGIN_MS;
    const [fold] = await rows<{ folded_to: Date }>(t, `SELECT folded_to FROM ticket_light_fold`);
    expect(new Date(fold!.folded_to).getTime()).toBe(horizon);
    expect(
      await rows(t, `SELECT * FROM ticket_light_marks WHERE at <= '${new Date(horizon).toISOString()}'`),
    ).toEqual([]);
    expect(await rows(t, `SELECT * FROM ticket_light_totals WHERE n = 0`)).toEqual([]);
    await expectExact(horizon);
    // Changes after the fold: marks before the horizon are appended and read with the totals.
    const running = filed.filter((f) => f.communityId === "community.xisheng")[1]!;
    expect((await reload(t, running.id)).status).toBe("accepted");
    await performTicketAction(t.ctx, unit("community.xisheng"), running.id, "resolve", { reply: "已修好" });
    await expectExact(horizon);
    // A second fold from an earlier clock never moves the horizon back.
    await foldLightMarks(t.ctx.database.db, new Date(horizon - HOUR));
    const [again] = await rows<{ folded_to: Date }>(t, `SELECT folded_to FROM ticket_light_fold`);
    expect(new Date(again!.folded_to).getTime()).toBe(horizon);
    await foldLightMarks(t.ctx.database.db, clock.now());
    await expectExact(horizon);
  });

  it("count tickets filed by two connections at once, and nothing of one rolled back", async () => {
    const template = filed.find((f) => f.communityId === "community.wenmiao")!;
    const a = new pg.Client({ connectionString: t.databaseUrl });
    const b = new pg.Client({ connectionString: t.databaseUrl });
    await a.connect();
    await b.connect();
    try {
      await a.query("BEGIN");
      await b.query("BEGIN");
      await a.query(copySql(template.id, "A1"));
      await b.query(copySql(template.id, "B1"));
      await a.query(copySql(template.id, "A2"));
      await Promise.all([a.query("COMMIT"), b.query("COMMIT")]);
      await a.query("BEGIN");
      await a.query(copySql(template.id, "A3"));
      await a.query("ROLLBACK");
    } finally {
      await a.end();
      await b.end();
    }
    const horizon = Date.parse(at(40 * HOUR)) - LIGHT_FOLD_MARGIN_MS;
    await expectExact(horizon);
  });

  it("are rebuilt when missing or wrong", async () => {
    const horizon = Date.parse(at(40 * HOUR)) - LIGHT_FOLD_MARGIN_MS;
    // Emptied by hand: the start-up check sees open tickets and no marks.
    await t.ctx.database.db.execute(sql`TRUNCATE ticket_light_marks, ticket_light_totals`);
    expect(await ensureDayCounts(t.ctx.database.db, TZ)).toBe(true);
    await expectExact();
    expect(await ensureDayCounts(t.ctx.database.db, TZ)).toBe(false);
    // Wrong (an old dump restored): `zhitong migrate --rebuild-report-counts` recounts them.
    await foldLightMarks(t.ctx.database.db, clock.now());
    await t.ctx.database.db.execute(sql`UPDATE ticket_light_totals SET n = n + 2`);
    clock.set(at(40 * HOUR));
    expect(await lightsFromMarks(t.ctx, null)).not.toEqual(await openLightsOfTickets(t.ctx, []));
    await rebuildDayCounts(t.ctx.database.db, TZ);
    await expectExact();
    await foldLightMarks(t.ctx.database.db, clock.now());
    await expectExact(horizon);
  });
});
