import { z } from "zod";

export { ChannelInputError, type ChannelInputErrorCode } from "./channel-input-error.js";

/**
 * The door a resident used: a module name from `channels/registry.ts` (the registry is the one list;
 * the runtime refuses names it does not know).
 */
export const ChannelName = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "a channel module name");
export type ChannelName = z.infer<typeof ChannelName>;

/** What a message carries, normalised across channels. `unsupported` is stored and answered politely. */
export const MessageKind = z.enum([
  "text",
  "voice",
  "image",
  "location",
  "event",
  "transcript",
  "unsupported",
]);
export type MessageKind = z.infer<typeof MessageKind>;

export const EventType = z.enum([
  "subscribe",
  "unsubscribe",
  "scan",
  "click",
  "view",
  "location",
  "call_started",
  "call_ended",
  "unknown",
]);
export type EventType = z.infer<typeof EventType>;

export const GeoLocation = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  label: z.string().nullable(),
});
export type GeoLocation = z.infer<typeof GeoLocation>;

export const TranscriptInfo = z.object({
  callId: z.string().min(1),
  seq: z.number().int().nonnegative(),
  speaker: z.enum(["caller", "agent"]),
  final: z.boolean(),
  startMs: z.number().int().nonnegative().nullable(),
  endMs: z.number().int().nonnegative().nullable(),
});

/**
 * A resident's message after verification and parsing, the same shape for every channel.
 * `channel` + `channelMessageId` is the deduplication key: the store inserts it with a unique
 * constraint so provider retries (WeChat retries three times) yield one stored message.
 */
export const InboundMessage = z.object({
  channel: ChannelName,
  /** Provider within the channel: `wechat-mp`, `twilio`, `aliyun`, `tencent`, `generic`, `hotline`, `web`. */
  provider: z.string().min(1),
  /** Provider's message id (or a derived key when it has none); a string, never a number (WeChat MsgId is 64-bit). */
  channelMessageId: z.string().min(1).max(512),
  /** The resident's address on this channel: openid, phone number, call id or web session id. */
  from: z.string().min(1).max(256),
  /** Our address on this channel (official account id, short code, callee number); null when unknown. */
  to: z.string().max(256).nullable(),
  kind: MessageKind,
  /** Text typed or recognised (voice Recognition, SMS body, transcript segment); null when none. */
  text: z.string().nullable(),
  location: GeoLocation.nullable(),
  /** Provider media handle (WeChat MediaId) to fetch the image/voice later. */
  mediaId: z.string().nullable(),
  mediaUrl: z.string().nullable(),
  event: z.object({ type: EventType, key: z.string().nullable() }).nullable(),
  transcript: TranscriptInfo.nullable(),
  /** The resident asked to stop non-essential messages (SMS 退订/TD/STOP). */
  optOut: z.boolean(),
  /** Time the provider says the message was sent, when it says so. */
  sentAt: z.date().nullable(),
  receivedAt: z.date(),
  /** The provider payload as parsed (decrypted for WeChat safe mode), kept for audit and replay. */
  raw: z.record(z.string(), z.unknown()),
});
export type InboundMessage = z.infer<typeof InboundMessage>;

/**
 * A message Zhitong sends. Chinese SMS providers only deliver pre-approved templates, so a message
 * carries free `text` and/or a `template` (code + parameters); each sender uses what its provider accepts.
 */
export const OutboundMessage = z.object({
  channel: ChannelName,
  provider: z.string().min(1).optional(),
  /** Resident's address on the channel (openid, phone, web session id). */
  to: z.string().min(1),
  /** Our address, when the channel needs it (WeChat passive reply FromUserName, SMS sender number). */
  from: z.string().min(1).optional(),
  text: z.string().min(1).max(2000).nullable(),
  template: z.object({ code: z.string().min(1), params: z.record(z.string(), z.string()) }).nullable(),
  /** Idempotency key: a resend with the same key must not deliver twice. */
  idempotencyKey: z.string().min(1).max(200),
  /** Non-essential messages (surveys, notices) are suppressed for opted-out residents; replies are essential. */
  essential: z.boolean().default(true),
});
export type OutboundMessage = z.infer<typeof OutboundMessage>;

/** The raw HTTP request as the webhook route saw it: the body is kept as bytes for signature checks. */
export interface RawRequest {
  method: string;
  /** Path and query as received, e.g. `/channels/wechat?signature=…`. */
  url: string;
  /** Header names in any case; the adapters look them up case-insensitively. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  rawBody: Buffer;
  query: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Client IP as resolved by the HTTP layer (trust-proxy aware); used by IP allowlists. */
  ip?: string;
}

/** Result of `verify`: refusals carry the HTTP status to answer with and a stable code for logs. */
export type VerifyResult =
  | { ok: true }
  | {
      ok: false;
      status: 400 | 401 | 403;
      code: string;
      reason: string;
      /**
       * The body the provider's protocol wants even for a refusal (WeChat: `success`, so that a
       * request that can never be accepted is not retried); nothing is stored either way.
       */
      answer?: AckResponse;
    };

/** What the route sends back to the provider, in the provider's own format. */
export interface AckResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A webhook adapter. The route calls, in order: `verify` → `parse` → store each message
 * (unique per channel + channelMessageId) → enqueue → `ack`. Nothing is stored when `verify` refuses.
 */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  readonly provider: string;
  /** Authenticate the raw request (signature, token, timestamp, appid). Never throws; compares in constant time. */
  verify(req: RawRequest): VerifyResult;
  /**
   * Parse a verified request into zero or more normalised messages (URL-verification GETs give none).
   * Throws only {@link ChannelInputError}.
   */
  parse(req: RawRequest): InboundMessage[];
  /**
   * Render the acknowledgement the provider expects, optionally carrying a passive reply
   * (WeChat XML, TwiML). Called only after the messages were stored.
   */
  ack(req: RawRequest, messages: readonly InboundMessage[], reply?: OutboundMessage | null): AckResponse;
}

/** What the runtime hands to adapters it builds. */
export interface ChannelDeps {
  now?: () => Date;
}

/**
 * One webhook endpoint of a channel module (`ChannelModule.webhooks`): how to mount it and build its
 * adapter from the environment. Delivery is the module's `createDelivery` (channels/port.ts).
 */
export interface ChannelDefinition {
  /** Stable id, also used in metrics: `wechat`, `sms-twilio`, … */
  readonly id: string;
  /** Stable webhook path (operators and monitoring depend on it). */
  readonly path: string;
  readonly methods: readonly ("GET" | "POST")[];
  /** Also mount `<path>/:token`: gateways that cannot sign present a secret path token instead. */
  readonly acceptsPathToken?: boolean;
  /**
   * Builds the adapter, or returns null when the channel is not configured in this environment.
   * `deps.now` is the application clock (tests control it; replay windows are checked against it).
   */
  createAdapter(env: Readonly<Record<string, string | undefined>>, deps?: ChannelDeps): ChannelAdapter | null;
}
