import { and, desc, eq, inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import {
  callbackTasks,
  residents,
  surveys,
  ticketReporters,
  tickets,
  type CallbackTaskRow,
} from "../db/schema/index.js";
import { AppError, conflict, notFound } from "../domain/app-error.js";
import type { Resolved, Satisfaction } from "../domain/survey-answer.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import type { AppContext } from "../runtime/context.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import { markUnreachable, recordAnswer } from "./record-survey-outcome.js";
import { isNegative, settleRound, type SettleOutcome } from "./settle-round.js";
import { reopenedNotice } from "./survey-texts.js";

export interface CallbackResult {
  /** Did the agent reach the resident? */
  reached: boolean;
  resolved?: Resolved;
  satisfaction?: Satisfaction | null;
  comment?: string | null;
}

export interface CallbackOutcome {
  task: CallbackTaskRow;
  outcome: SettleOutcome | "recorded";
  overturned: boolean;
}

/**
 * Records what an agent learnt on the phone.
 * - survey_call (hotline callers surveyed by phone): reached → the answer is the survey's answer
 *   (closes or reopens like a message answer); not reached → the survey ends unreachable (未回访).
 * - spot_check (抽查 of a closed ticket): a dissatisfied / not-solved result overturns the survey —
 *   the survey takes the spot check's answer (overturned = true, the old answer in the reopen event)
 *   and the ticket is reopened for another round; a confirming result or no contact changes nothing.
 */
export async function recordCallbackResult(
  ctx: AppContext,
  taskId: number,
  r: CallbackResult,
  staff: StaffPrincipal,
): Promise<CallbackOutcome> {
  if (r.reached && !r.satisfaction && r.resolved !== "no")
    throw new AppError(
      "CALLBACK.ANSWER_REQUIRED",
      "已接通时请填写满意度（satisfaction），或注明问题未解决（resolved = no）",
      400,
    );
  const actor: Actor = { role: "centre", id: staff.id, unitId: staff.unitId };
  const result = await ctx.database.db.transaction(async (tx) => {
    const [task] = await tx
      .select()
      .from(callbackTasks)
      .where(eq(callbackTasks.id, taskId))
      .for("update")
      .limit(1);
    if (!task) throw notFound("CALLBACK.NOT_FOUND", `no callback task ${taskId}`);
    if (task.status !== "open")
      throw conflict(
        "CALLBACK.NOT_OPEN",
        `回访任务已${task.status === "done" ? "完成" : "过期"}，不能再次登记`,
      );
    const now = ctx.now();
    const answer = {
      resolved: r.resolved ?? (r.satisfaction && r.satisfaction !== "dissatisfied" ? "yes" : "unknown"),
      satisfaction: r.satisfaction ?? null,
      comment: r.comment?.trim() || null,
    } as const;
    let outcome: CallbackOutcome["outcome"] = "recorded";
    let overturned = false;

    if (task.kind === "survey_call" && task.surveyId) {
      const done = r.reached
        ? await recordAnswer(tx, ctx, task.surveyId, { ...answer, engine: "agent" }, { by: "agent", actor })
        : await markUnreachable(tx, ctx, task.surveyId, "no_answer", actor);
      if (!done) throw conflict("CALLBACK.SURVEY_CLOSED", "该回访已有结果，不能再次登记");
      outcome = done.outcome;
    } else if (task.kind === "spot_check" && r.reached && task.surveyId) {
      const negative = answer.satisfaction === "dissatisfied" || answer.resolved === "no";
      const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, task.ticketId)).limit(1);
      if (negative && ticket?.status === "closed" && ticket.round === task.round) {
        const [before] = await tx.select().from(surveys).where(eq(surveys.id, task.surveyId)).limit(1);
        const [survey] = await tx
          .update(surveys)
          .set({
            status: "answered",
            resolved: answer.resolved,
            satisfaction: answer.satisfaction,
            comment: answer.comment,
            answeredBy: "spot_check",
            answeredAt: before?.answeredAt ?? now,
            overturned: true,
            updatedAt: now,
          })
          .where(eq(surveys.id, task.surveyId))
          .returning();
        outcome = await settleRound(
          tx,
          ctx,
          {
            survey: survey!,
            source: "spot_check",
            extra: {
              callbackTaskId: task.id,
              overturnedAnswer: {
                status: before?.status,
                satisfaction: before?.satisfaction,
                resolved: before?.resolved,
                comment: before?.comment,
              },
            },
          },
          actor,
        );
        overturned = outcome === "reopened";
      }
    }
    // The resident who was phoned hears that the ticket is being handled again.
    if (outcome === "reopened" && task.residentId)
      await tellResidentReopened(tx, task.ticketId, task.residentId, now);
    const [updated] = await tx
      .update(callbackTasks)
      .set({
        status: "done",
        result: { ...r, comment: r.comment ?? null },
        overturned,
        completedBy: staff.id,
        completedAt: now,
      })
      .where(eq(callbackTasks.id, task.id))
      .returning();
    return { task: updated!, outcome, overturned };
  });
  ctx.relay.kick();
  return result;
}

async function tellResidentReopened(
  tx: Queryable,
  ticketId: string,
  residentId: string,
  at: Date,
): Promise<void> {
  const [t] = await tx
    .select({ ref: tickets.ref, summary: tickets.summary })
    .from(tickets)
    .where(eq(tickets.id, ticketId))
    .limit(1);
  if (t)
    await queueResidentMessage(tx, { residentId, text: reopenedNotice(t), purpose: "status", ticketId, at });
}

export interface TaskListFilter {
  status?: ("open" | "done" | "expired")[];
  kind?: ("survey_call" | "spot_check")[];
  limit: number;
  scope?: SQL[];
}

/** The reporter row of one resident's report on one ticket: it keeps a callback number named for it. */
export const reportOf = (ticketId: Column, residentId: Column) =>
  and(eq(ticketReporters.ticketId, ticketId), eq(ticketReporters.residentId, residentId));

/**
 * The number to call about a report (joined with `reportOf`): the one the resident named for it when
 * it is not their own (a relative's), else their profile's.
 */
export const numberToCall = sql<
  string | null
>`coalesce(${ticketReporters.callbackPhone}, ${residents.phone})`;

/** Callback tasks with what the agent needs to make the call (the number is revealed to callers). */
export async function listCallbackTasks(ctx: AppContext, f: TaskListFilter) {
  const where: SQL[] = [...(f.scope ?? [])];
  if (f.status?.length) where.push(inArray(callbackTasks.status, f.status));
  if (f.kind?.length) where.push(inArray(callbackTasks.kind, f.kind));
  return ctx.database.db
    .select({
      task: callbackTasks,
      ref: tickets.ref,
      summary: tickets.summary,
      ticketStatus: tickets.status,
      unitId: tickets.unitId,
      name: residents.name,
      phone: numberToCall,
      callbackFor: ticketReporters.callbackFor,
      satisfaction: surveys.satisfaction,
      resolved: surveys.resolved,
    })
    .from(callbackTasks)
    .innerJoin(tickets, eq(tickets.id, callbackTasks.ticketId))
    .leftJoin(residents, eq(residents.id, callbackTasks.residentId))
    .leftJoin(ticketReporters, reportOf(callbackTasks.ticketId, callbackTasks.residentId))
    .leftJoin(surveys, eq(surveys.id, callbackTasks.surveyId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(callbackTasks.createdAt), desc(callbackTasks.id))
    .limit(f.limit);
}

export { isNegative };
