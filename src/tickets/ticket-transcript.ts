import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { messages } from "../db/schema/index.js";

type MessageRow = typeof messages.$inferSelect;

/** Enough for any real dialogue; a runaway conversation is cut rather than served whole. */
const LIMIT = 500;

/**
 * The messages that belong to one ticket: the resident's messages its draft was made from (and
 * those of the tickets merged into it), their answers to its callback survey, the bot's replies
 * to these, and the notices and survey questions sent about the ticket. A conversation outlives its tickets; its other problems, and the other references
 * they were given, are not this ticket's to show.
 */
export async function ticketTranscript(db: Queryable, ticketId: string): Promise<MessageRow[]> {
  const result = await db.execute(sql`
    WITH RECURSIVE family(id) AS (
      SELECT ${ticketId}::uuid
      UNION
      SELECT t.id FROM tickets t JOIN family f ON t.merged_into_id = f.id
    ),
    own AS (
      SELECT tm.message_id AS id FROM ticket_messages tm WHERE tm.ticket_id IN (SELECT id FROM family)
      UNION
      SELECT s.answer_message_id FROM surveys s
      WHERE s.ticket_id IN (SELECT id FROM family) AND s.answer_message_id IS NOT NULL
    )
    SELECT m.id FROM messages m
    WHERE m.id IN (SELECT id FROM own)
       OR (m.direction = 'out' AND m.reply_to_message_id IN (SELECT id FROM own))
       OR (m.direction = 'out' AND m.payload->>'ticketId' IN (SELECT id::text FROM family))
    ORDER BY m.created_at, m.id
    LIMIT ${LIMIT}`);
  const ids = (result.rows as { id: string | number }[]).map((r) => Number(r.id));
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(messages)
    .where(
      sql`${messages.id} IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}
