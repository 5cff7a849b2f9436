import { normalizeWechatMessage } from "../../channels/wechat/normalize-wechat-message.js";
import { parseWechatXml } from "../../channels/wechat/parse-wechat-xml.js";

/**
 * Inbound WeChat text messages as the webhook hands them to the ingest statement, each from a new
 * resident with a new MsgId (the statement's most expensive case). `count` is how many were made.
 */
export function newResidentEntries() {
  let n = 0;
  return {
    next: () => {
      const i = ++n;
      const xml =
        `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oParts${i}]]></FromUserName>` +
        `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
        `<Content><![CDATA[西盛家园3号楼暖气不热]]></Content><MsgId>${7_000_000_000_000_000_000n + BigInt(i)}</MsgId></xml>`;
      return { message: normalizeWechatMessage(parseWechatXml(xml), new Date()), phone: null };
    },
    count: () => n,
  };
}
