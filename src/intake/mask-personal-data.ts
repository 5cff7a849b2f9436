import { maskPersonNames } from "../auth/free-text-mask.js";
import { extractName } from "./extract-contact.js";
import { replacePersonalNumbers, type NumberKind } from "../domain/personal-numbers.js";

const NUMBER_MASK: Record<NumberKind, string> = {
  id_card: "[证件号]",
  mobile: "[电话]",
  landline: "[电话]",
  local: "[电话]",
  long: "[号码]",
  digits: "[号码]",
};
// The LLM needs no number of seven digits or more at all (a local phone without 电话 before it).
const ANY_LONG_RUN = /(?<!\d)\d{7,}(?!\d)/g;

/**
 * Removes what extraction does not need before text leaves for an LLM: phone numbers, ID numbers,
 * long digit runs, the resident's name and every other private person's the staff view hides (a
 * neighbour, a landlord, a relative named in full or by a form of address: "房东王**"). Officials
 * named by their post (王主任, 物业李经理) stay. The offline engine reads contact details from the
 * original text locally instead.
 */
export function maskPersonalData(text: string): string {
  let out = replacePersonalNumbers(text, (span) => NUMBER_MASK[span.kind]).replace(ANY_LONG_RUN, "[号码]");
  // "淑芬 136…": some names are read only beside the number, so the name is first read from the text as
  // written, then from the text with its numbers masked.
  out = withoutName(out, extractName(text));
  for (let i = 0; i < 3; i++) {
    const name = extractName(out);
    if (!name || name.length < 2) break;
    out = withoutName(out, name);
  }
  return maskPersonNames(out);
}

function withoutName(text: string, name: string | null): string {
  if (!name || name.length < 2) return text;
  return text
    .split(name)
    .join(/先生|女士|小姐|阿姨|大爷|大妈|师傅/.test(name) ? `[姓名]${name.slice(-2)}` : "[姓名]");
}
