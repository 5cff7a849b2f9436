import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import {
  callbackTasks,
  messages,
  residentIdentities,
  surveyMessages,
  surveys,
  ticketReporters,
  tickets,
  type SurveyRow,
} from "../db/schema/index.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import { markUnreachable, recordAnswer } from "./record-survey-outcome.js";
import { resolverOf } from "./schedule-surveys.js";
import { surveyQuestion, surveyReminder, surveyTemplateParams } from "./survey-texts.js";
import { findResultToken, resultUrl } from "../media/result-links.js";
import { resultCard } from "../media/result-card.js";
import { maxAttempts, nextDueAfterSend } from "./survey-timing.js";
import { envRecord } from "../../channels/channels.env.js";
import {
  alwaysReachable,
  deliveryChannel,
  hasTemplateFor,
  inSendWindow,
  templateFor,
} from "../channels-runtime/channel-rules.js";

export type StepResult =
  "sent" | "call_task" | "unreachable" | "answered_unclear" | "not_due" | "final" | "missing";

/** Test seam: runs after the step's transaction committed (a test throws here to "kill" the job). */
export interface StepHooks {
  afterCommit?: (result: StepResult, surveyId: number) => void | Promise<void>;
}

/**
 * Does whatever is due for one survey, in one transaction with the survey row locked:
 * send the question (first time or a retry), open a phone-callback task, or give up (unreachable;
 * or, after a clarifying question that got no answer, record the first unclear answer as "unknown").
 *
 * Exactly once: the step is a compare-and-set on (status, attempts) under the row lock, and the
 * message is tied to a unique (survey, step) row — a job that runs twice, runs concurrently, or is
 * killed after the commit and retried finds the step done and sends nothing. If it is killed before
 * the commit, nothing happened and the retry sends it.
 */
export async function runSurveyStep(
  ctx: AppContext,
  surveyId: number,
  hooks: StepHooks = {},
): Promise<StepResult> {
  const result = await ctx.database.db.transaction(async (tx) => {
    const [s] = await tx.select().from(surveys).where(eq(surveys.id, surveyId)).for("update").limit(1);
    if (!s) return "missing" as const;
    if (s.status === "answered" || s.status === "unreachable") return "final" as const;
    const now = ctx.now();
    if (s.dueAt && s.dueAt.getTime() > now.getTime()) return "not_due" as const;
    const timing = ctx.config.jurisdiction.policy.survey;

    if (s.status === "clarifying") {
      // The resident answered, unclearly, and did not answer the clarifying question: a response.
      await recordAnswer(
        tx,
        ctx,
        s.id,
        { resolved: "unknown", satisfaction: null, comment: s.comment, engine: "timeout" },
        { by: "resident" },
      );
      return "answered_unclear" as const;
    }
    // The round was already reopened (another reporter was dissatisfied): asking "已办结" again about
    // a ticket being handled again would confuse; a reporter never asked is left out, one asked and
    // silent since is 未回访.
    const [tk] = await tx.select({ round: tickets.round }).from(tickets).where(eq(tickets.id, s.ticketId));
    if (tk && tk.round > s.round && s.method === "message") {
      await markUnreachable(tx, ctx, s.id, s.status === "scheduled" ? "superseded" : "no_answer");
      return "unreachable" as const;
    }
    if (s.status === "sent") await noteFailedSend(tx, s);
    if (s.status === "sent" && (s.method === "call" || s.attempts >= maxAttempts(timing))) {
      const [fresh] = await tx.select().from(surveys).where(eq(surveys.id, s.id)).limit(1);
      const allFailed = fresh!.attempts > 0 && fresh!.sendFailures >= fresh!.attempts;
      if (s.method === "call")
        await tx
          .update(callbackTasks)
          .set({ status: "expired", completedAt: now })
          .where(and(eq(callbackTasks.dedupeKey, `survey_call-${s.id}`), eq(callbackTasks.status, "open")));
      await markUnreachable(tx, ctx, s.id, allFailed ? "send_failed" : "no_answer");
      return "unreachable" as const;
    }
    return send(tx, ctx, s, now);
  });
  await hooks.afterCommit?.(result, surveyId);
  ctx.relay.kick();
  return result;
}

async function send(
  tx: Queryable,
  ctx: AppContext,
  s: SurveyRow,
  now: Date,
): Promise<"sent" | "call_task" | "unreachable"> {
  const timing = ctx.config.jurisdiction.policy.survey;
  const attempt = s.attempts + 1;
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, s.ticketId)).limit(1);
  const resultToken = await findResultToken(tx, s.ticketId, s.round, now);
  const brief = {
    ref: ticket!.ref,
    summary: ticket!.summary,
    // The unit's fix photos, when it sent some: a read-only page the resident can open.
    resultUrl: resultUrl(ctx.env.PUBLIC_BASE_URL, resultToken),
  };
  const handlerId = await resolverOf(tx, s.ticketId, s.round);
  const firstSentAt = s.firstSentAt ?? now;
  const snapshot = { unitId: ticket!.unitId ?? s.unitId, handlerId: handlerId ?? s.handlerId };

  const step = await tx
    .insert(surveyMessages)
    .values({ surveyId: s.id, step: `ask-${attempt}`, createdAt: now })
    .onConflictDoNothing({ target: [surveyMessages.surveyId, surveyMessages.step] })
    .returning({ id: surveyMessages.id });
  // Unreachable under the row lock + status check, kept as a second guard.
  if (!step[0]) throw new Error(`survey ${s.id}: step ask-${attempt} already taken`);

  const identities = await tx
    .select()
    .from(residentIdentities)
    .where(eq(residentIdentities.residentId, s.residentId))
    .orderBy(desc(residentIdentities.lastInboundAt));
  const own = identities.find((i) => i.channel === s.reporterChannel);

  // A resident who named a relative's number to be called back on about this report (its own
  // ticket or one merged into it) is asked through that number, by an agent: a message to the
  // resident's own channel is not what they asked for, and the relative's number is no channel of
  // theirs (it never joins their identities).
  const [named] = await tx
    .select({ phone: ticketReporters.callbackPhone })
    .from(ticketReporters)
    .where(
      and(
        eq(ticketReporters.residentId, s.residentId),
        isNotNull(ticketReporters.callbackPhone),
        sql`(${ticketReporters.ticketId} = ${s.ticketId} OR ${ticketReporters.ticketId} IN (SELECT id FROM ${tickets} WHERE ${tickets.mergedIntoId} = ${s.ticketId}))`,
      ),
    )
    .limit(1);
  if ((s.reporterChannel === "hotline" && ctx.env.SURVEY_HOTLINE_MODE === "call") || named) {
    // Agents phone the caller; the task stays open until the last retry offset has passed.
    await tx
      .insert(callbackTasks)
      .values({
        kind: "survey_call",
        dedupeKey: `survey_call-${s.id}`,
        ticketId: s.ticketId,
        round: s.round,
        surveyId: s.id,
        residentId: s.residentId,
        dueAt: nextDueAfterSend(firstSentAt, maxAttempts(timing), timing),
        createdAt: now,
      })
      .onConflictDoNothing({ target: callbackTasks.dedupeKey });
    const dueAt = nextDueAfterSend(firstSentAt, maxAttempts(timing), timing);
    await tx
      .update(surveys)
      .set({
        status: "sent",
        method: "call",
        deliveryChannel: "call",
        attempts: maxAttempts(timing),
        firstSentAt,
        lastSentAt: now,
        dueAt,
        ...snapshot,
        updatedAt: now,
      })
      .where(eq(surveys.id, s.id));
    await enqueue(tx, "survey", { surveyId: s.id }, { jobId: jobId("survey", s.id, "expire"), runAt: dueAt });
    return "call_task";
  }

  // Which channel and form. On the reporter's channel when it can still write to them (no send
  // window, inside it, or a survey template configured for outside it); else on a channel of theirs
  // that always reaches a phone (SMS, a hotline caller's number); else unreachable. The channel
  // module picks the template: SMS_TEMPLATE_SURVEY (CODE or CODE:ref,summary,text), WeChat's
  // WECHAT_TEMPLATE_SURVEY fields.
  const text = attempt === 1 ? surveyQuestion(brief) : surveyReminder(brief);
  const params = { ...surveyTemplateParams(brief), text };
  const env = envRecord(ctx.env);
  let preferChannel = s.reporterChannel;
  if (
    !inSendWindow(s.reporterChannel, own?.lastInboundAt, now) &&
    !hasTemplateFor(s.reporterChannel, env, "survey")
  ) {
    const reachable = identities.filter((i) => alwaysReachable(i.channel));
    // A number the resident texted from before a hotline caller's number (both get SMS).
    const fallback = reachable.find((i) => deliveryChannel(i.channel) === i.channel) ?? reachable[0];
    if (!fallback) {
      await markUnreachable(tx, ctx, s.id, "no_channel");
      return "unreachable";
    }
    preferChannel = fallback.channel;
  }
  const template = templateFor(deliveryChannel(preferChannel), env, "survey", text, params);

  // The first ask shows the fix as a card where the channel can (WeChat inside its window); the
  // question itself stays a text, which is what the resident answers.
  const card =
    attempt === 1
      ? await resultCard(tx, {
          publicBaseUrl: ctx.env.PUBLIC_BASE_URL,
          unitName: (id) => ctx.config.units.get(id)?.name ?? null,
          ticketId: s.ticketId,
          round: s.round,
          token: resultToken,
        })
      : null;
  const messageId = await queueResidentMessage(tx, {
    residentId: s.residentId,
    text,
    card,
    purpose: "survey",
    preferChannel,
    ticketId: s.ticketId,
    at: ctx.now(),
    ...(template ? { template } : {}),
  });
  if (messageId === null) {
    const chosen = identities.find((i) => i.channel === preferChannel) ?? identities[0];
    await markUnreachable(tx, ctx, s.id, chosen?.optedOutAt ? "opted_out" : "no_channel");
    return "unreachable";
  }
  await tx.update(surveyMessages).set({ messageId }).where(eq(surveyMessages.id, step[0].id));
  const [msg] = await tx
    .select({ channel: messages.channel })
    .from(messages)
    .where(eq(messages.id, messageId))
    .limit(1);
  const dueAt = nextDueAfterSend(firstSentAt, attempt, timing);
  await tx
    .update(surveys)
    .set({
      status: "sent",
      method: "message",
      deliveryChannel: msg?.channel ?? preferChannel,
      attempts: attempt,
      firstSentAt,
      lastSentAt: now,
      dueAt,
      ...snapshot,
      updatedAt: now,
    })
    .where(eq(surveys.id, s.id));
  await enqueue(
    tx,
    "survey",
    { surveyId: s.id },
    { jobId: jobId("survey", s.id, `step${attempt + 1}`), runAt: dueAt },
  );
  return "sent";
}

/** If the previous question failed on its channel, count it (reported in the survey and the digest). */
async function noteFailedSend(tx: Queryable, s: SurveyRow): Promise<void> {
  if (s.attempts === 0 || s.method !== "message") return;
  const [last] = await tx
    .select({ status: messages.status, error: messages.error })
    .from(surveyMessages)
    .innerJoin(messages, eq(messages.id, surveyMessages.messageId))
    .where(and(eq(surveyMessages.surveyId, s.id), eq(surveyMessages.step, `ask-${s.attempts}`)))
    .limit(1);
  if (last?.status !== "failed") return;
  await tx
    .update(surveys)
    .set({
      sendFailures: sql`${surveys.sendFailures} + 1`,
      lastSendError: (last.error ?? "send failed").slice(0, 300),
    })
    .where(eq(surveys.id, s.id));
}
