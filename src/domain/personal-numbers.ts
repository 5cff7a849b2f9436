/**
 * Phone and ID numbers inside free text, however they were typed or transcribed: "139-1234-5678",
 * "139 1234 5678", "+86 13912345678", full-width digits, and digits read out as words the way a
 * speech-to-text system writes a hotline call ("幺三九，零九三一，五五六六"). One finder serves the
 * contact extraction and every masker, so a number found for one is hidden by the others.
 */

export type NumberKind = "id_card" | "mobile" | "landline" | "local" | "long";

export interface NumberSpan {
  /** Offsets into the original text (UTF-16 units, as `String.slice` takes them). */
  index: number;
  end: number;
  kind: NumberKind;
  /** The number's digits (an ID's final X kept), without separators or the +86 prefix. */
  digits: string;
}

// Digits as a caller says them: 幺 (one) and 洞 (zero) are how numbers are read aloud over a phone line.
const SPOKEN: Record<string, string> = {
  零: "0",
  〇: "0",
  洞: "0",
  幺: "1",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
// One separator may stand between any two digits: spaces, dashes and dots as typed; commas and
// pause marks where a transcript breaks a number into the groups it was read in.
const SEP = "[\\s,，、.·\\-－—]?";
const DIGIT_OR_SPOKEN = "[0-9０-９零〇洞幺一二两三四五六七八九]";
// Seven spoken digits in a row never occur in ordinary words ("三三两两" is four), so a run that
// long is a number read out.
const SPOKEN_RUN = new RegExp(`${DIGIT_OR_SPOKEN}(?:${SEP}${DIGIT_OR_SPOKEN}){6,}`, "g");

/**
 * The text with full-width digits, and digit words inside a run of seven or more, replaced by ASCII
 * digits. Every character maps to one character, so offsets into it are offsets into the text.
 */
export function digitView(text: string): string {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return ascii.replace(SPOKEN_RUN, (run) =>
    run.replace(/[零〇洞幺一二两三四五六七八九]/g, (c) => SPOKEN[c]!),
  );
}

const DIGITS = (count: string) => `\\d(?:${SEP}\\d)${count}`;
// Priority order: an 18-character ID first (it contains mobile-like runs), then mobiles, landlines
// with an area code, a 7–8 digit local number after a phone word, and any other run of 11+ digits.
const PATTERNS: readonly { kind: NumberKind; re: RegExp }[] = [
  { kind: "id_card", re: new RegExp(`(?<![0-9A-Za-z])${DIGITS("{16}")}${SEP}[0-9Xx](?![0-9A-Za-z])`, "g") },
  {
    kind: "mobile",
    re: new RegExp(`(?<!\\d)(?:(?:[+＋]|00)?86${SEP})?(1${SEP}[3-9](?:${SEP}\\d){9})(?!\\d)`, "g"),
  },
  {
    kind: "landline",
    re: new RegExp(`(?<!\\d)[(（]?(0${DIGITS("{2,3}")})[)）]?${SEP}(${DIGITS("{6,7}")})(?!\\d)`, "g"),
  },
  {
    kind: "local",
    re: new RegExp(`(?:电话|手机|号码|联系方式|座机)(?:是|为|:|：)?\\s*(${DIGITS("{6,7}")})(?!\\d)`, "g"),
  },
  // Without separators: "2026 12 01 08 30" is a date, not a card number.
  { kind: "long", re: /(?<!\d)\d{11,}(?!\d)/g },
];

/** Every phone or ID number in the text, in order, none overlapping. */
export function findPersonalNumbers(text: string): NumberSpan[] {
  const view = digitView(text);
  const found: NumberSpan[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of view.matchAll(re)) {
      // The captured group is the number itself: a local number's phone word and a mobile's +86
      // prefix stay outside the span's digits (the prefix is still inside the span, so it is masked).
      const group = m[1];
      const start = kind === "local" && group ? m.index + m[0].length - group.length : m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.index < end)) continue;
      const digits = (kind === "landline" ? `${m[1]}${m[2]}` : (group ?? m[0])).replace(/[^0-9Xx]/g, "");
      found.push({ index: start, end, kind, digits });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text with each phone or ID number replaced by what `mask` returns for it. */
export function replacePersonalNumbers(text: string, mask: (span: NumberSpan) => string): string {
  let out = "";
  let from = 0;
  for (const span of findPersonalNumbers(text)) {
    out += text.slice(from, span.index) + mask(span);
    from = span.end;
  }
  return out + text.slice(from);
}
