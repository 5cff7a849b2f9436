import type pg from "pg";
import { GroupCommit } from "../db/group-commit.js";

/** A message the provider accepted, to be recorded `sent`. */
export interface SentMark {
  messageId: number;
  at: Date;
  provider: string;
  /** Merged into the row's payload (the provider's message id, the route it went by). */
  extra: Record<string, unknown>;
}

/**
 * Records sent messages in groups (db/group-commit.ts): the marks of sends that finish while an
 * earlier mark is being written go together in the next statement, so a bulk job's eight lanes share
 * round trips instead of sending one UPDATE each. Nothing waits on a timer (a lone mark is written
 * at once), and each caller's promise settles only after its row's statement returned, as before.
 * A group that fails is retried mark by mark (GroupCommit), so one failure stays its own.
 */
export class SentMarks {
  private readonly group: GroupCommit<SentMark, void>;

  constructor(readonly pool: pg.Pool) {
    this.group = new GroupCommit((marks) => this.write(marks), { maxBatch: 64, maxInFlight: 1 });
  }

  mark(mark: SentMark): Promise<void> {
    return this.group.submit(mark);
  }

  private async write(marks: readonly SentMark[]): Promise<void[]> {
    await this.pool.query({
      ...MARK_SENT,
      values: [
        marks.map((m) => m.messageId),
        marks.map((m) => m.at.toISOString()),
        marks.map((m) => m.provider),
        marks.map((m) => JSON.stringify(m.extra)),
      ],
    });
    return marks.map(() => undefined);
  }
}

/**
 * One text whatever the group's size: parsed once per connection. The arrays go through scalar
 * sub-selects: in view, their length let every custom plan cost itself below the generic one and
 * PostgreSQL planned every run; hidden, both plans cost alike (the same probe of `messages_pkey` per
 * id) and the connection keeps the generic plan after five runs.
 */
const MARK_SENT = {
  name: "outbound_mark_sent_many",
  text: `UPDATE messages m SET status = 'sent', error = NULL, processed_at = x.at,
      provider = x.provider, payload = m.payload || x.extra
    FROM unnest((SELECT $1::bigint[]), (SELECT $2::timestamptz[]), (SELECT $3::text[]),
        (SELECT $4::jsonb[])) AS x(id, at, provider, extra)
    WHERE m.id = x.id`,
};

/** The statement's text, for the plan test. */
export const OUTBOUND_MARK_SENT_STATEMENT = MARK_SENT;
