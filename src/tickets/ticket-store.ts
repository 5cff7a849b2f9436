import { eq, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../db/client.js";
import {
  appendEvent,
  type TicketEventRow,
  type Actor as EventActor,
  type TicketRow,
} from "../db/repositories/tickets.repository.js";
import { rowReader } from "../db/raw-rows.js";
import { ticketEvents, ticketReporters, ticketSla, tickets } from "../db/schema/index.js";
import { AppError, conflict } from "../domain/app-error.js";
import {
  transition,
  type Actor,
  type TicketAction,
  type TicketErrorCode,
  type TicketEvent,
  type TicketState,
  type TransitionResult,
} from "../domain/ticket-lifecycle.js";
import type { Tier } from "../domain/taxonomy.schema.js";
import {
  lightInstantsAfter,
  lightInstantsOfRow,
  movesLights,
  storedInstantsMatch,
} from "../sla/light-instants.js";

export type TicketSlaRow = typeof ticketSla.$inferSelect;

const ticketRows = rowReader(tickets);
const slaRows = rowReader(ticketSla);
const eventRows = rowReader(ticketEvents);
const RETURN_TICKET = sql.raw(ticketRows.columns("tickets"));

/** The lifecycle's view of a stored ticket (extension state lives in ticket_sla). */
export function toTicketState(t: TicketRow, sla: TicketSlaRow | undefined): TicketState {
  return {
    id: t.id,
    status: t.status,
    unitId: t.unitId,
    tier: t.tier as Tier,
    round: t.round,
    transferCount: t.transferCount,
    pendingExtensionDays: sla?.pendingExtensionDays ?? null,
    extensionDays: sla?.extensionDays ?? 0,
    supervised: t.supervised,
    mergedInto: t.mergedIntoId,
    assistUnitIds: t.assistUnitIds,
    returnRequested: t.returnRequestedAt !== null,
  };
}

export async function loadSla(tx: Queryable, ticketId: string): Promise<TicketSlaRow | undefined> {
  const [row] = await tx.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId)).limit(1);
  return row;
}

/** The one code for "the ticket changed since you read it", whoever the writer is. */
export const TICKET_CONFLICT = "TICKET.CONFLICT";

/**
 * Optimistic concurrency: the update applies only if nobody changed the ticket since it was read
 * (same `version`); otherwise 409 TICKET.CONFLICT and the caller's transaction rolls back.
 */
export async function updateTicketIfUnchanged(
  tx: Queryable,
  ticket: Pick<TicketRow, "id" | "version">,
  set: Partial<typeof tickets.$inferInsert>,
  now: Date,
): Promise<TicketRow> {
  // The light instants follow every change of a deadline or a stage, in the same statement when
  // the caller read the whole row (the version check proves it is still what the database holds).
  const instants = lightInstantsAfter(ticket, set) ?? {};
  // Written by hand like updateTicketWithSlaAndEvent: the builder walked every column on each call.
  const { rows } = await tx.execute(sql`
    UPDATE tickets SET ${ticketRows.assignments({ ...set, ...instants, updatedAt: now })}, version = version + 1
     WHERE id = ${ticket.id}::uuid AND version = ${ticket.version}
    RETURNING ${RETURN_TICKET}`);
  const row = rows[0] ? ticketRows.read(rows[0]) : undefined;
  if (!row)
    throw conflict(
      TICKET_CONFLICT,
      "工单已被他人更新，请刷新后重试 (the ticket changed meanwhile; reload and retry)",
    );
  return withLightInstants(tx, row, set);
}

/**
 * updateTicketIfUnchanged, saveSla and recordEvent as one statement (one round trip instead of
 * three) for the hot paths. When the compare-and-set loses, the SLA and event rows written beside it
 * are rolled back with the transaction the thrown conflict aborts.
 */
export async function updateTicketWithSlaAndEvent(
  tx: Queryable,
  ticket: Pick<TicketRow, "id" | "version">,
  set: Partial<typeof tickets.$inferInsert>,
  sla: Partial<Omit<TicketSlaRow, "ticketId">>,
  event: { event: TicketEvent; actor: EventActor; extra?: Record<string, unknown> },
  now: Date,
): Promise<TicketRow> {
  // The light instants follow the new deadlines in the same statement, as in updateTicketIfUnchanged.
  const instants = lightInstantsAfter(ticket, set) ?? {};
  const slaValues = slaRows.insert({ ticketId: ticket.id, ...sla });
  const e = event.event;
  const eventValues = eventRows.insert({
    ticketId: ticket.id,
    actorType: event.actor.type,
    actorId: event.actor.id ?? null,
    actorUnitId: event.actor.unitId ?? null,
    action: e.type,
    fromStatus: e.from,
    toStatus: e.to,
    reason: typeof e.data.reason === "string" ? e.data.reason : null,
    data: { ...e.data, round: e.round, actorRole: e.actor.role, ...event.extra },
    at: now,
  });
  // Written by hand, not with the query builder: it walked every column of the ticket on each call,
  // a large share of the route worker's CPU.
  const { rows } = await tx.execute(sql`
    WITH updated AS (
      UPDATE tickets SET ${ticketRows.assignments({ ...set, ...instants, updatedAt: now })}, version = version + 1
       WHERE id = ${ticket.id}::uuid AND version = ${ticket.version}
      RETURNING ${RETURN_TICKET}
    ), sla_row AS (
      INSERT INTO ticket_sla (${slaValues.columns}) VALUES (${slaValues.values})
      ON CONFLICT (ticket_id) DO ${Object.values(sla).some((v) => v !== undefined) ? sql`UPDATE SET ${slaRows.excluded(sla)}` : sql`NOTHING`}
      RETURNING ticket_id
    ), event_row AS (
      INSERT INTO ticket_events (${eventValues.columns}) VALUES (${eventValues.values})
      RETURNING id
    )
    SELECT * FROM updated`);
  const row = rows[0] ? ticketRows.read(rows[0]) : undefined;
  if (!row)
    throw conflict(
      TICKET_CONFLICT,
      "工单已被他人更新，请刷新后重试 (the ticket changed meanwhile; reload and retry)",
    );
  return withLightInstants(tx, row, set);
}

/** Writes the ticket_sla row's extension fields (created on first use). */
export async function saveSla(
  tx: Queryable,
  ticketId: string,
  set: Partial<Omit<TicketSlaRow, "ticketId">>,
): Promise<void> {
  await tx
    .insert(ticketSla)
    .values({ ticketId, ...set })
    .onConflictDoUpdate({ target: ticketSla.ticketId, set });
}

/** Refusals because of the ticket's state now (someone else's decision pending or made). */
const CONFLICT_CODES: readonly TicketErrorCode[] = [
  "TICKET.INVALID_TRANSITION",
  "TICKET.EXTENSION_PENDING",
  "TICKET.NO_EXTENSION_PENDING",
  "TICKET.RETURN_PENDING",
  "TICKET.NO_RETURN_PENDING",
  "TICKET.ALREADY_ASSISTING",
  "TICKET.NOT_ASSISTING",
];
/** Refusals because of who asks: another unit, an assisting unit, a role without the right. */
const FORBIDDEN_CODES: readonly TicketErrorCode[] = [
  "TICKET.ROLE_NOT_ALLOWED",
  "TICKET.NOT_YOUR_UNIT",
  "TICKET.ASSIST_ONLY",
];

/** Throws the lifecycle's refusal as an AppError with an HTTP status the console can act on. */
export function assertTransition(r: TransitionResult): asserts r is Extract<TransitionResult, { ok: true }> {
  if (r.ok) return;
  const status = CONFLICT_CODES.includes(r.code) ? 409 : FORBIDDEN_CODES.includes(r.code) ? 403 : 422;
  throw new AppError(r.code, r.message, status);
}

/** The lifecycle actor as the event log records it. */
export function eventActor(actor: Actor, onBehalfOf?: string | null): EventActor {
  if (actor.role === "system") return { type: "system", id: actor.id ?? "system", unitId: null };
  return { type: "staff", id: actor.id ?? null, unitId: onBehalfOf ?? actor.unitId ?? null };
}

/** Appends a lifecycle event with extra data (reasons, deadlines) to the ticket's log. */
export async function recordEvent(
  tx: Queryable,
  event: TicketEvent,
  actor: EventActor,
  at: Date,
  extra: Record<string, unknown> = {},
): Promise<TicketEventRow> {
  const reason = typeof event.data.reason === "string" ? event.data.reason : null;
  return appendEvent(tx, event.ticketId, actor, {
    action: event.type,
    fromStatus: event.from,
    toStatus: event.to,
    reason,
    data: { ...event.data, round: event.round, actorRole: event.actor.role, ...extra },
    at,
  });
}

export async function reporterIds(tx: Queryable, ticketId: string): Promise<string[]> {
  const rows = await tx
    .select({ residentId: ticketReporters.residentId })
    .from(ticketReporters)
    .where(eq(ticketReporters.ticketId, ticketId));
  return rows.map((r) => r.residentId);
}

export interface ApplyOptions {
  now: Date;
  reopenRaisesTier: boolean;
  /** Merged into the event's data (e.g. the survey's explanation). */
  extra?: Record<string, unknown>;
  /** The unit a street acts for, recorded in the event. */
  onBehalfOf?: string | null;
}

/**
 * Applies one lifecycle action whose effect on the row is the lifecycle's own (no extra columns):
 * checks it with the pure lifecycle, writes the new state with the compare-and-set on `version`,
 * keeps the extension state in ticket_sla in step, and appends the event — in the caller's
 * transaction. Returns the updated row.
 */
export async function applyTicketAction(
  tx: Queryable,
  ticket: TicketRow,
  action: TicketAction,
  actor: Actor,
  opts: ApplyOptions,
): Promise<TicketRow> {
  const sla = await loadSla(tx, ticket.id);
  const before = toTicketState(ticket, sla);
  const r = transition(before, action, actor, { reopenRaisesTier: opts.reopenRaisesTier });
  assertTransition(r);
  const row = await updateTicketIfUnchanged(
    tx,
    ticket,
    {
      status: r.state.status,
      unitId: r.state.unitId,
      tier: r.state.tier,
      round: r.state.round,
      transferCount: r.state.transferCount,
      supervised: r.state.supervised,
      mergedIntoId: r.state.mergedInto,
      assistUnitIds: [...r.state.assistUnitIds],
      ...(r.state.returnRequested === before.returnRequested
        ? {}
        : r.state.returnRequested
          ? { returnRequestedAt: opts.now, returnReason: String(r.event.data.reason ?? "") || null }
          : { returnRequestedAt: null, returnReason: null }),
      ...(action.type === "close" ? { closedAt: opts.now } : {}),
      ...(action.type === "resolve" ? { resolvedAt: opts.now } : {}),
      ...(action.type === "reopen" ? { closedAt: null } : {}),
    },
    opts.now,
  );
  if (
    sla &&
    (sla.pendingExtensionDays !== r.state.pendingExtensionDays || sla.extensionDays !== r.state.extensionDays)
  )
    await saveSla(tx, ticket.id, {
      pendingExtensionDays: r.state.pendingExtensionDays,
      extensionDays: r.state.extensionDays,
    });
  await recordEvent(tx, r.event, eventActor(actor, opts.onBehalfOf), opts.now, opts.extra);
  return row;
}

/** How often a worker re-runs a transaction that lost the compare-and-set on a ticket. */
export const TICKET_WRITE_ATTEMPTS = 4;

/**
 * The one retry rule for writers that are not a person (jobs, sweeps): a transaction that lost the
 * race on a ticket (TICKET.CONFLICT) is run again from the start, so it re-reads the ticket and
 * decides again. Staff writes do not retry: the console shows the 409 and the person reloads,
 * because what they decided was based on what they saw.
 */
export async function inTicketTransaction<T>(
  db: { transaction: <R>(fn: (tx: Tx) => Promise<R>) => Promise<R> },
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (err) {
      if (err instanceof AppError && err.code === TICKET_CONFLICT && attempt < TICKET_WRITE_ATTEMPTS)
        continue;
      throw err;
    }
  }
}

/**
 * The updated row with its light instants right: when the update could move them and the statement
 * did not already write them (the caller had not read the whole row), a second statement does.
 */
async function withLightInstants(tx: Queryable, row: TicketRow, set: Partial<typeof tickets.$inferInsert>) {
  if (!movesLights(set) || storedInstantsMatch(row)) return row;
  const [fixed] = await tx
    .update(tickets)
    .set(lightInstantsOfRow(row))
    .where(eq(tickets.id, row.id))
    .returning();
  return fixed!;
}
