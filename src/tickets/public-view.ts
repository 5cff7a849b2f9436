import { maskPersonalData } from "../intake/mask-personal-data.js";

/** 0.001° is about 111 m of latitude and at most 111 m of longitude: a neighbourhood, not a door. */
const COARSE_DECIMALS = 3;
/** A road, street or lane name at the start of a free-text place ("长江中路88号门口" → "长江中路"). */
const ROAD = /[\u4e00-\u9fa5]{1,12}?(?:大道|大街|路|街|巷|胡同|里|道)(?![\u4e00-\u9fa5]*[路街巷道])/u;

export function coarseCoordinate(value: number | null): number | null {
  if (value === null) return null;
  const f = 10 ** COARSE_DECIMALS;
  return Math.round(value * f) / f;
}

/**
 * The place anyone may see: the community's name when the ticket has one, else the road named in
 * the location text, else nothing — never a building, unit or flat.
 */
export function coarsePlace(communityName: string | null, locationText: string | null): string | null {
  if (communityName) return communityName;
  if (!locationText) return null;
  return ROAD.exec(locationText)?.[0] ?? null;
}

/** The most common family names (about 85% of the population); over-masking a public summary is the safe mistake. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
/** A family name and one or two given-name characters, where the text speaks of a person. */
const PERSON = new RegExp(
  `[${SURNAMES}][\\u4e00-\\u9fa5]{0,2}(?=家|反映|投诉|举报|说|称|表示|老人|师傅|先生|女士|阿姨|大爷|大妈|的(?:电话|手机|家))`,
  "gu",
);

/**
 * A summary with phones, ID numbers, long digit runs and names removed (the reporters' known names,
 * names the text gives as contact, and a family name followed by words that speak of a person);
 * house, unit and flat numbers too.
 */
export function publicSummary(summary: string, knownNames: readonly (string | null)[] = []): string {
  let text = summary;
  for (const name of knownNames) if (name && [...name].length >= 2) text = text.split(name).join("[姓名]");
  return (
    maskPersonalData(text)
      .replace(PERSON, "[姓名]")
      // A number cut short by the summary's length limit is still part of a phone number.
      .replace(/(电话|手机|联系方式)[:：]?\s*\+?\d[\d\s-]*…?/gu, "$1[电话]")
      .replace(/\d+\s*(?:号楼|栋|幢|单元|层|楼|室|号|户)/gu, "")
  );
}
