import { findPersonalNumbers, type NumberKind } from "../domain/personal-numbers.js";

/*
 * A summary is read by the unit and the resident, and the writer's phone number, an ID or their
 * own name says nothing about what is wrong or where ("张丽(139…) 反映…", "…没人清运，电话139…",
 * "我叫张丽，…"). The summary is written from the text with each such number taken out, with the
 * label that introduced it and the brackets around it, and with the writer's name where they
 * introduce themselves; the contact is read from the full text as before.
 */
const CONTACT_KINDS: ReadonlySet<NumberKind> = new Set(["mobile", "landline", "local", "id_card"]);
const LABEL_BEFORE =
  /(?:我的|本人|联系人|我)?(?:联系)?(?:电话|手机|手机号|号码|联系方式|身份证|证件)(?:号码?)?\s*(?:是|为)?\s*[:：]?\s*$|\b(?:tel|mob|phone|mobile)\.?\s*[:：]?\s*$/i;
const EMPTY_BRACKETS = /[（(【[]\s*[）)】\]]/g;
const SELF_INTRO = "(?:我叫|我是|本人|联系人|姓名|名字)\\s*[:：]?\\s*";

export function withoutContactDetails(text: string, name: string | null): string {
  let out = withoutNumbers(text);
  if (name && name.length >= 2) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out
      .replace(new RegExp(`${SELF_INTRO}${escaped}`, "g"), "")
      // The name opening the message, before a break or the verb of reporting, signs it.
      .replace(new RegExp(`^\\s*${escaped}(?=\\s|[，,。:：]|反映|投诉|报告|举报)`), "");
  }
  return out;
}

function withoutNumbers(text: string): string {
  const spans = findPersonalNumbers(text).filter((s) => CONTACT_KINDS.has(s.kind));
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.index).replace(LABEL_BEFORE, "");
    from = span.end;
  }
  return (out + text.slice(from)).replace(EMPTY_BRACKETS, " ");
}
