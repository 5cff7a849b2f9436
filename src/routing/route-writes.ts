import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeNamed } from "../db/named-statements.js";
import type { Actor as EventActor, TicketRow } from "../db/repositories/tickets.repository.js";
import { rowReader } from "../db/raw-rows.js";
import { ticketEvents, ticketLinks, ticketSla, tickets } from "../db/schema/index.js";
import { conflict } from "../domain/app-error.js";
import type { TicketEvent } from "../domain/ticket-lifecycle.js";
import { lightInstantsAfter } from "../sla/light-instants.js";
import { TICKET_CONFLICT, type TicketSlaRow } from "../tickets/ticket-store.js";

type TicketSet = Partial<typeof tickets.$inferInsert>;
type SlaSet = Partial<Omit<TicketSlaRow, "ticketId">>;

/** One ticket row to change, with a compare-and-set on the version the caller read. */
export interface TicketUpdate {
  /** The whole row as read: the light instants after `set` are computed from it. */
  ticket: TicketRow;
  set: TicketSet;
}

/** A line of a ticket's log, as appendEvent writes it. */
export interface EventWrite {
  ticketId: string;
  actor: EventActor;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

/** A lifecycle event as recordEvent logs it: its data, round and the actor's role, then `extra`. */
export function lifecycleEvent(
  event: TicketEvent,
  actor: EventActor,
  extra: Record<string, unknown> = {},
): EventWrite {
  return {
    ticketId: event.ticketId,
    actor,
    action: event.type,
    fromStatus: event.from,
    toStatus: event.to,
    reason: typeof event.data.reason === "string" ? event.data.reason : null,
    data: { ...event.data, round: event.round, actorRole: event.actor.role, ...extra },
  };
}

export interface LinkWrite {
  ticketId: string;
  otherTicketId: string;
  score: number | null;
  reasons: { code: string; message: string }[];
}

/** Everything a route batch writes but its notices, gathered so that it goes in one statement. */
export interface RoutingWrites {
  updates: TicketUpdate[];
  sla: { ticketId: string; set: SlaSet }[];
  /** In the order they happened: ids are assigned in this order. */
  events: EventWrite[];
  /** "These look like the same problem" for the centre (idempotent per pair). */
  suggestions: LinkWrite[];
  /** Merges: the link becomes (or is made) `merged`, decided by `decidedBy`. */
  merged: (LinkWrite & { decidedBy: string })[];
  /** Reporters of a merged ticket who join the kept one (their channel and conversation come along). */
  reporterMoves: { sourceId: string; targetId: string; residentIds: string[] }[];
  /** Tickets merged earlier into a merged ticket follow it to the kept one. */
  repoints: { sourceId: string; targetId: string }[];
}

export function emptyWrites(): RoutingWrites {
  return { updates: [], sla: [], events: [], suggestions: [], merged: [], reporterMoves: [], repoints: [] };
}

const ticketRows = rowReader(tickets);
const slaRows = rowReader(ticketSla);
const eventRows = rowReader(ticketEvents);
const linkRows = rowReader(ticketLinks);

/**
 * Rows as one JSON parameter. Null values are left out: `jsonb_to_recordset` reads a missing key as
 * NULL, and a route batch's rows are mostly nulls it writes again (about a fifth of the bytes).
 */
const json = (rows: Record<string, unknown>[]) => sql`${JSON.stringify(rows.map(withoutNulls))}::jsonb`;
const ident = (name: string) => `"${name}"`;

/** A row's own null keys left out; a null inside a JSON column's value (an event's data) stays. */
function withoutNulls(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (row[key] !== null) out[key] = row[key];
  return out;
}

/**
 * Columns written beside the version (the light instants repaired by the SLA check, the alarm
 * stamp, merge pointers, house numbers): a route update always writes them when it sets them, as
 * the version cannot say whether they still hold what was read.
 */
const UNVERSIONED = new Set<string>([
  "resolveYellowAt",
  "lightYellowAt",
  "lightRedAt",
  "lightOverdueAt",
  "alarmedAt",
  "mergedIntoId",
  "dupNumbers",
]);

/**
 * `set` without the columns that already hold the value it sets, in the row as read. The update's
 * compare-and-set on `version` guarantees the row still holds what was read (every other writer of
 * these columns bumps the version), so leaving them out writes the same row with fewer bytes: a
 * dispatch of a new ticket repeats about ten of its seventeen columns.
 */
function changedOnly(ticket: TicketRow, set: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in set) {
    const value = set[key];
    if (value === undefined) continue;
    if (UNVERSIONED.has(key) || !sameValue((ticket as Record<string, unknown>)[key], value)) out[key] = value;
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return false;
}

/**
 * Writes a route batch's decisions in one statement (a data-modifying CTE): every ticket's row with
 * its compare-and-set on `version` (rows changing the same columns share one UPDATE … FROM), the SLA
 * rows, the events, the duplicate links, the reporters a merge moves and the tickets following a
 * merged one. When any ticket's version moved, TICKET.CONFLICT is thrown and the caller's transaction
 * rolls back with everything written beside it (the route batch then routes its tickets one by one).
 *
 * The statement sees one snapshot, so no row may be changed twice: the caller never lists one ticket
 * in two updates (a route batch routes a ticket once, and keeps merges into its own tickets for later).
 */
export async function writeRouting(tx: Queryable, w: RoutingWrites, now: Date): Promise<void> {
  const ctes: SQL[] = [];
  const counts: string[] = [];
  const at = now.toISOString();

  // Ticket rows, grouped by the columns they set (a dispatch, a triage, a merge each set their own).
  const groups = new Map<string, { keys: string[]; rows: Record<string, unknown>[] }>();
  for (const u of w.updates) {
    const set = changedOnly(u.ticket, { ...u.set, ...lightInstantsAfter(u.ticket, u.set) });
    const keys = Object.keys(set);
    const sig = keys.join(",");
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = { keys, rows: [] }));
    g.rows.push({ ...ticketRows.recordValues(set), __id: u.ticket.id, __version: u.ticket.version });
  }
  [...groups.values()].forEach((g, i) => {
    const assignments = g.keys
      .map((k) => ticketRows.name(k))
      .map((c) => `${ident(c)} = x.${ident(c)}, `)
      .join("");
    const definition = [
      "__id uuid",
      "__version integer",
      ...(g.keys.length ? [ticketRows.recordDefinition(g.keys)] : []),
    ];
    ctes.push(sql`upd${sql.raw(String(i))} AS (
      UPDATE tickets t SET ${sql.raw(assignments)}updated_at = ${at}::timestamptz, version = t.version + 1
        FROM jsonb_to_recordset(${json(g.rows)})
          AS x(${sql.raw(definition.join(", "))})
       WHERE t.id = x.__id AND t.version = x.__version
      RETURNING t.id
    )`);
    counts.push(`(SELECT count(*) FROM upd${i})`);
  });

  // SLA rows (created on first use), grouped the same way.
  const slaGroups = new Map<string, { keys: string[]; rows: Record<string, unknown>[] }>();
  for (const s of w.sla) {
    const keys = ["ticketId", ...Object.keys(s.set).filter((k) => s.set[k as keyof SlaSet] !== undefined)];
    const sig = keys.join(",");
    let g = slaGroups.get(sig);
    if (!g) slaGroups.set(sig, (g = { keys, rows: [] }));
    g.rows.push(slaRows.recordValues({ ticketId: s.ticketId, ...s.set }));
  }
  [...slaGroups.values()].forEach((g, i) => {
    const cols = g.keys.map((k) => ident(slaRows.name(k)));
    const updates = cols.filter((c) => c !== '"ticket_id"').map((c) => `${c} = EXCLUDED.${c}`);
    ctes.push(sql`sla${sql.raw(String(i))} AS (
      INSERT INTO ticket_sla (${sql.raw(cols.join(", "))})
      SELECT ${sql.raw(cols.join(", "))}
        FROM jsonb_to_recordset(${json(g.rows)}) AS x(${sql.raw(slaRows.recordDefinition(g.keys))})
      ON CONFLICT (ticket_id) DO ${sql.raw(updates.length ? `UPDATE SET ${updates.join(", ")}` : "NOTHING")}
    )`);
  });

  if (w.events.length) {
    const keys = [
      "ticketId",
      "actorType",
      "actorId",
      "actorUnitId",
      "action",
      "fromStatus",
      "toStatus",
      "reason",
      "data",
    ];
    const rows = w.events.map((e, ord) => ({
      ...eventRows.recordValues({
        ticketId: e.ticketId,
        actorType: e.actor.type,
        actorId: e.actor.id ?? null,
        actorUnitId: e.actor.unitId ?? null,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reason: e.reason,
        data: e.data,
      }),
      __ord: ord,
    }));
    const cols = keys.map((k) => ident(eventRows.name(k))).join(", ");
    // The batch's instant is one parameter, not a copy in every row.
    ctes.push(sql`ev AS (
      INSERT INTO ticket_events (${sql.raw(cols)}, "at")
      SELECT ${sql.raw(cols)}, ${at}::timestamptz
        FROM jsonb_to_recordset(${json(rows)}) AS x(__ord integer, ${sql.raw(eventRows.recordDefinition(keys))})
       ORDER BY __ord
    )`);
  }

  const linkKeys = ["ticketId", "otherTicketId", "status", "score", "reasons", "decidedBy"];
  const linkCols = linkKeys.map((k) => ident(linkRows.name(k))).join(", ");
  const linkInsert = `${linkCols}, "created_at", "updated_at"`;
  const linkSelect = sql`${sql.raw(linkCols)}, ${at}::timestamptz, ${at}::timestamptz`;
  const links = (list: (LinkWrite & { decidedBy?: string })[], status: string) =>
    json(
      list.map((l) =>
        linkRows.recordValues({
          ticketId: l.ticketId,
          otherTicketId: l.otherTicketId,
          status,
          score: l.score,
          reasons: l.reasons,
          decidedBy: l.decidedBy ?? null,
        }),
      ),
    );
  if (w.suggestions.length)
    ctes.push(sql`suggested AS (
      INSERT INTO ticket_links (${sql.raw(linkInsert)})
      SELECT ${linkSelect} FROM jsonb_to_recordset(${links(w.suggestions, "suggested")})
        AS x(${sql.raw(linkRows.recordDefinition(linkKeys))})
      ON CONFLICT (ticket_id, other_ticket_id) DO NOTHING
    )`);
  if (w.merged.length)
    ctes.push(sql`merged_link AS (
      INSERT INTO ticket_links (${sql.raw(linkInsert)})
      SELECT ${linkSelect} FROM jsonb_to_recordset(${links(w.merged, "merged")})
        AS x(${sql.raw(linkRows.recordDefinition(linkKeys))})
      ON CONFLICT (ticket_id, other_ticket_id)
        DO UPDATE SET status = 'merged', decided_by = EXCLUDED.decided_by, updated_at = EXCLUDED.updated_at
    )`);

  const moves = w.reporterMoves.flatMap((m) =>
    m.residentIds.map((residentId, ord) => ({
      source_id: m.sourceId,
      target_id: m.targetId,
      resident_id: residentId,
      ord,
    })),
  );
  if (moves.length)
    ctes.push(sql`moved AS (
      INSERT INTO ticket_reporters (ticket_id, resident_id, channel, conversation_id, created_at)
      SELECT m.target_id, r.resident_id, r.channel, r.conversation_id, ${at}::timestamptz
        FROM jsonb_to_recordset(${json(moves)}) AS m(source_id uuid, target_id uuid, resident_id uuid, ord integer)
        JOIN ticket_reporters r ON r.ticket_id = m.source_id AND r.resident_id = m.resident_id
       ORDER BY m.target_id, m.ord
      ON CONFLICT DO NOTHING
    )`);
  if (w.repoints.length)
    ctes.push(sql`repointed AS (
      UPDATE tickets t SET merged_into_id = m.target_id, updated_at = ${at}::timestamptz
        FROM jsonb_to_recordset(${json(w.repoints.map((r) => ({ source_id: r.sourceId, target_id: r.targetId })))})
          AS m(source_id uuid, target_id uuid)
       WHERE t.merged_into_id = m.source_id
    )`);

  if (ctes.length === 0) return;
  const { rows } = await executeNamed(
    tx,
    "routing_write",
    sql`WITH ${sql.join(ctes, sql`, `)} SELECT ${sql.raw(counts.length ? counts.join(" + ") : "0")} AS n`,
  );
  const n = Number((rows[0] as { n: number | string }).n);
  if (n !== w.updates.length)
    throw conflict(
      TICKET_CONFLICT,
      "工单已被他人更新，请刷新后重试 (the ticket changed meanwhile; reload and retry)",
    );
}
