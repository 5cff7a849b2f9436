import { and, desc, eq, gte, inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { messages, surveyMessages, surveys, tickets, type SurveyRow } from "../db/schema/index.js";
import { parseSurveyAnswer } from "../domain/survey-answer.js";
import { TICKET_REF_PATTERN } from "../domain/ticket-ref.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import { recordAnswer } from "./record-survey-outcome.js";
import { isNegative } from "./settle-round.js";
import { surveyInterpreterFor, type SurveyInterpreter } from "./survey-interpreter.js";
import {
  clarifyQuestion,
  lateReply,
  recordedAfterReopen,
  reopenedNotice,
  thanksSatisfied,
  thanksUnknown,
  type TicketBrief,
} from "./survey-texts.js";
import { clarifyDue } from "./survey-timing.js";
import { replyNotBefore } from "../channels-runtime/channel-rules.js";

export interface SurveyReplyInput {
  residentId: string;
  /** The inbound message (messages.id) being handled. */
  messageId: number;
  channel: string;
  text: string;
}

/**
 * The intake worker calls this at the start of every text turn, in its transaction. When the
 * resident has a survey waiting for an answer (sent or clarifying), the text is read as the answer
 * and handled here (handled = true: the intake bot must not treat it as a new appeal).
 *
 * - Several open surveys: the text is applied to the one named by a reference number in it, else to
 *   the most recently asked one; the acknowledgement names the ticket so the resident can correct.
 * - Unclear answer: one clarifying question; a second unclear answer is recorded as "unknown" with
 *   the resident's words as the comment.
 * - A survey answer arriving after the survey expired (up to SURVEY_LATE_REPLY_DAYS): recorded as a
 *   late comment on the survey (not counted in the rates), with a polite note that a new problem can
 *   be reported. Anything that does not read as a survey answer goes to the intake bot.
 */
export async function handleSurveyReply(
  tx: Queryable,
  ctx: AppContext,
  input: SurveyReplyInput,
  opts: { interpreter?: SurveyInterpreter } = {},
): Promise<{ handled: boolean }> {
  const text = input.text.trim();
  if (!text) return { handled: false };
  const open = await tx
    .select({ survey: surveys, ref: tickets.ref, summary: tickets.summary })
    .from(surveys)
    .innerJoin(tickets, eq(tickets.id, surveys.ticketId))
    .where(
      and(
        eq(surveys.residentId, input.residentId),
        inArray(surveys.status, ["sent", "clarifying"]),
        eq(surveys.method, "message"),
      ),
    )
    .orderBy(desc(surveys.lastSentAt), desc(surveys.id))
    .for("update", { of: surveys });
  if (open.length === 0) return handleLateReply(tx, ctx, input, text);

  const refs = text.toUpperCase().match(new RegExp(TICKET_REF_PATTERN.source.replace(/^\^|\$$/g, ""), "g"));
  const target = open.find((o) => refs?.includes(o.ref)) ?? open[0]!;
  const s = target.survey;
  const brief: TicketBrief = { ref: target.ref, summary: target.summary };
  const sendAfter = await passiveReplyBudget(tx, ctx, input);
  const reply = (t: string) =>
    queueResidentMessage(tx, {
      residentId: input.residentId,
      text: t,
      purpose: "reply",
      preferChannel: input.channel,
      replyToMessageId: input.messageId,
      ticketId: s.ticketId,
      sendAfter,
      at: ctx.now(),
    });

  const answer = await (opts.interpreter ?? surveyInterpreterFor(ctx)).interpret(text);
  if (!answer.clear && s.status === "sent" && s.clarifications === 0) {
    const now = ctx.now();
    const dueAt = clarifyDue(now, ctx.config.jurisdiction.policy.survey);
    await tx
      .update(surveys)
      .set({
        status: "clarifying",
        clarifications: 1,
        comment: text.slice(0, 500),
        answerMessageId: input.messageId,
        dueAt,
        updatedAt: now,
      })
      .where(eq(surveys.id, s.id));
    const [step] = await tx
      .insert(surveyMessages)
      .values({ surveyId: s.id, step: "clarify-1", createdAt: now })
      .onConflictDoNothing({ target: [surveyMessages.surveyId, surveyMessages.step] })
      .returning({ id: surveyMessages.id });
    if (step) {
      const messageId = await reply(clarifyQuestion(brief));
      await tx.update(surveyMessages).set({ messageId }).where(eq(surveyMessages.id, step.id));
    }
    await enqueue(
      tx,
      "survey",
      { surveyId: s.id },
      { jobId: jobId("survey", s.id, "clarify1"), runAt: dueAt },
    );
    return { handled: true };
  }

  const comment = answer.clear
    ? answer.comment
    : [s.comment, text]
        .filter((x): x is string => !!x)
        .join("；")
        .slice(0, 500);
  const recorded = await recordAnswer(
    tx,
    ctx,
    s.id,
    {
      resolved: answer.clear ? answer.resolved : "unknown",
      satisfaction: answer.clear ? answer.satisfaction : null,
      comment,
      matched: answer.matched,
      engine: answer.engine,
    },
    { by: "resident", answerMessageId: input.messageId },
  );
  if (!recorded) return { handled: true };
  const { survey, outcome } = recorded;
  if (isNegative(survey))
    await reply(outcome === "reopened" ? reopenedNotice(brief) : recordedAfterReopen(brief));
  else if (survey.satisfaction) await reply(thanksSatisfied(brief));
  else await reply(thanksUnknown(brief));
  return { handled: true };
}

async function handleLateReply(
  tx: Queryable,
  ctx: AppContext,
  input: SurveyReplyInput,
  text: string,
): Promise<{ handled: boolean }> {
  const since = new Date(ctx.now().getTime() - ctx.env.SURVEY_LATE_REPLY_DAYS * 86_400_000);
  const [late] = await tx
    .select({ survey: surveys, ref: tickets.ref, summary: tickets.summary })
    .from(surveys)
    .innerJoin(tickets, eq(tickets.id, surveys.ticketId))
    .where(
      and(
        eq(surveys.residentId, input.residentId),
        eq(surveys.status, "unreachable"),
        eq(surveys.unreachableReason, "no_answer"),
        gte(surveys.updatedAt, since),
      ),
    )
    .orderBy(desc(surveys.updatedAt))
    .limit(1);
  if (!late || late.survey.lateReply || !looksLikeSurveyAnswer(text)) return { handled: false };
  await tx
    .update(surveys)
    .set({ lateReply: text.slice(0, 500), updatedAt: ctx.now() })
    .where(eq(surveys.id, late.survey.id));
  await queueResidentMessage(tx, {
    residentId: input.residentId,
    text: lateReply({ ref: late.ref, summary: late.summary }),
    purpose: "reply",
    preferChannel: input.channel,
    replyToMessageId: input.messageId,
    ticketId: late.survey.ticketId,
    sendAfter: await passiveReplyBudget(tx, ctx, input),
    at: ctx.now(),
  });
  return { handled: true };
}

/** Like the intake bot's replies: a WeChat reply first waits for the webhook's passive-reply budget. */
async function passiveReplyBudget(
  tx: Queryable,
  ctx: AppContext,
  input: SurveyReplyInput,
): Promise<Date | undefined> {
  if (!replyNotBefore(input.channel, new Date(0), 0)) return undefined;
  const [m] = await tx
    .select({ createdAt: messages.createdAt })
    .from(messages)
    .where(eq(messages.id, input.messageId))
    .limit(1);
  return m ? replyNotBefore(input.channel, m.createdAt, ctx.env.WECHAT_PASSIVE_REPLY_BUDGET_MS) : undefined;
}

/** A bare survey answer ("1", "满意", "不满意 还是漏水"), not a new report with a place and a problem. */
export function looksLikeSurveyAnswer(text: string): boolean {
  const a = parseSurveyAnswer(text);
  return a.clear && [...text].length <= 20;
}

export type { SurveyRow };
