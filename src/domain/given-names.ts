import { warmUp } from "./regexp-warm-up.js";

/**
 * Characters that make up most Chinese given names. A surname followed by two of them (李桂兰,
 * 张志强, 欧阳建华) reads as a person whatever stands around it; characters that mostly build
 * everyday words after a surname character (天, 家, 路, 区, 的…) are not in the list, so "周天",
 * "高新区", "王府井" are never taken.
 */
export const GIVEN_NAME_CHARS =
  "秀英丽娟军贞桂兰芳华建国志强伟敏静玉珍凤霞红梅燕萍琴淑芬美玲晓东涛波德保庆永刚俊杰浩然欣怡思琦婷雪莉丹洁颖慧娜佳嘉宇轩博涵睿鹏飞辉斌彬勇毅峰磊鑫森荣贵祥瑞凯锋超亮宏翠菊莲珠钰琳璐瑶璇媛妍婉娇姗妮倩茜蓉芸莹萱蕾薇雯霏桃梓诗豪霖楠彤琪璐蕊馨雅倩晶丽萍洪泽爱兵振龙虎鹤松柏桦枫继承耀昌盛旭晖熙翔君卿珊琼娥巧彩春秋冬生民新平明海文光金福安小雨立家栋佩令航卫卫胜云芝月艳";

/**
 * Given-name characters that also open or close many everyday words (明天, 新的, 生活, 平时,
 * 文件, 海边, 光线, 金额, 安全, 春节, 冬天): they count only beside another given-name character,
 * never as the one character of a two-character name. 云 (云南, 多云), 芝 (芝麻) and 月 (三个月) name
 * people beside another (秀云, 桂芝, 月娥). 佩 (佩服), 令 (命令), 航 (航班), 卫 (卫生) and 胜
 * (胜利) name people only beside another (佩珊, 令辉, 宇航, 卫红, 德胜).
 */
export const WEAK_GIVEN_NAME_CHARS =
  "保小雨立爱春秋冬生民新平明海文光金福安国东华建德永强荣继承龙松振家栋佩令航卫胜云芝月";

/** One given-name character, as a regular-expression class. */
export const GIVEN_NAME_CLASS = `[${GIVEN_NAME_CHARS}]`;
/** One given-name character that can be a two-character name's only given character (白静, 白宇). */
export const STRONG_GIVEN_NAME_CLASS = `[${[...GIVEN_NAME_CHARS].filter((c) => !WEAK_GIVEN_NAME_CHARS.includes(c)).join("")}]`;

/**
 * Given-name characters that also name a household or a building (王家, 8栋, 高家美食): a name holding
 * one (家豪, 国栋) is taken only where it stands as a word of its own.
 */
export const BOUND_GIVEN_NAME_CHARS = "家栋";

/**
 * Everyday words made of a surname and name characters (周一, 高峰, 文明, 安静; 金额 is not: 额 is no
 * name character): as a name of three they must stand as a word, and they are never read as one.
 */
export const EVERYDAY_FULL_NAME = warmUp(
  /^(?:文明|高峰|安静|黄金|龙凤|万国|高新|高明|江海|方华|宁静|温馨|温暖|温柔|平安|康乐|和平|和谐|明亮|明星|明珠|田园|云海|江南|江东|江北|海南|湖南|河南|华南|华东|东方|东北|东南|西安|南宁|金秋|金华|春秋|秋冬|冬春|长春|长安|丰收|乐园|景观|应急|时光|常春|钟表|宋词|唐诗|钱包|石英|石榴|黄梅|黄河)/u,
);

/** Everyday words made of a surname and one strong name character (高兴, 白雪, 江涛 as waves). */
export const EVERYDAY_SHORT_NAME = warmUp(
  /^(?:高兴|高洁|鲜艳|金钰|安静|杨柳|梅花|莲花|黄花|菊花|桂花|兰花|荷花|白雪|白云|云彩|江涛|海涛|波涛|雷锋|丁香|林荫|石榴|田园|龙虾|江豚|马蹄|许可|许诺|何妨|任务|余额|余波|孔雀|戴帽|柏油|朱红|雪莉|蓝莓|秦岭|洪峰|洪涝|葛根|程序|贺卡|秋季|钟琴|钱财|叶子|宋体|于是|常见|明晰|单纯|成熟|代发|代写|代笔|代表|代理|代办|代收|代缴|代买)$/u,
);

/**
 * Common English given names residents sign with ("谢谢 Linda", "Phone: … Ivy"). Names that are
 * also everyday English words (Will, May, Grace, Mark, Bill, Rose, Hope, Summer…) are left out.
 */
export const LATIN_GIVEN_NAMES = [
  "Alice",
  "Amy",
  "Andy",
  "Angela",
  "Anna",
  "Annie",
  "Ben",
  "Bella",
  "Bob",
  "Brian",
  "Carl",
  "Catherine",
  "Cathy",
  "Cindy",
  "Coco",
  "Daniel",
  "David",
  "Eric",
  "Emily",
  "Emma",
  "Eva",
  "Frank",
  "George",
  "Helen",
  "Henry",
  "Ivy",
  "Jack",
  "Jason",
  "Jenny",
  "Jessica",
  "Jerry",
  "Jim",
  "John",
  "Judy",
  "Julia",
  "Kate",
  "Kelly",
  "Kevin",
  "Leo",
  "Lily",
  "Linda",
  "Lisa",
  "Lucy",
  "Maria",
  "Mary",
  "Michael",
  "Mike",
  "Nancy",
  "Nina",
  "Paul",
  "Peter",
  "Priya",
  "Rachel",
  "Robert",
  "Sam",
  "Sarah",
  "Sophia",
  "Steven",
  "Susan",
  "Tina",
  "Tom",
  "Tony",
  "Vicky",
  "Vivian",
  "Wendy",
  "William",
  "Yvonne",
  "Zoe",
] as const;

/**
 * Surnames as spelt in pinyin, for a name written in Latin letters ("Zhang Wei", "wo shi Li
 * Xiuying"): taken only with a capital and a pinyin given name after them.
 */
export const PINYIN_SURNAMES = [
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Chen",
  "Yang",
  "Huang",
  "Zhao",
  "Wu",
  "Zhou",
  "Xu",
  "Sun",
  "Ma",
  "Zhu",
  "Hu",
  "Guo",
  "He",
  "Gao",
  "Lin",
  "Luo",
  "Zheng",
  "Liang",
  "Xie",
  "Song",
  "Tang",
  "Han",
  "Feng",
  "Deng",
  "Cao",
  "Peng",
  "Zeng",
  "Xiao",
  "Tian",
  "Dong",
  "Yuan",
  "Pan",
  "Jiang",
  "Cai",
  "Yu",
  "Du",
  "Ye",
  "Cheng",
  "Su",
  "Wei",
  "Lv",
  "Ding",
  "Shen",
  "Yao",
  "Lu",
  "Cui",
  "Zhong",
  "Tan",
  "Fan",
  "Jin",
  "Shi",
  "Liao",
  "Jia",
  "Xia",
  "Fang",
  "Bai",
  "Zou",
  "Meng",
  "Qin",
  "Qiu",
  "Hou",
  "Shao",
  "Wan",
  "Qian",
  "Kong",
  // Less common, and no English word nor a place's first syllable here ("Gu Lou" is 鼓楼).
  "Wen",
  "Kang",
  "Mao",
  "Yan",
  "Hao",
  "Duan",
  "Qiao",
  "Yin",
  "Xue",
  "Lei",
  "Dai",
] as const;
