import { pinyin } from "pinyin-pro";

/*
 * A place name written by its sound. Hotline transcripts and voice input spell a place the way it
 * sounds (恒辉大厦 for 恒汇大厦, 西胜家园 for 西盛家园, 文妙巷 for 文庙巷), and the agent's correction
 * ("是恒汇大厦吧？") is not part of the resident's words the scorer reads. Intake resolves such a
 * name to its community, but it keeps one place per report, often a street said before the
 * landmark; the duplicate scorer then reads the landmark named in the text only when the spelling
 * is exact. Here the text is read for the other report's place by its toneless syllables.
 */

/** Toneless syllables, one per character; a character pinyin-pro cannot read stands for itself. */
const syllables = new Map<string, readonly string[]>();
function syllablesOf(text: string): readonly string[] {
  let out = syllables.get(text);
  if (!out) {
    const read = pinyin(text, { toneType: "none", type: "array", v: true });
    out = read.length === [...text].length ? read : [...text];
    if (syllables.size >= 4096) syllables.clear();
    syllables.set(text, out);
  }
  return out;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Whether `text` names `place` by its sound: a window of the text as long as the name, read with
 * the same syllables, sharing more than half its characters in place (a homophone that shares
 * none is another phrase, not a misspelling), differing only in Chinese characters (a number or a
 * letter is no slip of the ear), and not itself one of the deployment's places (`known`): two
 * real places may sound alike. Names shorter than three characters are too easily heard in passing.
 */
export function namesPlaceBySound(text: string, place: string, known: readonly string[] = []): boolean {
  const name = [...place];
  if (name.length < 3) return false;
  const chars = [...text];
  if (chars.length < name.length) return false;
  const want = syllablesOf(place);
  const have = syllablesOf(text);
  if (have.length !== chars.length) return false;
  for (let i = 0; i + name.length <= chars.length; i++) {
    let same = 0;
    let heard = true;
    for (let j = 0; j < name.length && heard; j++) {
      const c = chars[i + j]!;
      if (c === name[j]) same++;
      else heard = HAN.test(c) && HAN.test(name[j]!) && have[i + j] === want[j];
    }
    if (!heard || same === name.length || same * 2 <= name.length) continue;
    const window = chars.slice(i, i + name.length).join("");
    if (!known.includes(window)) return true;
  }
  return false;
}
