import { tonelessSyllables } from "./toneless-pinyin.js";

/*
 * Hotline transcripts and hurried typing write the substance by its sound: 然气, 燃汽, 燃起味, 天然汽,
 * 没气味 (for 煤气味), 夜化气. Matching the syllables instead of the characters catches every such
 * variant at once. A sound-alike is only taken for the substance when a gas word follows it (味, 漏,
 * 管, 罐, 表, 灶, 报警), so "没气了" and "燃起希望" stay what they are.
 */
const SUBSTANCES: readonly { syllables: readonly string[]; canonical: string }[] = [
  { syllables: ["tian", "ran", "qi"], canonical: "天然气" },
  { syllables: ["ye", "hua", "qi"], canonical: "液化气" },
  { syllables: ["ran", "qi"], canonical: "燃气" },
  { syllables: ["mei", "qi"], canonical: "煤气" },
  { syllables: ["wa", "si"], canonical: "瓦斯" },
];
// A hurried line may put a space between the two ("然起 泄露"): then only a leak or a smell counts.
const GAS_CONTEXT =
  /^(味|漏|泄|管|罐|表|灶|阀|报警|中毒|的味|那味|好大|很大|很重|好重|好冲|很冲|很浓)|^[\s，,]{1,2}(味|漏|泄)/;
// Cheap guard: a message without any of these syllables' common characters needs no pinyin at all.
const CANDIDATE = /[气汽起器弃期其奇企启泣砌契迄七齐骑棋旗斯丝思私司撕]/;

/*
 * GAS_CONTEXT anywhere after the first two characters (every substance is at least two syllables
 * long). A text where it occurs nowhere has no span to replace, so its pinyin is not needed: the
 * whole message's pinyin was most of the cost of this step.
 */
const CONTEXT_SOMEWHERE =
  /味|漏|泄|管|罐|表|灶|阀|报警|中毒|的味|那味|好大|很大|很重|好重|好冲|很冲|很浓|[\s，,]{1,2}(味|漏|泄)/;

/*
 * Every character pinyin-pro may read as qi or si (any reading it lists for the character, or the
 * syllable it gives the character inside any word it segments by), and 々, which repeats the
 * reading before it: every substance ends in one of the two. Likewise tian and ye, the syllables a
 * three-syllable substance opens with. tests/intake/gas-homophones.test.ts recomputes both from
 * pinyin-pro's data, so an upgrade that reads a new character so fails there, not here.
 */
export const READ_QI_OR_SI = new Set(
  "々㟃䓫七丌丝乞亓亖亝亟企伎伺似佀価俟俬倛偲傂傶僛儩兕其凄凘剘厮厶司启呇呚呮咝咠唘唭啐啓啔啟喰嗣嘁嘶噐噝器四圻埼墄夡奇契妻姒娰娸婍媤孠寺屺岂岐岓崎嵜巳帺廝弃忔忯思恓恖悽愒愢愭慼慽憇憩懠戚扱捿掑揭摖撕攲敧斉斊斯旂旗晵暣期杞杫枝枱柒柶栔栖桤桼梩棄棊棋棨棲楒榹榿槭檱櫀欫欹欺歧死气気氣汔汜汽沏泀泗泣泤洍洓洠涘淇淒湆湇滊漆澌濝瀃炁焏燍牭猉玂玘琦琪璂甈畁畦疧盀盵矵砌碁碕碛碶磃磜磧磩礘祀祁祇祈祺禗禠禥禩私稘稽竐竒竢笥簛簯簱籏粸糸糹紪絲綥綦綨綮綺緀緝緦纟绮缉缌罊罳耆耛耜肂肆肵脐臍艩芑芞芪荠萁萋萕葺蕬蕲蕼薺藄藒蘄虒蚑蚔蚚蛳蛴蜝蜞蜤螄螇螧蟖蟴蟿蠐袳褀褄覗觭訖諆諬讫豈貄起趞跂蹊軝迄迉邔郪鄿釮釲鈶鈻鉰銉銯鋖錡鍶鏚鐁鐑锜锶闙陭隑霋頎颀颸飔食飤飴飼饲駟騃騎騏騦騹驷骐骑鬐鬿魌鯕鯣鰭鲯鳍鵸鶀鶈鷥鸶麒麡鼶齊齐𨙸𬨂",
);
export const READ_TIAN_OR_YE = new Set(
  "业也亪亱佃倎倻僷兲冶叶吔呑咽唺喝嘢噎埜堨塡填墷壄夜天奵婖射屇峫嶪嶫忝恬悿抴拽捓捙捵掖掭揲揶搷擛擨擪擫晔晪暍曄曅曗曳曵枼枽椰楪業歋殄殗沺洂液淟添湉漜潱澲烨焆煠燁爗爷爺琠瑘瑱璍璳瓛甛甜田甸畋畑畠痶痷皣盷睓瞱瞸碵磌礏窫窴紾緂緤耶胋腆腋舔舚菾葉蠮覥觍謁谒賟邪邺鄴酟野釾銛銽鋣錪鍱鎁鎑鐷钿铘铦闐阗靔靝靥靨頁页餂餣饁馌驜鴫鵺鷆鷏鸈黇",
);
// A pair already written as the substance is left as it is, whatever follows it.
const WRITTEN_PAIRS = new Set(["燃气", "煤气", "瓦斯"]);

/*
 * Whether a replacement is possible at all, told from the characters alone. A replacement needs a
 * span whose syllables are a substance, that is not already written as it, and GAS_CONTEXT right
 * after it (the text after a span is never one already replaced: replacements go left to right
 * and keep the length). So the span's last character must be one READ_QI_OR_SI holds and
 * GAS_CONTEXT must start right after it. Where the two characters before are a written pair
 * (燃气味), a replacement ending there needs a three-syllable substance, whose first syllable the
 * character before the pair must be able to read ("天燃气味" still goes on to the pinyin). Most
 * letters name 气 somewhere and a pipe or a smell somewhere else; their whole pinyin, most of what
 * this step cost a long letter, was read for nothing. Where this says no, the loop below would
 * have left the text as it is.
 */
function mayReplace(text: string): boolean {
  for (let end = 2; end < text.length; end++) {
    if (!READ_QI_OR_SI.has(text[end - 1]!)) continue;
    if (WRITTEN_PAIRS.has(text.slice(end - 2, end)) && !READ_TIAN_OR_YE.has(text[end - 3] ?? "")) continue;
    if (GAS_CONTEXT.test(text.slice(end))) return true;
  }
  return false;
}

/** The text with sound-alike spellings of gas substances replaced by the usual characters. */
export function normaliseGasHomophones(text: string): string {
  if (!CANDIDATE.test(text) || !CONTEXT_SOMEWHERE.test(text.slice(2)) || !mayReplace(text)) return text;
  const syllables = tonelessSyllables(text);
  // pinyin-pro returns one entry per character for Chinese text; anything else would misalign.
  if (syllables.length !== text.length) return text;
  let out = text;
  for (let i = 0; i < syllables.length; i += 1) {
    for (const { syllables: want, canonical } of SUBSTANCES) {
      if (!want.every((s, k) => syllables[i + k] === s)) continue;
      const span = out.slice(i, i + want.length);
      if (span !== canonical && GAS_CONTEXT.test(out.slice(i + want.length))) {
        out = out.slice(0, i) + canonical + out.slice(i + want.length);
      }
      i += want.length - 1;
      break;
    }
  }
  return out;
}
