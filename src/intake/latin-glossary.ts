/*
 * The Chinese words for what a message in English or toneless pinyin is about and what is wrong with
 * it ("the stairwell light … has been off" → 楼道灯不亮, "dianti anniu bu ling" → 电梯按钮不灵): the
 * unit that gets the work order, the survey and the duplicate search read Chinese, so the line leads
 * with the district's own words and keeps the resident's after them when there is room.
 *
 * A glossary of the district's everyday things and faults, not a translator: a message whose thing
 * or fault it does not know keeps the Latin line alone (see `summarizeLatin`). Each entry is an
 * English or pinyin pattern (whole words, lower case) and its Chinese; the more specific entry comes
 * first ("stairwell light" before "light"), and the earliest match in the sentence wins.
 */

type Entry = readonly [pattern: string, chinese: string];

/** The fault of keeping animals, said before them: 养鸡, 养鸽子. */
const KEEPING = "养";

/** Things, most specific first. */
const THINGS: readonly Entry[] = [
  // Who does it, when what is wrong is behaviour: stalls, shops and workshops, a neighbour's animals.
  ["barbecue (?:stalls?|stands?)|bbq (?:stalls?|stands?)|shao ?kao ?tan", "烧烤摊"],
  ["barbecues?|bbq|shao ?kao", "烧烤"],
  ["fruit (?:stalls?|sellers?|vendors?)|shui ?guo ?tan", "水果摊"],
  ["(?:food |street )?(?:stalls?|vendors?|hawkers?)|sellers?|tan ?fan|xiao ?fan", "摊贩"],
  ["car (?:dealers?(?:hips?)?|showrooms?|lots?)", "车行"],
  ["printing (?:workshops?|shops?)", "印刷作坊"],
  ["workshops?|zuo ?fang", "作坊"],
  ["bars?|pubs?|jiu ?ba", "酒吧"],
  ["machines?|machinery", "机器"],
  ["pigeons?|ge ?zi", "鸽子"],
  ["chickens?|hens?|roosters?|poultry", "鸡"],
  ["geese|goose", "鹅"],
  // What a utility delivers, when its quality is the fault.
  ["water pressure|shui ?ya", "水压"],
  ["broadband|internet|wi-?fi|kuan ?dai|wang ?luo", "宽带"],
  ["cable (?:tv|television)|you ?xian ?dian ?shi", "有线电视"],
  [
    "(?:stair(?:well|case|way)?|corridor|hallway|landing|entrance) (?:lights?|lamps?)|loudao ?deng|lou ?dao (?:de )?deng|loudao de deng",
    "楼道灯",
  ],
  ["emergency lights?|yingji ?deng", "应急灯"],
  ["sound[- ]activated lights?|voice[- ]activated lights?|shengkong ?deng", "声控灯"],
  ["street ?lights?|street ?lamps?|lamp ?posts?|lu ?deng", "路灯"],
  ["(?:traffic|pedestrian|crossing) (?:lights?|signals?)|hong ?l[uv]e? ?deng|xinhao ?deng", "红绿灯"],
  ["(?:lift|elevator) (?:call )?buttons?|dianti anniu", "电梯按钮"],
  ["escalators?|zidong ?futi|fu ?ti", "扶梯"],
  ["lifts?|elevators?|lift car|dian ?ti", "电梯"],
  ["intercoms?|door ?phones?|door ?bells?|dui ?jiang", "对讲"],
  ["access control|door entry system|face recognition|key ?card reader|men ?jin", "门禁"],
  ["fire doors?|fang ?huo ?men", "防火门"],
  ["fire extinguishers?|mie ?huo ?qi", "灭火器"],
  ["fire hydrants?|hydrants?|xiao ?fang ?shuan", "消防栓"],
  ["mail ?box(?:es)?|letter ?box(?:es)?|post ?box(?:es)?|xin ?bao ?xiang|xin ?xiang", "信报箱"],
  ["water heaters?|boilers?|re ?shui ?qi", "热水器"],
  ["heating|radiators?|nuan ?qi", "暖气"],
  ["hot water|re ?shui", "热水"],
  ["water tanks?|roof tanks?|shui ?xiang", "水箱"],
  ["water pipes?|pipes?|shui ?guan|guan ?dao", "水管"],
  ["manhole covers?|manholes?|drain covers?|jing ?gai", "井盖"],
  ["sewers?|sewage|drains?|xia ?shui ?dao", "下水道"],
  ["public toilets?|public restrooms?|gong ?ce", "公厕"],
  ["toilets?|restrooms?|ce ?suo", "厕所"],
  ["(?:rubbish|garbage|trash|refuse) trucks?|laji ?che", "垃圾车"],
  ["(?:rubbish|garbage|trash|recycling|waste) (?:bins?|cans?)|bins|laji ?tong", "垃圾桶"],
  ["rubbish|garbage|trash|litter|refuse|waste|la ?ji", "垃圾"],
  ["school (?:bus|shuttle)(?:es)?|xiao ?che", "校车"],
  ["shuttle(?: bus)?(?:es)?|ban ?che", "班车"],
  ["bus (?:stop )?shelters?|shelters?|hou ?che ?ting", "候车亭"],
  ["taxis?|chu ?zu ?che", "出租车"],
  ["windows? ?(?:glass|panes?)|chuang ?hu ?bo ?li", "窗户玻璃"],
  ["windows?|chuang ?hu", "窗户"],
  ["glass|bo ?li", "玻璃"],
  ["hand ?rails?|banisters?|fu ?shou", "扶手"],
  ["railings?|guard ?rails?|fences?|lan ?gan|hu ?lan", "栏杆"],
  ["speed bumps?|jian ?su ?dai", "减速带"],
  ["branch(?:es)?|shu ?zhi", "树枝"],
  ["trees?|shu", "树"],
  ["storage rooms?|basement storage|chu ?cang ?shi", "储藏室"],
  ["basements?|di ?xia ?shi", "地下室"],
  ["bi(?:ke|cycle) sheds?|che ?peng", "车棚"],
  ["charging (?:station|pile|point|post)s?|chargers?|chong ?dian ?zhuang", "充电桩"],
  ["cameras?|cctv|jian ?kong", "监控"],
  ["bus stops?|gong ?jiao ?zhan", "公交站"],
  ["pavements?|sidewalks?|footpaths?|ren ?xing ?dao", "人行道"],
  ["potholes?|keng", "坑"],
  ["roofs?|rooftops?|lou ?ding", "楼顶"],
  ["ceilings?|tian ?hua ?ban", "天花板"],
  ["walls?|qiang", "墙"],
  ["wires?|cables?|dian ?xian", "电线"],
  ["stray cats?|cats?|xiao ?mao|liu ?lang ?mao", "猫"],
  ["stray dogs?|dogs?|gou", "狗"],
  ["construction(?: site)?|building work|shi ?gong", "施工"],
  ["renovations?|zhuang ?xiu", "装修"],
  ["transformers?|bian ?ya ?qi", "变压器"],
  ["(?:stop )?bells?|xia ?che ?ling", "下车铃"],
  ["gas|ran ?qi|mei ?qi", "燃气"],
  ["electricity|power", "电"],
  ["tap water|zi ?lai ?shui", "自来水"],
  ["water supply|water|shui", "水"],
  ["buttons?|an ?niu", "按钮"],
  ["gates?|doors?|da ?men|dan ?yuan ?men|lou ?men", "门"],
  ["lights?|lamps?|deng", "灯"],
];

/**
 * Faults, most specific first. A fault may be for some things only (its third field, a pattern over
 * the Chinese thing): "off" is 不亮 for a light, 停水 for water.
 */
const FAULTS: readonly (readonly [pattern: string, chinese: string, things?: RegExp])[] = [
  [
    "(?:has|have)n't come|(?:has|have) not come|did(?:n't| not) come|never came|not come|no show|did(?:n't| not) show up|mei lai",
    "没来",
  ],
  [
    "(?:not|never) collected|uncollected|(?:has|have)n't been collected|(?:has|have) not been collected|not been (?:collected|picked up|emptied)|mei ren shou|mei shou",
    "未清运",
  ],
  // What someone does with the pavement or a shelter: only of who does it ("the cover on the pavement").
  [
    "occup(?:y|ies|ying|ied)|(?:on|onto|across|along|over) (?:the )?(?:pavements?|sidewalks?|footpaths?)|zhan ?(?:yong|dao|ren ?xing ?dao)",
    "占道",
    /摊|车行|店|作坊|烧烤/,
  ],
  ["bark(?:s|ing|ed)?|gou ?jiao|jiao", "叫", /狗/],
  // Keeping animals where people live: "养鸡", the verb before its thing (see KEEPING).
  ["keep(?:s|ing)?|rais(?:es|ing)|rear(?:s|ing)?|yang(?: le)?", KEEPING, /鸡|鹅|鸽子/],
  ["(?:low|weak|poor|almost nothing)|di|xiao|bu zu", "低", /水压/],
  ["(?:very |too )?(?:weak|low|small)|huo (?:\\w+ )?xiao|huo xiao", "火小", /燃气/],
  ["yellow(?:ish)?|brown|fa ?huang|huang", "发黄", /水/],
  [
    "(?:is |are |been |went |goes )?(?:down|out|cut off)|no (?:signal|connection|internet)|duan(?: le)?|mei ?(?:you )?xin ?hao",
    "中断",
    /宽带|有线电视/,
  ],
  [
    "thump(?:s|ing)?|bang(?:s|ing)?|pound(?:s|ing)?|rumbl(?:es|ing)|(?:loud )?music|speakers?|karaoke",
    "噪音",
  ],
  ["skip(?:s|ped|ping)?|(?:does|do|did)(?:n't| not) stop|not stop(?:ping)?|won't stop|bu ting", "不停"],
  ["out of (?:service|order)|ting ?yun", "停运", /电梯|扶梯|车|公交/],
  ["(?:keeps? )?stop(?:s|ped|ping)(?: working)?|ting le", "停", /电梯|扶梯/],
  ["broken open|forced open|pried open|prised open|qiao ?kai", "撬开"],
  ["chained(?: shut)?|padlocked|locked(?: shut| up)?|suo le|suo zhe|suo shang", "锁"],
  [
    "(?:only )?lukewarm|not (?:warm|hot)(?: enough)?|(?:isn't|is not) (?:warm|hot)|cold|bu re",
    "不热",
    /暖气|热水/,
  ],
  [
    "(?:is |are |was |were |been )?(?:off|out)|unlit|dark|(?:do|does|did)(?:n't| not) light(?: up)?|not (?:light(?:ing)?|lit|on)|won't (?:light|come on|turn on)|bu liang|hei",
    "不亮",
    /灯|按钮/,
  ],
  // A traffic light "not working" may be stuck on one colour: 坏 (below) says it.
  ["not working|(?:does|do|did)(?:n't| not) work", "不亮", /^(?!红绿灯).*灯|按钮/],
  ["(?:is |are |been )?(?:off|cut)|ting shui", "停水", /^水$|热水/],
  ["no (?:running |flushing |hot )?water|mei shui|mei you shui", "没水"],
  ["(?:is |are |been )?(?:off|out|cut)|no power|mei dian|ting dian", "停电", /^电$/],
  ["not responding|unresponsive|no response|mei fanying|mei you fanying", "没反应"],
  ["bu ling|(?:do|does|did)(?:n't| not) work properly", "不灵"],
  ["stuck|trapped|kun ren|ka zhu", "卡住"],
  ["shak(?:es|ing|y)|jerk(?:s|ing|y)|judder(?:s|ing)?|dou", "抖"],
  ["leak(?:s|ing|ed)?|drip(?:s|ping)|seep(?:s|ing)|lou ?shui|lou le", "漏水"],
  ["burst|bao ?le|bao ?guan", "爆裂"],
  ["blocked|clogged|block(?:s|ing)|du(?: le|zhe)?", "堵"],
  ["overflow(?:s|ing|ed)?|yi chu(?:lai)?|mao ?shui", "外溢"],
  ["flood(?:s|ed|ing)?|under water|jin ?shui|ji ?shui", "积水"],
  ["loose|wobbl(?:es|y|ing)|song(?: le| dong)?|huang", "松动"],
  ["missing|gone|stolen|diu(?: le)?|mei le", "丢失"],
  ["crack(?:s|ed)?|lie(?: le| kai)?", "裂"],
  ["smash(?:ed)?|shatter(?:ed)?|sui le|po le", "碎"],
  ["collaps(?:ed|ing)|caved in|ta le|ta xian", "塌"],
  ["fell|fallen|fall(?:ing)? down|dao le", "倒"],
  ["lean(?:s|ing)|tilt(?:s|ed|ing)|qing ?xie", "倾斜"],
  ["wai le|zhuang ?wai|knocked (?:over|crooked)", "撞歪"],
  ["spark(?:s|ing)|da ?huo", "打火"],
  ["buzz(?:es|ing)?|hum(?:s|ming)?|zi ?zi ?xiang", "响"],
  ["gas leak|leaking gas|xie ?lou|lou ?qi", "泄漏"],
  ["gai ?dao|re-?routed|diverted", "改道"],
  ["smoking|chou ?yan|xi ?yan", "抽烟", /^(?!电线|变压器)/],
  ["smok(?:e|es|ing)|mao ?yan", "冒烟"],
  ["flicker(?:s|ing)?|flash(?:es|ing)|shan", "闪"],
  ["(?:too )?(?:noisy|loud)|noise|zao ?yin|chao|zuan ?zi ?xiang", "噪音"],
  ["smell(?:s|y)?|stink(?:s|ing)?|chou", "臭"],
  ["dirty|filthy|zang", "脏"],
  ["frozen|dong le|dong lie", "冻"],
  ["rust(?:y|ed)?|sheng ?xiu", "锈"],
  ["qiao ?qi(?: ?lai)?|sticking up|raised", "翘起"],
  [
    "not (?:working|fixed|repaired)|(?:does|do|did)(?:n't| not) work|won't work|broken|broke|damaged|faulty|failed|malfunction(?:ing|s)?|dead|huai(?: le)?",
    "坏",
  ],
  ["mei ren xiu|nobody (?:fixes|fixed|repairs|repaired)", "没人修"],
];

const GENERIC = new Set(["门", "灯", "水", "电", "按钮", "玻璃"]);
/*
 * Where something stands ("on the rooftop", "the pavement", "the bus stop"), and who does what is wrong
 * there ("a fruit seller occupies the whole shelter", "someone on the rooftop keeps chickens"): when a
 * sentence names both, the one who does it is the object the unit is sent to, wherever it stands.
 */
const SETTINGS = new Set(["楼顶", "人行道", "公交站", "候车亭", "墙", "地下室", "门"]);
const ACTORS = new Set([
  "烧烤摊",
  "烧烤",
  "水果摊",
  "摊贩",
  "车行",
  "印刷作坊",
  "作坊",
  "酒吧",
  "鸽子",
  "鸡",
  "鹅",
  "狗",
  "猫",
]);

const compile = (pattern: string) => new RegExp(`(?<![a-z])(?:${pattern})(?![a-z])`, "g");
const THING_PATTERNS = THINGS.map(([p, zh]) => [compile(p), zh] as const);
const FAULT_PATTERNS = FAULTS.map(([p, zh, things]) => [compile(p), zh, things] as const);

interface Hit {
  at: number;
  end: number;
  chinese: string;
}

function earliest(text: string, patterns: readonly (readonly [RegExp, string])[], from = 0): Hit | null {
  let best: Hit | null = null;
  for (const [pattern, chinese] of patterns) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    // The earliest; at one offset the longer (the list is most specific first).
    if (m && (!best || m.index < best.at || (m.index === best.at && m.index + m[0].length > best.end)))
      best = { at: m.index, end: m.index + m[0].length, chinese };
  }
  return best;
}

/** A numbered bus route ("bus 12", "the number 26 bus", "12 lu"): 12路公交. */
const ROUTE =
  /(?<![a-z0-9])(?:(?:bus|route|line)\s*(?:no\.?|number|#)?\s*(\d{1,3})|(?:no\.?|number|#)\s*(\d{1,3})\s*bus|(\d{1,3})\s*(?:bus|lu(?:\s*gong\s*jiao)?)(?![a-z]))/;
const BUS = /(?<![a-z])(?:bus(?:es)?|gong ?jiao(?: ?che)?)(?![a-z])/;

/**
 * "楼道灯不亮" for a sentence whose thing and fault the glossary knows; null otherwise. The fault is
 * looked for after the thing (the thing's own fault), else anywhere in the sentence.
 */
export function chineseThingAndFault(sentence: string): string | null {
  const text = sentence.toLowerCase();
  let thing = earliest(text, THING_PATTERNS);
  const route = ROUTE.exec(text);
  if (route && (!thing || GENERIC.has(thing.chinese))) {
    const number = route[1] ?? route[2] ?? route[3];
    thing = { at: route.index, end: route.index + route[0].length, chinese: `${number}路公交` };
  } else if (!thing || thing.chinese === "门") {
    const bus = BUS.exec(text);
    if (bus && (!thing || bus.index < thing.at))
      thing = { at: bus.index, end: bus.index + bus[0].length, chinese: "公交" };
  }
  if (!thing) return null;
  if (SETTINGS.has(thing.chinese)) {
    const actor = earliest(
      text,
      THING_PATTERNS.filter(([, zh]) => ACTORS.has(zh)),
    );
    if (actor) thing = actor;
  }
  // "the gate access control system": a generic word before the thing it belongs to.
  if (GENERIC.has(thing.chinese)) {
    const next = earliest(text, THING_PATTERNS, thing.end);
    if (next && next.at - thing.end <= 2) thing = next;
  }
  const faults = FAULT_PATTERNS.filter(([, , things]) => !things || things.test(thing.chinese)).map(
    ([p, zh]) => [p, zh] as const,
  );
  const fault = earliest(text, faults, thing.end) ?? earliest(text, faults);
  if (!fault) return null;
  if (fault.chinese === KEEPING) return `${KEEPING}${thing.chinese}`;
  // "停水", not "水停水".
  return fault.chinese.includes(thing.chinese) ? fault.chinese : `${thing.chinese}${fault.chinese}`;
}
