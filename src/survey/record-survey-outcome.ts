import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { surveys, type AnsweredBy, type SurveyRow, type UnreachableReason } from "../db/schema/index.js";
import type { Resolved, Satisfaction } from "../domain/survey-answer.js";
import type { AppContext } from "../runtime/context.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import { settleRound, SURVEY_ACTOR, type SettleOutcome } from "./settle-round.js";

export interface AnswerInput {
  resolved: Resolved;
  satisfaction: Satisfaction | null;
  comment: string | null;
  /** The phrases and engine behind the reading (audit). */
  matched?: string[];
  engine?: string;
}

export interface RecordOptions {
  by: AnsweredBy;
  answerMessageId?: number | null;
  actor?: Actor;
}

/**
 * Records a final answer with a compare-and-set on the survey's status (only a survey still waiting
 * can be answered: a duplicate delivery of the same reply finds it answered and changes nothing),
 * then applies its consequences to the ticket. Returns null when the survey was no longer open.
 */
export async function recordAnswer(
  tx: Queryable,
  ctx: AppContext,
  surveyId: number,
  a: AnswerInput,
  o: RecordOptions,
): Promise<{ survey: SurveyRow; outcome: SettleOutcome } | null> {
  const now = ctx.now();
  const [survey] = await tx
    .update(surveys)
    .set({
      status: "answered",
      resolved: a.resolved,
      satisfaction: a.satisfaction,
      comment: a.comment,
      interpretation: { matched: a.matched ?? [], engine: a.engine ?? null },
      answeredAt: now,
      answeredBy: o.by,
      answerMessageId: o.answerMessageId ?? null,
      dueAt: null,
      updatedAt: now,
    })
    .where(and(eq(surveys.id, surveyId), inArray(surveys.status, ["scheduled", "sent", "clarifying"])))
    .returning();
  if (!survey) return null;
  const outcome = await settleRound(tx, ctx, { survey, source: o.by }, o.actor ?? SURVEY_ACTOR);
  return { survey, outcome };
}

/** Ends a survey as 未回访 (compare-and-set like recordAnswer) and settles the round. */
export async function markUnreachable(
  tx: Queryable,
  ctx: AppContext,
  surveyId: number,
  reason: UnreachableReason,
  actor: Actor = SURVEY_ACTOR,
): Promise<{ survey: SurveyRow; outcome: SettleOutcome } | null> {
  const now = ctx.now();
  const [survey] = await tx
    .update(surveys)
    .set({ status: "unreachable", unreachableReason: reason, dueAt: null, updatedAt: now })
    .where(and(eq(surveys.id, surveyId), inArray(surveys.status, ["scheduled", "sent", "clarifying"])))
    .returning();
  if (!survey) return null;
  const outcome = await settleRound(tx, ctx, { survey, source: "unreachable" }, actor);
  return { survey, outcome };
}
