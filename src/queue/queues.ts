import { z } from "zod";

const id = z.uuid();

/** An outbound message (stored in `messages`) to deliver on its channel. */
const outboundOne = z.strictObject({ messageId: z.number().int().positive() });
/** A notification (a row of `notifications`) to deliver. */
const notifyOne = z.strictObject({ notificationId: z.number().int().positive() });

/** One ticket to route and dispatch (first time, or after a transfer back: the ticket's round). */
const routeOne = z.strictObject({ ticketId: id, round: z.number().int().positive().optional() });

/** Jobs the outbox relay hands over several to one BullMQ job at most (see BULK_JOBS). */
export const BULK_MAX = 100;

/**
 * Several jobs of a queue carried by one BullMQ job: each member keeps the job id it would have had
 * on its own (a member that fails is retried as that job; the recovery sweep looks for it).
 */
function bulkOf<T extends z.ZodType>(one: T) {
  return z.strictObject({
    bulk: z
      .array(z.strictObject({ jobId: z.string().min(1), data: one }))
      .min(1)
      .max(BULK_MAX),
  });
}

/**
 * Every queue and the payload of its jobs, in one place. Payloads carry ids only, never personal
 * data: a job's data sits in Redis and in dashboards. Workers re-parse with these schemas.
 */
export const QUEUES = {
  // No `intake` queue: an inbound message is intake's to-do by its status (`received`); the intake
  // worker claims those rows from PostgreSQL (src/intake/intake-claims.ts), woken through
  // src/queue/intake-wake.ts.
  /** Periodic sweep that closes idle intake drafts (INTAKE_DRAFT_TTL_MINUTES). */
  "intake-expiry": z.strictObject({ sweep: z.literal(true), emergencies: z.boolean().optional() }),
  /**
   * A ticket to route and dispatch, or several (BULK_JOBS): the route worker routes many tickets
   * in one transaction, and one BullMQ job per ticket cost about a third of its time.
   */
  route: z.union([routeOne, bulkOf(routeOne)]),
  /**
   * An outbound message to deliver on its channel, or several (BULK_JOBS): a customer-service
   * reply or notice sent by its own job paid BullMQ's add, fetch and completion for each.
   */
  outbound: z.union([outboundOne, bulkOf(outboundOne)]),
  /** A resident's photo or voice (inbound message) to download from the provider and store. */
  media: z.strictObject({ messageId: z.number().int().positive() }),
  /** A hotline call to assemble into one transcript message when it ended or fell silent (channels). */
  "hotline-call": z.strictObject({ callId: z.string().min(1).max(128) }),
  /** A notification to a unit or a resident, or several (BULK_JOBS): a dispatch batch notifies many units. */
  notify: z.union([notifyOne, bulkOf(notifyOne)]),
  /** Re-evaluate a ticket's deadline lights at a scheduled instant. */
  sla: z.strictObject({
    ticketId: id.optional(),
    sweep: z.boolean().optional(),
    digest: z.boolean().optional(),
  }),
  /** Periodic sweep that re-enqueues every stage's unfinished work whose job Redis lost. */
  recovery: z.strictObject({ sweep: z.literal(true) }),
  /** A callback survey to send or follow up. */
  survey: z.strictObject({
    surveyId: z.number().int().positive().optional(),
    /** A round with nobody to survey (anonymous report): close it as 免回访. */
    ticketId: id.optional(),
    round: z.number().int().positive().optional(),
    sweep: z.boolean().optional(),
  }),
} as const;

export type QueueName = keyof typeof QUEUES;
export type JobData<Q extends QueueName> = z.infer<(typeof QUEUES)[Q]>;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** One ticket's route job, as the outbox records it and a bulk job carries it. */
export type RouteJobData = z.infer<typeof routeOne>;
/** One message's outbound job, as the outbox records it and a bulk job carries it. */
export type OutboundJobData = z.infer<typeof outboundOne>;
/** One notification's job, as the outbox records it and a bulk job carries it. */
export type NotifyJobData = z.infer<typeof notifyOne>;
/** A member of a bulk job: its own job id and data. */
export type BulkMember<T> = { jobId: string; data: T };

/**
 * Queues whose due jobs the outbox relay hands to BullMQ several to one job (`{ bulk: [...] }`,
 * under the job name given here) when a relay pass holds more than one: BullMQ's own work per job
 * (fetch, lock, completion) is then paid once for up to BULK_MAX of them. Their worker must take
 * both shapes.
 */
export const BULK_JOBS: Partial<Record<QueueName, { name: string }>> = {
  route: { name: "route-bulk" },
  outbound: { name: "outbound-bulk" },
  notify: { name: "notify-bulk" },
};

/**
 * BullMQ job ids may not contain ":" (its key separator) nor be all digits (clashes with
 * auto-generated ids), so business keys are joined with "_" and always start with a letter.
 */
export function jobId(...parts: (string | number)[]): string {
  const raw = parts.map((p) => String(p).replaceAll(":", "-")).join("_");
  return /^[A-Za-z]/.test(raw) ? raw : `j${raw}`;
}
