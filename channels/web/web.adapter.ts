import type { ChannelAdapter, ChannelDefinition } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { WebChatMessage } from "./web-message.schema.js";

export interface WebAdapterOptions {
  now?: () => Date;
}

/**
 * Web chat: anyone may write (it is the public demo and the no-WeChat door), so `verify` accepts every
 * request; abuse is limited by the route's rate limit and body size cap, not here.
 */
export function createWebAdapter(options: WebAdapterOptions = {}): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "web",
    provider: "web",
    verify: () => ({ ok: true }),
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
  createAdapter: () => createWebAdapter(),
};
