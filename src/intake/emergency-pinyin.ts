/*
 * Residents on old phones, or in a hurry, type hazard words in pinyin: "rq xl" (燃气泄漏), "mq味",
 * "zhao huo le", "jiuming". The detector reads Chinese characters, so these words are written back
 * as characters before the rules and the model read the text.
 *
 * Only whole Latin tokens are read (a run of letters with no letter, digit or URL character next to
 * it), never a part of a word: "barqs", "rq123", "https://x.cn/rq" stay as they are. Full pinyin of
 * two or more syllables ("ranqi", "ran qi") is taken as it stands: no English word spells it.
 * Initials ("rq", "zh", "jm") are common abbreviations of anything, so they are taken only where the
 * hazard phrase is complete: a substance next to a sign of escape ("rq xl", "mq味", "ranqi wei"), a fire
 * word followed by 了, a cry for help followed by 啊.
 */

interface Entry {
  /** Pinyin syllables without tones. */
  syllables: readonly string[];
  /** The characters to write. */
  han: string;
  /** substance: a gas; sign: a sign of escape; alone: a hazard word that stands on its own. */
  role: "substance" | "sign" | "alone";
  /** Whether the initials alone ("rq") may stand for the word, under the role's condition. */
  initials?: boolean;
  /** A word read only with a completing particle after it (了, 啊, 啦, !): "zhao huo" may be a name. */
  needsParticle?: boolean;
  /** A word read only where its clause ends after it (a comma, a stop or the end, or 了). */
  closed?: boolean;
  /** A day a story is dated by ("zuo tian", "shang ci"). */
  day?: boolean;
  /** A word read only after a day was read: "xian zai" then brings the story back to now. */
  afterDay?: boolean;
}

const ENTRIES: readonly Entry[] = [
  { syllables: ["tian", "ran", "qi"], han: "天然气", role: "substance", initials: true },
  { syllables: ["ye", "hua", "qi"], han: "液化气", role: "substance", initials: true },
  { syllables: ["ran", "qi"], han: "燃气", role: "substance", initials: true },
  { syllables: ["mei", "qi"], han: "煤气", role: "substance", initials: true },
  { syllables: ["wa", "si"], han: "瓦斯", role: "substance" },
  { syllables: ["qi", "guan"], han: "气管", role: "substance" },
  { syllables: ["xie", "lou"], han: "泄漏", role: "sign", initials: true },
  { syllables: ["xie", "lu"], han: "泄露", role: "sign" },
  { syllables: ["lou", "qi"], han: "漏气", role: "alone", initials: true, needsParticle: true },
  { syllables: ["lou", "le"], han: "漏了", role: "sign" },
  { syllables: ["wei", "dao"], han: "味道", role: "sign" },
  { syllables: ["qi", "wei"], han: "气味", role: "sign" },
  { syllables: ["hao", "chou"], han: "好臭", role: "sign" },
  { syllables: ["chou", "wei"], han: "臭味", role: "sign" },
  { syllables: ["wei"], han: "味", role: "sign" },
  { syllables: ["chou"], han: "臭", role: "sign" },
  { syllables: ["lou"], han: "漏", role: "sign" },
  { syllables: ["zhao", "huo"], han: "着火", role: "alone", initials: true, needsParticle: true },
  { syllables: ["qi", "huo"], han: "起火", role: "alone" },
  { syllables: ["shi", "huo"], han: "失火", role: "alone" },
  { syllables: ["huo", "zai"], han: "火灾", role: "alone" },
  { syllables: ["mao", "yan"], han: "冒烟", role: "alone" },
  { syllables: ["nong", "yan"], han: "浓烟", role: "alone" },
  // A fire set by sparks or a flame ("huoxing ba baowenceng dianzhao le"); only with 了 after it.
  { syllables: ["dian", "zhao"], han: "点着", role: "alone", needsParticle: true },
  /*
   * Smoke told by how much of it there is ("lou dao hen duo yan"). Only the amount: "lou dao" or
   * "quan shi yan" would also rewrite pinyin lines the model was trained on, and a retrain shifts
   * its everyday calls at random.
   */
  { syllables: ["hen", "duo", "yan"], han: "很多烟", role: "alone" },
  { syllables: ["hao", "duo", "yan"], han: "好多烟", role: "alone" },
  { syllables: ["bao", "zha"], han: "爆炸", role: "alone" },
  { syllables: ["jiu", "ming"], han: "救命", role: "alone", initials: true, needsParticle: true },
  { syllables: ["jiu", "huo"], han: "救火", role: "alone" },
  { syllables: ["kuai", "lai", "ren"], han: "快来人", role: "alone" },
  // "liu xue sheng" is 留学生 (a student from abroad), not bleeding; the longer spelling wins.
  { syllables: ["liu", "xue", "sheng"], han: "留学生", role: "alone" },
  { syllables: ["liu", "xue"], han: "流血", role: "alone" },
  { syllables: ["shou", "shang"], han: "受伤", role: "alone" },
  { syllables: ["hun", "mi"], han: "昏迷", role: "alone" },
  { syllables: ["yun", "dao"], han: "晕倒", role: "alone" },
  /*
   * A body giving out, as a passer-by types it ("lao ren zai gong jiao che shang yun le", "chuan bu
   * shang qi", "wo ba dao zai di shang bu shuo hua le"): fainted only with 了 after it ("yun" alone is
   * also 云, 运, 晕车 said of a trip).
   */
  { syllables: ["yun"], han: "晕", role: "alone", needsParticle: true },
  // Convulsions ("dao le chou chu"); only where the clause ends, as "chou chu shi jian" is 抽出时间.
  { syllables: ["chou", "chu"], han: "抽搐", role: "alone", closed: true },
  { syllables: ["chuan", "bu", "shang", "qi"], han: "喘不上气", role: "alone" },
  { syllables: ["chuan", "bu", "guo", "qi"], han: "喘不过气", role: "alone" },
  { syllables: ["chu", "dian"], han: "触电", role: "alone" },
  { syllables: ["lou", "dian"], han: "漏电", role: "alone" },
  { syllables: ["bei", "kun"], han: "被困", role: "alone" },
  { syllables: ["kun", "zhu"], han: "困住", role: "alone" },
  { syllables: ["zou", "diu"], han: "走丢", role: "alone" },
  { syllables: ["zou", "shi"], han: "走失", role: "alone" },
  { syllables: ["shi", "zong"], han: "失踪", role: "alone" },
  { syllables: ["zhao", "bu", "dao"], han: "找不到", role: "alone" },
  // A stroke typed in pinyin ("kou chi bu qing", "zui wai le"); not "dong bu liao" or "tu ran", which a
  // stuck lift says too ("dian ti tu ran ting le").
  { syllables: ["kou", "chi", "bu", "qing"], han: "口齿不清", role: "alone" },
  { syllables: ["shuo", "hua", "bu", "qing"], han: "说话不清", role: "alone" },
  { syllables: ["zui", "wai"], han: "嘴歪", role: "alone" },
  // Whole messages typed in pinyin ("dianti kun ren le"): the people and things a rule needs.
  { syllables: ["kun", "ren"], han: "困人", role: "alone" },
  { syllables: ["zhong", "du"], han: "中毒", role: "alone" },
  { syllables: ["kan", "ren"], han: "砍人", role: "alone" },
  { syllables: ["na", "dao"], han: "拿刀", role: "alone" },
  // "ta na zhe dao, yao sha wo": a knife in hand and a threat to kill.
  { syllables: ["na", "zhe", "dao"], han: "拿着刀", role: "alone" },
  { syllables: ["yao", "sha", "wo"], han: "要杀我", role: "alone" },
  // Someone breaking a door down or in, or a beating at home.
  { syllables: ["za", "men"], han: "砸门", role: "alone" },
  /*
   * "ta you zai da lao po le": a beating at home named, only with 了 after it ("ta yi qian da lao po"
   * is a story: the pinyin reader does not write back "yi qian"). "jiao jiu ming" and "mao hei yan"
   * are left out: lines the model was trained on spell them, and a rewrite would change what it was
   * built from.
   */
  { syllables: ["da", "lao", "po"], han: "打老婆", role: "alone", needsParticle: true },
  { syllables: ["da", "xi", "fu"], han: "打媳妇", role: "alone", needsParticle: true },
  { syllables: ["chuang", "jin"], han: "闯进", role: "alone" },
  { syllables: ["jia", "bao"], han: "家暴", role: "alone" },
  { syllables: ["tu", "le"], han: "吐了", role: "alone" },
  { syllables: ["dao", "di"], han: "倒地", role: "alone" },
  { syllables: ["kun", "zai"], han: "困在", role: "alone" },
  // "kun dian ti 救命": the trap and the lift typed together, with no 在 between them.
  { syllables: ["kun", "dian", "ti"], han: "困电梯", role: "alone" },
  { syllables: ["chu", "bu", "lai"], han: "出不来", role: "alone" },
  { syllables: ["dian", "ti"], han: "电梯", role: "alone" },
  { syllables: ["dian", "xian"], han: "电线", role: "alone" },
  { syllables: ["gao", "ya", "xian"], han: "高压线", role: "alone" },
  { syllables: ["diao", "xia", "lai"], han: "掉下来", role: "alone" },
  { syllables: ["diao", "jin"], han: "掉进", role: "alone" },
  { syllables: ["huo", "hua"], han: "火花", role: "alone" },
  { syllables: ["bu", "xiang", "huo"], han: "不想活", role: "alone" },
  { syllables: ["huo", "bu", "xia", "qu"], han: "活不下去", role: "alone" },
  { syllables: ["tiao", "lou"], han: "跳楼", role: "alone" },
  { syllables: ["tiao", "he"], han: "跳河", role: "alone" },
  { syllables: ["zi", "sha"], han: "自杀", role: "alone" },
  { syllables: ["qing", "sheng"], han: "轻生", role: "alone" },
  { syllables: ["hai", "zi"], han: "孩子", role: "alone" },
  { syllables: ["xiao", "hai"], han: "小孩", role: "alone" },
  { syllables: ["lao", "ren"], han: "老人", role: "alone" },
  { syllables: ["shuai", "dao"], han: "摔倒", role: "alone" },
  { syllables: ["bu", "jian", "le"], han: "不见了", role: "alone" },
  { syllables: ["jiao", "bu", "xing"], han: "叫不醒", role: "alone" },
  { syllables: ["ka", "zhu"], han: "卡住", role: "alone" },
  { syllables: ["li", "mian"], han: "里面", role: "alone" },
  { syllables: ["shui", "yan"], han: "水淹", role: "alone" },
  { syllables: ["nong", "yao"], han: "农药", role: "alone" },
  { syllables: ["tu", "bai", "mo"], han: "口吐白沫", role: "alone" },
  { syllables: ["chi", "dai"], han: "痴呆", role: "alone" },
  { syllables: ["an", "mian", "yao"], han: "安眠药", role: "alone" },
  { syllables: ["guan", "ren"], han: "关人", role: "alone" },
  { syllables: ["shao", "qi", "lai"], han: "烧起来", role: "alone" },
  { syllables: ["di", "di"], han: "弟弟", role: "alone" },
  { syllables: ["mei", "mei"], han: "妹妹", role: "alone" },
  { syllables: ["er", "zi"], han: "儿子", role: "alone" },
  { syllables: ["nv", "er"], han: "女儿", role: "alone" },
  { syllables: ["bao", "bao"], han: "宝宝", role: "alone" },
  { syllables: ["nai", "nai"], han: "奶奶", role: "alone" },
  { syllables: ["ye", "ye"], han: "爷爷", role: "alone" },
  { syllables: ["wo", "ma"], han: "我妈", role: "alone" },
  { syllables: ["wo", "ba"], han: "我爸", role: "alone" },
  { syllables: ["sui"], han: "岁", role: "alone" },
  { syllables: ["bao", "yu"], han: "暴雨", role: "alone" },
  { syllables: ["jin", "shui"], han: "进水", role: "alone" },
  { syllables: ["di", "xia", "shi"], han: "地下室", role: "alone" },
  { syllables: ["hai", "zai"], han: "还在", role: "alone" },
  { syllables: ["xia", "mian"], han: "下面", role: "alone" },
  { syllables: ["shui", "dao"], han: "水到", role: "alone" },
  { syllables: ["bo", "zi"], han: "脖子", role: "alone" },
  { syllables: ["xiong", "kou"], han: "胸口", role: "alone" },
  /*
   * Shut in a cold store. Symptoms alone (tou yun, e xin) are left out: the model reads any pinyin
   * line with a hazard word as an emergency, and "wo you dian tou yun" asks when the clinic opens.
   */
  { syllables: ["guan", "zai"], han: "关在", role: "alone" },
  { syllables: ["leng", "ku"], han: "冷库", role: "alone" },
  // A structure given way, a wire on the ground, someone still up there; "ta le" alone is 他了.
  { syllables: ["lou", "ti", "ta", "le"], han: "楼梯塌了", role: "alone" },
  { syllables: ["lou", "ta", "le"], han: "楼塌了", role: "alone" },
  { syllables: ["qiang", "ta", "le"], han: "墙塌了", role: "alone" },
  { syllables: ["fang", "zi", "ta", "le"], han: "房子塌了", role: "alone" },
  { syllables: ["diao", "di", "shang"], han: "掉地上", role: "alone" },
  { syllables: ["luo", "di"], han: "落地", role: "alone" },
  { syllables: ["shang", "mian"], han: "上面", role: "alone" },
  { syllables: ["you", "ren"], han: "有人", role: "alone" },
  /*
   * A drill, a detector's false alarm or a flat battery typed in pinyin ("xiaofang yanxi…shi jia de",
   * "ranqi gongsi shuo shi wu bao", "baojingqi…shi dianchi mei dian le"): the words that say it is no
   * danger, read like their characters.
   */
  { syllables: ["bu", "shi", "yan", "xi"], han: "不是演习", role: "alone" },
  { syllables: ["yan", "xi"], han: "演习", role: "alone" },
  { syllables: ["yan", "lian"], han: "演练", role: "alone" },
  { syllables: ["wu", "bao"], han: "误报", role: "alone" },
  { syllables: ["bao", "jing", "qi"], han: "报警器", role: "alone" },
  { syllables: ["dian", "chi"], han: "电池", role: "alone" },
  { syllables: ["mei", "dian"], han: "没电", role: "alone" },
  { syllables: ["mei", "you"], han: "没有", role: "alone" },
  // A story's day typed in pinyin dates it like the characters do.
  { syllables: ["zuo", "tian"], han: "昨天", role: "alone", day: true },
  { syllables: ["zuo", "wan"], han: "昨晚", role: "alone", day: true },
  /*
   * The other days a story is dated by, and the words that close it ("shang zhou dian ti kun ren, xian
   * zai xiu hao le ma", "wo ma shang ci shuai dao le, xian zai hao le", "…shuai le yi jiao, mei shi"):
   * typed in pinyin, a past event asked about was read as happening now (fresh23, 28, 32, 33, 38).
   * "shangge yue" is how the month before is often split.
   */
  { syllables: ["qian", "tian"], han: "前天", role: "alone", day: true },
  { syllables: ["shang", "ci"], han: "上次", role: "alone", day: true },
  { syllables: ["shang", "zhou"], han: "上周", role: "alone", day: true },
  { syllables: ["shang", "ge", "yue"], han: "上个月", role: "alone", day: true },
  { syllables: ["shangge", "yue"], han: "上个月", role: "alone", day: true },
  { syllables: ["shang", "xing", "qi"], han: "上星期", role: "alone", day: true },
  { syllables: ["shang", "li", "bai"], han: "上礼拜", role: "alone", day: true },
  { syllables: ["qu", "nian"], han: "去年", role: "alone", day: true },
  { syllables: ["xian", "zai", "hao", "le"], han: "现在好了", role: "alone" },
  /*
   * "shang ci ye zhe yang, xian zai lou dao li hen duo yan": now, after the day the story opened with.
   * Only then: "ta yi qian da lao po, xian zai li hun le" read with 现在 alone sounds like today's.
   */
  { syllables: ["xian", "zai"], han: "现在", role: "alone", afterDay: true },
  // "mei shi ba", "mei shi ma" ask whether someone is all right: only a closed "mei shi," says so.
  { syllables: ["mei", "shi"], han: "没事", role: "alone", closed: true },
];
const PARTICLES: Readonly<Record<string, string>> = { le: "了", la: "啦", a: "啊", ya: "呀" };

// Spellings of each entry, longest first so "tianranqi" wins over "ranqi".
interface Spelling {
  tokens: readonly string[];
  entry: Entry;
  initials: boolean;
}
function spellingsOf(entries: readonly Entry[]): readonly Spelling[] {
  return entries
    .flatMap((entry) => {
      const out: Spelling[] = [
        { tokens: [entry.syllables.join("")], entry, initials: false },
        { tokens: entry.syllables, entry, initials: false },
      ];
      if (entry.initials)
        out.push({ tokens: [entry.syllables.map((s) => s[0]).join("")], entry, initials: true });
      return out;
    })
    .sort((a, b) => b.tokens.length - a.tokens.length || b.tokens[0]!.length - a.tokens[0]!.length);
}
const SPELLINGS = spellingsOf(ENTRIES);

/*
 * Whole messages typed in pinyin name the scene in words the table above leaves out, because lines
 * the emergency model was trained on spell them and a rewrite would change what it was built from
 * ("lou dao li quan shi yan", "tou yun ou tu", "mi lu le, tian hei le"). The rules alone read these
 * (`readHazardPinyinForRules`), after the shared reading: every word here has two or more syllables,
 * and a rule still needs its whole scene (a source and a symptom, smoke filling a place, a person and
 * a harm) in one sentence.
 */
const RULES_ONLY_ENTRIES: readonly Entry[] = [
  // People in water, lost on a mountain at night.
  { syllables: ["zai", "shui", "li"], han: "在水里", role: "alone" },
  { syllables: ["shui", "li"], han: "水里", role: "alone" },
  { syllables: ["pu", "teng"], han: "扑腾", role: "alone" },
  { syllables: ["zheng", "zha"], han: "挣扎", role: "alone" },
  { syllables: ["wo", "men"], han: "我们", role: "alone" },
  { syllables: ["mi", "lu"], han: "迷路", role: "alone" },
  { syllables: ["tian", "hei"], han: "天黑", role: "alone" },
  { syllables: ["zai", "shan", "shang"], han: "在山上", role: "alone" },
  { syllables: ["shan", "shang"], han: "山上", role: "alone" },
  { syllables: ["zai", "shan", "li"], han: "在山里", role: "alone" },
  { syllables: ["shan", "li"], han: "山里", role: "alone" },
  { syllables: ["shuai", "shang"], han: "摔伤", role: "alone" },
  { syllables: ["zou", "bu", "dong"], han: "走不动", role: "alone" },
  // Smoke filling a stairwell or a corridor.
  { syllables: ["lou", "dao", "li"], han: "楼道里", role: "alone" },
  { syllables: ["lou", "dao"], han: "楼道", role: "alone" },
  { syllables: ["zou", "lang"], han: "走廊", role: "alone" },
  { syllables: ["quan", "shi", "yan"], han: "全是烟", role: "alone" },
  { syllables: ["dou", "shi", "yan"], han: "都是烟", role: "alone" },
  { syllables: ["kan", "bu", "jian"], han: "看不见", role: "alone" },
  { syllables: ["mao", "hei", "yan"], han: "冒黑烟", role: "alone" },
  { syllables: ["huo", "xing"], han: "火星", role: "alone" },
  // A coal stove, a fume or a meal, and the body's answer to it.
  { syllables: ["ran", "mei", "lu", "zi"], han: "燃煤炉子", role: "alone" },
  { syllables: ["mei", "lu", "zi"], han: "煤炉子", role: "alone" },
  { syllables: ["mei", "lu"], han: "煤炉", role: "alone" },
  { syllables: ["ran", "mei"], han: "燃煤", role: "alone" },
  { syllables: ["tan", "huo"], han: "炭火", role: "alone" },
  { syllables: ["qu", "nuan"], han: "取暖", role: "alone" },
  { syllables: ["tou", "yun"], han: "头晕", role: "alone" },
  { syllables: ["e", "xin"], han: "恶心", role: "alone" },
  { syllables: ["ou", "tu"], han: "呕吐", role: "alone" },
  { syllables: ["tang", "zhe"], han: "躺着", role: "alone" },
  { syllables: ["mo", "gu"], han: "蘑菇", role: "alone" },
  { syllables: ["fa", "duo", "suo"], han: "发哆嗦", role: "alone" },
  { syllables: ["you", "du", "qi", "ti"], han: "有毒气体", role: "alone" },
  { syllables: ["du", "qi", "ti"], han: "毒气体", role: "alone" },
  { syllables: ["hua", "gong", "chang"], han: "化工厂", role: "alone" },
  { syllables: ["wen", "dao"], han: "闻到", role: "alone" },
  // A crane down on someone, a person down and silent, a house giving way.
  { syllables: ["diao", "che"], han: "吊车", role: "alone" },
  { syllables: ["ya", "zhe", "ren"], han: "压着人", role: "alone" },
  { syllables: ["dao", "zai", "di", "shang"], han: "倒在地上", role: "alone" },
  { syllables: ["bu", "shuo", "hua"], han: "不说话", role: "alone" },
  { syllables: ["ba", "ba"], han: "爸爸", role: "alone" },
  { syllables: ["ma", "ma"], han: "妈妈", role: "alone" },
  { syllables: ["yao", "ta", "le"], han: "要塌了", role: "alone" },
  { syllables: ["wang", "wai", "gu"], han: "往外鼓", role: "alone" },
  { syllables: ["fang", "zi"], han: "房子", role: "alone" },
  // A gas main dug through by an excavator ("ranqiguan bei wajueji wapo le").
  { syllables: ["ran", "qi", "guan"], han: "燃气管", role: "alone" },
  { syllables: ["wa", "po"], han: "挖破", role: "alone" },
  { syllables: ["wa", "duan"], han: "挖断", role: "alone" },
  // A head or a hand stuck in a railing that will not come out.
  { syllables: ["tou", "ka", "zai"], han: "头卡在", role: "alone" },
  { syllables: ["shou", "ka", "zai"], han: "手卡在", role: "alone" },
  { syllables: ["ka", "zai"], han: "卡在", role: "alone" },
  { syllables: ["lan", "gan"], han: "栏杆", role: "alone" },
  { syllables: ["hu", "lan"], han: "护栏", role: "alone" },
  { syllables: ["ba", "bu", "chu", "lai"], han: "拔不出来", role: "alone" },
  { syllables: ["la", "bu", "chu", "lai"], han: "拉不出来", role: "alone" },
  // "ba bu chulai": the verb's two syllables apart, the complement typed as one word.
  { syllables: ["ba", "bu"], han: "拔不", role: "alone" },
  { syllables: ["la", "bu"], han: "拉不", role: "alone" },
  { syllables: ["chu", "lai"], han: "出来", role: "alone" },
];
const RULES_ONLY_SPELLINGS = spellingsOf(RULES_ONLY_ENTRIES);

// Links, mail addresses and file names are not words: nothing inside them is read. They are runs of
// Latin-script characters: `\S` would also span Chinese, which has no spaces, and make every `\S+@`
// try from every character of a long letter (quadratic; 10 % of a 2,000-character letter's time).
const LINKISH = "[^\\s\\u2e80-\\uffff]";
const NOT_WORDS = new RegExp(
  `(?:https?:\\/\\/|www\\.)${LINKISH}+|${LINKISH}+@${LINKISH}+\\.${LINKISH}+|${LINKISH}+\\.(?:com|cn|net|org|html?|php|jpg|png)\\b${LINKISH}*`,
  "gi",
);
const TOKEN = /(?<![A-Za-z0-9_./@:\\-])[A-Za-z]+(?![A-Za-z0-9_/@:\\-]|\.[A-Za-z0-9])/g;
const HAN_SIGN = /^\s*(味|臭|漏|泄|冲|呛|熏|的味|那味|好大|很大|很重|好重|好冲)/;
const HAN_SUBSTANCE = /(燃气|煤气|天然气|液化气|气罐|气管|管子|气)\s*$/;
const HAN_PARTICLE = /^\s*(了|啦|啊|呀|[!！])/;
const CLOSED_AFTER = /^\s*([,，.。!！;；~～]|le\b|了|$)/;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Match {
  start: number;
  end: number;
  spelling: Spelling;
  /** Index of the first token after the match. */
  next: number;
}

/** The text with hazard words typed in pinyin (full or, where the phrase is complete, initials) in characters. */
export function readHazardPinyin(text: string): string {
  return readPinyinWith(text, SPELLINGS);
}

/** The scene words of a message typed in pinyin, for the rules only (see `RULES_ONLY_ENTRIES`). */
export function readHazardPinyinForRules(text: string): string {
  return readPinyinWith(text, RULES_ONLY_SPELLINGS);
}

function readPinyinWith(text: string, spellings: readonly Spelling[]): string {
  if (!/[A-Za-z\u00c0-\u024f]/.test(text)) return text;
  // Tokens are read without their tone marks ("yūn le" is "yun le"); what no entry matches is left as
  // typed, so a toned line with no hazard word reads as before.
  const masked = withoutToneMarks(text).replace(NOT_WORDS, (m) => " ".repeat(m.length));
  const tokens: Token[] = [...masked.matchAll(TOKEN)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (tokens.length === 0) return text;

  const matches: (Match | null)[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = matchAt(tokens, i, masked, spellings);
    matches.push(m);
    i = m ? m.next : i + 1;
  }
  const found = matches.filter((m): m is Match => m !== null);

  const accepted: { start: number; end: number; han: string; day: boolean }[] = [];
  for (const [k, m] of found.entries()) {
    const { entry, initials } = m.spelling;
    // A lone syllable ("wei", "lou") is as ambiguous as initials; "zhao huo" may be a name.
    const bound = initials || entry.syllables.length === 1 || !!entry.needsParticle;
    if (bound && !initialsComplete(m, found[k - 1], found[k + 1], text, tokens, found.slice(k + 1))) continue;
    if (entry.closed && !CLOSED_AFTER.test(text.slice(m.end))) continue;
    if (entry.afterDay && !accepted.some((a) => a.day)) continue;
    let han = entry.han;
    let end = m.end;
    // "zhao huo le": the particle after a converted word belongs to it.
    const after = tokens[m.next];
    if (after && PARTICLES[after.text] && /^\s*$/.test(text.slice(end, after.start))) {
      han += PARTICLES[after.text];
      end = after.end;
    }
    accepted.push({ start: m.start, end, han, day: !!entry.day });
  }
  if (accepted.length === 0) return text;
  let out = "";
  let at = 0;
  for (const a of accepted) {
    const gap = text.slice(at, a.start);
    // "rq xl": the words of one phrase are joined, or a space would split the clause the rules read.
    out += (at > 0 && /^\s+$/.test(gap) ? "" : gap) + a.han;
    at = a.end;
  }
  return out + text.slice(at);
}

/*
 * A toned vowel typed as one character ("ū", "ǎ", "ü") written as its bare letter, one character for
 * one, so positions in the result are positions in the text.
 */
const TONED = /[\u00c0-\u024f]/g;
function withoutToneMarks(text: string): string {
  return text.replace(TONED, (c) => {
    const bare = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return bare.length === 1 ? bare : c;
  });
}

function matchAt(
  tokens: readonly Token[],
  i: number,
  text: string,
  spellings: readonly Spelling[],
): Match | null {
  for (const spelling of spellings) {
    const n = spelling.tokens.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      ok = tokens[i + k]!.text === spelling.tokens[k];
      // Syllables of one word are separated by spaces only.
      if (ok && k > 0 && !/^ +$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) ok = false;
    }
    if (ok) return { start: tokens[i]!.start, end: tokens[i + n - 1]!.end, spelling, next: i + n };
  }
  return null;
}

/** Whether initials stand in a complete hazard phrase, where they cannot mean anything else. */
function initialsComplete(
  m: Match,
  before: Match | undefined,
  after: Match | undefined,
  text: string,
  tokens: readonly Token[],
  later: readonly Match[],
): boolean {
  const { entry } = m.spelling;
  const following = text.slice(m.end);
  const preceding = text.slice(0, m.start);
  const adjacent = (other: Match | undefined, left: boolean): boolean =>
    !!other &&
    /^[\s，,~～\-—.。、:：]*$/.test(left ? text.slice(other.end, m.start) : text.slice(m.end, other.start));
  if (entry.needsParticle) {
    const next = tokens.find((t) => t.start >= m.end);
    const particleToken = !!next && !!PARTICLES[next.text] && /^\s*$/.test(text.slice(m.end, next.start));
    // "jiuming jiuming": a cry repeated is a cry.
    const repeated =
      (!!after && after.spelling.entry === entry && adjacent(after, false)) ||
      (!!before && before.spelling.entry === entry && adjacent(before, true));
    // "jiuming, …3 hao lou, ta yun le": a cry that opens the message, before the place, with a harm or
    // a person read after it ("jiuming, dian fei tai gui le" is a sigh at a bill).
    const opensMessage =
      entry.han === "救命" &&
      !m.spelling.initials &&
      later.some((f) => f.spelling.entry.syllables.length > 1 && !f.spelling.initials) &&
      /^\s*$/.test(preceding) &&
      /^\s*[,，!！]/.test(following);
    return particleToken || repeated || opensMessage || HAN_PARTICLE.test(following);
  }
  if (entry.role === "substance")
    return HAN_SIGN.test(following) || (adjacent(after, false) && after!.spelling.entry.role === "sign");
  if (entry.role === "sign")
    return (
      HAN_SUBSTANCE.test(preceding) || (adjacent(before, true) && before!.spelling.entry.role === "substance")
    );
  return false;
}
