import { isLatinMessage } from "./latin-summary.js";

/*
 * A message typed in toneless pinyin ("qingwen gaoling butie zenme shenqing xiexie", "jianyi xiaoqu duo
 * fang ji ge lajitong") carries the words that tell its kind, but the kind model and cues read only
 * characters, so such a line fell to the complaint prior whatever it asked. The words that tell a
 * kind are written back as characters in place, so the cues and the model read them as they read a
 * typed line; the rest of the pinyin is left as it is. English is not read here: its questions and
 * requests are labelled both ways on the read sets.
 */
const GLOSS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bqing ?wen\b/gi, "请问"],
  [/\bwen ?yi ?xia\b/gi, "问一下"],
  // "zenme ban" (怎么办) closes a grievance as often as a question: left in pinyin.
  [/\bzen ?me\b(?! ?ban\b)/gi, "怎么"],
  [/\bshen ?me\b/gi, "什么"],
  [/\bna ?xie\b/gi, "哪些"],
  [/\bduo ?jiu\b/gi, "多久"],
  [/\bshen ?qing\b/gi, "申请"],
  [/\bban ?li\b/gi, "办理"],
  [/\bcai ?liao\b/gi, "材料"],
  [/\bxu ?yao\b/gi, "需要"],
  [/\bjian ?yi\b/gi, "建议"],
  [/\bxie ?xie\b/gi, "谢谢"],
  [/\bxiang ?yao ?yi ?ge\b/gi, "想要一个"],
  [/\bxiang ?yao\b/gi, "想要"],
  [/\bneng ?bu ?neng\b/gi, "能不能"],
  [/\bjiu ?zhu\b/gi, "救助"],
  [/\bbu ?guan\b/gi, "不管"],
  [/\bhen ?kuai\b/gi, "很快"],
  [/\bma ?([?？])/gi, "吗$1"],
];
// Spaces between two glossed words: "怎么 申请" reads as the cues' "怎么申请".
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** The message with its kind words in pinyin written as characters; any other message as it is. */
export function glossPinyinKindWords(text: string): string {
  if (!isLatinMessage(text)) return text;
  let out = text;
  for (const [re, han] of GLOSS) out = out.replace(re, han);
  return out === text ? text : out.replace(SPACE_BETWEEN_HAN, "");
}
