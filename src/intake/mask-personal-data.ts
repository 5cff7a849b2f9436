import { extractName } from "./extract-contact.js";

// Mainland mobiles, landlines with area code, 18-digit resident ID numbers, bank-card-like digit runs.
const ID_CARD = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)/g;
const LONG_DIGITS = /(?<!\d)\d{7,}(?!\d)/g;

/**
 * Removes what extraction does not need before text leaves for an LLM: phone numbers, ID numbers,
 * long digit runs and the resident's name. The offline engine reads contact details from the
 * original text locally instead.
 */
export function maskPersonalData(text: string): string {
  let out = text
    .replace(ID_CARD, "[证件号]")
    .replace(MOBILE, "[电话]")
    .replace(LANDLINE, "[电话]")
    .replace(LONG_DIGITS, "[号码]");
  for (let i = 0; i < 3; i++) {
    const name = extractName(out);
    if (!name || name.length < 2) break;
    out = out
      .split(name)
      .join(
        name.length > 1 && /先生|女士|小姐|阿姨|大爷|大妈|师傅/.test(name)
          ? `[姓名]${name.slice(-2)}`
          : "[姓名]",
      );
  }
  return out;
}
