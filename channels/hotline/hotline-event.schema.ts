import { z } from "zod";

// A real call happens in this century; anything else (year 0000, 9999) is refused here rather than
// by PostgreSQL, whose timestamptz has no year 0 — a storage error would be a 503 and endless retries.
const at = z.iso.datetime({ offset: true }).refine((v) => {
  const t = Date.parse(v);
  return t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2100, 0, 1);
}, "must be a time between 2000 and 2100");
// Control characters (NUL above all) cannot be stored and never occur in a vendor's call id.
const callId = z
  .string()
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  .regex(/^[^\u0000-\u001f\u007f]{1,128}$/, "1 to 128 characters, no control characters");

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
