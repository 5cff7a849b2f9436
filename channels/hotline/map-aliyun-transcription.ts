import { z } from "zod";
import { validatePayload } from "../shared/validate-payload.js";
import type { TranscriptSegment } from "./hotline-event.schema.js";

/** Aliyun real-time transcription (SpeechTranscriber) `SentenceEnd` event, fields Zhitong reads. */
const AliyunSentenceEnd = z.object({
  header: z.object({ name: z.string(), task_id: z.string().optional(), status: z.number().optional() }),
  payload: z
    .object({
      index: z.number().int().nonnegative(),
      time: z.number().int().nonnegative(),
      begin_time: z.number().int().nonnegative(),
      result: z.string().max(5000),
    })
    .optional(),
});

export interface AliyunStreamContext {
  callId: string;
  /** Aliyun transcribes one audio stream per task and has no speaker roles: each leg is its own stream. */
  speaker: TranscriptSegment["speaker"];
}

/**
 * Maps a `SentenceEnd` to a final transcript segment; other events (SentenceBegin,
 * TranscriptionResultChanged, TranscriptionCompleted) give null. `index` restarts per stream, so
 * with two legs it cannot order the call: seq is the sentence's begin_time (ms) doubled plus the
 * speaker bit, which orders both legs on the call's clock and stays unique per leg.
 */
export function mapAliyunTranscription(
  input: unknown,
  context: AliyunStreamContext,
): TranscriptSegment | null {
  const event = validatePayload(AliyunSentenceEnd, input, "Aliyun transcription event");
  if (event.header.name !== "SentenceEnd" || !event.payload) return null;
  const { begin_time: beginTime, time, result } = event.payload;
  return {
    type: "transcript.segment",
    callId: context.callId,
    seq: beginTime * 2 + (context.speaker === "agent" ? 1 : 0),
    speaker: context.speaker,
    text: result,
    final: true,
    startMs: beginTime,
    endMs: time,
  };
}
