import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeNamed } from "../db/named-statements.js";
import { deliveryChannel } from "../channels-runtime/channel-rules.js";
import { channelNames } from "../../channels/registry.js";
import { outboxRecorded } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import { slaJobId } from "../sla/schedule.js";
import { UNIT_TEMPLATES } from "../notify/unit-texts.js";

/** What a dispatch tells whom: the unit's SMS, each reporter's status notice, the first SLA check. */
export interface DispatchNotice {
  ticketId: string;
  unitId: string;
  /** The unit SMS: its text, its template's parameters and its business key (one per dispatch). */
  unitText: string;
  params: Record<string, string>;
  dedupeKey: string;
  /** The residents told, in the order they reported, and what they are told. */
  residentIds: readonly string[];
  residentText: string;
  /** The first light check, if any clock runs. */
  slaCheckAt: Date | null;
  now: Date;
}

/** A status message to residents that goes with no dispatch (a merge tells who joined which number). */
export interface StatusNotice {
  ticketId: string;
  residentIds: readonly string[];
  text: string;
  now: Date;
}

/** Channels whose residents are answered on another channel (hotline callers: by SMS). */
let channelMap: { from: string; to: string }[] | undefined;
function deliveryChannels(): { from: string; to: string }[] {
  return (channelMap ??= channelNames
    .map((from) => ({ from, to: deliveryChannel(from) }))
    .filter((m) => m.from !== m.to));
}

/**
 * Records the notices of any number of dispatches in one statement, in the caller's transaction:
 * each unit's notification row (one per dedupe key) with its delivery job, each reporter's status
 * message on the identity they last wrote from (as queueResidentMessage picks it; status notices
 * ignore an opt-out) with its job, and the SLA check job. Jobs go through the outbox, so they exist
 * exactly when the dispatch commits; a second call with the same dedupe key adds no unit notice.
 *
 * `statusNotices` are further status messages written the same way (a route batch's merges).
 *
 * Before, the same took six statements per ticket (two per resident); a route batch now writes the
 * notices of all its tickets at once.
 */
export async function queueDispatchNotices(
  tx: Queryable,
  list: readonly DispatchNotice[],
  statusNotices: readonly StatusNotice[] = [],
): Promise<void> {
  if (list.length === 0 && statusNotices.length === 0) return;
  const units = list.map((n, ord) => ({
    ord,
    ticket_id: n.ticketId,
    unit_id: n.unitId,
    params: n.params,
    text: n.unitText,
    dedupe_key: n.dedupeKey,
    at: n.now.toISOString(),
  }));
  const residents = [
    ...list.map((n) => ({
      ticketId: n.ticketId,
      residentIds: n.residentIds,
      text: n.residentText,
      now: n.now,
    })),
    ...statusNotices,
  ].flatMap((n, t) =>
    n.residentIds.map((residentId, r) => ({
      ord: t * 10_000 + r,
      ticket_id: n.ticketId,
      resident_id: residentId,
      text: n.text,
      at: n.now.toISOString(),
    })),
  );
  const checks = list.flatMap((n) =>
    n.slaCheckAt
      ? [
          {
            ticket_id: n.ticketId,
            job_id: slaJobId(n.ticketId, n.slaCheckAt),
            run_at: n.slaCheckAt.toISOString(),
          },
        ]
      : [],
  );
  // Job ids as jobId() spells them ("ntf_12", "out_34"): the prefixes carry no separator to escape.
  const ntfPrefix = jobId("ntf", "");
  const outPrefix = jobId("out", "");
  await executeNamed(
    tx,
    "routing_dispatch_notices",
    sql`
    WITH unit_in AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(units)}::jsonb)
        AS x(ord int, ticket_id uuid, unit_id text, params jsonb, text text, dedupe_key text, at timestamptz)
    ), ntf AS (
      INSERT INTO notifications
        (recipient_type, unit_id, purpose, template_code, params, text, ticket_id, dedupe_key, created_at, updated_at)
      SELECT 'unit', unit_id, 'dispatch', ${UNIT_TEMPLATES.dispatch}, params, text, ticket_id, dedupe_key, at, at
        FROM unit_in ORDER BY ord
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id
    ), ntf_job AS (
      INSERT INTO outbox (queue, job_name, job_id, payload)
      SELECT 'notify', 'notify', ${ntfPrefix} || id, jsonb_build_object('notificationId', id) FROM ntf
      ON CONFLICT (queue, job_id) DO NOTHING
    ), resident_in AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(residents)}::jsonb)
        AS x(ord int, ticket_id uuid, resident_id uuid, text text, at timestamptz)
    ), target AS (
      SELECT r.ord, r.ticket_id, r.resident_id, r.text, r.at, i.id AS identity_id, i.address,
             coalesce(m.to_channel, i.channel) AS channel
        FROM resident_in r
        JOIN LATERAL (
          SELECT id, channel, address FROM resident_identities
           WHERE resident_id = r.resident_id
           ORDER BY last_inbound_at IS NOT NULL DESC, last_inbound_at DESC
           LIMIT 1
        ) i ON true
        LEFT JOIN jsonb_to_recordset(${JSON.stringify(deliveryChannels().map((m) => ({ from_channel: m.from, to_channel: m.to })))}::jsonb)
          AS m(from_channel text, to_channel text) ON m.from_channel = i.channel
    ), msg AS (
      INSERT INTO messages (channel, direction, resident_id, kind, text, payload, status, created_at)
      SELECT channel, 'out', resident_id, 'text', text,
             jsonb_build_object('purpose', 'status', 'identityId', identity_id, 'address', address, 'ticketId', ticket_id),
             'queued', at
        FROM target ORDER BY ord
      RETURNING id
    ), msg_job AS (
      INSERT INTO outbox (queue, job_name, job_id, payload)
      SELECT 'outbound', 'outbound', ${outPrefix} || id, jsonb_build_object('messageId', id) FROM msg
      ON CONFLICT (queue, job_id) DO NOTHING
    ), sla_job AS (
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
      SELECT 'sla', 'sla', job_id, jsonb_build_object('ticketId', ticket_id), run_at
        FROM jsonb_to_recordset(${JSON.stringify(checks)}::jsonb) AS x(ticket_id uuid, job_id text, run_at timestamptz)
      ON CONFLICT (queue, job_id) DO NOTHING
    )
    SELECT 1`,
  );
  outboxRecorded();
}
