/**
 * How many characters of `text` are Han: the same count as `text.match(/\p{Script=Han}/gu).length`,
 * without building an array of one-character strings for every call. The engine counts Han
 * characters a dozen times per message, so the count reads a table of the Basic Multilingual
 * Plane built once from the same property; characters beyond it (surrogate pairs, rare) ask the
 * pattern itself.
 */
const HAN = /\p{Script=Han}/u;
let bmp: Uint8Array | null = null;

function table(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && HAN.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}

export function hanCount(text: string): number {
  const t = (bmp ??= table());
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (HAN.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    // A lone surrogate is not Han (its table entry stays 0).
    n += t[c]!;
  }
  return n;
}
