/**
 * The most common Chinese surnames. A name is only taken (or masked) when it starts with one, so
 * "我是西盛家园的" stays a place.
 */
export const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪冀杭幸鞠储谌鄢蔺郜阚粟奚傅赖阎萧乐贝钮闻茅邸荆郦雍濮扈燕茹庾暨弘匡阙晁蒯竺逯芮糜汲邴隗宓栗屠胥逄冼丘代";

/**
 * Surnames outside the list because they are also everyday words or places: 区 (read Ōu: 区家明), 朴
 * (Piáo, Korean 朴), 原, 鄂, 郁, 凤, 盖, 那, 云. They are taken only where a name must stand — after
 * 本人 / 户主： / 签名： / 我叫, before 先生 / 女士 set off from other words — never by their make-up
 * (小区, 社区, 原来, 那天 are words).
 */
export const SLOT_ONLY_SURNAMES = "区朴原鄂郁凤盖那云";

/** Two-character surnames: 欧阳娜娜's surname is 欧阳, not 欧. */
export const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "慕容",
  "司徒",
  "东方",
  "皇甫",
  "令狐",
  "夏侯",
  "尉迟",
  "公孙",
  "长孙",
  "宇文",
  "端木",
  "西门",
  "南宫",
  "独孤",
  // The rest of the classical compound surnames still borne today; pairs that read as places or
  // everyday words (东门, 南门, 百里, 第五) are left out so "海西苑东门" stays a place.
  "万俟",
  "公羊",
  "澹台",
  "公冶",
  "宗政",
  "濮阳",
  "淳于",
  "单于",
  "太叔",
  "申屠",
  "仲孙",
  "轩辕",
  "钟离",
  "鲜于",
  "闾丘",
  "司空",
  "亓官",
  "司寇",
  "颛孙",
  "巫马",
  "公西",
  "漆雕",
  "乐正",
  "壤驷",
  "公良",
  "拓跋",
  "夹谷",
  "宰父",
  "谷梁",
  "段干",
  "呼延",
  "羊舌",
  "微生",
  "梁丘",
  "左丘",
  "赫连",
  "闻人",
] as const;

/**
 * A surname as a regular-expression source: a two-character one first, else one of `chars` (every
 * common surname unless a caller leaves out those that are also everyday words).
 */
export function surnamePattern(chars: string = SURNAMES): string {
  return `(?:${COMPOUND_SURNAMES.join("|")}|[${chars}])`;
}

export const SURNAME_PATTERN = surnamePattern();

// Surname characters that are also everyday function words ("我和大妈吵架", "向大爷借", "请求主任明察").
const FUNCTION_WORD_SURNAMES = /[和于向时万常全明应单解成连边师商池查代]/gu;
/** The surnames that are not also everyday function words. */
export const PLAIN_SURNAMES = SURNAMES.replace(FUNCTION_WORD_SURNAMES, "");
/**
 * Function-word surnames that are still a person before a form of address ("万先生", "于大妈"), where
 * the word cannot be the function word; 和, 向 and 师 are left out ("和大妈", "向大爷", "师傅").
 */
export const TITLED_FUNCTION_SURNAMES = "于万时常全明应单解成连边商池查";
