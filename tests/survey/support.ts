import { and, asc, eq, sql } from "drizzle-orm";
import { createSession } from "../../src/auth/sessions.js";
import { createStaffUser } from "../../src/auth/staff.repository.js";
import type { StaffRole } from "../../src/auth/roles.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { createTicket, type TicketRow } from "../../src/db/repositories/tickets.repository.js";
import {
  messages,
  outbox,
  residentIdentities,
  surveys,
  ticketEvents,
  ticketReporters,
  tickets,
} from "../../src/db/schema/index.js";
import type { Complaint } from "../../src/domain/complaint.schema.js";
import { applyTicketAction } from "../../src/tickets/ticket-store.js";
import { handleSurveyReply } from "../../src/survey/handle-survey-reply.js";
import { scheduleSurveys } from "../../src/survey/schedule-surveys.js";
import type { SurveyInterpreter } from "../../src/survey/survey-interpreter.js";
import type { TestEnv } from "../support/test-context.js";

export const HOUR = 3_600_000;

export const leak: Complaint = {
  kind: "complaint",
  category: "water_supply",
  summary: "西盛家园3号楼楼道水管漏水",
  description: "西盛家园3号楼二单元楼道水管一直漏水，地面积水。",
  location: { text: "西盛家园3号楼", community: "community.xisheng", lat: null, lng: null },
  urgency: "normal",
  contact: { name: null, phone: null },
  missing: [],
  confidence: {},
  engine: "offline",
};

export interface Reporter {
  channel: "sms" | "wechat" | "hotline" | "web";
  address: string;
  phone?: string;
  lastInboundAt?: Date;
}

/** Files a ticket with its reporters, as intake would (the first reporter files it). */
export async function fileTicket(
  t: TestEnv,
  reporters: Reporter[],
  complaint: Complaint = leak,
): Promise<{ ticket: TicketRow; residentIds: string[] }> {
  return t.ctx.database.db.transaction(async (tx) => {
    const residentIds: string[] = [];
    for (const r of reporters) {
      const ref = await findOrCreateResident(tx, r.channel, r.address, { phone: r.phone ?? null });
      if (r.lastInboundAt)
        await tx
          .update(residentIdentities)
          .set({ lastInboundAt: r.lastInboundAt })
          .where(eq(residentIdentities.id, ref.identityId));
      residentIds.push(ref.residentId);
    }
    const ticket = await createTicket(tx, {
      complaint,
      channel: reporters[0]?.channel ?? "web",
      residentId: residentIds[0] ?? null,
      actor: { type: "resident" },
      timeZone: "Asia/Shanghai",
      now: t.ctx.now(),
    });
    for (const [i, residentId] of residentIds.entries())
      if (i > 0)
        await tx
          .insert(ticketReporters)
          .values({ ticketId: ticket.id, residentId, channel: reporters[i]!.channel, createdAt: t.ctx.now() })
          .onConflictDoNothing();
    return { ticket, residentIds };
  });
}

/**
 * Takes a ticket through dispatch → accept → resolve with the lifecycle, exactly as the dispatch
 * service does, and schedules the survey in the resolving transaction (the dispatch service calls
 * scheduleSurveys at the same point).
 */
export async function resolveRound(
  t: TestEnv,
  ticketId: string,
  unitId = "community.xisheng",
  handler = "staff-wang",
): Promise<TicketRow> {
  const now = t.ctx.now();
  const opts = { now, reopenRaisesTier: true };
  return t.ctx.database.db.transaction(async (tx) => {
    let [row] = await tx.select().from(tickets).where(eq(tickets.id, ticketId));
    row = await applyTicketAction(
      tx,
      row!,
      { type: "dispatch", unitId },
      { role: "system", id: "router" },
      opts,
    );
    const unit = { role: "unit" as const, id: handler, unitId };
    row = await applyTicketAction(tx, row, { type: "accept" }, unit, opts);
    row = await applyTicketAction(
      tx,
      row,
      { type: "resolve", reply: "已安排维修人员更换水管。" },
      unit,
      opts,
    );
    await scheduleSurveys(tx, t.ctx, { ticketId, round: row.round, resolvedAt: now });
    return row;
  });
}

/** A resident's inbound text as the channel webhook stores it, handed to the survey hook as intake does. */
export async function reply(
  t: TestEnv,
  residentId: string,
  text: string,
  opts: { channel?: string; interpreter?: SurveyInterpreter } = {},
): Promise<{ handled: boolean; messageId: number }> {
  const channel = opts.channel ?? "sms";
  return t.ctx.database.db.transaction(async (tx) => {
    const [m] = await tx
      .insert(messages)
      .values({
        channel,
        provider: "test",
        channelMessageId: `in-${Math.random().toString(36).slice(2)}`,
        direction: "in",
        residentId,
        kind: "text",
        text,
        status: "received",
      })
      .returning({ id: messages.id });
    const r = await handleSurveyReply(
      tx,
      t.ctx,
      { residentId, messageId: m!.id, channel, text },
      opts.interpreter ? { interpreter: opts.interpreter } : {},
    );
    return { ...r, messageId: m!.id };
  });
}

export async function ticketById(t: TestEnv, id: string): Promise<TicketRow> {
  const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, id));
  return row!;
}

export async function surveysOf(t: TestEnv, ticketId: string) {
  return t.ctx.database.db
    .select()
    .from(surveys)
    .where(eq(surveys.ticketId, ticketId))
    .orderBy(asc(surveys.round), asc(surveys.id));
}

/** Outbound messages to a resident, oldest first (what the channel's outbound worker would deliver). */
export async function outboundTo(t: TestEnv, residentId: string, purpose?: string) {
  const rows = await t.ctx.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.residentId, residentId), eq(messages.direction, "out")))
    .orderBy(asc(messages.id));
  return purpose ? rows.filter((m) => m.payload.purpose === purpose) : rows;
}

export async function eventsOf(t: TestEnv, ticketId: string) {
  return t.ctx.database.db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id));
}

export async function outboxJobs(t: TestEnv, queue: string) {
  return t.ctx.database.db.select().from(outbox).where(eq(outbox.queue, queue)).orderBy(asc(outbox.id));
}

export async function count(t: TestEnv, query: string): Promise<number> {
  const r = await t.ctx.database.db.execute(sql.raw(query));
  return Number((r.rows[0] as { n: number | string }).n);
}

/** A staff member and an API token for `Authorization: Bearer` (the access-control plugin resolves it). */
export async function staffToken(
  t: TestEnv,
  username: string,
  role: StaffRole,
  unitId: string | null = null,
): Promise<{ id: string; headers: { authorization: string } }> {
  const user = await createStaffUser(
    t.ctx.database.db,
    t.ctx.config,
    { username, role, unitId, password: "Zhitong-test-2026", displayName: username },
    t.ctx.now(),
  );
  const s = await createSession(t.ctx.database.db, user.id, t.ctx.now(), {
    kind: "api",
    lifetimeMs: 365 * 24 * HOUR,
  });
  return { id: user.id, headers: { authorization: `Bearer ${s.token}` } };
}
