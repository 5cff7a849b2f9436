import { and, gte, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "../db/client.js";
import { ticketEvents, tickets } from "../db/schema/index.js";

/**
 * How the safety question (docs/intake.md, "A safety question when a danger is possible") fared
 * over a period: how often it was asked of reports that became tickets, and what the residents
 * answered. "yes" is a danger the detector missed and the question caught; "unanswered" reports were
 * filed as urgent after the wait. Drafts abandoned before any answer are not tickets and not counted.
 */
export const SafetyQuestions = z.object({
  asked: z.number().describe("tickets filed after the safety question"),
  yes: z.number().describe("answered 有: filed as an emergency"),
  no: z.number().describe("answered 没有"),
  other: z.number().describe("any other answer (a place, more detail)"),
  unanswered: z.number().describe("no answer within the wait: filed as urgent"),
});
export type SafetyQuestions = z.infer<typeof SafetyQuestions>;

const ANSWERS = ["yes", "no", "other", "unanswered"] as const;

/** Counted from the tickets' `danger_check` events in [from, to), of the `unitIds` units (null: all). */
export async function safetyQuestions(
  db: Queryable,
  q: { from: Date; to: Date; unitIds: string[] | null },
): Promise<SafetyQuestions> {
  const inPeriod = [
    sql`${ticketEvents.action} = 'danger_check'`,
    gte(ticketEvents.at, q.from),
    lt(ticketEvents.at, q.to),
  ];
  // Every event belongs to a ticket (a foreign key), so without a scope the tickets are not read:
  // looking each event's ticket up was about four fifths of this count's time at 1,000,000 tickets
  // (docs/performance.md). A scope needs each ticket's unit.
  const rows = q.unitIds
    ? await db.execute<{ answer: string | null; n: number }>(
        sql`SELECT ${ticketEvents.data}->>'answer' AS answer, count(*)::int AS n
            FROM ${ticketEvents} JOIN ${tickets} ON ${tickets.id} = ${ticketEvents.ticketId}
            WHERE ${and(...inPeriod, q.unitIds.length ? inArray(tickets.unitId, q.unitIds) : sql`false`)}
            GROUP BY 1`,
      )
    : await db.execute<{ answer: string | null; n: number }>(
        sql`SELECT ${ticketEvents.data}->>'answer' AS answer, count(*)::int AS n
            FROM ${ticketEvents} WHERE ${and(...inPeriod)} GROUP BY 1`,
      );
  const out: SafetyQuestions = { asked: 0, yes: 0, no: 0, other: 0, unanswered: 0 };
  for (const r of rows.rows) {
    out.asked += r.n;
    // null: the resident went on without answering (an older draft) — counted as "other".
    const answer = ANSWERS.find((a) => a === r.answer) ?? "other";
    out[answer] += r.n;
  }
  return out;
}
