import { getTableColumns } from "drizzle-orm";
import type pg from "pg";
import { tickets } from "../db/schema/index.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { complaintColumns, reporterCallback } from "./complaint-columns.js";
import type { FilingOutcome, StaffFiling } from "./staff-filing.js";

/*
 * Staff filings as one statement, run outside an explicit transaction (one round trip that commits
 * by itself, synchronous commit): callers' identities found or created with their residents (a name
 * newly learnt is stored), idempotency keys claimed, and for every filing whose key is new the
 * ticket with its reference number, its reporter, its "created" event, its routing job and its
 * audit line. All of it commits together or not at all. A prepared statement: parsed once per
 * connection.
 *
 * A filing whose key an earlier, committed request holds comes back with that request's ticket. A
 * filing this statement cannot decide — its caller's identity or its key being inserted by a
 * concurrent transaction at the same instant (invisible to this statement's snapshot), or the same
 * key twice in one batch — is left out of the result with nothing of it written; the caller files
 * it again in a transaction that waits for the other one (fileStaffTicketAlone).
 *
 * The identity is inserted before its resident: foreign keys are checked when the statement ends,
 * and this way a resident row exists only if its identity won.
 */
const TICKET_COLUMNS = Object.entries(getTableColumns(tickets));

const FILE_TICKETS = {
  name: "tickets-file-staff-batch",
  text: `WITH e AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(ord int, id uuid, phone text, kind text,
        category text, summary text, description text, location_text text, community_id text,
        lat double precision, lng double precision, urgency text, tier text, channel text, engine text,
        complaint jsonb, dup_numbers text[], staff_id uuid, role text, unit_id text, key text, hash text, ip text,
        request_id text, callback_phone text, callback_for text)),
    p AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS p(phone text, name text, new_resident uuid)),
    found AS (
      SELECT ri.address AS phone, ri.resident_id FROM resident_identities ri JOIN p
        ON ri.channel = 'sms' AND ri.address = p.phone),
    created_ids AS (
      INSERT INTO resident_identities (resident_id, channel, address)
      SELECT p.new_resident, 'sms', p.phone FROM p
      WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.phone = p.phone)
      ON CONFLICT (channel, address) DO NOTHING
      RETURNING address AS phone, resident_id),
    new_residents AS (
      INSERT INTO residents (id, name, phone)
      SELECT c.resident_id, p.name, p.phone FROM created_ids c JOIN p ON p.phone = c.phone
      RETURNING id),
    profiles AS (
      UPDATE residents r SET name = coalesce(p.name, r.name), phone = p.phone, updated_at = $3::timestamptz
      FROM found f JOIN p ON p.phone = f.phone
      WHERE r.id = f.resident_id
        AND ((p.name IS NOT NULL AND r.name IS DISTINCT FROM p.name) OR r.phone IS DISTINCT FROM p.phone)
      RETURNING r.id),
    ids AS (SELECT phone, resident_id FROM found UNION ALL SELECT phone, resident_id FROM created_ids),
    ready AS (
      SELECT e.*, ids.resident_id FROM e LEFT JOIN ids ON ids.phone = e.phone
      WHERE e.phone IS NULL OR ids.resident_id IS NOT NULL),
    keys AS (
      INSERT INTO ticket_idempotency_keys (staff_id, key, request_hash, ticket_id, created_at)
      SELECT staff_id, key, hash, id, $3::timestamptz FROM ready WHERE key IS NOT NULL
      ORDER BY staff_id, key
      ON CONFLICT (staff_id, key) DO NOTHING
      RETURNING ticket_id),
    go AS (
      SELECT * FROM ready WHERE key IS NULL OR id IN (SELECT ticket_id FROM keys)),
    created AS (
      INSERT INTO tickets (id, ref, kind, category, summary, description, location_text, community_id,
        lat, lng, urgency, tier, status, channel, engine, complaint, dup_numbers, created_at, updated_at)
      SELECT g.id,
        'ZT' || $4::text || '-' || CASE WHEN g.n < 10000 THEN lpad(g.n::text, 4, '0') ELSE g.n::text END,
        g.kind, g.category, g.summary, g.description, g.location_text, g.community_id, g.lat, g.lng,
        g.urgency, g.tier, 'received', g.channel, g.engine, g.complaint, g.dup_numbers, $3::timestamptz, $3::timestamptz
      -- One number per row: OFFSET 0 keeps the subquery whole, so the planner neither evaluates the
      -- call once for all rows nor copies it into both uses of n.
      FROM (SELECT go.*, ticket_ref_next($4::text) AS n FROM go ORDER BY go.ord OFFSET 0) g
      RETURNING *),
    reporters AS (
      INSERT INTO ticket_reporters (ticket_id, resident_id, channel, callback_phone, callback_for, created_at)
      SELECT id, resident_id, channel, callback_phone, callback_for, $3::timestamptz FROM go
      WHERE resident_id IS NOT NULL
      ON CONFLICT DO NOTHING
      RETURNING ticket_id),
    events AS (
      INSERT INTO ticket_events (ticket_id, actor_type, actor_id, actor_unit_id, action, to_status,
        data, at)
      SELECT id, 'staff', staff_id::text, unit_id, 'create', 'received',
        jsonb_build_object('channel', channel, 'engine', engine, 'category', category, 'urgency', urgency),
        $3::timestamptz
      FROM go ORDER BY ord
      RETURNING id),
    jobs AS (
      INSERT INTO outbox (queue, job_name, job_id, payload)
      SELECT 'route', 'route', 'route_' || id || '_1', jsonb_build_object('ticketId', id, 'round', 1)
      FROM go ORDER BY ord
      ON CONFLICT (queue, job_id) DO NOTHING
      RETURNING id),
    audits AS (
      INSERT INTO audit_log (at, staff_id, role, unit_id, action, ticket_id, target_type, target_id, ip,
        request_id, data)
      SELECT $3::timestamptz, staff_id, role, unit_id, 'api.post /api/v1/tickets', id, 'ticket', id::text,
        ip, request_id, jsonb_build_object('status', 201)
      FROM go ORDER BY ord
      RETURNING id)
    SELECT e.ord, 'new' AS outcome, c.* FROM e JOIN created c ON c.id = e.id
    UNION ALL
    SELECT e.ord, CASE WHEN k.request_hash = e.hash THEN 'replay' ELSE 'reused' END, t.*
    FROM e
      JOIN ticket_idempotency_keys k ON k.staff_id = e.staff_id AND k.key = e.key
      JOIN tickets t ON t.id = k.ticket_id`,
};

/** A row as node-postgres parses it, into the shape drizzle returns for `tickets`. */
export function toTicketRow(row: Record<string, unknown>): TicketRow {
  const out: Record<string, unknown> = {};
  for (const [key, column] of TICKET_COLUMNS) {
    const v = row[column.name];
    out[key] =
      v === null || v === undefined || v instanceof Date ? (v ?? null) : column.mapFromDriverValue(v);
  }
  return out as TicketRow;
}

/**
 * Files `filings` in one statement on `client`, which must not be in a transaction: when this
 * resolves, what it reports is committed. An entry comes back null when this statement could not
 * decide it (see above): nothing of it was written, and the caller files it alone.
 */
export async function fileTicketsStatement(
  client: pg.PoolClient,
  filings: readonly StaffFiling[],
  day: string,
  now: Date,
): Promise<(FilingOutcome | null)[]> {
  if (filings.length === 0) return [];
  const phones = new Map<string, { phone: string; name: string | null; new_resident: string }>();
  for (const f of filings) {
    if (!f.contact.phone) continue;
    const known = phones.get(f.contact.phone);
    // Several filings for one caller: the last name given is the one kept, as one after another would.
    phones.set(f.contact.phone, {
      phone: f.contact.phone,
      name: f.contact.name ?? known?.name ?? null,
      new_resident: known?.new_resident ?? crypto.randomUUID(),
    });
  }
  const entries = filings.map((f, ord) => ({
    ord,
    id: f.ticketId,
    phone: f.contact.phone,
    ...complaintColumns(f.complaint),
    ...reporterCallback(f.complaint),
    tier: f.tier ?? "general",
    channel: f.channel,
    staff_id: f.staff.id,
    role: f.staff.role,
    unit_id: f.staff.unitId,
    key: f.idempotency?.key ?? null,
    hash: f.idempotency?.requestHash ?? null,
    ip: f.audit.ip,
    request_id: f.audit.requestId,
  }));
  const { rows } = await client.query<Record<string, unknown> & { ord: number; outcome: string }>({
    ...FILE_TICKETS,
    values: [JSON.stringify(entries), JSON.stringify([...phones.values()]), now, day],
  });
  const out: (FilingOutcome | null)[] = filings.map(() => null);
  for (const row of rows) {
    const f = filings[row.ord]!;
    if (row.outcome === "new") out[row.ord] = { outcome: "new", ticket: toTicketRow(row) };
    // Its own key claimed by another filing of this batch: undecided here, filed alone afterwards.
    else if (row.id === f.ticketId) continue;
    else if (out[row.ord] === null)
      out[row.ord] =
        row.outcome === "replay" ? { outcome: "replay", ticket: toTicketRow(row) } : { outcome: "reused" };
  }
  return out;
}
