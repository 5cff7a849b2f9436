import { isLatinMessage } from "./latin-summary.js";

/*
 * The category model learnt from Chinese letters: its features are jieba words and runs of Chinese
 * characters, so a message a foreign resident writes in English, or one typed in toneless pinyin,
 * leaves it almost nothing to read ("The radiators have been barely warm…" scored like an empty
 * line, mostly the counter or the market). For such a message only, the everyday words that say
 * what it is about are written in Chinese after it, so the model and the taxonomy's rules read the
 * subject: radiators → 暖气, property management → 物业, "la ji tong" → 垃圾桶. The words are the
 * residents' common vocabulary for the centre's subjects, not any message's phrasing; a word that
 * says nothing of the subject (a greeting, the writer's own job) is not glossed. Chinese text and
 * text with a few Latin letters (a brand, "KTV", a link) is returned as it came.
 */

/** English words and phrases, matched whole and case-insensitively, with the Chinese they mean. */
const ENGLISH: readonly (readonly [string, string])[] = [
  // The estate and the building.
  ["property management|property manager|property company|management office|estate management", "物业"],
  ["elevators?|lifts?", "电梯"],
  ["stairwell|staircase|corridor|hallway", "楼道"],
  ["security guards?|guards?", "保安"],
  ["asleep|sleeping|dozing|dozed off", "睡觉"],
  [
    "parking space|parking spot|parking spaces|visitor spots|car park|parking lot|underground parking|garage",
    "车位",
  ],
  ["towing|towed|tow", "拖车"],
  ["ev chargers?|charging piles?|chargers?", "充电桩"],
  ["landlord", "房东"],
  ["neighbou?rs?", "邻居"],
  ["upstairs", "楼上"],
  // Utilities.
  ["tap water|water supply|no water|water pressure|water pipe", "自来水"],
  ["water bill", "水费"],
  ["electricity bill|electricity meter|meter reading|prepaid electricity|top-up", "电费"],
  ["electricity|power cut|power outage|blackout|no power", "供电"],
  ["radiators?|heating|central heating", "暖气"],
  ["gas bill|gas meter|gas supply", "燃气"],
  // Streets and the city.
  ["rubbish|garbage|trash|litter", "垃圾"],
  ["bins?|dustbins?|rubbish bins?", "垃圾桶"],
  ["waste sorting|recycling", "垃圾分类"],
  ["manhole cover|manhole|drain cover", "井盖"],
  ["small ads|adverts stuck|stickers", "小广告"],
  ["street lights?|streetlights?|street lamps?|lamp posts?|lampposts?", "路灯"],
  ["lamps?|lights", "灯"],
  ["pavement|sidewalk", "人行道"],
  ["pothole|potholes", "路面坑"],
  ["sewer|drain|drains", "下水道"],
  ["public toilets?", "公厕"],
  // Getting about.
  ["bus|buses|last bus|bus stop|bus route", "公交"],
  ["traffic lights?|traffic signal", "红绿灯"],
  ["shared bikes?", "共享单车"],
  // Noise and pollution.
  ["noise|noisy|too loud|loud music|karaoke|live music|plays music|playing music", "噪音"],
  ["neon signs?|neon lights?|led screens?|led signs?|lit signs?", "霓虹灯箱"],
  ["flashes|flashing|too bright|glare|dazzling", "晃眼"],
  ["bedrooms?", "卧室"],
  ["fumes|exhaust fumes|cooking fumes", "油烟"],
  ["dust|dusty", "粉尘"],
  // Crime and order.
  ["theft|thief|thieves|stolen|steal|stealing|burglary|break-in|door handles", "偷盗"],
  ["scam|scammer|fraud|swindle", "诈骗"],
  ["police", "派出所"],
  // Shops and services.
  ["refund|refunded|refuse to refund|refused to refund", "退款"],
  ["takeaway|delivery platform|restaurant", "外卖饭店"],
  ["overcharged|charged me extra|extra charge", "多收费"],
  ["phone plan|data plan|telecom store", "套餐"],
  ["tickets?|ticket office", "门票"],
  // Health.
  ["medical insurance|health insurance", "医保"],
  ["work injury|injury insurance|industrial injury|injured at work", "工伤"],
  ["business licen[cs]e|trading licen[cs]e", "营业执照"],
  ["hospital|clinic|doctor", "医院"],
  ["health check|check-up|checkup|physical exam", "体检"],
  ["vaccine|vaccination", "疫苗"],
  // Schools.
  ["primary school|public school|enrol|enroll|enrolment|enrollment", "入学"],
  ["kindergarten|nursery", "幼儿园"],
  ["school bus", "校车"],
  ["tuition|school fees?|fees? per term", "学费"],
  // The counter.
  ["register|registration|temporary residence|residence permit", "登记居住证"],
  ["id card|identity card|passport", "身份证"],
  ["hukou|household registration", "户口"],
  ["birth certificate", "出生证明"],
  ["property certificate|title deed", "房产证"],
  // Welfare.
  ["lives alone|living alone|alone", "独居"],
  ["granny|grandma|grandpa|elderly|old lady|old man|old people", "老人"],
  ["volunteer|volunteers", "志愿者"],
  ["(?:her|his|their|only|a|small|little) wish", "心愿"],
  ["subsidy|subsidies|allowance", "补贴"],
  ["wheelchair|disabled|disability", "残疾"],
  // Work.
  ["wages|salary|unpaid wages|paycheck", "工资"],
  // Building.
  ["construction site|building site|construction work", "工地施工"],
  ["developer|handover|hand over", "开发商交房"],
  ["demolition", "拆迁"],
  ["scaffolding|scaffolds?", "脚手架"],
  // Phones and the internet.
  ["mobile signal|phone signal|signal|coverage|carriers?|broadband|wifi|internet", "信号运营商"],
  // More of the same subjects, in the words residents commonly use for them.
  ["leaks?|leaking|seeping|water leak", "漏水"],
  ["flood|flooded|flooding|waterlogged|standing water", "积水"],
  ["water meter", "水表"],
  ["water company", "自来水公司"],
  ["power company|electricity company|state grid", "供电公司"],
  ["gas (?:pipe|pipes|stove|company|meter|bill|supply)", "燃气"],
  ["heating fee|heating bill", "取暖费"],
  ["sewage", "污水"],
  ["cooking oil|waste oil|grease", "废油倒下水道"],
  ["pollution|polluted|chemical smell|factory smell", "污染"],
  ["smells?|smelly|stinks?|stinking|odou?r", "异味"],
  ["barbecue|bbq|grill", "烧烤"],
  ["square danc(?:e|ing)|dancing aunties", "广场舞"],
  ["renovation|renovating|drilling", "装修"],
  ["street vendors?|vendors?|stalls?|hawkers?", "摆摊"],
  [
    "illegal parking|illegally parked|(?:parking|parked|parks) on the (?:pavement|sidewalk|road)|double parked|blocking the road",
    "违停",
  ],
  ["traffic jam|congestion|speeding", "拥堵"],
  ["stray dogs?|stray cats?", "流浪狗"],
  ["dog poop|dog mess|dog barking|barking", "养狗"],
  ["run(?:s|ning)? and jump(?:s|ing)?|jumping around|stomping", "跑跳"],
  ["recycling (?:station|point|bin|bins|machine)|clothes? (?:recycling|donation) bins?", "回收站"],
  ["trees?|branches", "树木"],
  ["leaflets|flyers|posters|graffiti", "小广告"],
  ["playground|fitness equipment|gym equipment|exercise equipment", "健身器材"],
  ["fights?|fighting|drunk|gambling|harass(?:ment|ing)?", "打架骚扰"],
  ["quarrel|quarrell?ing|argue|arguing|argument|dispute", "纠纷"],
  ["mediat(?:e|ion|or)", "调解"],
  ["tenants?|deposit|lease", "租房押金"],
  ["fake|counterfeit|expired|food safety|food poisoning", "假货过期"],
  ["prices?|pricing", "价格"],
  ["seller|merchant|shopkeeper", "商家"],
  ["pharmacy|medicine", "药店"],
  ["family doctor|community health", "家庭医生"],
  ["pension|retirement", "养老金"],
  ["social security|social insurance|social security card", "社保"],
  ["housing fund|provident fund", "公积金"],
  ["public housing|public rental|affordable housing", "公租房"],
  ["unemploy(?:ed|ment)|laid off|dismissed|fired|overtime|labou?r contract|employer", "劳动"],
  ["marriage certificate", "结婚证"],
  ["low income|poverty|hardship|can'?t afford|cannot afford", "困难救助"],
];

/**
 * Toneless pinyin, syllable by syllable: "la ji tong", "lajitong" and "la-ji-tong" are one word.
 * Only words of two or more syllables: one syllable spells too many characters.
 */
const PINYIN: readonly (readonly [string, string])[] = [
  ["wu ye", "物业"],
  ["dian ti", "电梯"],
  ["lou dao", "楼道"],
  ["ting che wei|che wei|ting che", "车位"],
  ["lin ju", "邻居"],
  ["fang dong", "房东"],
  ["la ji tong", "垃圾桶"],
  ["la ji", "垃圾"],
  ["nuan qi|gong nuan", "暖气"],
  ["dian fei|chao biao|dian biao", "电费"],
  ["ting dian|gong dian", "供电"],
  ["shui fei", "水费"],
  ["ting shui|zi lai shui", "自来水"],
  ["ran qi|mei qi", "燃气"],
  ["lu deng", "路灯"],
  ["jing gai", "井盖"],
  ["xia shui dao", "下水道"],
  ["gong jiao", "公交"],
  ["hong lv deng|hong lu deng", "红绿灯"],
  ["zao yin", "噪音"],
  ["you yan", "油烟"],
  ["xiao tou|bei tou", "偷盗"],
  ["pian zi|zha pian", "诈骗"],
  ["tui kuan|tui qian", "退款"],
  ["yi bao", "医保"],
  ["zhu yuan|yi sheng", "医院"],
  ["ti jian", "体检"],
  ["yi miao", "疫苗"],
  ["xiao che", "校车"],
  ["xiao xue|you er yuan|ru xue|shang xue", "入学"],
  ["shen fen zheng", "身份证"],
  ["ju zhu zheng", "居住证"],
  ["hu kou", "户口"],
  ["chu sheng zheng ming", "出生证明"],
  ["gong ji jin", "公积金"],
  ["gong zu fang", "公租房"],
  ["fang chan zheng|bu dong chan zheng", "房产证"],
  ["kai fa shang|jiao fang|wei yue jin", "开发商交房"],
  ["jiu zhu|di bao", "救助"],
  ["bu tie|gao ling", "补贴"],
  ["lun yi|can ji", "残疾"],
  ["du ju", "独居"],
  ["lao ren|lao tai tai|lao da ye", "老人"],
  ["gong zi", "工资"],
  ["gong di|shi gong", "工地施工"],
  ["jia zhuang dian ti", "加装电梯"],
  ["kuan dai|xin hao", "信号运营商"],
  ["lou shui|shen shui", "漏水"],
  ["ji shui", "积水"],
  ["shui biao", "水表"],
  ["shui ya", "自来水水压"],
  ["wu shui", "污水"],
  ["wu ran", "污染"],
  ["yi wei|chou wei", "异味"],
  ["shao kao", "烧烤"],
  ["shao shu ye|shao luo ye|shao ye zi", "烧树叶"],
  ["guang chang wu", "广场舞"],
  ["zhuang xiu", "装修"],
  ["bai tan|tan fan", "摆摊"],
  ["wei ting|luan ting", "违停"],
  ["du che", "拥堵"],
  ["liu lang gou|liu lang mao", "流浪狗"],
  ["pao tiao|beng tiao", "跑跳"],
  ["hui shou zhan|hui shou xiang|hui shou ji", "回收站"],
  ["xiao guang gao", "小广告"],
  ["jian shen qi cai", "健身器材"],
  ["da jia", "打架骚扰"],
  ["jiu fen|tiao jie", "纠纷"],
  ["ya jin|zu fang", "租房押金"],
  ["jia huo|guo qi", "假货过期"],
  ["yao dian", "药店"],
  ["jia ting yi sheng", "家庭医生"],
  ["yang lao jin|tui xiu", "养老金"],
  ["she bao", "社保"],
  ["shi ye|jia ban", "劳动"],
  ["chai qian", "拆迁"],
  ["jiao shou jia", "脚手架"],
  ["gai zao", "改造"],
  ["zhuan zha|sui zhuan", "碎砖"],
  ["xue xiao", "学校"],
];

function wordsPattern(words: string): string {
  return words
    .split("|")
    .map((w) => w.trim().replace(/\s+/g, "\\s+"))
    .join("|");
}

const ENGLISH_RULES: readonly (readonly [RegExp, string])[] = ENGLISH.map(([words, han]) => [
  new RegExp(`\\b(?:${wordsPattern(words)})\\b`, "i"),
  han,
]);

const PINYIN_RULES: readonly (readonly [RegExp, string])[] = PINYIN.map(([words, han]) => [
  new RegExp(
    `\\b(?:${words
      .split("|")
      .map((w) => w.trim().split(/\s+/).join("[\\s'-]?"))
      .join("|")})\\b`,
    "i",
  ),
  han,
]);

/** Tone marks taken off ("lā jī" → "la ji"), ü read as v and as u. */
function toneless(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ü/gi, "v");
}

/**
 * The text the category is read from: the message itself, and for a message mostly in English or
 * pinyin the Chinese of the everyday words it uses, each once, after it.
 */
export function withCategoryGlosses(text: string): string {
  if (!isLatinMessage(text)) return text;
  const plain = toneless(text);
  const glosses = new Set<string>();
  for (const [re, han] of ENGLISH_RULES) if (re.test(plain)) glosses.add(han);
  for (const [re, han] of PINYIN_RULES) if (re.test(plain)) glosses.add(han);
  return glosses.size === 0 ? text : `${text}\n${[...glosses].join("，")}`;
}
