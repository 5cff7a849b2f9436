import { hasLiveHazard } from "./emergency-features.js";
import { englishDanger } from "./english-danger.js";
import { shippedEmergencyModel, type EmergencyModel, type EmergencyOpinion } from "./emergency-model.js";
import { detectUrgency, vetoableContext, type CombinedFinding } from "./detect-urgency.js";
import { EVERYDAY_SMOKE, UNSURE, liveSentences, normaliseUrgencyText, type Hazard } from "./urgency-rules.js";
import type { Kind } from "../domain/taxonomy.schema.js";

/*
 * A hotline agent who hears something that might be a danger asks one question before filling in
 * the form. The detector decides emergencies (this module never changes that); it only reads what
 * the detector saw short of one, to decide whether the bot should ask the same question.
 */

/** What the detector saw in a message it did not call an emergency. */
export interface DangerSignals {
  /** The model's probability of an emergency, null without a model. */
  probability: number | null;
  /** The model's hazard, had it been one. */
  modelHazard: Hazard | null;
  /** A present-tense sentence names a hazard concept (measured for the band, not a condition). */
  live: boolean;
  /**
   * The "at least urgent" floor: a danger word with a sign of trouble that no rule could combine
   * (measured for the band; it added no danger the line and the hazard words missed).
   */
  floor: boolean;
  /** The hazard a danger word in a present-tense sentence points to ("漏气", "晕倒", "被困"). */
  hint: Hazard | null;
  /**
   * A present danger told without a hazard word: a person pinned under something fallen, a pot or
   * boiler burning dry, a cry for help, a frail relative who has stopped answering, a hazard typed
   * in pinyin; with the danger it points to, if any.
   */
  sign: { hazard: Hazard | null } | null;
  /** A rule hit the model vetoed as a story, a bill or a letter. */
  vetoed: boolean;
  /**
   * The message is plainly about something else: a standing nuisance ("好几天了"), an event that is
   * over, a bill, a letter with no danger said to be happening now.
   */
  context: boolean;
}

/** Why the question is asked, and which danger the evidence points to (null: none in particular). */
export interface PossibleDanger {
  reason: "model" | "hint";
  hazard: Hazard | null;
}

/*
 * The line in the band below the model's own (0.5) from which the bot asks. Chosen on the read sets
 * only (emergency fresh5…fresh19 and challenge8; the everyday eval-cases, dev-cases, urgency-dev,
 * eval-fresh6, eval-fresh8…14) with `npx tsx scripts/danger-check-band.ts --sweep`: at 0.3, with
 * the hazard words, 27 of the 36 dangers the detector misses get the question, for 247 of 4,134
 * everyday messages; 0.35 loses 2 of them, 0.25 asks 54 more everyday messages for none. A concept
 * in a present-tense sentence as a condition, or leaving out plainly other contexts (a standing
 * nuisance, a story, a letter), cost 5–7 dangers for fewer questions; the "at least urgent" floor
 * added no danger the line and the words missed, only near-misses and everyday messages asked.
 */
export const DANGER_BAND_FROM = 0.3;

/*
 * The hazard words a resident in danger uses, each pointing to its safety advice. Read only in
 * present-tense sentences (a fire last year, a fear of one, a danger made safe say nothing now).
 */
const GAS = "(燃气|煤气|天然气|液化气)";
const HINTS: readonly (readonly [Hazard, RegExp])[] = [
  // "燃气报警器" names a device residents ask to buy, fit or replace (30 such messages in the read
  // sets, none a danger); the alarm going off still counts.
  [
    "gas",
    new RegExp(
      `${GAS}.{0,6}(味|漏|泄|爆|呛|臭|闻|冒|中毒|报警(?!器|装置))|(味|漏|闻|呛|臭).{0,6}${GAS}|漏气|${GAS}.{0,4}报警器.{0,6}(响|叫|鸣)`,
    ),
  ],
  // A stove or water heater that will not light ("打不着火", "点不着火") or burns low ("火苗很小", low gas
  // pressure) is a fault to repair, not a fire: 29 such messages on the read everyday sets got the
  // question, none a danger on the read emergency sets.
  [
    "fire",
    /(?<!(打|点|燃|烧)[不没]?)着火|起火|失火|火灾|火苗(?![^，。！？!?]{0,4}(小|一点|弱|红))|火光|冒火|烧着|烧起|冒烟|浓烟|烟雾|焦糊|焦味|爆炸|(?<![油抽香水蒸炊]|(鞭炮|烟花|炮仗)的?)烟(雾)?[^，。]{0,4}越(来越|冒越)(大|浓|多|黑|呛)/,
  ],
  ["electric", /触电|漏电|电线.{0,4}(断|掉|落|冒火|打火)/],
  ["trapped", /被困|困住|困在|卡住|出不来/],
  ["collapse", /倒塌|坍塌|塌了|要塌/],
  // A person gone missing, not a pet that strayed, nor an owner, a landlord or a business that cannot
  // be reached ("房东联系不上", "老板联系不上", "找不到人来修"): those are disputes and repairs.
  [
    "missing",
    /(?<!(狗|猫|宠物)[^，。！？!?]{0,6})(走丢|走失)(?![^，。！？!?]{0,2}(的)?(小)?(狗|猫|宠物))|失踪|(?<![看听])不见了|找不到人(?![^，。！？!?]{0,2}(修|来|疏通|处理|管|负责))|(?<!(老板|房东|房主|车主|失主|商家|店家|机构|业主|原房主|对方|负责人)[^，。！？!?]{0,3})联系不上/,
  ],
  // Someone dragged by a car, a cry of "别砍", a crash told by its result: nobody wrote a hazard
  // word, but the person in it may be hurt now.
  ["violence", /持刀|拿刀|动刀|打人|砍人|别砍|拖行/],
  ["self_harm", /跳楼|轻生|自杀|不想活/],
  ["poison", /中毒|毒气|化学品/],
  ["flood", /落水|溺水/],
  [
    "injury",
    /受伤|伤了|伤到|摔伤|烫伤|砸伤|流血|出血|昏|晕倒|晕过去|呼吸困难|抽搐|休克|(?<!(鱼|龟|虾|仓鼠|猫|狗|兔|鸟)[^，。！？!?]{0,3})(不(会)?呼吸了|呼吸[^，。！？!?]{0,3}停(了|住))|嘴唇发(紫|青)|追尾|(车|大巴|客车|货车)[^，。！？!?]{0,2}翻了/,
  ],
];

/*
 * Signs of a danger happening now that name no hazard: what a hotline agent would still ask about.
 * Read in present-tense sentences only, so a fear ("就怕哪天掉下来砸到人") or a near miss ("差点把锅
 * 烧干") says nothing now.
 */
const FEAR = "(?<!(怕|担心|万一|会|小心|以免|防止|差点|差一点)[^。！？!?]{0,12})";
const SIGNS: readonly (readonly [Hazard | null, RegExp])[] = [
  // Something fallen onto people: the wind's tent, a crane, a shop sign ("压到好几个人", "砸着人了").
  [
    "injury",
    new RegExp(
      `${FEAR}(压|砸)(到|着|住|中)了?[^，。！？!?]{0,3}(人(?![力事手民员口群家才生])|路人|行人|老人|孩子|小孩|(好)?(几|[一二两三四五六七八九十])个)|${FEAR}人(被)?[^，。！？!?]{0,3}(压|砸)(在|住|着)`,
    ),
  ],
  // A pot, a boiler or a stove left burning dry, red hot: a fire about to start.
  ["fire", new RegExp(`${FEAR}(烧干|干烧)|烧红|(锅炉|炉子|炉膛|锅|壶|烟囱)[^，。！？!?]{0,4}(发红|通红)`)],
  // Water risen to the switchboard or the sockets: the wiring may be live in it.
  ["electric", new RegExp(`${FEAR}(水(?!电)|淹)[^，。！？!?]{0,6}(电闸|电箱|配电|插座|电表|电线|电源)`)],
  // A warning to keep away ("别过来", "不要靠近"): whoever writes it sees a danger now.
  [null, /别过来|不要过来|别靠近|不要靠近|快离开|快跑|快走开|离远点/],
  // A child taken away by someone ("孩子被一个陌生人带走了"): whoever writes it may be telling of an
  // abduction happening now; not a parent or a relative taking a child in a custody dispute, nor a
  // taking told with how long ago it was ("带走三年了").
  [
    "missing",
    new RegExp(
      `${FEAR}(孩子|小孩|儿子|女儿|宝宝|孙子|孙女|娃)[^，。！？!?]{0,6}(被|让)(?![^。！？!?]{0,12}(前夫|前妻|爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷))[^。！？!?]{0,12}(接走|带走|抱走|领走|拐走|骗走)(?![^，。！？!?]{0,6}(年|个月))`,
    ),
  ],
  // A child who swallowed an adult's pills ("宝宝吃了奶奶的降压药", typed "降压要" in a hurry).
  [
    "poison",
    new RegExp(
      `${FEAR}(宝宝|孩子|小孩|娃|儿子|女儿|孙子|孙女)[^。！？!?]{0,6}(吃|吞|喝)(了|下)[^。！？!?]{0,10}(降压|安眠|降糖|避孕|(奶奶|爷爷|外婆|外公|姥姥|姥爷|老人|大人)的[^，。]{0,3}(药|要|片))`,
    ),
  ],
  // A cry for help with nothing else said ("救我", "救救我"); a plea is no cry: "救救我们吧，物业不管",
  // "救救我的孩子，让他转学", "解救我那沉迷传销的家人".
  [null, /(?<![解营援补拯])救(救)?我(?![们的那家])/],
  // A hot pipe burst indoors, the room full of steam ("热水往外喷 屋里全是蒸汽"): whoever is near is scalded.
  ["injury", /(热水|开水)[^，。！？!?]{0,4}(往外)?喷[^。！？!?]{0,12}(全是|都是|满屋)[^，。！？!?]{0,2}蒸汽/],
  // Smoke and a way out asked for ("酒店 烟 走廊全是 看不见 怎么跑"): a guest in a fire, typing in pieces.
  [
    "fire",
    /(?<![抽吸油香])烟(?![头花草酒味瘾])[^。！？!?]{0,16}(怎么(跑|逃|出去)|往哪(跑|逃|走)|跑不出|逃不出|出不去)/,
  ],
];

/*
 * A frail relative or neighbour who has stopped answering: called again and again, knocked for and
 * silent. Only with a person who may be at risk in the same message (an old parent, someone
 * living alone, an illness named): "快递敲门没人应", "热力公司电话打不通" are no danger.
 */
const OUT_OF_REACH =
  /(打|拨)[^，。！？!?]{0,10}(没人接|都不接|也不接)|敲[^，。！？!?]{0,8}(没人应|没人开|不开门|没回应|没有回应|没动静)/;
// "打了三个中介中心电话都没人接", "物业电话打了没人接": an office out of reach is a complaint.
const AN_OFFICE =
  /公司|中心|物业|客服|热线|部门|局|店|老板|中介|房东|师傅|商家|单位|学校|医院|银行|社区|营业厅|所/;
const AT_RISK =
  /老人|老母亲|老父亲|母亲|父亲|我妈|我爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老伴|独居|一个人住|高血压|心脏病|糖尿病/;

/*
 * Hazards typed in full pinyin that the detector's pinyin reader leaves alone because the model was
 * trained on those lines as they stand: smoke told by how much ("quan shi yan"), a poison gas, a
 * person pinned, a building about to give way, dizziness with sickness. Read on the Latin words only.
 */
const PINYIN_SIGNS: readonly (readonly [Hazard, RegExp])[] = [
  ["fire", /\b(quan shi yan|dou shi yan|mao yan|nong yan|mao huo)\b/],
  // Mushrooms picked and eaten, then dizziness or sickness ("chi le … mogu xianzai tou yun").
  ["poison", /\b(du qi|you du|zhong du)\b|\bmo ?gu\b.{0,40}\b(tou yun|e xin|tu le|la du zi|huan jue)\b/],
  // Gas by its smell ("chou ji dan wei", the odorant) or named with a sign it escapes; a fight with a
  // cry for help ("zai da jia … jiao jiu ming").
  // Its alarm too, in initials ("rq bj q xiang le": 燃气报警器响了).
  [
    "gas",
    /\bchou ji dan\b|\b(ran qi|mei qi|tian ran qi)\b.{0,24}\b(wei|lou|xie|zhuan)\b|\b(rq|mq|ran ?qi|mei ?qi)\b.{0,4}\b(bj|bjq|bao ?jing)\b|\b(mqw|rqw)\b/,
  ],
  ["violence", /\bjiu ming\b|\b(zai|zheng zai) (da jia|da ren|kan ren)\b|\b(na|dong) dao\b/],
  // Someone lying on the ground ("wo baba dao zai di shang"): asked, not raised, because a trained line
  // spells it.
  [
    "injury",
    /\b(ya|za) (zhe|zhu|dao|zhao) (ren|le ren)\b|\btou yun\b.*\b(e xin|tang|dao|hun|tu)\b|\bdao (zai )?di (shang|xia)\b/,
  ],
  // Cantonese romanised the same way ("tau wan ou tou", "hei m dou san"): dizziness with vomiting or
  // someone who cannot get up, as the Mandarin line above reads it.
  ["injury", /\btau wan\b.{0,40}\b(ou tou|au tou|hei m dou|kei m hei)\b/],
  ["collapse", /\b(yao|kuai) (ta|dao|diao xia lai) le\b/],
  // Someone in the water who cannot swim ("ta zai shui li, bu hui you yong"): asked, not raised, because
  // "zai shui li" written back as characters lifts the model on pinyin lines about swimming lessons.
  [
    "flood",
    /\b(zai|diao) (shui|he|hu) li\b.*\bbu hui (you yong|shui)\b|\bbu hui (you yong|shui)\b.*\b(zai|diao) (shui|he|hu) li\b/,
  ],
];
const PINYIN_PAST = /\b(zuo tian|zuo wan|shang ci|qu nian|yi jing|hao le|mei shi|pa|wan yi)\b/;

/*
 * Breathing or swelling that goes on ("一直喘", "脸肿起来了", "嘴唇发紫"): an allergic reaction or an
 * attack. Read in the whole message, because what set it off is told as done ("打完疫苗回来一直喘")
 * and the present-tense reading drops that sentence; not when the message says it has passed.
 */
const ONGOING_SYMPTOM = /一直喘(?!不)|脸肿起来|脸都肿了|嘴唇发紫|嘴唇发青|喉咙肿/;
const PASSED = /已经|好了|好多了|没事|不喘了|消肿/;

/*
 * An animal's bite or scratch, then a fear of water or wind: the signs of rabies, fatal once they
 * show. Read in the whole message, because the bite is told as done ("前天被狗咬了") and only the signs
 * are now.
 */
const RABIES_SIGNS =
  /(猫|狗|犬|蝙蝠|老鼠)[^。！？!?]{0,4}(咬|抓|挠)[^]{0,60}(怕水|恐水|怕风|喝不下水|不敢喝水)/;

/*
 * A message that is nothing but a hazard's name ("燃汽", "淹了", "水进屋了"): whoever sends only that may
 * have no time for more, or may be asking which line to call. Not a bill, a meter or a cut announced:
 * those name the gas or the water with what they are about ("燃气费", "停水了").
 */
const LONE_HAZARD: readonly (readonly [Hazard, RegExp])[] = [
  ["gas", /^\s*((燃|煤|然)(气|汽|七)|天然(气|汽)|液化(气|汽)|瓦斯)[!！。.…\s]*$/],
  ["flood", /^\s*((水)?淹了|(屋里|家里|屋|家)?进水了|水进(屋|家|来)了|水(漫|灌|涌)进来了)[!！。.…\s]*$/],
];
// "qiqi guan dao po le zai mao qi": a gas pipe broken and hissing, typed in pinyin.
const PINYIN_GAS_PIPE =
  /\b(qi ?guan|guan ?dao|ran qi guan|mei qi guan)\b.{0,24}\b(mao qi|lou qi|xie lou|zai lou)\b/;

function presentSign(
  simple: string,
  live: readonly string[],
  words: string,
): { hazard: Hazard | null } | null {
  // The present-tense reading may drop the clause of a fear and keep its object ("就怕哪天掉下来，砸到
  // 人"): the sign must also hold in the whole message, where the fear still stands before it.
  for (const [hazard, re] of LONE_HAZARD) if (re.test(simple)) return { hazard };
  for (const [hazard, re] of SIGNS) if (live.some((s) => re.test(s)) && re.test(simple)) return { hazard };
  if (GAP_NEARLY_FALLEN_THROUGH.test(simple)) return { hazard: "injury" };
  if (ONGOING_SYMPTOM.test(simple) && !PASSED.test(simple)) return { hazard: "injury" };
  if (RABIES_SIGNS.test(simple)) return { hazard: "injury" };
  if (live.some((s) => OUT_OF_REACH.test(s) && !AN_OFFICE.test(s)) && AT_RISK.test(live.join("。")))
    return { hazard: null };
  if (englishDanger(words)) return { hazard: null };
  // Pinyin typed with its tone marks ("mào yān") reads as the same words without them.
  const latin = words
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ");
  if (latin.trim() && !PINYIN_PAST.test(latin))
    for (const [hazard, re] of PINYIN_SIGNS) if (re.test(latin)) return { hazard };
  if (latin.trim() && !PINYIN_PAST.test(latin) && PINYIN_GAS_PIPE.test(latin.replace(/\bqiqi\b/g, "qi")))
    return { hazard: "gas" };
  return null;
}

/*
 * A railing broken where someone just leant on it and nearly went over ("护栏断了 有人靠在上面差点
 * 掉下去"): the near fall says the gap is open now. Read on the whole message, as the present-tense
 * reading drops a near miss's clause.
 */
const GAP_NEARLY_FALLEN_THROUGH =
  /(护栏|栏杆|扶手|围栏)[^，。！？!?]{0,4}(断了|掉了|松了|倒了|没了)[^。！？!?]{0,16}(差点|差一点|险些)[^，。！？!?]{0,3}(掉|摔|翻|栽)下去/;

/*
 * "物业说是楼下在烧烤，可是烟越来越大": someone explained the smoke as everyday, and the resident says it
 * grows all the same. The explanation is why the detector stays normal; the growth is worth the question.
 */
const SMOKE_GROWS_ANYWAY =
  /(可是|但是|但|却|不过|然而)[^。！？!?]{0,8}烟(雾)?[^，。！？!?]{0,4}越(来越|冒越)(大|浓|多|黑|呛)/;

/** Reads the signals from the detector's finding and the model's opinion; pure. */
export function dangerSignals(
  text: string,
  finding: CombinedFinding,
  opinion: EmergencyOpinion | null,
): DangerSignals {
  const simple = normaliseUrgencyText(text);
  const live = liveSentences(simple).filter((s) => !EVERYDAY_SMOKE.test(s) || SMOKE_GROWS_ANYWAY.test(s));
  const hint = HINTS.find(([, re]) => live.some((s) => re.test(s)))?.[0] ?? null;
  return {
    probability: finding.probability ?? opinion?.probability ?? null,
    modelHazard: opinion?.hazard ?? null,
    live: hasLiveHazard(text),
    floor: finding.urgency === "urgent" && !!finding.reason && UNSURE.test(finding.reason),
    hint,
    sign: presentSign(simple, live, text),
    vetoed: finding.vetoed,
    context: vetoableContext(text) !== null,
  };
}

/**
 * Whether a message the detector did not call an emergency still shows a possible danger worth
 * one safety question, and which danger; null when not. Pure.
 */
export function possibleDanger(
  urgency: CombinedFinding["urgency"],
  s: DangerSignals,
  from = DANGER_BAND_FROM,
  kind?: Kind,
): PossibleDanger | null {
  if (urgency === "emergency") return null;
  if (s.hint) return { reason: "hint", hazard: s.hint };
  if (kind && NOT_A_REPORT_OF_TROUBLE.includes(kind)) return null;
  if (s.sign) return { reason: "hint", hazard: s.sign.hazard };
  if (s.probability !== null && s.probability >= from) return { reason: "model", hazard: null };
  return null;
}

/*
 * Thanks for something done and a small wish posted for volunteers tell of a fall, an illness or a
 * frail person without reporting trouble now; the model's score rises on those words alone (36 of
 * the 332 questions on the read everyday sets, none of the dangers the detector missed on the read
 * emergency sets). A hazard word in a present-tense sentence still asks: "谢谢上次修电梯，但现在冒烟了".
 */
const NOT_A_REPORT_OF_TROUBLE: readonly Kind[] = ["praise", "wish"];

/**
 * Whether the dialogue would ask the safety question of a message the engine read with `urgency`:
 * what the evaluations count ("would ask"), with known place names masked as the engine and the
 * dialogue mask them.
 */
export type AsksDanger = (text: string, urgency: CombinedFinding["urgency"], kind?: Kind) => boolean;

/*
 * A clause that gives a number to call ("有事打我女儿电话138…", "我电话139…") says who to call, never
 * what is wrong; the model reads "打我女儿" in it as a blow. It is left out before the check reads.
 */
export const CONTACT_CLAUSE = /[^，。,.；;！!？?\n]*\d[\d -]{6,}\d[^，。,.；;！!？?\n]*/g;

/**
 * The check as the dialogue and the evaluation run it: `urgency` and `kind` are what the engine
 * decided for the message (the question is never asked of an emergency), `text` the resident's
 * words with known place names masked as the engine reads them.
 */
export function readPossibleDanger(
  text: string,
  urgency: CombinedFinding["urgency"],
  model: EmergencyModel | null = shippedEmergencyModel(),
  kind?: Kind,
): PossibleDanger | null {
  if (urgency === "emergency") return null;
  const words = text.replace(CONTACT_CLAUSE, "");
  const finding = detectUrgency(words, model);
  const opinion = finding.probability === null && model ? model.predict(words) : null;
  return possibleDanger(urgency, dangerSignals(words, finding, opinion), DANGER_BAND_FROM, kind);
}
