import type { ChannelAdapter, ChannelDefinition, RawRequest, VerifyResult } from "../channel.js";
import { ChannelInputError } from "../channel-input-error.js";
import { headerValue, queryValue } from "../shared/header-value.js";
import { parseFormBody } from "../shared/parse-form-body.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { verifyTwilioSignature } from "../sms/twilio-signature.js";
import { parseHotlineEvents } from "./hotline.adapter.js";
import type { HotlineEvent } from "./hotline-event.schema.js";
import { mapAliyunTranscription } from "./map-aliyun-transcription.js";
import { mapTwilioTranscription } from "./map-twilio-transcription.js";

/** One hotline endpoint: how to authenticate a request and turn it into hotline events. */
export interface HotlineFeed {
  url: string;
  verify(raw: RawRequest): VerifyResult;
  /** Throws only `ChannelInputError`. */
  toEvents(raw: RawRequest): HotlineEvent[];
}

/**
 * The hotline's feeds: Zhitong's own event format, Aliyun real-time transcription relayed per audio
 * leg and, when Twilio is configured, Twilio Real-Time Transcription status callbacks.
 */
export function hotlineFeeds(
  adapter: ChannelAdapter,
  def: ChannelDefinition,
  env: Readonly<Record<string, string | undefined>>,
  now: () => Date,
): HotlineFeed[] {
  const feeds: HotlineFeed[] = [
    { url: def.path, verify: (raw) => adapter.verify(raw), toEvents: parseHotlineEvents },
  ];

  // Aliyun real-time transcription relayed per audio leg: `?callId=…&speaker=caller|agent`, same auth as the feed.
  feeds.push({
    url: "/channels/hotline/aliyun",
    verify: (raw) => adapter.verify(raw),
    toEvents: (raw) => {
      const callId = queryValue(raw.query, "callId");
      const speaker = queryValue(raw.query, "speaker");
      if (!callId || callId.length > 128 || (speaker !== "caller" && speaker !== "agent")) {
        throw new ChannelInputError(
          "CHANNEL.INVALID_PAYLOAD",
          "callId and speaker=caller|agent are required in the query",
        );
      }
      const body = parseJsonBody(raw.rawBody);
      const list = Array.isArray(body) ? body : [body];
      if (list.length === 0 || list.length > 500)
        throw new ChannelInputError("CHANNEL.INVALID_PAYLOAD", "1 to 500 events");
      return list
        .map((event) => mapAliyunTranscription(event, { callId, speaker }))
        .filter((e) => e !== null);
    },
  });

  // Twilio Real-Time Transcription status callback; Twilio signs it like its SMS webhooks.
  const authToken = env["TWILIO_AUTH_TOKEN"];
  const base = env["PUBLIC_BASE_URL"]?.replace(/\/+$/, "");
  if (authToken && base) {
    feeds.push({
      url: "/channels/hotline/twilio",
      verify: (raw) => verifyTwilio(raw, authToken, base),
      toEvents: (raw) => {
        const form = Object.fromEntries(parseFormBody(raw.rawBody));
        const caller = queryValue(raw.query, "caller");
        const callee = queryValue(raw.query, "callee");
        const event = mapTwilioTranscription(form, {
          ...(caller ? { caller } : {}),
          ...(callee ? { callee } : {}),
          now,
        });
        return event ? [event] : [];
      },
    });
  }
  return feeds;
}

function verifyTwilio(raw: RawRequest, authToken: string, base: string): VerifyResult {
  try {
    const signature = headerValue(raw.headers, "x-twilio-signature");
    if (!signature)
      return { ok: false, status: 401, code: "TWILIO.MISSING_SIGNATURE", reason: "no signature" };
    const ok = verifyTwilioSignature({
      authToken,
      url: base + raw.url,
      params: parseFormBody(raw.rawBody),
      rawBody: raw.rawBody,
      signature,
    });
    return ok
      ? { ok: true }
      : { ok: false, status: 401, code: "TWILIO.BAD_SIGNATURE", reason: "signature mismatch" };
  } catch {
    return { ok: false, status: 400, code: "TWILIO.UNVERIFIABLE", reason: "body could not be read" };
  }
}
