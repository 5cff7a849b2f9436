import { and, eq, inArray, lte } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { surveys, tickets, type SurveyRow } from "../db/schema/index.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import { applyTicketAction } from "../tickets/ticket-store.js";
import { maybeSpotCheck } from "./spot-check.js";
import { reopenUnitText } from "./survey-texts.js";

export const SURVEY_ACTOR: Actor = { role: "system", id: "survey-worker" };

/** The rule written into the event log with every reopen: why the ticket came back. */
export const REOPEN_RULE =
  "回访结果为“不满意”或“问题未解决”即重启办理（二次办理），等级提高一级；第二轮及以后仍不满意的列入领导督办。";

export type SettleOutcome = "reopened" | "closed" | "waiting" | "none";

export interface Verdict {
  survey: SurveyRow;
  /** How the answer was obtained, for the explanation: resident | agent | spot_check | unreachable. */
  source: string;
  /** Added to the reopen explanation (e.g. the answer a spot check overturned). */
  extra?: Record<string, unknown>;
}

/** A final answer that sends the ticket back: dissatisfied, or the problem is not solved. */
export function isNegative(s: Pick<SurveyRow, "satisfaction" | "resolved" | "status">): boolean {
  return s.status === "answered" && (s.satisfaction === "dissatisfied" || s.resolved === "no");
}

/**
 * What a survey outcome does to its ticket, decided with the ticket row locked (two reporters
 * answering at once are serialised here):
 * - a negative answer of the ticket's current round reopens it at once (二次办理): survey_recorded,
 *   reopen (new round, tier + 1, explanation in the event), escalate to supervision when the round
 *   was already a second one, re-routing queued, the unit and its parent notified;
 * - otherwise, once EVERY survey of the round is final (answered or unreachable), the ticket is
 *   closed (survey_recorded → close) and may be drawn for a spot check;
 * - an answer about a round the ticket has left (already reopened) only counts for the rates.
 */
export async function settleRound(
  tx: Queryable,
  ctx: AppContext,
  verdict: Verdict,
  actor: Actor = SURVEY_ACTOR,
): Promise<SettleOutcome> {
  const s = verdict.survey;
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, s.ticketId)).for("update").limit(1);
  if (!ticket || ticket.round !== s.round) return "none";
  const now = ctx.now();
  const policy = ctx.config.jurisdiction.policy;
  const opts = { now, reopenRaisesTier: policy.reopenRaisesTier };

  if (isNegative(s)) {
    if (!["resolved", "surveyed", "closed"].includes(ticket.status)) return "none";
    let t = ticket;
    if (t.status === "resolved")
      t = await applyTicketAction(tx, t, { type: "survey_recorded", outcome: "answered" }, actor, {
        ...opts,
        extra: { surveyId: s.id },
      });
    await reopen(tx, ctx, t, s, verdict, actor);
    return "reopened";
  }

  if (ticket.status !== "resolved" && ticket.status !== "surveyed") return "none";
  const round = await tx
    .select({ status: surveys.status })
    .from(surveys)
    .where(and(eq(surveys.ticketId, s.ticketId), eq(surveys.round, s.round)));
  if (round.some((r) => r.status !== "answered" && r.status !== "unreachable")) return "waiting";
  const answered = round.filter((r) => r.status === "answered").length;
  let t = ticket;
  if (t.status === "resolved")
    t = await applyTicketAction(
      tx,
      t,
      { type: "survey_recorded", outcome: answered > 0 ? "answered" : "unreachable" },
      actor,
      { ...opts, extra: { surveys: round.length, answered, unreachable: round.length - answered } },
    );
  t = await applyTicketAction(
    tx,
    t,
    {
      type: "close",
      reason: answered > 0 ? "回访完成，群众满意或基本满意" : "多次回访未联系上（未回访），按规定结案",
    },
    actor,
    opts,
  );
  await maybeSpotCheck(tx, ctx, t, s.round);
  return "closed";
}

async function reopen(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  s: SurveyRow,
  verdict: Verdict,
  actor: Actor,
): Promise<TicketRow> {
  const now = ctx.now();
  const policy = ctx.config.jurisdiction.policy;
  const opts = { now, reopenRaisesTier: policy.reopenRaisesTier };
  const said = s.comment ? `：${s.comment}` : "";
  const what = s.satisfaction === "dissatisfied" ? "不满意" : "问题未解决";
  let t = await applyTicketAction(tx, ticket, { type: "reopen", reason: `回访${what}${said}` }, actor, {
    ...opts,
    extra: {
      explanation: {
        surveyId: s.id,
        source: verdict.source,
        ...verdict.extra,
        residentComment: s.comment,
        satisfaction: s.satisfaction,
        resolved: s.resolved,
        matched: (s.interpretation?.matched as string[] | undefined) ?? [],
        rule: REOPEN_RULE,
      },
    },
  });
  if (s.round >= 2)
    t = await applyTicketAction(
      tx,
      t,
      { type: "escalate", reason: `第${s.round}轮办理后群众仍${what}，列入领导督办` },
      actor,
      { ...opts, extra: { surveyId: s.id, supervision: "leaders" } },
    );
  await enqueue(tx, "route", { ticketId: t.id, round: t.round }, { jobId: jobId("route", t.id, t.round) });
  await notifyUnits(tx, ctx, t);
  return t;
}

/** The unit that handled the failed round and its parent learn that the ticket is back. */
async function notifyUnits(tx: Queryable, ctx: AppContext, t: TicketRow): Promise<void> {
  if (!t.unitId) return;
  const unit = ctx.config.units.get(t.unitId);
  const targets = [t.unitId, unit?.parent].filter((u): u is string => !!u && ctx.config.units.has(u));
  for (const unitId of targets)
    await queueUnitNotification(tx, {
      unitId,
      purpose: "reopen",
      text: reopenUnitText({ ref: t.ref, summary: t.summary, unit: unit?.name ?? t.unitId, round: t.round }),
      params: { ref: t.ref, summary: t.summary, unit: unit?.name ?? t.unitId, round: String(t.round) },
      ticketId: t.id,
      dedupeKey: `reopen-${t.id}-${t.round}-${unitId}`,
      now: ctx.now(),
    });
}

/** Surveys still waiting (scheduled, sent, clarifying) — for the sweep. */
export const OPEN_SURVEY_STATUSES = ["scheduled", "sent", "clarifying"] as const;

export async function dueSurveyIds(db: Queryable, now: Date, limit = 500): Promise<number[]> {
  const rows = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(inArray(surveys.status, [...OPEN_SURVEY_STATUSES]), lte(surveys.dueAt, now)))
    .orderBy(surveys.dueAt)
    .limit(limit);
  return rows.map((r) => r.id);
}
