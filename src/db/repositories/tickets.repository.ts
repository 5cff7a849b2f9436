import { randomUUID } from "node:crypto";
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Complaint } from "../../domain/complaint.schema.js";
import { houseNumberTokens } from "../../domain/duplicate-score.js";
import type { EventAction } from "../../domain/labels.js";
import { localDay } from "../../domain/local-time.js";
import { formatTicketRef, TICKET_REF_PATTERN } from "../../domain/ticket-ref.js";
import type { TicketStatus } from "../../domain/ticket-status.js";
import { enqueue } from "../../queue/outbox.js";
import { jobId } from "../../queue/queues.js";
import type { Queryable } from "../client.js";
import { ticketEvents, ticketMessages, ticketReporters, tickets } from "../schema/index.js";
import { reporterCallback } from "../../tickets/complaint-columns.js";

export type TicketRow = typeof tickets.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;

export interface Actor {
  type: "resident" | "staff" | "system";
  id?: string | null;
  unitId?: string | null;
}

export interface NewTicket {
  complaint: Complaint;
  channel: string;
  residentId?: string | null;
  conversationId?: string | null;
  /** The inbound messages the ticket was made from: its transcript shows only these and their replies. */
  messageIds?: number[];
  tier?: string;
  actor: Actor;
  /** The centre's time zone: reference numbers follow its calendar day. */
  timeZone: string;
  now?: Date;
  /** The ticket's id when the caller made it beforehand (a batch names it before the row exists). */
  id?: string;
}

/**
 * Allocates the next reference number of the day from the day's sequence (see
 * drizzle/0026_ticket_ref_sequences.sql): unique and never waiting on another filing, but not
 * gap-free — a filing that rolls back leaves its number unused.
 */
export async function nextTicketRef(tx: Queryable, timeZone: string, now: Date): Promise<string> {
  const day = localDay(now, timeZone);
  const { rows } = await tx.execute<{ n: string }>(sql`SELECT ticket_ref_next(${day}) AS n`);
  return formatTicketRef(day, Number(rows[0]!.n));
}

/** The reference number drawn and formatted by PostgreSQL inside the filing's own INSERT. */
function refSql(day: string) {
  return sql`(SELECT 'ZT' || ${day}::text || '-' || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END
    FROM ticket_ref_next(${day}) AS n)`;
}

/**
 * Files a ticket: the row, its first reporter, the "created" event and the routing job, all in the
 * caller's transaction, so the ticket and its work exist together or not at all. The number, the
 * row, the reporter, the message links and the event are one statement; the job is a second.
 */
export async function createTicket(tx: Queryable, input: NewTicket): Promise<TicketRow> {
  const now = input.now ?? new Date();
  const c = input.complaint;
  // The id is made here so the reporter and event rows can name it in the same statement.
  const id = input.id ?? randomUUID();
  const created = tx.$with("created").as(
    tx
      .insert(tickets)
      .values({
        id,
        ref: refSql(localDay(now, input.timeZone)),
        kind: c.kind,
        category: c.category,
        summary: c.summary,
        description: c.description,
        locationText: c.location.text,
        communityId: c.location.community,
        lat: c.location.lat,
        lng: c.location.lng,
        urgency: c.urgency,
        tier: input.tier ?? "general",
        status: "received",
        channel: input.channel,
        engine: c.engine,
        complaint: c,
        // Worked out once here, so the route worker's duplicate search can gate other buildings in SQL.
        dupNumbers: houseNumberTokens(c.summary, c.description),
        conversationId: input.conversationId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
  );
  const parts = [created];
  const callback = reporterCallback(c);
  if (input.residentId)
    parts.push(
      tx.$with("reporter").as(
        tx
          .insert(ticketReporters)
          .values({
            ticketId: id,
            residentId: input.residentId,
            channel: input.channel,
            conversationId: input.conversationId ?? null,
            // A relative's number the resident named stays on this report (see migration 0057).
            callbackPhone: callback.callback_phone,
            callbackFor: callback.callback_for,
            createdAt: now,
          })
          .onConflictDoNothing()
          .returning({ ticketId: ticketReporters.ticketId }),
      ) as never,
    );
  const messageIds = [...new Set(input.messageIds ?? [])];
  if (messageIds.length)
    parts.push(
      tx.$with("linked").as(
        tx
          .insert(ticketMessages)
          .values(messageIds.map((messageId) => ({ ticketId: id, messageId })))
          .onConflictDoNothing()
          .returning({ ticketId: ticketMessages.ticketId }),
      ) as never,
    );
  parts.push(
    tx.$with("create_event").as(
      tx
        .insert(ticketEvents)
        .values({
          ticketId: id,
          actorType: input.actor.type,
          actorId: input.actor.id ?? null,
          actorUnitId: input.actor.unitId ?? null,
          action: "create",
          fromStatus: null,
          toStatus: "received",
          reason: null,
          data: { channel: input.channel, engine: c.engine, category: c.category, urgency: c.urgency },
          at: now,
        })
        .returning({ id: ticketEvents.id }),
    ) as never,
  );
  const [ticket] = (await tx
    .with(...parts)
    .select()
    .from(created)) as TicketRow[];
  await enqueue(tx, "route", { ticketId: id, round: 1 }, { jobId: jobId("route", id, 1) });
  return ticket!;
}

export async function appendEvent(
  tx: Queryable,
  ticketId: string,
  actor: Actor,
  e: {
    action: EventAction;
    fromStatus?: TicketStatus | null;
    toStatus?: TicketStatus | null;
    reason?: string | null;
    data?: Record<string, unknown>;
    at?: Date;
  },
): Promise<TicketEventRow> {
  const [row] = await tx
    .insert(ticketEvents)
    .values({
      ticketId,
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorUnitId: actor.unitId ?? null,
      action: e.action,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      reason: e.reason ?? null,
      data: e.data ?? {},
      at: e.at ?? new Date(),
    })
    .returning();
  return row!;
}

/** Looks a ticket up by uuid or by reference number. */
export async function findTicket(db: Queryable, idOrRef: string): Promise<TicketRow | undefined> {
  const byRef = TICKET_REF_PATTERN.test(idOrRef);
  if (!byRef && !/^[0-9a-f-]{36}$/i.test(idOrRef)) return undefined;
  const [row] = await db
    .select()
    .from(tickets)
    .where(byRef ? eq(tickets.ref, idOrRef) : eq(tickets.id, idOrRef))
    .limit(1);
  return row;
}

export async function listTicketEvents(db: Queryable, ticketId: string): Promise<TicketEventRow[]> {
  return db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(ticketEvents.id);
}

export interface TicketFilter {
  status?: string[];
  unitId?: string[];
  category?: string[];
  tier?: string[];
  channel?: string[];
  urgency?: string[];
  communityId?: string[];
  triage?: boolean;
  supervised?: boolean;
  from?: Date;
  to?: Date;
  q?: string;
  /**
   * A person's phone or ID number (digits, maybe a final X): matches reporters' numbers and the
   * number inside descriptions however it was written (spaces, dashes, full-width digits).
   */
  personalDigits?: string;
}

export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString("base64url");
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id))
      return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

export function ticketFilterSql(f: TicketFilter): SQL[] {
  const w: SQL[] = [];
  const inList = (col: Parameters<typeof eq>[0], vals?: string[]) => {
    if (vals?.length) w.push(inArray(col, vals));
  };
  inList(tickets.status, f.status);
  inList(tickets.unitId, f.unitId);
  inList(tickets.category, f.category);
  inList(tickets.tier, f.tier);
  inList(tickets.channel, f.channel);
  inList(tickets.urgency, f.urgency);
  inList(tickets.communityId, f.communityId);
  if (f.triage !== undefined) w.push(eq(tickets.triage, f.triage));
  if (f.supervised !== undefined) w.push(eq(tickets.supervised, f.supervised));
  if (f.from) w.push(gte(tickets.createdAt, f.from));
  if (f.to) w.push(lt(tickets.createdAt, f.to));
  if (f.personalDigits) {
    const like = `%${f.personalDigits}%`;
    // The tickets whose description holds the number however it was written (spaces, dashes,
    // full-width digits), or whose reporter's phone or callback phone holds it. Gathered as a list of
    // ids, each part through its own trigram index (drizzle/0060_personal_digits_search.sql: the
    // description's expression is spelled as that index's), rather than as one condition tested on
    // every ticket: an OR of a ticket's text and its reporters reads every ticket, and a million
    // took about 13 s (docs/performance.md). Same tickets as that OR: an id is in the list exactly
    // when one of its parts holds.
    w.push(
      sql`${tickets.id} IN (
        SELECT d.id FROM ${tickets} d
          WHERE regexp_replace(upper(translate(d.description, '０１２３４５６７８９ｘＸ', '0123456789XX')), '[^0-9X]', '', 'g') LIKE ${like}
        UNION ALL
        SELECT r.ticket_id FROM ${ticketReporters} r JOIN residents p ON p.id = r.resident_id WHERE p.phone LIKE ${like}
        UNION ALL
        SELECT r.ticket_id FROM ${ticketReporters} r WHERE r.callback_phone LIKE ${like})`,
    );
  } else if (f.q) {
    const q = f.q.trim();
    if (TICKET_REF_PATTERN.test(q)) w.push(eq(tickets.ref, q));
    else {
      const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      // The grams narrow the candidates through their index; the ILIKE of summary, description or
      // location decides, so the answer is the ILIKE's alone (drizzle/0054_ticket_word_search.sql).
      // The ILIKE first: of equal costs, PostgreSQL checks a row in this order, and when it walks
      // the newest tickets the ILIKE is the cheaper test that fails first.
      w.push(
        sql`ticket_text_matches(${tickets.summary}, ${tickets.description}, ${tickets.locationText}, ${like}::text)`,
        sql`ticket_text_grams(${tickets.summary}, ${tickets.description}, ${tickets.locationText}) @> ticket_search_query_grams(${q}::text)`,
      );
    }
  }
  return w;
}

/**
 * The ids of the first `n` tickets (newest first) that `units` lead or assist among those `where`
 * keeps. As one condition (unit led OR unit assisting) the page is a walk of every ticket newest
 * first until n match, each row read from the table: a department leads about one ticket in a
 * hundred, and its closed ones were 20,000 rows deep (82–295 ms at 1,000,000 tickets;
 * docs/history/performance-rounds.md, eighteenth round). Apart, each half has its own ordered
 * path: the led tickets walk tickets_unit_idx (unit, status, created_at, id) for one unit and
 * status, the assisted ones the few assisted tickets' indexes; a ticket its own unit also assists
 * is taken from the first half only. The page is then read by these at most 2n ids.
 */
function unitScopePage(units: string[], where: SQL[], n: number): SQL {
  if (!units.length) return sql`false`;
  const ids = sql`${`{${units.join(",")}}`}::text[]`;
  // Several units (a street and its communities): no index gives the led half's order, and the
  // halves were slower than the one condition's walk (street staff's open tickets 36 against 4 ms
  // in the same bench run), whose matches are common among the newest tickets.
  if (units.length > 1) return sql`(${inArray(tickets.unitId, units)} OR ${tickets.assistUnitIds} && ${ids})`;
  const half = (cond: SQL) => sql`(SELECT ${tickets.id}, ${tickets.createdAt} FROM ${tickets}
    WHERE ${and(...where, cond)} ORDER BY ${tickets.createdAt} DESC, ${tickets.id} DESC LIMIT ${n})`;
  // IN, not = ANY: one unit is then an equality, and only an equality lets the index give the order.
  const led = half(inArray(tickets.unitId, units));
  // assist_unit_ids <> '{}' spelled as the assisted tickets' partial index's predicate.
  const assisted = half(
    sql`${tickets.assistUnitIds} <> '{}' AND ${tickets.assistUnitIds} && ${ids} AND NOT coalesce(${tickets.unitId} = ANY(${ids}), false)`,
  );
  return sql`${tickets.id} IN (SELECT id FROM (${led} UNION ALL ${assisted}) scoped)`;
}

/** Newest first, keyset-paginated on (created_at, id): stable under concurrent inserts. */
export async function listTickets(
  db: Queryable,
  filter: TicketFilter,
  page: {
    limit: number;
    cursor?: Cursor | null;
    extraWhere?: SQL[];
    /**
     * A unit staff member's scope (visibleUnitIds): the tickets their units lead or assist, the
     * same as ticketScopeSql's condition in extraWhere, read as two ordered walks (see below).
     */
    units?: string[];
  },
): Promise<{ items: TicketRow[]; nextCursor: string | null }> {
  const where = [...ticketFilterSql(filter), ...(page.extraWhere ?? [])];
  if (page.cursor)
    where.push(
      sql`(${tickets.createdAt}, ${tickets.id}) < (${page.cursor.createdAt.toISOString()}::timestamptz, ${page.cursor.id}::uuid)`,
    );
  if (page.units) where.push(unitScopePage(page.units, where, page.limit + 1));
  const rows = await db
    .select()
    .from(tickets)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
