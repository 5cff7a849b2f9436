import { InboundMessage as InboundMessageSchema, type InboundMessage } from "../channel.js";
import type { KfMessage } from "./wechat-kf-api.js";
import { KF_CHANNEL } from "./wechat-kf.constants.js";

/**
 * A customer's message from `sync_msg` in Zhitong's shape, or null for what is not a resident's
 * message (system events, our own servicers' messages). The resident's address is the
 * `external_userid`; ours is the customer-service account (`open_kfid`) the reply must go out on.
 * An item that cannot make a valid message (coordinates out of range, …) is skipped too: one bad
 * item must not block the cursor and every message after it.
 */
export function normalizeKfMessage(m: KfMessage, receivedAt: Date): InboundMessage | null {
  const message = toInbound(m, receivedAt);
  return message && InboundMessageSchema.safeParse(message).success ? message : null;
}

function toInbound(m: KfMessage, receivedAt: Date): InboundMessage | null {
  if (m.origin !== 3 || !m.external_userid) return null;
  const base = {
    channel: KF_CHANNEL,
    provider: KF_CHANNEL,
    channelMessageId: m.msgid,
    from: m.external_userid,
    to: m.open_kfid,
    text: null,
    location: null,
    mediaId: null,
    mediaUrl: null,
    event: null,
    transcript: null,
    optOut: false,
    sentAt: m.send_time ? new Date(m.send_time * 1000) : null,
    receivedAt,
    raw: m as Record<string, unknown>,
  } satisfies Omit<InboundMessage, "kind">;
  switch (m.msgtype) {
    case "text":
      return { ...base, kind: "text", text: m.text?.content ?? "" };
    case "image":
      return { ...base, kind: "image", mediaId: m.image?.media_id ?? null };
    case "voice":
      // 微信客服 gives no speech recognition: the voice is kept for staff, the bot asks for text.
      return { ...base, kind: "voice", mediaId: m.voice?.media_id ?? null };
    case "location":
      return m.location
        ? {
            ...base,
            kind: "location",
            location: {
              lat: m.location.latitude,
              lng: m.location.longitude,
              label: [m.location.name, m.location.address].filter(Boolean).join(" ") || null,
            },
          }
        : { ...base, kind: "unsupported" };
    default:
      return { ...base, kind: "unsupported" };
  }
}
