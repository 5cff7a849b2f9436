import { cdata } from "../shared/xml-escape.js";

export interface WechatTextReply {
  /** The resident's openid (the inbound FromUserName). */
  toUser: string;
  /** The official account id (the inbound ToUserName). */
  fromUser: string;
  createTime: number;
  content: string;
}

/** Passive text reply (被动回复用户消息, 回复文本消息). */
export function renderWechatTextReply(reply: WechatTextReply): string {
  return (
    `<xml><ToUserName>${cdata(reply.toUser)}</ToUserName>` +
    `<FromUserName>${cdata(reply.fromUser)}</FromUserName>` +
    `<CreateTime>${Math.floor(reply.createTime)}</CreateTime>` +
    `<MsgType>${cdata("text")}</MsgType>` +
    `<Content>${cdata(reply.content)}</Content></xml>`
  );
}

export interface WechatEncryptedEnvelope {
  encrypt: string;
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/** Safe-mode reply envelope (WXBizMsgCrypt `EncryptMsg` output format). */
export function renderWechatEncryptedReply(envelope: WechatEncryptedEnvelope): string {
  return (
    `<xml><Encrypt>${cdata(envelope.encrypt)}</Encrypt>` +
    `<MsgSignature>${cdata(envelope.msgSignature)}</MsgSignature>` +
    `<TimeStamp>${envelope.timestamp}</TimeStamp>` +
    `<Nonce>${cdata(envelope.nonce)}</Nonce></xml>`
  );
}
