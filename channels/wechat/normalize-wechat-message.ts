import type { EventType, GeoLocation, InboundMessage } from "../channel.js";
import { ChannelInputError } from "../channel-input-error.js";
import type { WechatFields } from "./parse-wechat-xml.js";

export const WECHAT_PROVIDER = "wechat-mp";

/**
 * Turns one decrypted WeChat push into a normalised message (公众号 "接收普通消息" and "接收事件推送").
 * Messages deduplicate on MsgId (kept as a string: it is 64-bit); events have no MsgId, so WeChat's
 * documented key for them is FromUserName + CreateTime, with the event name added so that a
 * subscribe and a LOCATION event in the same second stay two messages.
 */
export function normalizeWechatMessage(fields: WechatFields, receivedAt: Date): InboundMessage {
  const from = required(fields, "FromUserName");
  const to = required(fields, "ToUserName");
  const createTime = required(fields, "CreateTime");
  if (!/^\d{1,12}$/.test(createTime))
    throw new ChannelInputError("WECHAT.MISSING_FIELD", "CreateTime is not a number");
  const msgType = required(fields, "MsgType");
  const base = {
    channel: "wechat" as const,
    provider: WECHAT_PROVIDER,
    from,
    to,
    text: null,
    location: null,
    mediaId: null,
    mediaUrl: null,
    event: null,
    transcript: null,
    optOut: false,
    sentAt: new Date(Number(createTime) * 1000),
    receivedAt,
    raw: { ...fields },
  };

  if (msgType === "event") {
    const eventName = required(fields, "Event");
    return {
      ...base,
      channelMessageId: `${from}-${createTime}-${eventName}`,
      kind: "event",
      event: normalizeEvent(eventName, fields["EventKey"]),
      location: eventName === "LOCATION" ? eventLocation(fields) : null,
    };
  }

  const msgId = required(fields, "MsgId");
  if (!/^\d{1,20}$/.test(msgId))
    throw new ChannelInputError("WECHAT.MISSING_FIELD", "MsgId is not an integer");
  const message = { ...base, channelMessageId: msgId };
  switch (msgType) {
    case "text":
      return { ...message, kind: "text", text: required(fields, "Content", true) };
    case "voice":
      // Recognition is present only when the account enabled speech recognition; the bot asks the
      // resident to type or call when it is missing or empty.
      return {
        ...message,
        kind: "voice",
        text: fields["Recognition"] || null,
        mediaId: required(fields, "MediaId"),
      };
    case "image":
      return {
        ...message,
        kind: "image",
        mediaId: required(fields, "MediaId"),
        mediaUrl: fields["PicUrl"] ?? null,
      };
    case "location":
      return {
        ...message,
        kind: "location",
        location: geo(
          required(fields, "Location_X"),
          required(fields, "Location_Y"),
          fields["Label"] || null,
        ),
      };
    default:
      // video, shortvideo, link, file, music…: stored and answered politely, never refused (WeChat would retry).
      return { ...message, kind: "unsupported", mediaId: fields["MediaId"] ?? null };
  }
}

const EVENT_TYPES: Record<string, EventType> = {
  subscribe: "subscribe",
  unsubscribe: "unsubscribe",
  SCAN: "scan",
  CLICK: "click",
  VIEW: "view",
  LOCATION: "location",
};

function normalizeEvent(
  eventName: string,
  eventKey: string | undefined,
): { type: EventType; key: string | null } {
  const type = EVENT_TYPES[eventName] ?? EVENT_TYPES[eventName.toUpperCase()] ?? "unknown";
  let key = eventKey || null;
  // A resident who scans a 说事码 before following gets `subscribe` with EventKey "qrscene_<scene>";
  // a follower gets `SCAN` with the bare scene. Strip the prefix so both yield the same building key.
  if (type === "subscribe" && key?.startsWith("qrscene_")) key = key.slice("qrscene_".length) || null;
  return { type, key };
}

function eventLocation(fields: WechatFields): GeoLocation | null {
  const lat = fields["Latitude"];
  const lng = fields["Longitude"];
  return lat && lng ? geo(lat, lng, null) : null;
}

function geo(latText: string, lngText: string, label: string | null): GeoLocation {
  const lat = Number(latText);
  const lng = Number(lngText);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw new ChannelInputError("CHANNEL.INVALID_PAYLOAD", "location coordinates out of range");
  }
  return { lat, lng, label };
}

function required(fields: WechatFields, name: string, allowEmpty = false): string {
  const value = fields[name];
  if (value === undefined || (!allowEmpty && value === "")) {
    throw new ChannelInputError("WECHAT.MISSING_FIELD", `<${name}> missing`);
  }
  return value;
}
