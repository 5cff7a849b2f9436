/**
 * Words that say who a person is — their standing, trade or role — and so often stand right before
 * their name: "退休职工孙德胜", "业委会主任 蔡立新", "我是上班族小黄", "邻居小贺". The contact reader
 * takes the writer's name after them; the staff-view masker hides any name that follows them.
 */
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
 * Words whose last character is a surname: in "保安大哥", "环卫阿姨", "相关老师", "语文老师" there is no
 * 安, 卫, 关 or 文.
 */
export const TRADE_ENDING_IN_SURNAME =
  /^(?:保安|公安|治安|环卫|门卫|护卫|后勤|电工|木工|主任|公司|上司|责任|相关|有关|机关|语文)$/u;
