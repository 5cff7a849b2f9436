import { Converter } from "opencc-js";

/**
 * Traditional → simplified Chinese plus NFKC (full-width digits and letters to ASCII), for the
 * domain's text rules (survey answers, duplicate scores). Residents in Hong Kong, Taiwan or with a
 * traditional input method write 滿意 / 沒解決; the rules are written in simplified characters.
 * Built lazily: opencc-js compiles its dictionaries on construction (tens of ms), which modules that
 * never compare texts should not pay at import.
 */
let convert: ((s: string) => string) | undefined;

export function simplify(text: string): string {
  const fn = (convert ??= Converter({ from: "hk", to: "cn" }));
  return fn(text.normalize("NFKC"));
}
