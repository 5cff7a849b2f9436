import type pg from "pg";
import { distinctRounds } from "../db/distinct-rounds.js";
import { GroupCommit } from "../db/group-commit.js";
import type { notifications, tickets } from "../db/schema/index.js";

/** A notification to deliver, with what its notice shows of the ticket and the unit it goes to. */
export interface FoundNotification {
  n: typeof notifications.$inferSelect;
  ticket: Pick<typeof tickets.$inferSelect, "ref" | "summary" | "locationText" | "complaint"> | null;
  unit: { id: string; phone: string | null } | null;
}

/** What became of one delivery attempt, written to the notification's row if it is still `queued`. */
export type DeliveryResult =
  | {
      id: number;
      sent: true;
      attempts: number;
      at: Date;
      channel: string;
      providerMessageId: string | null;
      /** The notifier's warning (a fallback taken), kept as the row's last error. */
      error: string | null;
    }
  | { id: number; sent: false; attempts: number; at: Date; error: string; final: boolean };

/**
 * The notify worker's two statements per notice, each shared by the deliveries that reach it at
 * once (db/group-commit.ts, as the outbound claims and sent marks): a bulk job delivers four
 * notices at a time and the worker runs four jobs, so their look-ups go in one statement and their
 * results in another instead of one each. Nothing waits on a timer (a lone one is sent at once),
 * and each caller's promise settles after its own statement returned. Results for the same
 * notification go in successive statements, as they would have alone.
 */
export class NotificationStatements {
  private readonly reads: GroupCommit<number, FoundNotification | undefined>;
  private readonly results: GroupCommit<DeliveryResult, void>;

  constructor(readonly pool: pg.Pool) {
    this.reads = new GroupCommit(
      async (ids) => {
        const { rows } = await this.pool.query<FoundRow>({ ...FIND, values: [[...new Set(ids)]] });
        const byId = new Map(rows.map((r) => [r.id, foundOf(r)]));
        return ids.map((id) => byId.get(id));
      },
      { maxBatch: 64, maxInFlight: 1 },
    );
    this.results = new GroupCommit((results) => this.writeResults(results), {
      maxBatch: 64,
      maxInFlight: 1,
    });
  }

  /** The notification, its ticket and its unit; undefined when there is no such notification. */
  find(id: number): Promise<FoundNotification | undefined> {
    return this.reads.submit(id);
  }

  /** Records an attempt's result (only a `queued` row changes: a job run twice leaves it alone). */
  record(result: DeliveryResult): Promise<void> {
    return this.results.submit(result);
  }

  private async writeResults(results: readonly DeliveryResult[]): Promise<void[]> {
    for (const round of distinctRounds(results, (r) => r.id)) {
      const rows = round.map((i) => results[i]!);
      await this.pool.query({
        ...RECORD_RESULTS,
        values: [
          rows.map((r) => r.id),
          rows.map((r) => r.sent),
          rows.map((r) => r.attempts),
          rows.map((r) => (r.sent ? r.channel : null)),
          rows.map((r) => (r.sent ? r.providerMessageId : null)),
          rows.map((r) => r.at.toISOString()),
          rows.map((r) => r.error),
          rows.map((r) => !r.sent && r.final),
        ],
      });
    }
    return results.map(() => undefined);
  }
}

type FoundRow = FoundNotification["n"] & {
  ticketRef: string | null;
  ticketSummary: string | null;
  ticketLocationText: string | null;
  ticketComplaint: (typeof tickets.$inferSelect)["complaint"];
  unitRowId: string | null;
  unitPhone: string | null;
};

function foundOf(r: FoundRow): FoundNotification {
  const { ticketRef, ticketSummary, ticketLocationText, ticketComplaint, unitRowId, unitPhone, ...n } = r;
  return {
    n,
    ticket:
      ticketRef === null
        ? null
        : {
            ref: ticketRef,
            summary: ticketSummary!,
            locationText: ticketLocationText,
            complaint: ticketComplaint,
          },
    unit: unitRowId === null ? null : { id: unitRowId, phone: unitPhone },
  };
}

/**
 * The notifications to deliver, with only the ticket's fields a notice shows. Named (parsed and
 * planned once per connection), one text whatever the number of ids. Each id is a probe of its own
 * kept apart by OFFSET 0: with \`id = ANY($1)\` the generic plan PostgreSQL keeps, made while the
 * tables are small, hashed scans of notifications, tickets and units. The array goes through a
 * scalar sub-select so that a custom plan is costed like the generic one (in view, its length made
 * every custom plan look cheaper and PostgreSQL planned every run); the generic plan is then kept
 * after five runs.
 */
const FIND = {
  name: "notifications_for_delivery",
  text: `SELECT x.* FROM unnest((SELECT $1::bigint[])) AS w(id)
    CROSS JOIN LATERAL (
      SELECT n.id::float8 AS id, n.recipient_type AS "recipientType", n.recipient_id AS "recipientId",
        n.via, n.unit_id AS "unitId", n.resident_id AS "residentId", n.purpose,
        n.template_code AS "templateCode", n.params, n.text, n.ticket_id AS "ticketId",
        n.dedupe_key AS "dedupeKey", n.status, n.attempts, n.last_error AS "lastError", n.channel,
        n.provider_message_id AS "providerMessageId", n.created_at AS "createdAt",
        n.updated_at AS "updatedAt", n.sent_at AS "sentAt",
        t.ref AS "ticketRef", t.summary AS "ticketSummary", t.location_text AS "ticketLocationText",
        t.complaint AS "ticketComplaint", u.id AS "unitRowId", u.phone AS "unitPhone"
      FROM notifications n
      LEFT JOIN tickets t ON t.id = n.ticket_id
      LEFT JOIN units u ON u.id = n.unit_id
      WHERE n.id = w.id
      OFFSET 0) x`,
};

/**
 * A sent row takes the channel, the provider's id and the time; a failed attempt only counts and
 * keeps its error, and the last one (or a permanent failure) marks the row `failed`. Only a
 * `queued` row is written: a job run twice (or after the sweep) leaves a sent or failed row alone.
 * The rows are reached through `id = ANY($1)`, an index condition, so the plan kept for the
 * statement cannot become a scan of the table. The arrays go through scalar sub-selects, as the
 * look-up's does: in view, their length made every custom plan look cheaper than the generic one
 * and PostgreSQL planned most runs; hidden, both cost alike and the generic plan is kept.
 */
const RECORD_RESULTS = {
  name: "notification_results",
  text: `UPDATE notifications n SET
      status = CASE WHEN x.sent THEN 'sent' WHEN x.final THEN 'failed' ELSE n.status END,
      attempts = x.attempts,
      channel = CASE WHEN x.sent THEN x.channel ELSE n.channel END,
      provider_message_id = CASE WHEN x.sent THEN x.provider_message_id ELSE n.provider_message_id END,
      sent_at = CASE WHEN x.sent THEN x.at ELSE n.sent_at END,
      updated_at = x.at,
      last_error = x.error
    FROM unnest((SELECT $1::bigint[]), (SELECT $2::boolean[]), (SELECT $3::int[]), (SELECT $4::text[]),
      (SELECT $5::text[]), (SELECT $6::timestamptz[]), (SELECT $7::text[]), (SELECT $8::boolean[]))
      AS x(id, sent, attempts, channel, provider_message_id, at, error, final)
    WHERE n.id = ANY((SELECT $1::bigint[])::bigint[]) AND n.id = x.id AND n.status = 'queued'`,
};

/** The statements' texts, for the plan test. */
export const NOTIFICATION_STATEMENTS = { find: FIND, results: RECORD_RESULTS } as const;
