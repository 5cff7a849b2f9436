import { eq } from "drizzle-orm";
import type { ResultCard } from "../../channels/port.js";
import type { Queryable } from "../db/client.js";
import { residents, ticketReporters, tickets } from "../db/schema/index.js";
import { publicSummary } from "../tickets/public-view.js";
import { listTicketMedia } from "./media-attachments.js";
import { resultUrl } from "./result-links.js";

/** WeChat cuts a news article's description on the card; a short one reads whole. */
const MAX_DESCRIPTION = 80;

/**
 * The link card of a resolution's public result page: the masked summary and the unit, the page's
 * address and a thumbnail of the first fix photo served through the same token. Null when the
 * deployment has no public address or the resolution has no live link.
 */
export async function resultCard(
  db: Queryable,
  a: {
    publicBaseUrl: string | undefined;
    unitName: (unitId: string) => string | null;
    ticketId: string;
    round: number;
    token: string | null;
  },
): Promise<ResultCard | null> {
  const url = resultUrl(a.publicBaseUrl, a.token);
  if (!url) return null;
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, a.ticketId));
  if (!ticket) return null;
  const photos = await listTicketMedia(db, a.ticketId, { round: a.round, onlyUnit: true });
  const unit = ticket.unitId ? a.unitName(ticket.unitId) : null;
  const summary = publicSummary(ticket.summary, await knownNames(db, ticket));
  return {
    title: "您反映的问题已办结",
    description: clip(`${summary}${unit ? `（承办单位：${unit}）` : ""}`, MAX_DESCRIPTION),
    url,
    picUrl: photos.length ? `${url}/thumb/0` : null,
  };
}

/** Names the ticket's reporters gave, masked out of anything public. */
export async function knownNames(
  db: Queryable,
  ticket: Pick<typeof tickets.$inferSelect, "id" | "complaint">,
): Promise<Array<string | null>> {
  const names = await db
    .select({ name: residents.name })
    .from(ticketReporters)
    .innerJoin(residents, eq(residents.id, ticketReporters.residentId))
    .where(eq(ticketReporters.ticketId, ticket.id));
  return [...names.map((n) => n.name), ticket.complaint?.contact?.name ?? null];
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
