import { XMLParser } from "fast-xml-parser";
import { ChannelInputError } from "../channel-input-error.js";

/** A WeChat XML message as flat string fields (`ToUserName`, `MsgId`, `Encrypt`, …). */
export type WechatFields = Readonly<Record<string, string>>;

/*
 * parseTagValue: false keeps every value a string: MsgId is a 64-bit integer (e.g. 6054768590064713728)
 * that a JS number would round, and CreateTime/Location_X are parsed explicitly where needed.
 */
/**
 * Elements WeChat documents as repeatable: the subscription-message events carry one `<List>` per
 * template (subscribe_msg_popup_event, subscribe_msg_change_event, subscribe_msg_sent_event).
 * They are always arrays, flattened with their index (`SubscribeMsgPopupEvent.List.0.TemplateId`).
 */
const REPEATED = new Set(
  ["SubscribeMsgPopupEvent", "SubscribeMsgChangeEvent", "SubscribeMsgSentEvent"].map((e) => `xml.${e}.List`),
);

const MAX_REPEATED = 20;

const parser = new XMLParser({
  isArray: (_name, jpath) => REPEATED.has(String(jpath)),
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  trimValues: true,
});

/**
 * Parses WeChat's `<xml>…</xml>` envelope into flat string fields. Nested elements (e.g. the
 * `SendLocationInfo` of menu events) are kept as their own flattened fields with a dotted prefix.
 * Throws `CHANNEL.BAD_XML` for anything that is not a well-formed `<xml>` document.
 */
export function parseWechatXml(text: string): WechatFields {
  // WeChat never sends a DTD; refusing it up front removes any entity-expansion surface.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new ChannelInputError("CHANNEL.BAD_XML", "DTDs are not accepted");
  let document: unknown;
  try {
    document = parser.parse(text, true);
  } catch {
    throw new ChannelInputError("CHANNEL.BAD_XML", "body is not well-formed XML");
  }
  const root = isRecord(document) ? document["xml"] : undefined;
  if (!isRecord(root)) throw new ChannelInputError("CHANNEL.BAD_XML", "root element <xml> missing");
  const fields: Record<string, string> = {};
  flatten(root, "", fields, 0);
  return fields;
}

function flatten(
  node: Record<string, unknown>,
  prefix: string,
  out: Record<string, string>,
  depth: number,
): void {
  if (depth > 4) throw new ChannelInputError("CHANNEL.BAD_XML", "XML nested too deeply");
  for (const [name, value] of Object.entries(node)) {
    const key = prefix + name;
    if (typeof value === "string") out[key] = value;
    else if (isRecord(value)) flatten(value, `${key}.`, out, depth + 1);
    else if (Array.isArray(value) && REPEATED.has(`xml.${key}`)) {
      // A popup shows a handful of templates; thousands of items are not WeChat.
      if (value.length > MAX_REPEATED)
        throw new ChannelInputError("CHANNEL.BAD_XML", `element <${name}> repeated too often`);
      value.forEach((item, i) => {
        if (isRecord(item)) flatten(item, `${key}.${i}.`, out, depth + 1);
        else if (typeof item === "string") out[`${key}.${i}`] = item;
      });
    } else if (Array.isArray(value)) {
      // Any other repeated element is ambiguous (which MsgId is the real one?): refuse rather than guess.
      throw new ChannelInputError("CHANNEL.BAD_XML", `element <${name}> appears more than once`);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
