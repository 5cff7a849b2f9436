import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { digests, notifications, tickets } from "../db/schema/index.js";
import { localDay } from "../domain/local-time.js";
import { RUNNING_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import { surveyDigest, type SurveyDigest } from "./survey-digest.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { digestText } from "../notify/unit-texts.js";

/** A notification still queued after this long is "stuck" (the provider or the worker is down). */
const STUCK_NOTIFICATION_MS = 60 * 60_000;
/**
 * A ticket waiting for the centre (triage, transferred back, a resolution to review, a return
 * request to decide) this long is "stuck".
 */
const STUCK_TICKET_MS = 4 * 60 * 60_000;

export interface DigestBody {
  day: string;
  generatedAt: string;
  overdueTickets: {
    id: string;
    ref: string;
    unitId: string | null;
    status: string;
    resolveDueAt: string | null;
    acceptRedAt: string | null;
  }[];
  stuckTickets: { id: string; ref: string; status: string; triage: boolean; updatedAt: string }[];
  /** Callback surveys: failed sends, new 未回访 by reason, phone callbacks waiting for an agent. */
  surveys: SurveyDigest;
  stuckNotifications: {
    id: number;
    unitId: string | null;
    purpose: string;
    status: string;
    attempts: number;
    lastError: string | null;
    ticketId: string | null;
  }[];
}

/**
 * The daily digest for the centre (日调度): overdue tickets (not accepted by the red light, or past
 * the resolution deadline), tickets waiting for the centre, and notifications that failed or are
 * stuck. Stored once per local day (a second run the same day returns the stored one) and announced
 * to the centre's duty phone with a short SMS.
 */
export async function runDigest(ctx: AppContext): Promise<DigestBody> {
  const now = ctx.now();
  const day = localDay(now, ctx.config.jurisdiction.timezone);
  const { db } = ctx.database;
  const [existing] = await db.select().from(digests).where(eq(digests.day, day)).limit(1);
  if (existing) return existing.body as unknown as DigestBody;

  const overdue = await db
    .select()
    .from(tickets)
    .where(
      or(
        and(eq(tickets.status, "dispatched"), lt(tickets.acceptRedAt, now)),
        and(inArray(tickets.status, [...RUNNING_STATUSES]), lt(tickets.resolveDueAt, now)),
      ),
    )
    .orderBy(tickets.resolveDueAt)
    .limit(500);
  const stuck = await db
    .select()
    .from(tickets)
    .where(
      or(
        and(
          inArray(tickets.status, ["received", "transferred", "reopened"]),
          lt(tickets.updatedAt, new Date(now.getTime() - STUCK_TICKET_MS)),
        ),
        // The centre's own decisions: a resolution waiting for review, a unit's return request.
        and(
          eq(tickets.status, "pending_review"),
          lt(tickets.resolvedAt, new Date(now.getTime() - STUCK_TICKET_MS)),
        ),
        and(
          inArray(tickets.status, [...RUNNING_STATUSES]),
          lt(tickets.returnRequestedAt, new Date(now.getTime() - STUCK_TICKET_MS)),
        ),
      ),
    )
    .orderBy(tickets.updatedAt)
    .limit(500);
  const failed = await db
    .select()
    .from(notifications)
    .where(
      or(
        and(
          eq(notifications.status, "failed"),
          sql`${notifications.updatedAt} > ${new Date(now.getTime() - 7 * 86_400_000).toISOString()}::timestamptz`,
        ),
        and(
          eq(notifications.status, "queued"),
          lt(notifications.createdAt, new Date(now.getTime() - STUCK_NOTIFICATION_MS)),
        ),
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(500);

  const surveySection = await surveyDigest(db, new Date(now.getTime() - 86_400_000));
  const body: DigestBody = {
    day,
    surveys: surveySection,
    generatedAt: now.toISOString(),
    overdueTickets: overdue.map((t) => ({
      id: t.id,
      ref: t.ref,
      unitId: t.unitId,
      status: t.status,
      resolveDueAt: t.resolveDueAt?.toISOString() ?? null,
      acceptRedAt: t.acceptRedAt?.toISOString() ?? null,
    })),
    stuckTickets: stuck.map((t) => ({
      id: t.id,
      ref: t.ref,
      status: t.status,
      triage: t.triage,
      updatedAt: t.updatedAt.toISOString(),
    })),
    stuckNotifications: failed.map((n) => ({
      id: n.id,
      unitId: n.unitId,
      purpose: n.purpose,
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError,
      ticketId: n.ticketId,
    })),
  };
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(digests)
      .values({ day, body: body as unknown as Record<string, unknown>, createdAt: now })
      .onConflictDoNothing({ target: digests.day })
      .returning({ id: digests.id });
    if (!row) return;
    const params = {
      overdue: String(body.overdueTickets.length),
      stuck: String(body.stuckTickets.length),
      failed: String(body.stuckNotifications.length),
    };
    await queueUnitNotification(tx, {
      unitId: "centre",
      purpose: "digest",
      text: digestText({
        overdue: body.overdueTickets.length,
        stuckTickets: body.stuckTickets.length,
        failed: body.stuckNotifications.length,
      }),
      params,
      dedupeKey: `digest:${day}`,
      now,
    });
  });
  ctx.relay.kick();
  return body;
}

export async function latestDigest(ctx: AppContext): Promise<DigestBody | null> {
  const [row] = await ctx.database.db.select().from(digests).orderBy(desc(digests.id)).limit(1);
  return row ? (row.body as unknown as DigestBody) : null;
}
