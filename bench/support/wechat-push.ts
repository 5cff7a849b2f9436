import { randomBytes } from "node:crypto";
import { createWechatCipher } from "../../channels/wechat/wechat-crypto.js";
import { parseWechatXml } from "../../channels/wechat/parse-wechat-xml.js";
import { computeWechatSignature } from "../../channels/wechat/wechat-signature.js";

/** The official account the benches play WeChat for. */
export const BENCH_WECHAT = {
  token: "benchtoken",
  appid: "wxbench000000001",
  secret: "bench-app-secret",
  aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
} as const;

const cipher = createWechatCipher(BENCH_WECHAT.aesKey, BENCH_WECHAT.appid);
let msgId = 7_100_000_000_000_000_000n;

/** One signed, safe-mode push as WeChat sends it (a fresh MsgId each time). */
export function wechatPush(openid: string, text: string): { path: string; body: string } {
  const now = Math.floor(Date.now() / 1000);
  const inner =
    `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName>` +
    `<CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${text}]]></Content><MsgId>${++msgId}</MsgId></xml>`;
  const encrypt = cipher.encrypt(inner);
  const timestamp = String(now);
  const nonce = randomBytes(4).readUInt32BE(0).toString();
  const query = new URLSearchParams({
    signature: computeWechatSignature([BENCH_WECHAT.token, timestamp, nonce]),
    timestamp,
    nonce,
    openid,
    encrypt_type: "aes",
    msg_signature: computeWechatSignature([BENCH_WECHAT.token, timestamp, nonce, encrypt]),
  });
  return {
    path: `/channels/wechat?${query.toString()}`,
    body: `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  };
}

/** The text of a passive reply in a safe-mode acknowledgement, or null for `success`. */
export function passiveText(body: string): string | null {
  if (!body.includes("<Encrypt>")) return null;
  const inner = cipher.decrypt(parseWechatXml(body)["Encrypt"] ?? "").message;
  return parseWechatXml(inner)["Content"] ?? null;
}

/** What the bench's residents write: ordinary complaints, none an emergency. */
export const BENCH_TEXTS = [
  "西盛家园3号楼暖气不热",
  "小区门口路灯坏了好几天",
  "楼下饭店油烟太大",
  "垃圾站没人清理，很臭",
  "井盖丢了很危险",
];
