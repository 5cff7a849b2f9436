import type { z } from "zod";
import type { AckResponse, ChannelDefinition, InboundMessage, RawRequest } from "./channel.js";

/**
 * The narrow port through which a channel module reaches the application. Channel modules import
 * nothing from `src/`; the runtime (`src/channels-runtime/channel-port.ts`) implements this.
 */
export interface ChannelPort {
  /** The application clock (tests control it). Never mix it with Date.now(). */
  now(): Date;
  /** The jurisdiction's IANA time zone: times shown to residents are wall-clock times there. */
  timeZone: string;
  /** HTTP client for provider APIs (tests point the base URLs at local fakes). */
  fetch: typeof fetch;
  /** The validated environment, as strings (each module re-reads its own keys with its own schema). */
  env: Readonly<Record<string, string | undefined>>;
  log: ChannelLog;
  /**
   * Stores verified inbound messages (one row per channel + channelMessageId, a redelivery is a
   * no-op) and queues them for intake. Resolves only once they are committed.
   */
  storeInbound(messages: readonly InboundMessage[]): Promise<Array<{ inserted: boolean }>>;
  /** Durable per-channel key/value state (PostgreSQL), e.g. a provider's pull cursor. */
  state: ChannelState;
  /** Short-lived shared cache (Redis), e.g. access tokens shared by every process. */
  cache: ChannelCache;
}

export interface ChannelLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

export interface ChannelState {
  /**
   * Runs `fn` holding an exclusive lock on `key` across every process, with the stored value; the
   * value `fn` returns as `next` is saved when it resolves. A crash before that keeps the old value.
   * When another process holds the lock it does not wait: `{ ran: false }`.
   */
  tryWithLock<T>(
    key: string,
    fn: (value: string | null) => Promise<{ next: string | null; result: T }>,
  ): Promise<{ ran: true; result: T } | { ran: false }>;
  get(key: string): Promise<string | null>;
}

export interface ChannelCache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets only when absent; true when this call set it (a short lock). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes only while it still holds `value` (releases a lock this process owns). */
  deleteIfEquals(key: string, value: string): Promise<void>;
}

/** Why Zhitong writes to a resident. Only replies (and essential notices) ignore an opt-out. */
export type DeliveryPurpose = "reply" | "status" | "survey" | "notice";

/** One stored outbound message, as the runtime hands it to the channel that delivers it. */
export interface DeliveryRequest {
  /** Row id: the idempotency key for providers that take one. */
  messageId: number;
  purpose: DeliveryPurpose;
  /** Resident's address on the channel (openid, phone number, session id, external user id). */
  to: string;
  text: string | null;
  template: { code: string; params: Record<string, string> } | null;
  /**
   * A link card (WeChat 图文消息) to send instead of `text`; only queued for channels whose
   * capabilities say `resultCards`, inside their send window. `text` then holds a plain fallback.
   */
  card: ResultCard | null;
  /** When the resident last wrote on this channel. */
  lastInboundAt: Date | null;
  /**
   * Wall clock: how long a send that may have reached the provider may still wait for its answer,
   * inside the claim's lease (after it another process may take the message over and send it).
   */
  answerBy?: Date;
  /** Our address (an account id) the resident last wrote to on this channel; looked up on demand. */
  from(): Promise<string | null>;
  /** Messages already sent to the resident on this channel since they last wrote; looked up on demand. */
  sentSinceLastInbound(): Promise<number>;
}

/** One article of a link card: the public result page of a resolution, with a fix photo. */
export interface ResultCard {
  title: string;
  description: string;
  /** The public page the card opens (`/r/<token>`). */
  url: string;
  /** A public thumbnail of the first fix photo, or null for a card without a picture. */
  picUrl: string | null;
}

export interface Delivered {
  providerMessageId: string | null;
  /** How it went out: `wechat-custom`, `wechat-template`, `sms-aliyun`, `web`, … */
  via: string;
}

/** A send that did not happen; `retryable` when a later attempt may succeed (timeouts, 5xx, expired token). */
export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  constructor(
    message: string,
    readonly retryable: boolean,
    /**
     * A send that got no answer in time but may have arrived, whose answer is still awaited (until
     * `answerBy`): what it says when it comes (null: no answer, or not a success). The message must
     * not be sent again before this settles; if it resolves to a delivery, it was sent.
     */
    readonly late: Promise<Delivered | null> | null = null,
  ) {
    super(message);
  }
}

export interface ChannelDelivery {
  deliver(req: DeliveryRequest): Promise<Delivered>;
}

/** Where a provider holds one inbound photo or voice message. */
export interface MediaRef {
  mediaId: string | null;
  mediaUrl: string | null;
}

/** Downloads media a resident sent, once, soon after the message arrived. */
export interface MediaSource {
  fetchMedia(ref: MediaRef): Promise<{ bytes: Buffer; contentType: string | null }>;
}

/** A download that failed; `retryable` when a later attempt may succeed (timeouts, 5xx, token). */
export class MediaFetchError extends Error {
  override readonly name = "MediaFetchError";
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** What a channel can and cannot do; the dialogue, surveys and outbound delivery read these. */
export interface ChannelCapabilities {
  /** The resident's address is a phone number we can call back (so no need to ask for one). */
  hasPhoneNumber: boolean;
  /** Free text only (no rich messages). */
  plainTextOnly: boolean;
  /** Longest text one message carries, in characters; null when the channel splits or does not care. */
  maxTextLength: number | null;
  /**
   * The webhook may carry the reply in its acknowledgement for this long (WeChat passive reply):
   * the outbound worker then waits this long before sending the same reply by API.
   */
  passiveReplyBudget: boolean;
  /**
   * Free-form messages are allowed only this long after the resident's last message, and at most
   * `maxMessages` of them (null = no count limit); outside it only templates go out.
   */
  sendWindow: { ms: number; maxMessages: number | null } | null;
  /** Non-free-text messages go out as pre-approved templates (SMS in China, WeChat outside the window). */
  templates: boolean;
  /** The resident can answer follow-up questions (false for a call transcript: one shot). */
  conversational: boolean;
  /**
   * The resident can share their location on this channel, so a photo's own GPS may be kept as the
   * place of the report (stripped from the stored bytes in every case). Absent: dropped.
   */
  sharesLocation?: boolean;
  /**
   * Inside its send window the channel can show a link card (title, description, picture) that
   * opens a page; the result of a resolution then goes as one before the text. Absent: text only.
   */
  resultCards?: boolean;
  /** Another channel that reaches the same resident when this one cannot write (the hotline → SMS). */
  deliversVia?: string;
}

/** An extra HTTP route a module serves beside its webhooks (vendor feeds, a page). */
export interface ChannelRoute {
  method: "GET" | "POST";
  url: string;
  handle(req: RawRequest): Promise<AckResponse>;
}

/**
 * What the rest of Zhitong knows of a channel without loading its protocol code: its name (stored
 * with every message), label, capabilities, settings and templates. `channels/registry.ts` lists
 * them; nothing else names them. A command that never serves (`extract`, `user`) reads only these.
 */
export interface ChannelManifest {
  /** Stored in `messages.channel`; lower-case letters, digits and dashes. */
  readonly name: string;
  /** Shown to staff (Simplified Chinese). */
  readonly label: string;
  readonly capabilities: ChannelCapabilities;
  /** The module's environment variables, merged into the application's (a mistake stops boot). */
  readonly env?: z.ZodObject;
  /** Problems with settings that are only wrong together, each naming the keys (never a value). */
  checkEnv?(env: Readonly<Record<string, string | undefined>>): string[];
  /** A template for this purpose is configured, so a message can go out outside the send window. */
  templateConfigured?(env: Readonly<Record<string, string | undefined>>, purpose: DeliveryPurpose): boolean;
  /**
   * The template a message for `purpose` goes out with on this channel, with its parameters taken
   * from `params` (`text` defaults to the message); undefined when the channel sends free text.
   */
  template?(
    env: Readonly<Record<string, string | undefined>>,
    purpose: DeliveryPurpose,
    text: string,
    params: Record<string, string>,
  ): { code: string; params: Record<string, string> } | undefined;
  /**
   * The whole module (webhooks, delivery, media, routes), imported on first use: parsers, crypto
   * and provider clients cost start-up time that only the server and the workers need.
   */
  load(): Promise<ChannelModule>;
}

/**
 * What a channel's `<name>.module.ts` exports: its protocol side. It does not import its manifest
 * (the manifest imports it, lazily); `load()` joins the two into a `ChannelModule`.
 */
export interface ChannelImplementation {
  /** Webhook endpoints (verify → parse → store → ack), one per provider. */
  readonly webhooks: readonly ChannelDefinition[];
  /** Builds the sender, or null when the channel is not configured to send here. */
  createDelivery?(port: ChannelPort): ChannelDelivery | null;
  /**
   * Builds the fetcher of residents' photos and voice the provider holds (WeChat keeps them three
   * days), or null when the channel has none or is not configured to fetch.
   */
  createMediaSource?(port: ChannelPort): MediaSource | null;
  /** Routes beyond the generic webhook (e.g. a notice that makes the module pull messages). */
  createRoutes?(port: ChannelPort): readonly ChannelRoute[] | null;
}

/** A channel as one loaded module: its manifest, webhooks, delivery and extra routes. */
export interface ChannelModule extends ChannelManifest, ChannelImplementation {}
