import { z } from "zod";

const at = z.iso.datetime({ offset: true });
const callId = z.string().min(1).max(128);

/** The hotline feed's events (issue 4). Times are ISO 8601 with offset; offsets are milliseconds into the call. */
export const CallStarted = z.object({
  type: z.literal("call.started"),
  callId,
  caller: z.string().min(1).max(32),
  callee: z.string().min(1).max(32),
  at,
});

export const TranscriptSegment = z.object({
  type: z.literal("transcript.segment"),
  callId,
  /** Position of the utterance in the call; a partial and its final share the same seq. */
  seq: z.number().int().nonnegative(),
  speaker: z.enum(["caller", "agent"]),
  text: z.string().max(5000),
  final: z.boolean(),
  /** Null when the vendor does not report it (partials of some engines). */
  startMs: z.number().int().nonnegative().nullable(),
  endMs: z.number().int().nonnegative().nullable(),
});

export const CallEnded = z.object({ type: z.literal("call.ended"), callId, at });

export const HotlineEvent = z.discriminatedUnion("type", [CallStarted, TranscriptSegment, CallEnded]);
/** A POST carries one event, an array, or `{ events: [...] }`. */
export const HotlineEventBatch = z.union([
  HotlineEvent.transform((event) => [event]),
  z.array(HotlineEvent).min(1).max(500),
  z.object({ events: z.array(HotlineEvent).min(1).max(500) }).transform((body) => body.events),
]);

export type CallStarted = z.infer<typeof CallStarted>;
export type TranscriptSegment = z.infer<typeof TranscriptSegment>;
export type CallEnded = z.infer<typeof CallEnded>;
export type HotlineEvent = z.infer<typeof HotlineEvent>;
