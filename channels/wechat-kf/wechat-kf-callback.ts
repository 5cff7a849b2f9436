import type { AckResponse, RawRequest } from "../channel.js";
import { constantTimeEqual } from "../shared/constant-time-equal.js";
import { decodeUtf8Body } from "../shared/decode-utf8.js";
import { queryValue } from "../shared/header-value.js";
import { parseWechatXml } from "../wechat/parse-wechat-xml.js";
import { createWechatCipher } from "../wechat/wechat-crypto.js";
import { computeWechatSignature } from "../wechat/wechat-signature.js";

/** What a verified callback asks for. */
export type KfCallback =
  /** URL verification: answer the decrypted echostr as plain text. */
  | { type: "verify-url"; echo: string }
  /** New messages or events wait in `sync_msg` for this customer-service account. */
  | { type: "pull"; openKfId: string; noticeToken: string | null }
  /** Another event (account changes, …): acknowledged, nothing to do. */
  | { type: "ignore"; event: string | null }
  | { type: "refused"; ack: AckResponse; code: string };

export interface KfCallbackOptions {
  token: string;
  corpId: string;
  encodingAesKey: string;
  /** Largest accepted |now − timestamp| in seconds; 0 disables the replay check. */
  maxSkewSeconds: number;
  now: () => Date;
}

/**
 * WeCom's callback (WXBizMsgCrypt with the corp id as receiveid): `msg_signature` is the SHA-1 of
 * token, timestamp, nonce and the ciphertext; the body is always encrypted. Never throws for bad
 * signatures (it answers 401); throws `ChannelInputError` for undecryptable or malformed input.
 */
export function createKfCallbackReader(options: KfCallbackOptions) {
  const cipher = createWechatCipher(options.encodingAesKey, options.corpId);

  function checkSignature(req: RawRequest, encrypted: string): KfCallback | null {
    const timestamp = queryValue(req.query, "timestamp");
    const nonce = queryValue(req.query, "nonce");
    const signature = queryValue(req.query, "msg_signature");
    if (!timestamp || !nonce || !signature)
      return refuse(401, "WECHAT_KF.MISSING_SIGNATURE", "msg_signature, timestamp or nonce missing");
    if (!/^\d{1,12}$/.test(timestamp))
      return refuse(401, "WECHAT_KF.BAD_TIMESTAMP", "timestamp is not unix seconds");
    const expected = computeWechatSignature([options.token, timestamp, nonce, encrypted]);
    if (!constantTimeEqual(signature, expected))
      return refuse(401, "WECHAT_KF.BAD_SIGNATURE", "msg_signature mismatch");
    if (options.maxSkewSeconds > 0) {
      const skew = Math.abs(options.now().getTime() / 1000 - Number(timestamp));
      if (skew > options.maxSkewSeconds)
        return refuse(401, "WECHAT_KF.STALE_TIMESTAMP", "timestamp outside the accepted window");
    }
    return null;
  }

  return {
    read(req: RawRequest): KfCallback {
      const method = req.method.toUpperCase();
      if (method === "GET") {
        const echostr = queryValue(req.query, "echostr");
        if (!echostr) return refuse(400, "WECHAT_KF.MISSING_ECHOSTR", "echostr missing");
        const refused = checkSignature(req, echostr);
        if (refused) return refused;
        return { type: "verify-url", echo: cipher.decrypt(echostr).message };
      }
      if (method !== "POST") return refuse(405, "CHANNEL.UNSUPPORTED_METHOD", "use GET or POST");
      const outer = parseWechatXml(decodeUtf8Body(req.rawBody));
      const encrypted = outer["Encrypt"];
      if (!encrypted) return refuse(400, "WECHAT_KF.MISSING_FIELD", "<Encrypt> missing");
      const refused = checkSignature(req, encrypted);
      if (refused) return refused;
      const inner = parseWechatXml(cipher.decrypt(encrypted).message);
      const event = inner["Event"] ?? null;
      if (inner["MsgType"] !== "event" || event !== "kf_msg_or_event") return { type: "ignore", event };
      const openKfId = inner["OpenKfId"];
      if (!openKfId) return refuse(400, "WECHAT_KF.MISSING_FIELD", "<OpenKfId> missing");
      return { type: "pull", openKfId, noticeToken: inner["Token"] || null };
    },
  };
}

function refuse(status: number, code: string, message: string): KfCallback {
  return {
    type: "refused",
    code,
    ack: {
      status,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ error: { code, message } }),
    },
  };
}
