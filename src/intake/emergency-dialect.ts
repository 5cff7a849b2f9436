/*
 * Cantonese written in characters ("困咗喺電梯", "冇人應", "水浸到膝頭") uses function words the
 * detector's Mandarin lists do not know. They are rewritten to their Mandarin equivalents before
 * the rules and the model read the text (after traditional characters are simplified), so one set
 * of concept lists serves both. Longer phrases come first: "困咗" is trapped, not sleepy.
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/困咗|焗咗/g, "困住了"],
  [/冇人应|冇人理/g, "没人应"],
  [/搵唔到|揾唔到|搵唔着|揾唔着/g, "找不到"],
  [/唔见咗|唔见左/g, "不见了"],
  [/冇返屋企|未返屋企/g, "没回家"],
  [/返屋企/g, "回家"],
  [/(未|冇|唔)(返|翻)/g, "$1回"],
  // "係唔係漏氣" asks; "唔係火燭" denies. 系 alone stays (联系, 关系).
  [/系唔系|是唔是/g, "是不是"],
  [/唔系|唔是/g, "不是"],
  [/但系/g, "但是"],
  [/宜家/g, "现在"],
  [/出街/g, "出门"],
  [/今朝/g, "今早"],
  [/阿嫲|阿嬷/g, "奶奶"],
  [/阿妈/g, "母亲"],
  [/阿爷|阿公/g, "爷爷"],
  [/老窦|老豆/g, "父亲"],
  [/(^|我|佢|你|[，。！,!\s])个仔/g, "$1儿子"],
  [/(我|佢|你)个女/g, "$1女儿"],
  [/成个钟(头)?/g, "一个钟头"],
  [/入面|里便/g, "里面"],
  [/而家/g, "现在"],
  [/流紧/g, "在流"],
  [/嚟/g, "来"],
  [/屋企/g, "家"],
  [/水浸/g, "水淹"],
  [/浸咗|浸左/g, "淹了"],
  [/细路仔|细路/g, "小孩"],
  [/阿婆|阿伯|伯爷公|伯爷婆/g, "老人"],
  [/跌亲|跌伤/g, "摔伤"],
  [/跌咗|跌左/g, "摔了"],
  [/晕咗|晕左/g, "晕倒了"],
  [/着咗火|着左火/g, "着火了"],
  [/火烛/g, "着火"],
  [/佢哋|佢地/g, "他们"],
  [/我哋|我地/g, "我们"],
];
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/咗|左(?=[，。！,!\s]|$)/g, "了"],
  [/冇/g, "没"],
  [/唔/g, "不"],
  [/喺/g, "在"],
  [/佢/g, "他"],
  [/嘅/g, "的"],
  [/睇/g, "看"],
  [/搵|揾/g, "找"],
  [/啲/g, "些"],
  [/畀/g, "给"],
];
// Only text with a Cantonese marker is rewritten: 左 and 找 are ordinary Mandarin characters.
const CANTONESE = /[咗冇唔喺佢嘅睇搵揾啲畀嚟嫲]|水浸|屋企|细路|阿婆|阿伯|火烛|跌亲|入面|而家|宜家|未翻|个仔/;

/** The (simplified) text with Cantonese function words in their Mandarin form. */
export function readDialect(simple: string): string {
  if (!CANTONESE.test(simple)) return simple;
  let out = simple;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  for (const [re, to] of WORDS) out = out.replace(re, to);
  return out;
}
