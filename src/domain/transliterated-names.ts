/**
 * Names written in characters chosen for their sound: Uyghur, Kazakh, Mongolian, Tibetan and Yi names
 * (古丽娜尔, 其其格, 扎西多吉, 阿木) and foreign names (娜塔莎, 迈克·约翰逊). They follow no surname, so the
 * surname list never finds them; what gives them away is that every character is one the
 * transliteration tables use. Pure data and one test, shared by the contact reader and the masker.
 */
import { warmUp } from "./regexp-warm-up.js";
const SOUND_CHARS =
  "阿艾爱安昂奥巴拜班邦贝本比彼毕别宾波伯博布达戴丹德登迪蒂丁杜顿多厄恩尔法凡菲费芬弗福夫盖甘冈戈格根古瓜哈海汗罕豪赫黑亨胡霍基吉加贾杰卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷里丽利莉林琳隆卢鲁伦罗洛马玛迈麦曼芒梅蒙米敏摩莫默姆穆木纳娜乃内尼妮涅纽努诺欧帕派潘佩皮珀普齐奇琪其恰乔切钦琴丘萨塞赛桑森瑟沙莎舍什斯丝索塔泰坦特提廷图托瓦娃旺威韦维温沃乌吾西希谢辛休雅亚扬耶伊依尤约扎泽詹卓孜兹佐热合江措嘎旦央珠吐尕买姆娅不都山";

/** One character of a name written for its sound, as a regular-expression class. */
export const SOUND_CHAR_CLASS = `[${SOUND_CHARS}]`;

/**
 * A name written for its sound, of three to six characters ("其其格", "阿依努尔古"), or two such words
 * joined by a middle dot ("帕丽达·艾山"). Two characters alone are too often an everyday word.
 */
export const SOUND_NAME = `(?:${SOUND_CHAR_CLASS}{2,6}[·•・]${SOUND_CHAR_CLASS}{2,6}|${SOUND_CHAR_CLASS}{3,6})`;

// Places and words spelt with the same characters: never a person.
const NOT_A_PERSON = warmUp(
  /乌鲁木齐|克拉玛依|阿克苏|吐鲁番|阿勒泰|伊犁|喀什|巴黎|罗马|莫斯科|阿拉伯|马拉松|巴士|沙拉|拉丁|卡拉|尼龙|沙发|咖啡|巧克力|阿司匹林|维修|迪士尼|马达|马桶|雷达|伏特/,
);

/** Whether a word is a name written for its sound (see `SOUND_NAME`). */
export function soundsLikeName(word: string): boolean {
  return new RegExp(`^${SOUND_NAME}$`, "u").test(word) && !NOT_A_PERSON.test(word);
}
