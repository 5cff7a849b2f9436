import type { ChannelAdapter, ChannelDefinition } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { WebChatMessage } from "./web-message.schema.js";
import { presentedWebToken, verifyWebSessionToken } from "./web-session.js";

export interface WebAdapterOptions {
  now?: () => Date;
  /** Secret of the session tokens; when set, a message must present its session's token. */
  sessionSecret?: string;
}

/**
 * Web chat: anyone may open a session (it is the public demo and the no-WeChat door); `verify` only
 * checks that the message carries the token issued for its session id. Abuse is limited by the
 * route's rate limit and body size cap.
 */
export function createWebAdapter(options: WebAdapterOptions = {}): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "web",
    provider: "web",
    verify(req) {
      if (!options.sessionSecret) return { ok: true };
      let sessionId: unknown;
      try {
        sessionId = (parseJsonBody(req.rawBody) as { sessionId?: unknown } | null)?.sessionId;
      } catch {
        return { ok: false, status: 400, code: "CHANNEL.BAD_JSON", reason: "body is not valid JSON" };
      }
      if (
        typeof sessionId !== "string" ||
        !verifyWebSessionToken(options.sessionSecret, sessionId, presentedWebToken(req))
      ) {
        return { ok: false, status: 401, code: "WEB.BAD_SESSION", reason: "missing or wrong session token" };
      }
      return { ok: true };
    },
    parse(req) {
      const body = validatePayload(WebChatMessage, parseJsonBody(req.rawBody), "web chat message");
      const receivedAt = now();
      const message: InboundMessage = {
        channel: "web",
        provider: "web",
        channelMessageId: `${body.sessionId}-${body.clientMessageId}`,
        from: body.sessionId,
        to: null,
        kind: "text",
        text: body.text,
        location: null,
        mediaId: null,
        mediaUrl: null,
        event: null,
        transcript: null,
        optOut: false,
        sentAt: null,
        receivedAt,
        raw: { ...body },
      };
      return [validatePayload(InboundMessage, message, "web message")];
    },
    ack: (_req, messages, reply) => ({
      status: 200,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({
        ok: true,
        messageId: messages[0]?.channelMessageId ?? null,
        reply: reply?.text ?? null,
      }),
    }),
  };
}

export const webChannel: ChannelDefinition = {
  id: "web",
  path: "/channels/web/messages",
  methods: ["POST"],
  createAdapter: (env, deps = {}) =>
    createWebAdapter({ sessionSecret: webSessionSecret(env), ...(deps.now ? { now: deps.now } : {}) }),
};

/** WEB_CHAT_SECRET, or a value derived from LOG_HASH_SALT so a development setup works out of the box. */
export function webSessionSecret(env: Readonly<Record<string, string | undefined>>): string {
  return env["WEB_CHAT_SECRET"] ?? `web-chat:${env["LOG_HASH_SALT"] ?? "zhitong-dev-salt"}`;
}
