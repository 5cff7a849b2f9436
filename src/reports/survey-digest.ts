import { and, desc, eq, gt, gte, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { callbackTasks, surveys, tickets } from "../db/schema/index.js";

export interface SurveyDigest {
  /** Surveys whose question failed on its channel (retried at the retry offsets; see sendFailures). */
  sendFailures: {
    surveyId: number;
    ticketId: string;
    ref: string;
    status: string;
    sendFailures: number;
    lastSendError: string | null;
  }[];
  /** Surveys that ended 未回访 since `since`, by reason. */
  unreachableSince: Record<string, number>;
  /** Phone callbacks (survey calls, spot checks) still waiting for an agent. */
  openCallbackTasks: number;
}

/**
 * The survey section of the centre's daily digest (日调度): failed survey sends, new 未回访 and the
 * agents' open callback work. Read-only; the digest job decides how to present it.
 */
export async function surveyDigest(db: Queryable, since: Date): Promise<SurveyDigest> {
  const failures = await db
    .select({
      surveyId: surveys.id,
      ticketId: surveys.ticketId,
      ref: tickets.ref,
      status: surveys.status,
      sendFailures: surveys.sendFailures,
      lastSendError: surveys.lastSendError,
    })
    .from(surveys)
    .innerJoin(tickets, eq(tickets.id, surveys.ticketId))
    .where(and(gt(surveys.sendFailures, 0), gte(surveys.updatedAt, since)))
    .orderBy(desc(surveys.updatedAt))
    .limit(200);
  const unreachable = await db
    .select({ reason: surveys.unreachableReason, n: sql<number>`count(*)::int` })
    .from(surveys)
    .where(and(eq(surveys.status, "unreachable"), gte(surveys.updatedAt, since)))
    .groupBy(surveys.unreachableReason);
  const [open] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(callbackTasks)
    .where(eq(callbackTasks.status, "open"));
  return {
    sendFailures: failures,
    unreachableSince: Object.fromEntries(unreachable.map((r) => [r.reason ?? "no_answer", r.n])),
    openCallbackTasks: open?.n ?? 0,
  };
}
