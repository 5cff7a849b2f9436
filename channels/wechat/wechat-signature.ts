import { createHash } from "node:crypto";

/**
 * WeChat's signature: SHA-1 hex of the parts sorted as strings and concatenated. With
 * [token, timestamp, nonce] it is the plain `signature`; adding the `Encrypt` value (or the
 * encrypted `echostr`) gives the safe-mode `msg_signature` (WXBizMsgCrypt `getSHA1`).
 */
export function computeWechatSignature(parts: readonly string[]): string {
  return createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");
}
