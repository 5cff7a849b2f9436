import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { residents } from "./residents.js";
import { tickets } from "./tickets.js";

/**
 * Survey status:
 * - scheduled: created at resolution, waiting for its delayed send (policy.survey.delayHours);
 * - sent: the question went out (or a phone-callback task was opened), waiting for the answer;
 * - clarifying: the answer was unclear and the one clarifying question went out;
 * - answered: final, with resolved / satisfaction / comment;
 * - unreachable: final, 未回访 (no answer after every retry, opted out, no usable channel, sends failed).
 */
export const SURVEY_STATUSES = ["scheduled", "sent", "clarifying", "answered", "unreachable"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/**
 * Why a survey ended unreachable: reported separately, never counted as satisfied. `superseded`: the
 * round was reopened by another reporter's answer before this reporter was asked — never asked, so
 * left out of the rates.
 */
export type UnreachableReason = "no_answer" | "opted_out" | "no_channel" | "send_failed" | "superseded";

/** Who gave the answer: the resident by message, an agent on the phone, or a centre spot check. */
export type AnsweredBy = "resident" | "agent" | "spot_check";

/**
 * One callback survey (回访) of one reporter for one handling round of a ticket. The unit and the
 * handler are snapshots taken when the question is sent: rates stay with the unit that did the work
 * even after the ticket moves on.
 */
export const surveys = pgTable(
  "surveys",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    residentId: uuid("resident_id")
      .notNull()
      .references(() => residents.id),
    round: integer("round").notNull(),
    status: text("status").$type<SurveyStatus>().notNull().default("scheduled"),
    /** message: asked on the resident's channel; call: a phone-callback task for agents. */
    method: text("method").$type<"message" | "call">().notNull().default("message"),
    /** The reporter's channel (wechat, sms, hotline, web) and the channel the question went out on. */
    reporterChannel: text("reporter_channel").notNull(),
    deliveryChannel: text("delivery_channel"),
    unitId: text("unit_id"),
    /** Staff id of whoever resolved the round (the `resolve` event's actor), when known. */
    handlerId: text("handler_id"),
    /** When the round was resolved: rates group surveys by it. */
    resolvedAt: timestamp("resolved_at", { withTimezone: true }).notNull(),
    /** Questions sent so far (the first send and each retry). */
    attempts: integer("attempts").notNull().default(0),
    clarifications: integer("clarifications").notNull().default(0),
    /** The next step is due: the send, a retry, or giving up (unreachable). */
    dueAt: timestamp("due_at", { withTimezone: true }),
    firstSentAt: timestamp("first_sent_at", { withTimezone: true }),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: text("answered_by").$type<AnsweredBy>(),
    /** yes | no | unknown */
    resolved: text("resolved"),
    /** satisfied | basically | dissatisfied, or null when the resident gave no level. */
    satisfaction: text("satisfaction"),
    comment: text("comment"),
    /** The phrases that decided and the engine that read them, for the audit trail. */
    interpretation: jsonb("interpretation").$type<Record<string, unknown>>(),
    /** The inbound message that answered. */
    answerMessageId: bigint("answer_message_id", { mode: "number" }),
    unreachableReason: text("unreachable_reason").$type<UnreachableReason>(),
    /** Outbound survey messages that the channel reported as failed. */
    sendFailures: integer("send_failures").notNull().default(0),
    lastSendError: text("last_send_error"),
    /** A centre spot check (抽查) replaced the resident's answer; the original is in the event log. */
    overturned: boolean("overturned").notNull().default(false),
    /** An answer that arrived after the survey had expired: kept as a comment, not counted in rates. */
    lateReply: text("late_reply"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("surveys_ticket_resident_round_uq").on(t.ticketId, t.residentId, t.round),
    index("surveys_resident_open_idx")
      .on(t.residentId, t.lastSentAt)
      .where(sql`status IN ('sent', 'clarifying')`),
    // Whether a late answer may still be recorded (the intake turn's survey check, migration 0036).
    index("surveys_resident_unreachable_idx")
      .on(t.residentId, t.updatedAt)
      .where(sql`status = 'unreachable'`),
    index("surveys_due_idx")
      .on(t.dueAt)
      .where(sql`status IN ('scheduled', 'sent', 'clarifying')`),
    index("surveys_resolved_at_idx").on(t.resolvedAt, t.unitId),
    // With the answer columns INCLUDEd (migration 0027): survey rates from the index alone.
    index("surveys_report_idx").on(t.resolvedAt),
  ],
);

/**
 * Every message a survey sent, one row per step ("ask-1", "ask-2", "clarify-1"). The unique key
 * is the guarantee behind "exactly one question per step": a job that runs twice, or is killed
 * after the send was recorded and retried, finds the step taken and sends nothing.
 */
export const surveyMessages = pgTable(
  "survey_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    surveyId: bigint("survey_id", { mode: "number" })
      .notNull()
      .references(() => surveys.id),
    step: text("step").notNull(),
    /** The outbound `messages` row (null for a phone-callback task). */
    messageId: bigint("message_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("survey_messages_step_uq").on(t.surveyId, t.step)],
);

export type CallbackTaskKind = "survey_call" | "spot_check";

/**
 * Work for the centre's agents: phone a reporter to take the survey (hotline callers when the centre
 * prefers calls) or to spot-check (抽查) a closed ticket. The result is recorded through the API.
 */
export const callbackTasks = pgTable(
  "callback_tasks",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").$type<CallbackTaskKind>().notNull(),
    /** survey_call-<surveyId> | spot_check-<ticketId>-<round>: one task per purpose. */
    dedupeKey: text("dedupe_key").notNull(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    round: integer("round").notNull(),
    surveyId: bigint("survey_id", { mode: "number" }).references(() => surveys.id),
    residentId: uuid("resident_id").references(() => residents.id),
    /** open | done | expired */
    status: text("status").$type<"open" | "done" | "expired">().notNull().default("open"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    /** { reached, resolved, satisfaction, comment } as the agent recorded it. */
    result: jsonb("result").$type<Record<string, unknown>>(),
    /** A spot check whose result reopened a closed ticket. */
    overturned: boolean("overturned").notNull().default(false),
    completedBy: text("completed_by"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("callback_tasks_dedupe_uq").on(t.dedupeKey),
    index("callback_tasks_open_idx").on(t.status, t.createdAt),
  ],
);

export type SurveyRow = typeof surveys.$inferSelect;
export type CallbackTaskRow = typeof callbackTasks.$inferSelect;
