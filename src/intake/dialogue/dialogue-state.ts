import { z } from "zod";
import { Callback, Complaint, ComplaintField } from "../../domain/complaint.schema.js";
import { HAZARDS } from "../urgency-rules.js";

/** Slots the bot may be waiting for an answer to ("danger": the one safety question). */
export const AwaitedSlot = z.enum(["location", "description", "contact", "confirm", "danger"]);
export type AwaitedSlot = z.infer<typeof AwaitedSlot>;

/**
 * The one safety question asked of a draft that showed a possible danger short of an emergency
 * (src/intake/danger-check.ts), and the resident's answer: recorded on the ticket it becomes.
 */
export const DangerCheck = z.object({
  /** The danger the evidence pointed to when asked; null: none in particular (generic advice). */
  hazard: z.enum(HAZARDS).nullable(),
  /** What made the bot ask: the model's probability in the band, or a hazard word. */
  reason: z.enum(["model", "hint"]),
  askedAt: z.string(),
  /**
   * "yes": a danger (filed as an emergency); "no"; "other": an ordinary answer; "unanswered": no
   * answer within the wait, filed as it stood; null: none yet.
   */
  answer: z.enum(["yes", "no", "other", "unanswered"]).nullable().default(null),
  /**
   * While the question is unanswered: when (ISO time) the report is filed anyway, so a possible
   * danger never lapses with an idle draft. Null once answered (and on drafts stored before it existed).
   */
  waitUntil: z.string().nullable().default(null),
});
export type DangerCheck = z.infer<typeof DangerCheck>;

/** A complaint being assembled over several turns. */
export const Draft = z.object({
  complaint: Complaint,
  /** How often each field was asked for: the bot never asks twice for what it was already told. */
  asked: z.partialRecord(ComplaintField, z.number().int().nonnegative()).default({}),
  /** WeChat MediaIds of photos the resident sent for this problem. */
  mediaIds: z.array(z.string()).default([]),
  /** The resident's messages that made this draft: the ticket's transcript shows only these. */
  messageIds: z.array(z.number().int()).default([]),
  startedAt: z.string(),
  /** Its 1-based position among the problems of one message that held several ("第二个不用了"). */
  ordinal: z.number().int().positive().nullable().default(null),
  /**
   * An emergency whose place is missing waits this long (ISO time) for the one place question to be
   * answered; then it is filed without a place. Null when not waiting.
   */
  emergencyWaitUntil: z.string().nullable().default(null),
  /**
   * The safety advice already sent for this draft: repeated never, but sent anew when the danger
   * turns out to be another ("有股怪味", then "冒浓烟了，着火了").
   */
  advice: z.string().nullable().default(null),
  /** The safety question, once asked of this draft (it is never asked twice). */
  dangerCheck: DangerCheck.nullable().default(null),
});
export type Draft = z.infer<typeof Draft>;

export const PendingLocation = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  label: z.string().nullable(),
});

/** Where a building QR code (说事码) says the resident is; pre-fills the place of the next report. */
export const Prefill = z.object({ text: z.string().max(200), community: z.string() });
export type Prefill = z.infer<typeof Prefill>;

/**
 * Everything the dialogue remembers between turns, stored in `conversations.draft` and validated
 * on load (a worker may die between two turns; the next one picks up from here).
 */
export const DialogueState = z.object({
  v: z.literal(1).default(1),
  /** Open drafts; the first is the one being discussed, the rest wait their turn. */
  drafts: z.array(Draft).default([]),
  awaiting: AwaitedSlot.nullable().default(null),
  prefill: Prefill.nullable().default(null),
  /** A location or photos sent before any problem was described. */
  pendingLocation: PendingLocation.nullable().default(null),
  pendingMedia: z.array(z.string()).default([]),
  /** The messages that carried the pending location or photos (they join the next draft). */
  pendingMessageIds: z.array(z.number().int()).default([]),
  /** Reference numbers filed in this conversation, newest last (for "查询" without a number). */
  refs: z.array(z.string()).default([]),
  /** When (ISO time) this conversation last filed a ticket: a resident's addition soon after joins it. */
  lastFiledAt: z.string().nullable().default(null),
  /**
   * That ticket's category and the things its description names (暖气, 路灯): the same problem said
   * again ("暖气还是不热") joins it.
   */
  lastFiledCategory: z.string().nullable().default(null),
  lastFiledThings: z.array(z.string()).max(20).default([]),
  /** A callback number the resident gave in this conversation: the next draft reuses it. */
  phone: z.string().max(20).nullable().default(null),
  /**
   * A relative's number the resident named to be called back on in this conversation (never their
   * profile's): the next draft reuses it, as it reuses `phone`.
   */
  callback: Callback.nullable().default(null),
  /** The resident declined to leave a number: not asked again in this conversation. */
  phoneDeclined: z.boolean().default(false),
});
export type DialogueState = z.infer<typeof DialogueState>;

export function emptyState(): DialogueState {
  return DialogueState.parse({});
}

/**
 * Parses stored state. Unreadable state (an older format, a hand edit) restarts the dialogue
 * rather than blocking the resident forever; the caller logs that it happened.
 */
export function loadState(raw: unknown): { state: DialogueState; reset: boolean } {
  const parsed = DialogueState.safeParse(raw ?? {});
  return parsed.success ? { state: parsed.data, reset: false } : { state: emptyState(), reset: true };
}
