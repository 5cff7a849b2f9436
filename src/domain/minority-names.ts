/**
 * Tibetan and Mongolian names are built of a few dozen common name words (扎西, 卓玛, 次仁; 乌兰,
 * 其其格, 图雅), two of them making a full name. Their characters (次, 仁, 珠, 高, 云) are too
 * ordinary for the sound-character test of `transliterated-names.ts`, so the words themselves are
 * listed: the most frequent given-name elements in public lists of Tibetan and Mongolian names.
 * Two or more of them in a row are a name wherever they stand; one alone only where a name stands.
 * 尼玛 is left out: it is also a common exclamation.
 */
const TIBETAN = [
  "扎西",
  "次仁",
  "才让",
  "多吉",
  "多杰",
  "卓玛",
  "卓嘎",
  "德吉",
  "德庆",
  "央金",
  "央宗",
  "拉姆",
  "格桑",
  "平措",
  "顿珠",
  "达瓦",
  "旺堆",
  "旺姆",
  "强巴",
  "索朗",
  "洛桑",
  "丹增",
  "旦增",
  "白玛",
  "普布",
  "边巴",
  "巴桑",
  "次旦",
  "才旦",
  "贡布",
  "益西",
  "桑吉",
  "曲珍",
  "仁增",
  "群培",
  "措姆",
  "米玛",
  "拉巴",
  "嘎玛",
  "旺杰",
  "贡嘎",
];
const MONGOLIAN = [
  "乌兰",
  "其其格",
  "琪琪格",
  "其木格",
  "斯琴",
  "高娃",
  "图雅",
  "乌云",
  "萨仁",
  "娜仁",
  "萨日娜",
  "乌日娜",
  "塔娜",
  "巴特尔",
  "额尔敦",
  "宝音",
  "朝鲁",
  "那日苏",
  "阿拉坦",
  "敖其尔",
  "特木尔",
  "满都拉",
  "格日勒",
  "乌力吉",
  "那顺",
  "阿古拉",
  "朝格图",
  "巴雅尔",
  "吉雅",
  "苏日娜",
  "额尔德尼",
  "图门",
];

/** The name words as a regular-expression alternation, longest first. */
export const MINORITY_NAME_WORD = `(?:${[...TIBETAN, ...MONGOLIAN]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/** A full name of two to four name words ("扎西顿珠", "乌兰图雅", "乌云其其格"). */
export const MINORITY_FULL_NAME = `(?:${MINORITY_NAME_WORD}){2,4}`;

/** One name word or more (扎西, 乌兰图雅), for the places where only a name stands. */
export const MINORITY_NAME = `(?:${MINORITY_NAME_WORD}){1,4}`;

const WHOLE = new RegExp(`^${MINORITY_NAME}$`, "u");
/** Whether a word is made of Tibetan or Mongolian name words only. */
export function isMinorityName(word: string): boolean {
  return WHOLE.test(word);
}
