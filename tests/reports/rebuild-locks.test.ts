import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { rebuildDayCounts } from "../../src/reports/day-counts.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { rollupMismatchQuery } from "../support/rollup-mismatches.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";
import { HOUR, fileTicket, leak, reply, resolveRound, surveysOf, ticketById } from "../survey/support.js";

// The rollups' rebuild holds SHARE locks on `tickets` and `surveys` while it recounts. Writers take
// the two tables in both orders: an answer writes its survey and then settles (reopens, closes) the
// ticket; a resolution writes the ticket and then schedules its surveys. Here each writer is held by
// a second session between its two writes (a row lock the writer's next statement needs) while the
// rebuild comes in and waits for the table the writer already wrote; then the writer is let go.
// Both must complete (PostgreSQL aborts neither for a deadlock) and the rollups count every row.

const clock = testClock("2026-11-02T02:00:00Z");
const TZ = "Asia/Shanghai";
let t: TestEnv;
let phone = 13800000000;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => t.close());

async function one<T>(query: string, params: unknown[] = []): Promise<T | undefined> {
  const r = await t.ctx.database.pool.query(query, params);
  return r.rows[0] as T | undefined;
}

/** The backend the holder's row lock blocks (the writer), once it is blocked. */
async function blockedBy(holderPid: number): Promise<number> {
  return waitFor(
    async () =>
      (
        await one<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", [
          holderPid,
        ])
      )?.pid,
    30_000,
    "the writer to wait on the holder",
  );
}

/** The table-level modes a backend holds on a table, granted ones only. */
async function heldModes(pid: number, table: string): Promise<string[]> {
  const r = await t.ctx.database.pool.query<{ mode: string }>(
    `SELECT mode FROM pg_locks WHERE pid = $1 AND granted AND locktype = 'relation' AND relation = $2::regclass`,
    [pid, table],
  );
  return r.rows.map((x) => x.mode).sort();
}

/** Whether some backend waits for a SHARE lock on the table (the rebuild, nothing else asks for one). */
async function shareWaitOn(table: string): Promise<boolean> {
  const r = await one<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks
      WHERE NOT granted AND locktype = 'relation' AND relation = $1::regclass AND mode = 'ShareLock'
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [table],
  );
  return (r?.n ?? 0) > 0;
}

/** A rejection's PostgreSQL message (drizzle keeps it as the cause), e.g. "deadlock detected". */
function why(r: PromiseSettledResult<unknown>): string {
  if (r.status === "fulfilled") return "";
  const e = r.reason as { cause?: unknown };
  return String(e?.cause ?? e);
}

async function mismatches(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const r of [
    {
      what: "day",
      counts: "ticket_day_counts",
      deltas: "ticket_day_deltas",
      deltasOf: "ticket_day_deltas_of",
      source: "tickets" as const,
      keys: ["day", "unit_id", "closed_day", "resolved"],
    },
    {
      what: "group",
      counts: "ticket_group_day_counts",
      deltas: "ticket_group_day_deltas",
      deltasOf: "ticket_group_day_deltas_of",
      source: "tickets" as const,
      keys: ["day", "community_id", "category", "unit_id"],
    },
    {
      what: "survey",
      counts: "survey_day_counts",
      deltas: "survey_day_deltas",
      deltasOf: "survey_day_deltas_of",
      source: "surveys" as const,
      keys: ["day", "unit_id", "status", "resolved", "satisfaction", "reason"],
    },
  ])
    out.push(...(await t.ctx.database.db.execute(sql.raw(rollupMismatchQuery(r)))).rows);
  return out;
}

/** Runs the writer held by `holder`'s row lock, starts the rebuild once the writer waits, then lets go. */
async function interleave(opts: {
  hold: (holder: pg.Client) => Promise<void>;
  writer: () => Promise<unknown>;
  /** The table the writer has written and the one it writes next, while held. */
  wrote: string;
  next: string;
}): Promise<{ writer: PromiseSettledResult<unknown>; rebuild: PromiseSettledResult<unknown> }> {
  const holder = new pg.Client({ connectionString: t.databaseUrl });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await opts.hold(holder);
    const holderPid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const writer = opts.writer();
    writer.catch(() => undefined);
    const writerPid = await blockedBy(holderPid);
    // Held between its two writes: the first table written, the second not yet.
    expect(await heldModes(writerPid, opts.wrote)).toContain("RowExclusiveLock");
    expect(await heldModes(writerPid, opts.next)).not.toContain("RowExclusiveLock");
    const rebuild = rebuildDayCounts(t.ctx.database.db, TZ);
    rebuild.catch(() => undefined);
    await waitFor(
      () => shareWaitOn(opts.wrote),
      30_000,
      "the rebuild to wait for the table the writer wrote",
    );
    await holder.query("COMMIT");
    const [w, r] = await Promise.allSettled([writer, rebuild]);
    return { writer: w, rebuild: r };
  } finally {
    await holder.end();
  }
}

describe("the rollups' rebuild against a writer of tickets and surveys", () => {
  it("does not deadlock with an answer (survey, then ticket) and counts it", async () => {
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address: String(phone++) }]);
    await resolveRound(t, ticket.id);
    clock.advance(2.5 * HOUR);
    const [survey] = await surveysOf(t, ticket.id);
    expect(await runSurveyStep(t.ctx, survey!.id)).toBe("sent");

    // The answer writes the survey, then waits for the ticket's row lock in settleRound.
    const { writer, rebuild } = await interleave({
      hold: async (h) => void (await h.query("SELECT 1 FROM tickets WHERE id = $1 FOR UPDATE", [ticket.id])),
      writer: () => reply(t, residentIds[0]!, "不满意，还是漏水"),
      wrote: "surveys",
      next: "tickets",
    });
    expect(writer.status, why(writer)).toBe("fulfilled");
    expect(rebuild.status, why(rebuild)).toBe("fulfilled");
    const [after] = await surveysOf(t, ticket.id);
    expect(after!.status).toBe("answered");
    expect((await ticketById(t, ticket.id)).round).toBe(2);
    expect(await mismatches()).toEqual([]);
  }, 60_000);

  it("does not deadlock with a resolution (ticket, then surveys) and counts it", async () => {
    // Another problem than the first test's, so it is not taken for a duplicate and merged.
    const noise = {
      ...leak,
      category: "noise",
      summary: "鹿溪小区夜间施工噪音扰民",
      description: "鹿溪小区旁工地每天夜里十二点后还在施工，噪音很大。",
      location: { ...leak.location, text: "鹿溪小区东门", community: "community.luxi" },
    };
    const { ticket, residentIds } = await fileTicket(
      t,
      [{ channel: "sms", address: String(phone++) }],
      noise,
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const routed = await ticketById(t, ticket.id);
    const staff: StaffPrincipal = { id: "s1", role: "unit", unitId: routed.unitId! };
    await performTicketAction(t.ctx, staff, ticket.id, "accept", {});
    clock.advance(HOUR);

    // The resolution writes the ticket, then its reply to the reporter waits for the resident's row
    // (the message's foreign key) before the survey is written.
    const { writer, rebuild } = await interleave({
      hold: async (h) =>
        void (await h.query("SELECT 1 FROM residents WHERE id = $1 FOR UPDATE", [residentIds[0]])),
      writer: () => performTicketAction(t.ctx, staff, ticket.id, "resolve", { reply: "已更换水管" }),
      wrote: "tickets",
      next: "surveys",
    });
    expect(writer.status, why(writer)).toBe("fulfilled");
    expect(rebuild.status, why(rebuild)).toBe("fulfilled");
    expect((await ticketById(t, ticket.id)).status).toBe("resolved");
    expect(await surveysOf(t, ticket.id)).toHaveLength(1);
    expect(await mismatches()).toEqual([]);
  }, 60_000);
});
