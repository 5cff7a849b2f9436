import { z } from "zod";

const id = z.uuid();

/**
 * Every queue and the payload of its jobs, in one place. Payloads carry ids only, never personal
 * data: a job's data sits in Redis and in dashboards. Workers re-parse with these schemas.
 */
export const QUEUES = {
  /** An inbound message to process: a conversation turn of the intake bot. */
  intake: z.strictObject({ messageId: z.number().int().positive() }),
  /** Periodic sweep that closes idle intake drafts (INTAKE_DRAFT_TTL_MINUTES). */
  "intake-expiry": z.strictObject({ sweep: z.literal(true), emergencies: z.boolean().optional() }),
  /** A ticket to route and dispatch (first time or after a transfer back). */
  route: z.strictObject({ ticketId: id, round: z.number().int().positive().optional() }),
  /** An outbound message (stored in `messages`) to deliver on its channel. */
  outbound: z.strictObject({ messageId: z.number().int().positive() }),
  /** A resident's photo or voice (inbound message) to download from the provider and store. */
  media: z.strictObject({ messageId: z.number().int().positive() }),
  /** A hotline call to assemble into one transcript message when it ended or fell silent (channels). */
  "hotline-call": z.strictObject({ callId: z.string().min(1).max(128) }),
  /** A notification to a unit or a resident. */
  notify: z.strictObject({ notificationId: z.number().int().positive() }),
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

/**
 * BullMQ job ids may not contain ":" (its key separator) nor be all digits (clashes with
 * auto-generated ids), so business keys are joined with "_" and always start with a letter.
 */
export function jobId(...parts: (string | number)[]): string {
  const raw = parts.map((p) => String(p).replaceAll(":", "-")).join("_");
  return /^[A-Za-z]/.test(raw) ? raw : `j${raw}`;
}
