/**
 * Words that say who a person is — their standing, trade or role — and so often stand right before
 * their name: "退休职工孙德胜", "业委会主任 蔡立新", "我是上班族小黄", "邻居小贺". The contact reader
 * takes the writer's name after them; the staff-view masker hides any name that follows them.
 */
import { warmUp } from "./regexp-warm-up.js";
const STANDING_WORDS = [
  "业主",
  "居民",
  "住户",
  "租户",
  "租客",
  "市民",
  "群众",
  "党员",
  "职工",
  "工人",
  "教师",
  "老师",
  "医生",
  "护士",
  "干部",
  "学生",
  "家长",
  "老人",
  "老党员",
  "上班族",
  "低保户",
  "困难户",
  "志愿者",
  "网格员",
  "楼长",
  "单元长",
  "组长",
  "代表",
  "委员",
  "主任",
  "会计",
  "商户",
  "店主",
  "老板",
  "老板娘",
  "司机",
  "人员",
  "负责人",
  "个体户",
  "残疾人",
];
/** The standing words as a regular-expression alternation (longest first). */
export const STANDING = `(?:${[...STANDING_WORDS].sort((a, b) => b.length - a.length).join("|")})`;
/**
 * A short phrase ending with a standing word, without punctuation inside: "退休工人", "6号楼楼长",
 * "区政协委员", "水库街的低保户".
 */
export const STANDING_PHRASE = `(?:[^\\s，,。：:；;！!？?、（）()]{0,8}?${STANDING})`;
/** Titles of an office or trade used with a surname as a name: 秦主任, 蒋会计, 张医生. */
export const OFFICE_TITLE = "(?:主任|会计|经理|医生|老师|师傅)";
/**
 * Words whose last character is a surname: in "保安大哥", "环卫阿姨", "相关老师", "语文老师", "音乐老师"
 * there is no 安, 卫, 关, 文 or 乐.
 */
export const TRADE_ENDING_IN_SURNAME = warmUp(
  /^(?:保安|公安|治安|环卫|门卫|护卫|后勤|电工|木工|主任|公司|上司|责任|相关|有关|机关|语文|音乐|娱乐|快乐|新闻|谢谢|感谢|多谢|身房|厨房|药房|书房|机房|库房|门房|病房|住房|楼房|平房|民房|租房|票房|新房|老房)$/u,
);

const HAN = "\\p{Script=Han}";
/**
 * Words that start with a surname character and so look like a name where a name stands alone
 * (opening a message, on a line of their own, right before a number): sentence openers ("马上，",
 * "周末，"), trades ("司机", "施工") and the like. Never taken or masked as a name there.
 */
export const LOOKS_LIKE_NAME = warmUp(
  /^(?:马上|严重|曾经|尤其|于是|周末|周边|周围|周日|周一|周二|周三|周四|周五|周六|关于|高温|高峰|连续|白天|明天|常常|应该|方便|安全|任何|包括|万一|全部|石头|黄色|毛病|司机|车主|施工|安装|包工|钟点|房东|房主|房客|管理|管家|甘肃|江苏|湖南|湖北|河南|河北|山东|山西|广东|广西|云南|贵州|四川|福建|安徽|浙江|江西|海南|黑龙江|吉林|辽宁|陕西|宁夏|青海|新疆|西藏|单位|公司|谢谢|麻烦|尽快|时间|成功|解决|单独|应急|明确|常住|和谐|向前|于此|万元|金额|钱款|余额|文明|路灯|路面|车辆|车位|高层|商铺|商户|许多|毕业|江边|左右|方面|关系|成本|陆续|夏天|秋天|冬天|春天|常年|平时|阳台|孙女|孙子|温度|温馨|康复|安静|龙头|程序|史上|毛坯|项目|易燃|景区|景点|华为|苏宁|齐全|乔迁|伍佰|宋体|罗马|卢浮|严禁|禁止|冯氏|农民|钱包|常用|补充|备注|姓名)/u,
);
/** A name candidate that ends like a place ("文庙巷", "骑马山", "刘家院") is a place. */
export const ENDS_LIKE_PLACE = warmUp(
  /[巷路街苑园区楼栋村镇院店厂站桥湾庄湖山河城门口号室场馆所局委会处队部司行厅坊里道岗坡塘井屯寨堡镇乡县市省]$/u,
);
/**
 * A person's name where it can stand alone, as a regular-expression source for `surname` (the
 * caller's surname pattern): a full name, 老 / 小 and a surname, or a surname with a form of address.
 */
export function personForm(surname: string, titles: string): string {
  return `(?:${surname}(?:${titles})|[老小]${surname}|${surname}${HAN}{1,2}?)`;
}
/**
 * What follows a name opening a message when the writer goes on to say who and where they are:
 * "钱某某，文庙巷12号", "某某，七十六岁", "某某，住…", "某某反映：", "某某，电话…", or the line ends.
 */
export const AFTER_OPENING_NAME = `(?:[ \\t]*(?:\\n|$)|\\s*(?:反映|在此|这边反映)|\\s*[（(]|[，,\\s]+(?:住|家住|电话|手机|联系|[+＋0-9０-９☎]|男|女|退休|退伍|今年|开[^，,。！!？?\\n]{1,8}的|[^，,。！!？?\\n]{0,10}?(?:小区|花园|家园|公寓|苑|巷|路|街|号|栋|楼|社区|[一二三四五六七八九十0-9]区|村|院|大厦|业主|居民|住户|岁)|[^，,。！!？?\\n]{0,8}?${STANDING}(?=[，,\\s])))`;
/**
 * A phone number written right after a name ("某某，手机139…", "某某 ☎ 139…", "某某，手机号码：139…"),
 * digits possibly already masked (139****5678), as a look-ahead source.
 */
export const BEFORE_PHONE = `(?=[，,\\s☎:：]*(?:(?:电话|手机)(?:号码|号)?|联系方式|联系电话|tel)?[，,\\s☎:：]*[+＋(（]?[0-9０-９][0-9０-９*\\s\\-—－]{6,})`;
