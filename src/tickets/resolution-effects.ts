// The effects of a resolution and of the centre's decisions on it (办结审核) and on return requests
// (退单审核), written in the caller's ticket transaction.
import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketEvents } from "../db/schema/index.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { resultCard } from "../media/result-card.js";
import { issueResultLink, resultUrl } from "../media/result-links.js";
import { clip, formatDeadline, returnRefusedText, reviewReturnText } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { scheduleSurveys } from "../survey/schedule-surveys.js";
import { reporterIds } from "./ticket-store.js";

/**
 * Tells every reporter the unit's reply and schedules this round's callback survey (回访), in the
 * resolving (or approving) transaction: the survey exists exactly when the ticket is `resolved`.
 */
export async function announceResolution(
  tx: Queryable,
  ctx: AppContext,
  t: TicketRow,
  reply: string,
  now: Date,
  withPhotos: boolean,
): Promise<void> {
  // The resident sees the fix on a read-only page (no personal data) when photos came with it.
  const token = withPhotos
    ? await issueResultLink(tx, {
        ticketId: t.id,
        round: t.round,
        now,
        validDays: ctx.env.RESULT_LINK_DAYS,
      })
    : null;
  const link = resultUrl(ctx.env.PUBLIC_BASE_URL, token);
  // Where the channel shows cards (WeChat inside its window) the page also goes as one, with a photo.
  const card = await resultCard(tx, {
    publicBaseUrl: ctx.env.PUBLIC_BASE_URL,
    unitName: (id) => ctx.config.units.get(id)?.name ?? null,
    ticketId: t.id,
    round: t.round,
    token,
  });
  for (const residentId of await reporterIds(tx, t.id))
    await queueResidentMessage(tx, {
      residentId,
      text: `您反映的问题（编号${t.ref}）已办结：${reply}${link ? ` 现场照片：${link}` : ""}`,
      purpose: "reply",
      ticketId: t.id,
      at: now,
      card,
    });
  await scheduleSurveys(tx, ctx, { ticketId: t.id, round: t.round, resolvedAt: now });
}

/** This round's latest `resolve` event: the reply the centre approves and how many fix photos came with it. */
export async function latestResolution(
  tx: Queryable,
  ticketId: string,
  round: number,
): Promise<{ reply: string; photos: number }> {
  const events = await tx
    .select({ data: ticketEvents.data })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.action, "resolve")))
    .orderBy(desc(ticketEvents.id))
    .limit(10);
  const match = events.find((e) => e.data.round === round) ?? events[0];
  const reply = match?.data.reply;
  if (typeof reply !== "string" || !reply)
    throw new Error(`no resolve reply recorded for ticket ${ticketId}`);
  const photos = match?.data.photos;
  return { reply, photos: Array.isArray(photos) ? photos.length : 0 };
}

/** A decision of the centre the holding unit must act on (a returned resolution, a refused return). */
export async function notifyHolder(
  tx: Queryable,
  ctx: AppContext,
  t: TicketRow,
  purpose: "review_return" | "return_refused",
  reasonText: string,
  now: Date,
): Promise<void> {
  if (!t.unitId) return;
  const tz = ctx.config.jurisdiction.timezone;
  const params = {
    ref: t.ref,
    summary: clip(t.summary),
    reason: clip(reasonText.trim(), 40),
    deadline: t.resolveDueAt ? formatDeadline(t.resolveDueAt, tz) : "尽快",
  };
  await queueUnitNotification(tx, {
    unitId: t.unitId,
    purpose,
    text: purpose === "review_return" ? reviewReturnText(params) : returnRefusedText(params),
    params,
    ticketId: t.id,
    dedupeKey: `${purpose}:${t.id}:v${t.version}`,
    now,
  });
}
