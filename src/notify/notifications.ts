import type { Job } from "bullmq";
import type pg from "pg";
import type { Queryable } from "../db/client.js";
import { maskFreeText, maskFreeTextOrNull, ticketNames } from "../auth/free-text-mask.js";
import { notifications, type tickets } from "../db/schema/index.js";
import { enqueue } from "../queue/outbox.js";
import { finishBulk, settleMembers } from "../queue/bulk-members.js";
import { jobId, type JobData } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import { NotificationStatements } from "./notification-statements.js";
import { NotifyError, type UnitNotifier, type UnitSendResult } from "./unit-notifier.js";
import { sendToDutyOfficer, type DutyAlarmSender } from "./duty-alarm-sender.js";
import { UNIT_TEMPLATES, unitTemplateCode, type UnitPurpose } from "./unit-texts.js";

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewUnitNotification {
  unitId: string;
  purpose: UnitPurpose;
  text: string;
  params: Record<string, string>;
  ticketId?: string | null;
  /** Business key: creating the same notification twice is a no-op (duplicate jobs, sweep races). */
  dedupeKey: string;
  now: Date;
}

/**
 * Records a unit notification and queues its delivery, in the caller's transaction. Returns the id,
 * or null when a notification with the same dedupe key already exists.
 */
export async function queueUnitNotification(tx: Queryable, n: NewUnitNotification): Promise<number | null> {
  return queueNotification(tx, n, { recipientType: "unit", unitId: n.unitId });
}

export interface NewDutyNotification extends Omit<NewUnitNotification, "unitId"> {
  /** The roster officer's id (config/duty.json). */
  officerId: string;
  /** How to reach them: one of the registered duty alarm senders ("sms"). */
  via: string;
}

/** Records a notification to a duty roster officer and queues its delivery, like queueUnitNotification. */
export async function queueDutyNotification(tx: Queryable, n: NewDutyNotification): Promise<number | null> {
  return queueNotification(tx, n, { recipientType: "duty", recipientId: n.officerId, via: n.via });
}

/** One row per dedupe key, and its delivery job in the same transaction. */
async function queueNotification(
  tx: Queryable,
  n: Omit<NewUnitNotification, "unitId">,
  recipient:
    { recipientType: "unit"; unitId: string } | { recipientType: "duty"; recipientId: string; via: string },
): Promise<number | null> {
  const [row] = await tx
    .insert(notifications)
    .values({
      ...recipient,
      purpose: n.purpose,
      templateCode: UNIT_TEMPLATES[n.purpose],
      params: n.params,
      text: n.text,
      ticketId: n.ticketId ?? null,
      dedupeKey: n.dedupeKey,
      createdAt: n.now,
      updatedAt: n.now,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  if (!row) return null;
  await enqueue(tx, "notify", { notificationId: row.id }, { jobId: jobId("ntf", row.id) });
  return row.id;
}

export interface DeliverOptions {
  notifier: UnitNotifier;
  maxAttempts: number;
  /** Senders for duty roster officers, by `via`; without one for a row's `via` it fails at once. */
  dutySenders?: readonly DutyAlarmSender[];
}

export type DeliveryOutcome = "sent" | "retry" | "failed" | "skipped";

/**
 * Delivers one notification. Idempotent: a sent or failed row is left alone. A retryable failure
 * increments `attempts` and throws, so BullMQ retries with exponential backoff and jitter; the
 * last allowed attempt (or a permanent failure) marks the row `failed` for the daily digest.
 */
export async function deliverNotification(
  ctx: AppContext,
  id: number,
  opts: DeliverOptions,
): Promise<DeliveryOutcome> {
  // The notification, its ticket and its unit in one round trip, shared with the notices delivered
  // beside it.
  const statements = statementsFor(ctx);
  const found = await statements.find(id);
  const n = found?.n;
  if (!n || n.status !== "queued") return "skipped";
  const ticket = found.ticket;
  const attempts = n.attempts + 1;
  const template = {
    code: unitTemplateCode(ctx.env.UNIT_SMS_TEMPLATES, n.purpose) ?? n.templateCode ?? n.purpose,
    params: n.params,
  };
  try {
    let r: UnitSendResult;
    if (n.recipientType === "duty") {
      r = await sendToDutyOfficer(ctx, n, opts.dutySenders ?? [], {
        purpose: n.purpose,
        text: n.text,
        template,
        idempotencyKey: `zt-ntf-${n.id}`,
      });
    } else {
      const unit = found.unit;
      if (!unit) throw new NotifyError(`unknown unit ${n.unitId ?? "(none)"}`, false);
      r = await opts.notifier.send({
        purpose: n.purpose,
        finalAttempt: attempts >= opts.maxAttempts,
        ticket: ticket ? cardTicket(ticket) : null,
        unitId: unit.id,
        phone: unit.phone,
        text: n.text,
        template,
        idempotencyKey: `zt-ntf-${n.id}`,
      });
    }
    await statements.record({
      id,
      sent: true,
      attempts,
      at: ctx.now(),
      channel: r.channel,
      providerMessageId: r.providerMessageId ?? null,
      error: r.warning?.slice(0, 500) ?? null,
    });
    return "sent";
  } catch (err) {
    const retryable = err instanceof NotifyError ? err.retryable : true;
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    const final = !retryable || attempts >= opts.maxAttempts;
    await statements.record({ id, sent: false, attempts, at: ctx.now(), error: message, final });
    ctx.log.warn({ notificationId: id, attempts, final, err: message }, "unit notification not sent");
    if (final) return "failed";
    throw new NotifyError(message, true);
  }
}

/**
 * The ticket as a notice shows it: a phone's lock screen and WeCom's servers are no place for the
 * resident's contact details or exact door, whoever the recipient is (the mobile page shows more,
 * after sign-in, to those whose role needs it).
 */
function cardTicket(t: CardTicketRow): { ref: string; summary: string; place: string | null } {
  const names = ticketNames(t);
  const policy = { houseNumbers: false };
  return {
    ref: t.ref,
    summary: maskFreeText(t.summary, policy, names),
    place: maskFreeTextOrNull(t.locationText, policy, names),
  };
}

type CardTicketRow = Pick<typeof tickets.$inferSelect, "ref" | "summary" | "locationText" | "complaint">;

/** Each database's grouped statements (tests swap databases under one process). */
const statementsByPool = new WeakMap<pg.Pool, NotificationStatements>();
function statementsFor(ctx: AppContext): NotificationStatements {
  const pool = ctx.database.pool;
  let statements = statementsByPool.get(pool);
  if (!statements) statementsByPool.set(pool, (statements = new NotificationStatements(pool)));
  return statements;
}

/** Notifications of a bulk job delivered at once: the notify worker's concurrency per job. */
const BULK_CONCURRENCY = 4;

/**
 * BullMQ handler glue: the job's own attempt counter is informational, ours is in the row. A bulk
 * job (see BULK_JOBS) delivers its notifications four at a time. Each row is its own state (only a
 * \`queued\` row is sent and marked), so the job may run twice (a crash half way, a stalled job)
 * and notifies nobody twice for a row it marked. A notification that fails with a retryable error
 * (its attempt counted in the row) goes back to the queue alone, as the job it would have been on
 * its own (its own id, BullMQ's retries), and the bulk job completes with the others.
 */
export function notifyHandler(ctx: AppContext, opts: DeliverOptions) {
  return async (data: JobData<"notify">, _job: Job): Promise<DeliveryOutcome | Record<string, number>> => {
    if (!("bulk" in data)) return deliverNotification(ctx, data.notificationId, opts);
    const settled = await settleMembers(data.bulk, BULK_CONCURRENCY, ({ notificationId }) =>
      deliverNotification(ctx, notificationId, opts),
    );
    return finishBulk(
      ctx.queues.notify,
      "notify",
      data.bulk,
      settled,
      (outcome) => outcome,
      (failed) =>
        ctx.log.warn(
          { notifications: failed },
          "notify bulk job: notifications that failed go back to the queue alone",
        ),
    );
  };
}
