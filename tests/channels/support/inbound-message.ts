import type { InboundMessage } from "../../../channels/channel.js";

/** A WeChat text message as the adapter hands it to the ingest, for tests that feed the batcher directly. */
export function wechatText(
  cmid: string,
  from: string,
  receivedAt: Date,
  over: Partial<InboundMessage> = {},
): InboundMessage {
  return {
    channel: "wechat",
    provider: "wechat-mp",
    channelMessageId: cmid,
    from,
    to: "gh_zhitong",
    kind: "text",
    text: "路灯坏了",
    location: null,
    mediaId: null,
    mediaUrl: null,
    event: null,
    transcript: null,
    optOut: false,
    sentAt: null,
    receivedAt,
    raw: { MsgId: cmid },
    ...over,
  };
}
