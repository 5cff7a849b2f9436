import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import { parseWechatXml } from "../../../channels/wechat/parse-wechat-xml.js";
import { qs } from "./raw-request.js";

/** The official account used by the HTTP tests (key from Tencent's WXBizMsgCrypt sample). */
export const WECHAT = {
  token: "spamtest",
  appid: "wx2c2769f8efd9abc2",
  aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  secret: "test-app-secret",
} as const;

export const wechatEnv = (extra: Record<string, string> = {}) => ({
  WECHAT_TOKEN: WECHAT.token,
  WECHAT_APPID: WECHAT.appid,
  WECHAT_APPSECRET: WECHAT.secret,
  WECHAT_ENCODING_AES_KEY: WECHAT.aesKey,
  ...extra,
});

export const textXml = (msgId: string, content: string, from = "oResident0001", createTime = 1_795_000_000) =>
  `<xml><ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
  `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
  `<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;

export const eventXml = (
  event: string,
  key: string | null,
  from = "oResident0001",
  createTime = 1_795_000_000,
) =>
  `<xml><ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
  `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${event}]]></Event>` +
  (key === null ? "" : `<EventKey><![CDATA[${key}]]></EventKey>`) +
  `</xml>`;

/** A safe-mode push as WeChat sends it: encrypted body, msg_signature over token/timestamp/nonce/Encrypt. */
export function safePush(
  innerXml: string,
  at: Date,
  opts: { appid?: string; token?: string; nonce?: string; tamper?: boolean } = {},
) {
  const cipher = createWechatCipher(WECHAT.aesKey, opts.appid ?? WECHAT.appid);
  const encrypt = cipher.encrypt(innerXml);
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const nonce = opts.nonce ?? String(Math.floor(Math.random() * 1e9));
  const token = opts.token ?? WECHAT.token;
  const signature = computeWechatSignature([token, timestamp, nonce]);
  let msgSignature = computeWechatSignature([token, timestamp, nonce, encrypt]);
  if (opts.tamper) msgSignature = msgSignature.replace(/^./, (c) => (c === "a" ? "b" : "a"));
  return {
    method: "POST" as const,
    url: `/channels/wechat?${qs({ signature, timestamp, nonce, openid: "oResident0001", encrypt_type: "aes", msg_signature: msgSignature })}`,
    payload: `<xml><ToUserName><![CDATA[gh_zhitong]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    headers: { "content-type": "text/xml" },
  };
}

/** Decrypts a safe-mode passive reply back to its inner fields. */
export function openReply(body: string): Record<string, string> {
  const outer = parseWechatXml(body);
  const inner = createWechatCipher(WECHAT.aesKey, WECHAT.appid).decrypt(outer["Encrypt"] ?? "").message;
  return { ...parseWechatXml(inner) };
}
