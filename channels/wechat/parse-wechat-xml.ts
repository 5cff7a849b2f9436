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
  // The fast path cannot match a DTD (only flat elements inside `<xml>`); the library path refuses it.
  return parseFlatWechatXml(text) ?? parseWechatXmlWithLibrary(text);
}

/** One child of a flat envelope: `<Name><![CDATA[value]]></Name>` or `<Name>text</Name>`. */
const FLAT_ELEMENT = /[ \t\r\n]*<([A-Za-z_][A-Za-z0-9_]*)>(?:<!\[CDATA\[([^]*?)\]\]>|([^<&]*))<\/\1>/y;
const FLAT_START = /^[ \t\r\n]*<xml>/;
const FLAT_END = /[ \t\r\n]*<\/xml>[ \t\r\n]*$/y;

/**
 * The shape WeChat sends every push and envelope in: `<xml>` holding only flat elements, each a
 * CDATA section or plain text without markup or entities. Such a document is well-formed XML by
 * construction, and its fields are exactly what the library yields for it (CDATA kept as is, plain
 * text trimmed). Anything else — a declaration, attributes, nesting, entities, a repeated element,
 * text outside the elements — returns null and goes to the library, which parses or refuses it.
 * The library's two passes (validate, then parse) were the largest part of a push's own CPU time.
 */
export function parseFlatWechatXml(text: string): Record<string, string> | null {
  const start = FLAT_START.exec(text);
  if (!start) return null;
  const fields: Record<string, string> = {};
  let at = start[0].length;
  for (;;) {
    FLAT_END.lastIndex = at;
    // An empty `<xml></xml>` is the library's to refuse.
    if (FLAT_END.test(text)) return at > start[0].length ? fields : null;
    FLAT_ELEMENT.lastIndex = at;
    const element = FLAT_ELEMENT.exec(text);
    if (!element) return null;
    const [whole, name, cdata, plain] = element;
    // A repeated element, or a name an object already has (`constructor`, `__proto__`): the library's.
    if (name === undefined || name in fields) return null;
    // A CDATA section ends at the first `]]>`; one inside the value is not this shape.
    if (cdata !== undefined && cdata.includes("]]>")) return null;
    fields[name] = cdata ?? plain!.trim();
    at += whole.length;
  }
}

/** The general path (fast-xml-parser), for any document; exported so tests can compare the two. */
export function parseWechatXmlWithLibrary(text: string): WechatFields {
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
