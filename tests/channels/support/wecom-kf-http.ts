import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";

export const KF = {
  corpId: "ww5823bf96d3bd56c7",
  secret: "kf-secret-for-tests",
  token: "KfToken01",
  aesKey: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
  openKfId: "wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw",
};

export function kfEnv(apiBase: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WECHAT_KF_CORP_ID: KF.corpId,
    WECHAT_KF_SECRET: KF.secret,
    WECHAT_KF_TOKEN: KF.token,
    WECHAT_KF_ENCODING_AES_KEY: KF.aesKey,
    WECHAT_KF_API_BASE: apiBase,
    ...extra,
  };
}

let nonce = 100000;

/** The POST WeCom sends when messages wait in sync_msg: encrypted XML, signed like WXBizMsgCrypt. */
export function kfNotice(
  now: Date,
  opts: { openKfId?: string; token?: string; event?: string; corpId?: string; signWith?: string } = {},
) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const n = String(++nonce);
  const inner =
    `<xml><ToUserName><![CDATA[${KF.corpId}]]></ToUserName><CreateTime>${timestamp}</CreateTime>` +
    `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${opts.event ?? "kf_msg_or_event"}]]></Event>` +
    `<Token><![CDATA[${opts.token ?? "ENCNoticeToken"}]]></Token>` +
    `<OpenKfId><![CDATA[${opts.openKfId ?? KF.openKfId}]]></OpenKfId></xml>`;
  const encrypt = createWechatCipher(KF.aesKey, opts.corpId ?? KF.corpId).encrypt(inner);
  const signature = computeWechatSignature([opts.signWith ?? KF.token, timestamp, n, encrypt]);
  return {
    method: "POST" as const,
    url: `/channels/wechat-kf?msg_signature=${signature}&timestamp=${timestamp}&nonce=${n}`,
    headers: { "content-type": "text/xml" },
    payload: `<xml><ToUserName><![CDATA[${KF.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>`,
  };
}
