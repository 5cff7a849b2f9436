/*
 * Foreign residents write in English, or in English mixed with Chinese ("kitchen smell very bad like
 * egg 臭, gas?", "mom go out 3 hour not come back"). The detector reads Chinese, so the few English
 * words that name a hazard, a person at risk or how long they have been gone are written in
 * characters first. Only whole words are read, and only words no pinyin syllable spells, so a line
 * typed in pinyin is left to the pinyin reader.
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(\d+)\s*(hours?|hrs?)\b/gi, "$1小时"],
  [/\b(\d+)\s*(years?|yrs?)[\s-]*old\b/gi, "$1岁"],
  [
    /\b(not|never|didn'?t|did not|hasn'?t|has not|haven'?t|have not)\s+(come|came|comes|coming|be|been|get|got|gone)?\s*(back|home|return(ed)?)\b/gi,
    "没回来",
  ],
  [/\bsmells?\s+(like|of)\s+(rotten\s+)?eggs?\b/gi, "臭鸡蛋味"],
  [/\b(gas)\s+(smell|leak|leaking)s?\b/gi, "燃气味"],
  [/\bon fire\b/gi, "着火了"],
  [/\b(lots? of|heavy|thick|black)\s+smoke\b/gi, "浓烟"],
  [/\bnot breathing\b/gi, "没有呼吸"],
  [/\b(stuck|trapped)\s+in\s+(the\s+)?(lift|elevator)\b/gi, "困在电梯里"],
  [/\b(fell|fallen|fall)\s+down\b/gi, "摔倒了"],
  [/\b(old|elderly)\s+(man|woman|lady|people|person)\b/gi, "老人"],
];
const WORDS: Readonly<Record<string, string>> = {
  gas: "燃气",
  smell: "味",
  smells: "味",
  smelly: "臭",
  stink: "臭",
  stinks: "臭",
  leak: "漏",
  leaking: "漏",
  leaks: "漏",
  egg: "蛋",
  eggs: "蛋",
  fire: "火",
  smoke: "烟",
  bleeding: "流血",
  unconscious: "昏迷",
  trapped: "困住",
  stuck: "困住",
  lift: "电梯",
  elevator: "电梯",
  missing: "不见了",
  mom: "我妈",
  mum: "我妈",
  mother: "母亲",
  dad: "我爸",
  father: "父亲",
  son: "儿子",
  daughter: "女儿",
  child: "孩子",
  kid: "孩子",
  kids: "孩子",
  baby: "宝宝",
  grandma: "奶奶",
  grandmother: "奶奶",
  grandpa: "爷爷",
  grandfather: "爷爷",
};
const WORD = /\b[A-Za-z]+\b/g;

/** The text with English hazard words written in characters; text without English is returned as is. */
export function readHazardEnglish(text: string): string {
  // One English word is a brand or a name; a sentence in English has several.
  if ((text.match(/\b[A-Za-z]{2,}\b/g) ?? []).length < 3) return text;
  let out = text;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out.replace(WORD, (w) => WORDS[w.toLowerCase()] ?? w);
}
