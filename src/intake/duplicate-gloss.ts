import { withCategoryGlosses } from "./category-latin.js";
import { isLatinMessage } from "./latin-summary.js";

/*
 * What the duplicate search reads of a message written in English or pinyin. The concept tables,
 * the house numbers and the vehicle descriptions are read from Chinese; such a message gave them
 * nothing, so it was never offered with the Chinese reports of the same problem. After the
 * category's glosses (the subject's everyday words) come its house numbers written the Chinese way
 * ("building 9, unit 2, flat 301" → 9号楼 2单元 301室) and the few words that tell one matter or
 * one vehicle from another (night work, a colour, a make, a playground's swing). Chinese text is
 * returned as it came.
 */

const ADDRESS: readonly (readonly [RegExp, (n: string) => string])[] = [
  [/\b(?:building|bldg\.?|block|tower)\s*(?:no\.?\s*)?(\d{1,3})\b/gi, (n) => `${n}号楼`],
  [/\b(\d{1,3})\s*-?\s*hao\s*-?\s*lou\b/gi, (n) => `${n}号楼`],
  [/\b(?:block|tower)\s+([A-Za-z])\b/gi, (n) => `${n.toUpperCase()}座`],
  [/\b([A-Za-z])\s*-?\s*zuo\b/gi, (n) => `${n.toUpperCase()}座`],
  [/\b(?:unit|entrance|stairwell)\s*(?:no\.?\s*)?(\d{1,2})\b/gi, (n) => `${n}单元`],
  [/\b(\d{1,2})\s*-?\s*dan\s*-?\s*yuan\b/gi, (n) => `${n}单元`],
  [/(?:\b(?:flat|room|apt\.?|apartment|rm\.?)\s*|#)(\d{3,4})\b/gi, (n) => `${n}室`],
  // A door number before the street's name ("12 Liuxiang Road", "No. 12 Shuiku St").
  [
    /\b(?:no\.?\s*)?(\d{1,4})\s+(?=[A-Z][a-z]+(?:\s+(?:north|south|east|west|bei|nan|dong|xi))?\s+(?:road|rd\.?|street|st\.?|lane|lu|jie|xiang)\b)/gi,
    (n) => `${n}号`,
  ],
  [/\b(\d{1,4})\s*-?\s*hao\b(?!\s*-?\s*lou)/gi, (n) => `${n}号`],
];

/** A colour said of a vehicle ("a silver Buick", "hei se aodi"), not of smoke or a light. */
function colour(words: string): RegExp {
  return new RegExp(
    `\\b(?:${words})\\s+(?:[a-z]+\\s+){0,2}?(?:cars?|suv|vans?|trucks?|lorry|sedan|taxi|vehicle|buick|audi|bmw|benz|mercedes|aodi|bie\\s*ke|bao\\s*ma|che)\\b`,
    "i",
  );
}

/** Words that tell one matter or one vehicle from another, in English and toneless pinyin. */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [colour("black|hei\\s*se"), "黑色车"],
  [colour("white|bai\\s*se"), "白色车"],
  [colour("silver|yin\\s*se"), "银色车"],
  [colour("red|hong\\s*se"), "红色车"],
  [colour("grey|gray|hui\\s*se"), "灰色车"],
  [colour("blue|lan\\s*se"), "蓝色车"],
  [/\bbuick|bie\s*ke\b/i, "别克"],
  [/\baudi|ao\s*di\b/i, "奥迪"],
  [/\bbmw|bao\s*ma\b/i, "宝马"],
  [/\b(?:mercedes|benz|ben\s*chi)\b/i, "奔驰"],
  [/\b(?:vans?|minivans?|mian\s*bao\s*che)\b/i, "面包车"],
  [/\b(?:lorry|lorries|trucks?|huo\s*che)\b/i, "货车"],
  [/\b(?:fire\s+(?:lane|exit|access)|xiao\s*fang\s*tong\s*dao)\b/i, "消防通道"],
  [/\b(?:swings?|qiu\s*qian)\b/i, "秋千"],
  [/\b(?:slides?|hua\s*ti)\b/i, "滑梯"],
  [/\b(?:ceiling|tian\s*hua\s*ban)\b/i, "天花板"],
  [/\b(?:yang\s*chen)\b/i, "扬尘"],
  [/\b(?:underpass|di\s*dao)\b/i, "地道"],
  [
    /\b(?:power cut|power outage|outage|blackout|no power|no electricity|power (?:is |went |has gone )?(?:out|off)|lost power|without power|power failure|ting\s*dian|mei\s*dian|duan\s*dian)\b/i,
    "停电",
  ],
  // The everyday things of a street and a gate, which the category's glosses do not name.
  [/\b(?:barrier (?:arm|gate|pole|bar)|boom (?:gate|barrier)|dao\s*zha)\b/i, "道闸"],
  [/\b(?:zebra crossing|crossing lines|crosswalk|pedestrian crossing|ban\s*ma\s*xian)\b/i, "斑马线"],
  [/\b(?:burn(?:s|ing)? (?:joss )?paper|joss paper|shao\s*zhi)\b/i, "烧纸"],
  [/\b(?:burn(?:s|ing)? (?:rubbish|trash|garbage|waste|plastic|leaves)|shao\s*la\s*ji)\b/i, "烧垃圾"],
  [
    /\b(?:(?:rubbish|garbage|refuse|waste) (?:transfer )?station|transfer station|la\s*ji\s*zhan)\b/i,
    "垃圾站",
  ],
  [/\b(?:no water|water cut|ting\s*shui|mei\s*shui)\b/i, "停水"],
  [/\b(?:no hot water|hot water (?:is |has )?(?:gone|off|out|stopped)|mei\s*re\s*shui)\b/i, "没热水"],
  [/\b(?:drones?|wu\s*ren\s*ji)\b/i, "无人机"],
  [
    /\b(?:water (?:is |keeps )?(?:pouring|coming|flowing|running|leaking|getting) into the (?:basement|underground garage|garage|car park)|(?:basement|underground garage|car park) (?:is |was |has )?(?:been )?flood(?:ed|ing)|flooded (?:basement|garage)|di\s*xia\s*shi\s*jin\s*shui|di\s*ku\s*jin\s*shui)\b/i,
    "地下室进水",
  ],
  [/\b(?:honk(?:s|ing|ed)?|sounding (?:the|his|a) horn|ming\s*di)\b/i, "鸣笛"],
];

/** Building work told at night ("keeps working until 2 am", "ban ye shi gong"). */
const NIGHT =
  /\b(?:at night|late at night|midnight|overnight|all night|until [1-5] ?am|ban\s*ye|ye\s*jian|wan\s*shang)\b/i;
const WORK =
  /\b(?:construction|building work|building site|drilling|piling|working|works|shi\s*gong|gong\s*di)\b/i;

/** The house numbers a Latin message gives, written the Chinese way. */
export function latinAddresses(text: string): string[] {
  const out: string[] = [];
  for (const [re, han] of ADDRESS) for (const m of text.matchAll(re)) out.push(han(m[1]!));
  return [...new Set(out)];
}

/** The text the duplicate search reads: a Latin message with its glosses after it, else the text. */
export function duplicateGloss(text: string): string {
  if (!isLatinMessage(text)) return text;
  const words = WORDS.filter(([re]) => re.test(text)).map(([, han]) => han);
  if (NIGHT.test(text) && WORK.test(text)) words.push("夜间施工");
  const extra = [...latinAddresses(text), ...words];
  const glossed = withCategoryGlosses(text);
  return extra.length ? `${glossed}\n${extra.join("，")}` : glossed;
}
