import { and, eq, inArray } from "drizzle-orm";
import { assembleTranscript } from "../../channels/hotline/assemble-transcript.js";
import type { TranscriptSegment } from "../../channels/hotline/hotline-event.schema.js";
import type { Queryable } from "../db/client.js";
import { appendEvent } from "../db/repositories/tickets.repository.js";
import type { hotlineCalls } from "../db/schema/index.js";
import { hotlineSegments, messages, ticketMessages, tickets } from "../db/schema/index.js";
import { URGENCY_LABEL } from "../domain/labels.js";
import { moreUrgent } from "../domain/urgency-order.js";
import type { Urgency } from "../domain/taxonomy.schema.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import { agentAlarm, type AgentAlarm } from "../intake/agent-alarm.js";
import { detectUrgency, type CombinedFinding } from "../intake/detect-urgency.js";
import { safetyAdvice } from "../intake/dialogue/safety-advice.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { raisedDeadline, tellOfRaisedUrgency } from "../routing/raised-urgency.js";
import type { AppContext } from "../runtime/context.js";
import { scheduleLightCheck } from "../sla/schedule.js";
import { saveSla, updateTicketIfUnchanged } from "../tickets/ticket-store.js";

type CallRow = typeof hotlineCalls.$inferSelect;

const HOTLINE_FEED = { type: "system", id: "hotline-feed" } as const;
/** Marks the late part in the description, so staff see what came after the call had ended. */
const LATE_MARK = "【通话结束后补充】";
/** A unit is working against a resolution deadline. */

/**
 * A segment arrived after the call was assembled (the vendor's last final result trailing the end
 * of the call beyond the grace period). Rather than drop it: the transcript message gets the full
 * text; if intake has not read it yet that is all, else each open ticket filed from the call gets the
 * late caller lines appended to its description, its urgency re-evaluated on them (it only rises —
 * "燃气泄漏了" makes it an emergency), an `amend` event, and a fresh light check. Idempotent: a
 * second run finds the transcript unchanged.
 */
export async function amendHotlineCall(
  tx: Queryable,
  ctx: AppContext,
  call: CallRow,
  now: Date,
): Promise<"amended" | "already"> {
  if (!call.assembledMessageId) return "already";
  const [message] = await tx
    .select()
    .from(messages)
    .where(eq(messages.id, call.assembledMessageId))
    .for("update");
  if (!message) return "already";
  const segments = await tx
    .select()
    .from(hotlineSegments)
    .where(eq(hotlineSegments.callId, call.callId))
    .orderBy(hotlineSegments.seq);
  const transcript = assembleTranscript(
    segments.map((r): TranscriptSegment => ({
      type: "transcript.segment",
      callId: r.callId,
      seq: r.seq,
      speaker: r.speaker,
      text: r.text,
      final: r.final,
      startMs: r.startMs,
      endMs: r.endMs,
    })),
  );
  const before = message.text ?? "";
  if (transcript.text === before) return "already";

  // The resident's words that came after what was already used: they are what the ticket lacks.
  const usedUpTo = new Date(String(message.payload["amendedThrough"] ?? call.assembledAt!.toISOString()));
  const late = segments.filter((r) => r.receivedAt > usedUpTo);
  const addedBy = (speaker: string) =>
    late.filter((r) => r.speaker === speaker && r.text.trim()).map((r) => r.text.trim());
  const addedByCaller = addedBy("caller");
  // The operator's late lines are evidence too: "请您马上离开，我们通知119" after the call was filed.
  const alarm = agentAlarm(addedBy("agent"));
  const amendedThrough = new Date(Math.max(usedUpTo.getTime(), ...late.map((r) => r.receivedAt.getTime())));
  const amendments = Number(message.payload["amendments"] ?? 0) + 1;
  await tx
    .update(messages)
    .set({
      text: transcript.text,
      payload: {
        ...message.payload,
        amendments,
        amendedAt: now.toISOString(),
        amendedThrough: amendedThrough.toISOString(),
      },
    })
    .where(eq(messages.id, message.id));
  // Not read by intake yet: it will read the full transcript.
  if (message.status === "received" || (addedByCaller.length === 0 && !alarm)) return "amended";

  // The tickets filed from this very transcript (linked to their messages when filed).
  const filed = (
    await tx
      .select({ ticket: tickets })
      .from(ticketMessages)
      .innerJoin(tickets, eq(tickets.id, ticketMessages.ticketId))
      .where(and(eq(ticketMessages.messageId, message.id), inArray(tickets.status, [...OPEN_STATUSES])))
  ).map((r) => r.ticket);
  const lateText = addedByCaller.join("");
  const finding = withLateAlarm(detectUrgency(lateText), alarm);
  const added = [lateText, alarm ? `坐席：${alarm.sentence}` : ""].filter(Boolean).join("\n");
  for (const ticket of filed) {
    const raised = moreUrgent(finding.urgency, ticket.urgency as Urgency);
    const urgency = raised ? finding.urgency : ticket.urgency;
    const deadline = raised ? raisedDeadline(ctx, ticket, finding.urgency, now) : null;
    const updated = await updateTicketIfUnchanged(
      tx,
      ticket,
      {
        description: `${ticket.description}\n${LATE_MARK}${added}`,
        urgency,
        ...(raised && ticket.complaint
          ? { complaint: { ...ticket.complaint, urgency: finding.urgency } }
          : {}),
        ...(deadline ? { resolveDueAt: deadline.resolveBy, resolveYellowAt: deadline.resolveYellowAt } : {}),
      },
      now,
    );
    if (deadline)
      await saveSla(tx, ticket.id, {
        resolveYellowAt: deadline.resolveYellowAt,
        resolveBasis: deadline.resolveBasis,
      });
    await appendEvent(tx, ticket.id, HOTLINE_FEED, {
      action: "amend",
      reason: raised
        ? `通话结束后补充内容，紧急程度升为${URGENCY_LABEL[urgency as Urgency]}`
        : "通话结束后补充内容",
      data: {
        callId: call.callId,
        lines: addedByCaller.length,
        urgencyFrom: ticket.urgency,
        urgencyTo: urgency,
        ...(raised ? { urgencyReason: finding.reason } : {}),
        ...(deadline
          ? { resolveBy: { from: ticket.resolveDueAt!.toISOString(), to: deadline.resolveBy.toISOString() } }
          : {}),
      },
      at: now,
    });
    // Deadlines and lights follow the urgency: let the SLA stage look at the ticket again now.
    await scheduleLightCheck(tx, ticket.id, now);
    if (!raised) continue;
    const alarmed = await tellOfRaisedUrgency(tx, ctx, updated, HOTLINE_FEED.id, now);
    ctx.log.warn({ ticketId: ticket.id, urgency, alarmed }, "late hotline segment raised a ticket's urgency");
  }
  // The caller never heard the advice intake gives for an emergency: send it (SMS to the caller).
  // When only the operator's words raised it, the caller heard the advice from the operator.
  if (
    finding.urgency === "emergency" &&
    !finding.byOperator &&
    message.residentId &&
    filed.some((t) => t.urgency !== "emergency")
  )
    await queueResidentMessage(tx, {
      residentId: message.residentId,
      at: now,
      text: safetyAdvice(lateText),
      purpose: "reply",
      preferChannel: "hotline",
      conversationId: message.conversationId,
      replyToMessageId: message.id,
      ticketId: filed[0]?.id ?? null,
    });
  return "amended";
}

/** An operator's alarm in the late lines makes them an emergency, as it does in a whole transcript. */
function withLateAlarm(
  found: CombinedFinding,
  alarm: AgentAlarm | null,
): CombinedFinding & { byOperator: boolean } {
  if (found.urgency === "emergency" || !alarm) return { ...found, byOperator: false };
  return { ...found, urgency: "emergency", reason: `坐席：${alarm.sentence}`.slice(0, 80), byOperator: true };
}
