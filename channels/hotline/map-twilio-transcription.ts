import { z } from "zod";
import { ChannelInputError } from "../channel-input-error.js";
import { validatePayload } from "../shared/validate-payload.js";
import type { HotlineEvent } from "./hotline-event.schema.js";

/** Twilio Real-Time Transcription status callback (`<Start><Transcription statusCallbackUrl>`), form fields. */
const TwilioTranscriptionCallback = z.object({
  TranscriptionEvent: z.string().min(1),
  CallSid: z.string().min(1).max(64),
  SequenceId: z.coerce.number().int().nonnegative().optional(),
  Track: z.enum(["inbound_track", "outbound_track"]).optional(),
  Final: z.enum(["true", "false"]).optional(),
  TranscriptionData: z.string().max(20_000).optional(),
  Timestamp: z.string().optional(),
});

const TranscriptionData = z.object({ transcript: z.string().max(5000), confidence: z.number().optional() });

export interface TwilioCallContext {
  /** Caller and callee come from the voice webhook, not the transcription callback. */
  caller?: string;
  callee?: string;
  /** Which Twilio track is the resident: on an inbound call the inbound track is the caller. */
  callerTrack?: "inbound_track" | "outbound_track";
  now?: () => Date;
}

/**
 * Maps a Twilio transcription callback to a hotline event: `transcription-content` with Final=true
 * to a final segment (SequenceId is per session and shared by both tracks, so it orders the call);
 * `transcription-stopped` to call.ended; `transcription-started` to call.started when the caller is
 * known. Partial results are dropped: Twilio gives each partial its own SequenceId, so a partial
 * could never be replaced by its final and would duplicate the utterance.
 */
export function mapTwilioTranscription(
  form: Readonly<Record<string, string>>,
  context: TwilioCallContext = {},
): HotlineEvent | null {
  const callback = validatePayload(TwilioTranscriptionCallback, form, "Twilio transcription callback");
  const at = isoTime(callback.Timestamp, context.now);
  switch (callback.TranscriptionEvent) {
    case "transcription-started":
      if (!context.caller || !context.callee) return null;
      return {
        type: "call.started",
        callId: callback.CallSid,
        caller: context.caller,
        callee: context.callee,
        at,
      };
    case "transcription-stopped":
      return { type: "call.ended", callId: callback.CallSid, at };
    case "transcription-content": {
      if (callback.Final !== "true") return null;
      if (callback.SequenceId === undefined || !callback.Track || !callback.TranscriptionData) {
        throw new ChannelInputError(
          "CHANNEL.INVALID_PAYLOAD",
          "transcription-content lacks SequenceId, Track or data",
        );
      }
      const data = parseTranscriptionData(callback.TranscriptionData);
      const callerTrack = context.callerTrack ?? "inbound_track";
      return {
        type: "transcript.segment",
        callId: callback.CallSid,
        seq: callback.SequenceId,
        speaker: callback.Track === callerTrack ? "caller" : "agent",
        text: data.transcript,
        final: true,
        startMs: null,
        endMs: null,
      };
    }
    default:
      return null;
  }
}

function parseTranscriptionData(text: string): z.infer<typeof TranscriptionData> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ChannelInputError("HOTLINE.BAD_TRANSCRIPTION_DATA", "TranscriptionData is not JSON");
  }
  return validatePayload(TranscriptionData, json, "TranscriptionData");
}

function isoTime(timestamp: string | undefined, now: (() => Date) | undefined): string {
  const parsed = timestamp ? new Date(timestamp) : null;
  return parsed && !Number.isNaN(parsed.getTime())
    ? parsed.toISOString()
    : (now?.() ?? new Date()).toISOString();
}
