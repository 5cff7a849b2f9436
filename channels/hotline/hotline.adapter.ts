import type { ChannelAdapter, ChannelDefinition, InboundMessage, RawRequest } from "../channel.js";
import { InboundMessage as InboundMessageSchema } from "../channel.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { HotlineConfig } from "./hotline.config.js";
import { HotlineEventBatch, type HotlineEvent } from "./hotline-event.schema.js";
import { verifyHotlineAuth, type HotlineAuth } from "./verify-hotline-auth.js";

export interface HotlineAdapterOptions {
  auth: HotlineAuth;
  now?: () => Date;
}

/** Parses the feed's body into validated events (one, an array, or `{events}`). */
export function parseHotlineEvents(req: RawRequest): HotlineEvent[] {
  return validatePayload(HotlineEventBatch, parseJsonBody(req.rawBody), "hotline events");
}

/**
 * Hotline speech-to-text feed (`POST /channels/hotline/events`). Every event is stored as an inbound
 * message (dedup per call, seq and finality); the transcript assembler later rebuilds the call from
 * the stored segments when the call ends or falls silent.
 */
export function createHotlineAdapter(options: HotlineAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "hotline",
    provider: "hotline",
    verify: (req) => verifyHotlineAuth(req, options.auth),
    parse(req) {
      const receivedAt = now();
      return parseHotlineEvents(req).map((event) =>
        validatePayload(InboundMessageSchema, toInboundMessage(event, receivedAt), "hotline message"),
      );
    },
    ack: (_req, messages) => ({
      status: 200,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ ok: true, received: messages.length }),
    }),
  };
}

function toInboundMessage(event: HotlineEvent, receivedAt: Date): InboundMessage {
  const base = {
    channel: "hotline" as const,
    provider: "hotline",
    location: null,
    mediaId: null,
    mediaUrl: null,
    optOut: false,
    receivedAt,
    raw: { ...event },
  };
  switch (event.type) {
    case "call.started":
      return {
        ...base,
        channelMessageId: `${event.callId}-started`,
        from: event.caller,
        to: event.callee,
        kind: "event",
        text: null,
        event: { type: "call_started", key: event.callId },
        transcript: null,
        sentAt: new Date(event.at),
      };
    case "call.ended":
      return {
        ...base,
        channelMessageId: `${event.callId}-ended`,
        from: event.callId,
        to: null,
        kind: "event",
        text: null,
        event: { type: "call_ended", key: event.callId },
        transcript: null,
        sentAt: new Date(event.at),
      };
    case "transcript.segment":
      return {
        ...base,
        // A partial and its final get different keys so the final is stored even after the partial.
        channelMessageId: `${event.callId}-${event.seq}-${event.final ? "final" : "partial"}`,
        from: event.callId,
        to: null,
        kind: "transcript",
        text: event.text,
        event: null,
        transcript: {
          callId: event.callId,
          seq: event.seq,
          speaker: event.speaker,
          final: event.final,
          startMs: event.startMs,
          endMs: event.endMs,
        },
        sentAt: null,
      };
  }
}

export const hotlineChannel: ChannelDefinition = {
  id: "hotline",
  path: "/channels/hotline/events",
  methods: ["POST"],
  createAdapter(env, deps = {}) {
    const auth = hotlineAuthFromEnv(env, deps.now);
    return auth ? createHotlineAdapter({ auth, ...(deps.now ? { now: deps.now } : {}) }) : null;
  },
};

/** The feed's authentication from the environment: HMAC when its secret is set, else bearer, else none. */
export function hotlineAuthFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  now?: () => Date,
): HotlineAuth | null {
  const config = HotlineConfig.parse(env);
  if (config.HOTLINE_HMAC_SECRET) {
    return {
      kind: "hmac",
      secret: config.HOTLINE_HMAC_SECRET,
      maxSkewSeconds: config.HOTLINE_MAX_SKEW_SECONDS,
      ...(now ? { now } : {}),
    };
  }
  if (config.HOTLINE_BEARER_TOKEN) return { kind: "bearer", token: config.HOTLINE_BEARER_TOKEN };
  return null;
}
