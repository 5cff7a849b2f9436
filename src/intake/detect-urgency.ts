import type { Urgency } from "../domain/taxonomy.schema.js";
import { hasLiveHazard } from "./emergency-features.js";
import { shippedEmergencyModel, type EmergencyModel, type EmergencyOpinion } from "./emergency-model.js";
import { RecentResults } from "../domain/recent-results.js";
import {
  DEPENDANT,
  GAS_SUBSTANCE,
  KNOCK_SEEMED_NOTHING,
  NOT_FALLEN_YET,
  NOT_YET_HARMABLE,
  NOT_YET_HARMED,
  SOMEONE_UNDER,
  ONLY_A_SHORT_WHILE,
  WILD_MUSHROOM,
  detectUrgencyByRules,
  liveSentences,
  normaliseUrgencyText,
  type Hazard,
  type UrgencyFinding,
} from "./urgency-rules.js";
import { hanCount } from "./han-count.js";
import { checkedModelHazard } from "./model-hazard-check.js";
import {
  allClearOnly,
  everydayFrameOnly,
  farmOrKitchenSmellOnly,
  fireDeniedOnly,
  gameOrShowOnly,
  openBurningOnly,
  ordinaryErrandOnly,
  ownerAwayOnly,
  wontLightOnly,
} from "./everyday-frame.js";
import { harmlessAside } from "./harmless-reading.js";

export { HAZARDS, type Hazard, type UrgencyFinding } from "./urgency-rules.js";

export interface CombinedFinding extends UrgencyFinding {
  /** Who decided an emergency: the rules, the model, or both; null when it is not one. */
  decidedBy: "rules" | "model" | "both" | null;
  /** The model's probability of an emergency, null when no model is loaded. */
  probability: number | null;
  /** A rule hit the model vetoed (a past event, a bill, a prevention question); for evaluation. */
  vetoed: boolean;
}

/*
 * A rule hit stands unless the message is plainly about something else: an event that is over, a
 * standing nuisance (every night, for days, whenever it rains), a bill, a welfare request, praise,
 * a question about prevention, a hypothetical, a formal letter to the authorities. Only then may a
 * model that is itself sure there is no danger overrule the rules. Present-tense words ("现在",
 * "还在", "救命") keep the hit.
 */
// "前两天出了车祸，腿断了…能不能社区帮帮忙": 前两天 and 前阵子 tell a story as 前几天 does; "前两天开始
// 烧煤炉" is when something still going on began.
const OVER =
  /昨天|昨晚|前天|上周|上个?星期|上个?礼拜|上个?月|去年|前年|前几天|前些天|(前两天|前阵子|前段时间)(?![^，。]{0,6}(开始|起))|那天|当时|之前|以前|曾经|早就|已经(处理|解决|修好|灭了|找到|送医|出院|没事|过去了)/;
// "敲了好几次" is an effort made just now, not a standing problem; "脚下打滑好几次了" is someone at a
// height about to fall now.
const CHRONIC =
  /好几天|几天了|好几个月|几个月了|好几年|几年了|年年|每年|(?<!一)下(大)?雨就|([两三四五六七八九十]|\d+)(多)?年了|(一|两|三|几|好几)个?(礼拜|星期|周)了|好久了|很久了|(?<!(敲|打|喊|叫|按|拨|找|滑|晃)了?)(多次|好几次)|经常|老是|总是|老说|总说|常说|老念叨|常常|时常|天天|每天|每晚|每次|长期|常年|一直以来|频繁|一下雨就|逢雨|一到.{0,6}就/;
// "被一个不交费的司机开车拖行": a fee not paid says who did it, not that the message is a bill.
// A work-injury claim ("想问这种算不算工伤") or damages refused ("对方一直不赔") is paperwork.
const NON_EMERGENCY_TOPIC =
  /燃气费|电费|水费|(?<![不拒逃])(缴费|交费)|充值|余额|账单|燃气卡|电卡|欠费|补助|补贴|救助|低保|政策|报销|赔偿|理赔|保险|(算不算|是不是|能不能算|能算|认定|申请|报)工伤|工伤(认定|赔|保险)|(不|没)(肯|给)?赔(?!笑|不是)|感谢|表扬|点赞|锦旗|(怎么|如何|怎样|能否|是否|有没有).{0,10}(预防|防范|避免|安装|检查|检测|加装|整改|报警器)|隐患|(未|没|没有)(起火|着火|冒烟|漏电|漏气)|如果|万一|假如|要是|(怕|担心)(出事|出危险|有危险|发生意外|出意外)|(怕|担心)(哪天)?[^，。]{0,3}(漏电|露电|掉下来|摔着|砸到|砸着|绊倒|触电)|演练|宣传|培训|讲座|微心愿|志愿者|想要(一|个|台|副|部)|想(找|有)人(陪|帮|教|给)|纠纷|调解|评评理|(?<![能怎急])不(着|用|是很)?急(?![吗么啊吧死])|违建|私自(盖|搭|建)|(地|过道|通道|地方|院子)[^，。]{0,6}(圈|围)(起来|进去)|(圈|围)(起来|进去)[^，。]{0,3}(种|放|当|搭|养)/;
// A formal letter to the authorities describes a standing problem; nobody in danger writes one.
const LETTER =
  /尊敬的|领导[：:，,您好]|各位领导|(厅长|局长|书记|市长|县长|区长)(大人|同志)?[：:，,您]|恳请|特此|此致|希望(政府|有关部门|相关部门|领导)|建议有关部门/;
// "缝了三针，现在回家了", "换了个开关，现在正常了": 现在 telling the state after, not the danger now;
// "现在没钱看病" is the help asked for.
const STILL_NOW =
  /现在(?!(已经|都)?(回家|正常|没事|修好|出院)了|没钱)|正在|还在|仍然|仍在|一直在|刚刚|刚才|这(回|次|下)(?=[^，。]{0,6}(里面|里头|有人|关着|困|着火|冒|倒|掉|晕|流血))|马上|赶紧|赶快|快来|救命|来人(?!看|修|检|查|处理|弄|换)|仍有|不断(有|在)?[^，。]{0,6}(掉|落|塌|涨|冒)|此刻|这会儿|眼下|快点|还没(找到|回来|出来|灭)|还(昏|晕|在流|困)|(分钟|小时|钟头)了[，,\s]?还没(人来|人管|出来|救出)/;

/*
 * In a letter, "现在" often introduces a standing problem; a danger going on is said with words of
 * the moment ("到现在还没解决" is a standing complaint).
 */
const HAPPENING =
  /(先|快|赶紧|马上)派人|我现在(站|在)|在往外|正在|还在|仍在|一直在|刚刚|刚才|此刻|这会儿|眼下|越来越|快来|赶紧|马上|今天|今早|今晚|今晨|今日/;
const HAPPENINGS = new RegExp(HAPPENING.source, "g");
/*
 * A letter that ends by asking for a rescue, an ambulance or a search right away is written in the
 * middle of the danger, however politely it opens ("…恳请立即派人救援！").
 */
const RESCUE_PLEA =
  /(立即|立刻|马上|火速|赶紧|赶快|紧急)[^。！!？?]{0,20}(救援|营救|搜救|寻找(?!原因|根源|解决)|找人|救护车|急救|出警|救人|转移|疏散)|救护车/;

// "管子老是漏气": gas escaping again and again, not a leak alarm being asked about. A meter running
// with nothing on ("电费贵先不说 燃气表在转 没用气") is gas escaping now, whatever bill opens the message.
const LEAKING_AGAIN = /漏气|(在|老是|总是|经常|一直|又)(漏|泄)|表[^，。]{0,6}(在|还在|一直)(转|跳|走)/;

/*
 * "他以前没这样过", "以前从来没有过": the past named to say that what happens now is new, not a story
 * that is over.
 */
// "以前从来没这么久": never this long or this bad before is today's change, too.
const NEVER_BEFORE =
  /(以前|之前|从前)(从来|从)?(都)?(没|没有|未)(有)?(这样|这么|这种|出现|发生|犯)?[^，。]{0,3}过|(以前|之前|从前)(从来|从)?(都)?(没|没有|未)(有)?(这么|这样)(久|长|严重|厉害|重)/g;

/*
 * "她前年做过心脏搭桥", "去年得过脑梗": an illness in the person's history says who is at risk now, not
 * that the story is over.
 */
const MEDICAL_HISTORY =
  /(前年|去年|以前|之前|早年|几年前)[^，。]{0,4}(做过|得过|患过|有过|动过|犯过|发过)[^，。]{0,4}(手术|搭桥|支架|中风|脑梗|心梗|脑出血|心脏病|癌)/g;

/**
 * Whether a rule hit stands in a context the model may veto (see above): "letter" when it is a
 * formal letter, "other" for the other contexts, null when no veto may apply. `sentence` is the
 * present-tense sentence the rule fired in: one that says the danger is happening now stands,
 * however much background the letter around it gives.
 */
export function vetoableContext(
  text: string,
  sentence?: string,
  reason?: string | null,
): "letter" | "other" | null {
  const simple = normaliseUrgencyText(text);
  const han = hanCount(simple);
  if (han >= 40 && LETTER.test(simple)) {
    // "业主被困电梯是常事" is a standing problem, however it is worded.
    // "长期噪音问题，另外今天晚上又传来惨叫": the standing problem told first does not make what
    // happens today a habit; a habit said after the moment ("今天又被困了，经常这样") still does.
    const now = (s: string): boolean =>
      [...s.matchAll(HAPPENINGS)].some((m) => !CHRONIC.test(s.slice(m.index)));
    if (sentence && now(sentence)) return null;
    if (RESCUE_PLEA.test(simple) && !CHRONIC.test(sentence ?? "")) return null;
    // The first sentence a rule fired in may set the scene; a later one may say it goes on now.
    const later = liveSentences(simple).filter((s) => s !== sentence && now(s));
    return later.some((s) => detectUrgencyByRules(s).urgency === "emergency") ? null : "letter";
  }
  const context =
    OVER.test(simple.replace(NEVER_BEFORE, "").replace(MEDICAL_HISTORY, "")) ||
    CHRONIC.test(simple) ||
    NON_EMERGENCY_TOPIC.test(simple);
  if (!context || STILL_NOW.test(simple)) return null;
  // "油烟每天都熏到我家…今天他们的瓦斯桶烧起来了": the standing nuisance is told to say what changed
  // today; the sentence the rule fired in turns to today with no habit or story after that word.
  if (!sentence || !reason) return "other";
  // What the message says after that sentence counts too ("…突然口齿不清 要留意 社区讲座讲的").
  const at = simple.indexOf(reason);
  const rest = at < 0 ? "" : simple.slice(at);
  return turnsTodayIn(sentence, reason, rest) ? null : "other";
}

/*
 * A letter is background, but two dangers are written as letters by the people in them: a farewell
 * with the means at hand ("绳子我已经准备好了…给你们添麻烦了"), and someone who left and has not come back
 * ("早上出门…到现在还没回家"), told after whatever else the letter asks.
 */
// "…独自出小区后未归，手机关机": gone and unreachable is an absence going on, however the letter opens.
// "从前天晚上开始他的电话一直无人接听": a phone unanswered ever since is the same.
const ABSENCE_GOES_ON =
  /(到现在|至今|现在)(都|还|也|仍)?(没|未|不见)|(一直|仍|还是)(无人接听|没人接|打不通|关机)|(未归|未回|没回)[^。]{0,12}关机|关机[^。]{0,30}(未归|未回|没回)/;
// "家里快撑不下去了" in a letter is hardship; a rope, pills or a last letter are not.
const MEANS_OR_FAREWELL =
  /绳|安眠药|农药|老鼠药|药[^，。]{0,3}(攒|准备|备)|刀|楼顶|天台|桥上|塔吊|河边|遗书|遗言|告别|最后一次|最后一封|永别|再见|下辈子/;
function standsInLetter(rules: UrgencyFinding): boolean {
  if (rules.hazard === "self_harm") return MEANS_OR_FAREWELL.test(rules.sentence ?? "");
  return rules.hazard === "missing" && ABSENCE_GOES_ON.test(rules.sentence ?? "");
}

/**
 * How sure the model alone (no rule fired) must be. Its lone calls are most of the false alarms on
 * everyday messages ("电表箱门掉了…怕漏电", a burst pipe), and most of the dangers the rules miss. The
 * leave-one-file-out sweep (`zhitong intake eval-emergency --leave-one-out --sweep`, December 2026)
 * put a line at 0.6: 2 of 403 lone finds lost, 10 of 23 lone false alarms removed. On the blind sets
 * it lost 3 dangers of 635 for 2 fewer false alarms and about 1 point of urgency on everyday sets; a
 * missed danger costs more than a dispatcher's downgrade, so the model alone speaks at its threshold.
 */
export const MODEL_ALONE_ABOVE = 0.5;

/*
 * When the rules read daily life stopped ("燃气停了…孩子还饿着肚子"), a hungry child or a cold flat is
 * the trouble the urgent level exists for; the model alone must be surer to call it a danger. The
 * leave-one-file-out sweep at 0.6: 1 danger of 3008 left urgent, 2 near-miss and 1 Teddy false
 * alarms fewer, and 8 everyday messages fewer filed as emergencies (none on fresh14–16).
 */
export const MODEL_ALONE_OVER_URGENT = 0.6;

/** Decides from the rules' finding and the model's opinion; pure, for the evaluation harness too. */
export function combineUrgency(
  text: string,
  rules: UrgencyFinding,
  opinion: EmergencyOpinion | null,
  model: {
    threshold: number;
    vetoBelow: number;
    aloneAbove?: number;
    urgentAloneAbove?: number;
  } | null,
): CombinedFinding {
  // A small wish, praise or a harm foreseen is no emergency for the rules or the model (everyday-frame.ts).
  if (rules.urgency === "emergency" && everydayFrameOnly(text, rules.hazard)) {
    const rest = detectUrgencyByRules(text, { emergencies: false });
    return { ...rest, decidedBy: null, probability: opinion?.probability ?? null, vetoed: true };
  }
  if (!opinion || !model)
    return {
      ...rules,
      decidedBy: rules.urgency === "emergency" ? "rules" : null,
      probability: null,
      vetoed: false,
    };
  const p = opinion.probability;
  const modelSays = p >= model.threshold;
  if (rules.urgency === "emergency") {
    // In a letter the model need only not concur; elsewhere it must be sure there is no danger.
    const context = modelSays ? null : vetoableContext(text, rules.sentence, rules.reason);
    // An absence is told by when it began ("昨晚外出至今未归"): yesterday's words do not make it over.
    if (
      (context === "letter" && !standsInLetter(rules)) ||
      (context === "other" &&
        p < model.vetoBelow &&
        rules.hazard !== "missing" &&
        rules.hazard !== "self_harm" &&
        // Gas that escapes again and again ("管子老是漏气") is a leak now, however long it has gone on.
        !(rules.hazard === "gas" && LEAKING_AGAIN.test(rules.sentence ?? "")) &&
        // Wild mushrooms poison hours after the meal: "昨晚吃了" is when, not a story that is over.
        !(rules.hazard === "poison" && WILD_MUSHROOM.test(rules.sentence ?? "")) &&
        // A knock that seemed nothing at the time (当时没事) is when the signs began, not a story over.
        !(rules.hazard === "injury" && KNOCK_SEEMED_NOTHING.test(rules.sentence ?? "")))
    ) {
      const rest = detectUrgencyByRules(text, { emergencies: false });
      return { ...rest, decidedBy: null, probability: p, vetoed: true };
    }
    // The frame knows someone is in danger; a model that concurs knows better which danger.
    const hazard = rules.frame && modelSays ? checkedModelHazard(text, opinion.hazard) : rules.hazard;
    return { ...rules, hazard, decidedBy: modelSays ? "both" : "rules", probability: p, vetoed: false };
  }
  // The rules' explicit exceptions ("没闻到燃气味", "倒了一车垃圾") are known non-emergencies, and a
  // danger only in sentences about the past or made safe is over, whatever the model's n-grams say.
  /*
   * Nor is a message plainly about something else (a bill, a standing nuisance, an event that is
   * over, a letter with no danger said to be happening) made an emergency by n-grams alone. An
   * absence is the exception: it is told by when it began and how long it has lasted ("昨天下午
   * 上山放羊…人没回来", "好几天没见着了"), the very words that mark other stories as over.
   */
  const aloneSays =
    p >=
    Math.max(
      model.threshold,
      model.aloneAbove ?? MODEL_ALONE_ABOVE,
      rules.urgency === "urgent" ? (model.urgentAloneAbove ?? MODEL_ALONE_OVER_URGENT) : 0,
    );
  const context = aloneSays ? vetoableContext(text) : null;
  if (
    aloneSays &&
    !rules.excluded?.includes(opinion.hazard) &&
    !everydayFrameOnly(text, opinion.hazard) &&
    // A queue, paperwork or a shop's goods complained about, with no harm told (everyday-frame.ts).
    !ordinaryErrandOnly(text) &&
    // A scare said to have ended well (误报, 一点事没有, 人清醒), with no harm told beside it.
    !allClearOnly(text) &&
    // Leaves or rubbish burnt in the open, with nothing said to catch or anyone choking (everyday-frame.ts).
    !openBurningOnly(text) &&
    // A smell of animals, dung or cooking; an owner away from an empty home (everyday-frame.ts).
    !farmOrKitchenSmellOnly(text, opinion.hazard) &&
    !ownerAwayOnly(text, opinion.hazard) &&
    // An appliance that will not light (打不着火), with no smell or flame told (everyday-frame.ts).
    !wontLightOnly(text, opinion.hazard) &&
    // A game of being shut in, a demonstration or a show, or "别以为着火了" (everyday-frame.ts).
    !gameOrShowOnly(text, opinion.hazard) &&
    // A fire the writer denies, its cause named or the thing switched off (everyday-frame.ts).
    !fireDeniedOnly(text, opinion.hazard) &&
    !smellRuledOut(text, rules, opinion.hazard) &&
    !shortWhileAway(text, opinion.hazard) &&
    // The n-grams may name the wrong harm (a hailstorm's damage read as a blow): the checked one counts too.
    !notFallenYet(text, opinion.hazard) &&
    !notFallenYet(text, checkedModelHazard(text, opinion.hazard)) &&
    !lockedOut(text, opinion.hazard) &&
    (hasLiveHazard(text) || sureWithoutConcept(text, p)) &&
    (context === null ||
      (context === "other" && (opinion.hazard === "missing" || turnsToday(text, opinion.hazard))))
  )
    return {
      urgency: "emergency",
      reason: `模型判断${Math.round(p * 100)}%`,
      // The model's character n-grams may name the wrong danger (烧 of 发烧 a fire): see checkedModelHazard.
      hazard: checkedModelHazard(text, opinion.hazard),
      decidedBy: "model",
      probability: p,
      vetoed: false,
    };
  return { ...rules, decidedBy: null, probability: p, vetoed: false };
}

/*
 * "楼上天天打孩子，今天孩子哭得跟要断气一样…哭声突然没了", "裂缝昨天还是头发丝那么细，今天一扯一大条":
 * the standing problem or yesterday is told to say what changed today. A present-tense sentence that
 * turns to today or to something sudden, with no habit, story or bill after that word, is the
 * moment, as in a letter (see `vetoableContext`).
 */
const TODAY_TURN = /今天|今早|今晚|今晨|今日|突然|刚(?!好|开始|搬|买|装|来的|住|建|修|换|交|入|才|刚)/g;
// A body or a structure that turned worse; "昨晚吃了火锅 今天一身火锅味" is no poisoning.
const WORSE_TODAY: readonly string[] = ["violence", "injury", "collapse"];
function turnsToday(text: string, hazard: string): boolean {
  if (!WORSE_TODAY.includes(hazard)) return false;
  return liveSentences(normaliseUrgencyText(text)).some((s) => turnsTodayIn(s));
}
/*
 * Whether the sentence turns to today or to something sudden, with no habit, story or bill after
 * that word; with `danger` (the words a rule fired on), only a turn told before the danger counts:
 * "昨天出了车祸，今天看到还有碎玻璃" keeps yesterday's crash a story.
 */
function turnsTodayIn(sentence: string, danger?: string, rest = ""): boolean {
  const at = danger ? sentence.indexOf(danger) : sentence.length;
  return [...sentence.matchAll(TODAY_TURN)].some((m) => {
    const after = sentence.slice(m.index) + rest;
    return m.index < at && !CHRONIC.test(after) && !OVER.test(after) && !NON_EMERGENCY_TOPIC.test(after);
  });
}

/*
 * A chemical smell the rules read as a business's emissions or a long exposure ("干洗店的化学味…闻久了
 * 头晕") is no more a gas leak than a poisoning: the model's n-grams for a smell and dizziness say gas
 * as readily. Only a gas named by the resident lets it say so.
 */
function smellRuledOut(text: string, rules: UrgencyFinding, hazard: string): boolean {
  return (
    hazard === "gas" &&
    !!rules.excluded?.includes("poison") &&
    !GAS_SUBSTANCE.test(normaliseUrgencyText(text))
  );
}

/*
 * An adult out for a while the writer counts as short ("出去遛狗还没回来，才二十分钟") is no missing
 * person, whatever the n-grams of "还没回来" weigh; a child or a dependant may be gone in minutes.
 */
function shortWhileAway(text: string, hazard: string): boolean {
  const simple = normaliseUrgencyText(text);
  return hazard === "missing" && ONLY_A_SHORT_WHILE.test(simple) && !DEPENDANT.test(simple);
}

/*
 * "看着快压塌了 还没人被砸": a structure the writer says has not come down, with nobody under it, is
 * the repair the rules leave it as; the n-grams of 压塌 must not call it a collapse.
 */
function notFallenYet(text: string, hazard: string): boolean {
  const simple = normaliseUrgencyText(text);
  const notYet =
    (hazard === "collapse" && NOT_FALLEN_YET.test(simple)) ||
    ((NOT_YET_HARMABLE as readonly string[]).includes(hazard) && NOT_YET_HARMED.test(simple));
  return notYet && !SOMEONE_UNDER.test(simple);
}

/*
 * "门被风吹上了，钥匙在里面，人在外面": locked out, not shut in. Only when nobody is said to be inside
 * (a child or a pot on the stove behind the door is the danger).
 */
const LOCKED_OUT = /(人|我|我们)(还)?在(门)?外(面|头|边)|(锁|关)在(门)?外(面|头|边)?|进不去(门|家|屋)?/;
const SOMEONE_OR_SOMETHING_INSIDE =
  /(孩子|小孩|宝宝|老人|我妈|我爸|婴儿|娃|狗|猫)[^，。]{0,6}(在)?(里面|屋里|家里|车里)|(里面|屋里|家里|车里)(还)?有(人|孩子|小孩|老人)|火(还|上)|炖|煮|烧着|开着(火|煤气|燃气)/;
// Shut out on a balcony or a roof in the cold is shut in there: "被风把阳台门吹关了，锁在外面，外面零下".
const SHUT_OUT_IN_THE_COLD = /阳台|天台|露台|楼顶|窗外|零下|冻|冷|穿得[^，。]{0,2}少|下雨|淋雨/;
function lockedOut(text: string, hazard: string): boolean {
  const simple = normaliseUrgencyText(text);
  return (
    hazard === "trapped" &&
    LOCKED_OUT.test(simple) &&
    !SOMEONE_OR_SOMETHING_INSIDE.test(simple) &&
    !SHUT_OUT_IN_THE_COLD.test(simple)
  );
}

/*
 * The live-hazard check holds the model back when no concept names the danger. Some dangers are
 * told in words no concept knows ("广告牌被风吹得摇来摇去…下面是幼儿园门口", "窗户整扇都脱出来了 就靠一个
 * 角挂着", "the underpass is full of water, a taxi stalled inside", pinyin): the model alone is sure
 * of them (0.83–1.0). Above this line it speaks without a concept, but only on a present-tense
 * account long enough to be one: a bare "5号楼" (0.91) or "钉子拔不出来，墙上还有个洞" (0.90) is a
 * fragment, not a story. On the read sets, the everyday sets and the Teddy measurement fifth the line
 * raised no false alarm (see docs/history/intake-rounds.md, the twelfth round).
 */
export const MODEL_SURE_ABOVE = 0.8;
const SURE_MIN_LETTERS = 14;

function sureWithoutConcept(text: string, p: number): boolean {
  if (p < MODEL_SURE_ABOVE) return false;
  const live = liveSentences(normaliseUrgencyText(text)).join("");
  return (live.match(/[\p{Script=Han}a-zA-Z]/gu)?.length ?? 0) >= SURE_MIN_LETTERS;
}

const ASIDE_MIN_LETTERS = 8;

/**
 * What the rules find and the text the rules and the model read: words with a harmless reading
 * here (a wall pushed over, a lift card, a fire asked about) are set aside and the rest is read
 * (harmless-reading.ts). `modelReads` is false when too little is left for the model's n-grams: what
 * remains of a short message ("我们在拍短视频 演着火的戏…不用管 小区" → "我们在, 小区") sits near the
 * cries it learnt. Shared with the leave-one-out sweeps, so they measure what the engine decides.
 */
export function rulesReading(text: string): { read: string; rules: UrgencyFinding; modelReads: boolean } {
  const found = detectUrgencyByRules(text);
  const aside = found.urgency === "emergency" ? harmlessAside(text, found.hazard) : null;
  if (aside === null) return { read: text, rules: found, modelReads: true };
  return {
    read: aside,
    rules: detectUrgencyByRules(aside),
    modelReads: hanCount(aside) >= ASIDE_MIN_LETTERS,
  };
}

/**
 * `combineUrgency` on what `rulesReading` left, then a second look at a danger the model alone
 * decided: it may read the same harmless words the rules are kept from ("树被人砍断了几根枝条",
 * "手表报警说心率过高…打过去她在爬山，说正常"), so what a harmless reading explains for the model's own
 * danger is set aside and the rest read again, as after a rule hit. Shared with the leave-one-out
 * sweeps (emergency-cv.ts), so they measure what the engine decides.
 */
export function combineReading(
  read: string,
  rules: UrgencyFinding,
  opinion: EmergencyOpinion | null,
  model: Parameters<typeof combineUrgency>[3],
  predict: ((text: string) => EmergencyOpinion) | null,
): CombinedFinding {
  const finding = combineUrgency(read, rules, opinion, model);
  if (finding.decidedBy !== "model" || !predict) return finding;
  const aside = harmlessAside(read, finding.hazard);
  if (aside === null) return finding;
  const again = detectUrgencyByRules(aside);
  return hanCount(aside) >= ASIDE_MIN_LETTERS
    ? combineUrgency(aside, again, predict(aside), model)
    : { ...again, decidedBy: null, probability: finding.probability, vetoed: false };
}

/**
 * Reads a resident's text (any script: traditional characters are simplified first) and decides
 * whether life or safety is at risk now (emergency), daily life has stopped (urgent), or neither.
 * The concept rules decide first; the learned model (data/intake/emergency-model.json.gz) adds
 * dangers in wordings the rules do not know and may veto a rule hit only in a plainly
 * non-emergency context. The hazard (safety advice, category) is the rules' when they fired, else
 * the model's.
 */
export function detectUrgency(
  text: string,
  model: EmergencyModel | null = shippedEmergencyModel(),
): CombinedFinding {
  const known = recent.get(text);
  if (known && known.model === model) return known.finding;
  const { read, rules, modelReads } = rulesReading(text);
  const finding = combineReading(
    read,
    rules,
    model && modelReads ? model.predict(read) : null,
    model,
    model ? (aside) => model.predict(aside) : null,
  );
  recent.set(text, { model, finding });
  return finding;
}

/*
 * The engine reads a message's danger, and the dialogue reads it again for the safety advice
 * (the same text whenever it names no known place). Callers only read a finding.
 */
const recent = new RecentResults<{ model: EmergencyModel | null; finding: CombinedFinding }>(4);

/** The hazard of an emergency text as the combined detector reads it, or null. */
export function hazardOf(text: string): Hazard | null {
  return detectUrgency(text).hazard;
}
/**
 * Situations that make a higher urgency plausible without the rules above deciding it: "有股怪味，
 * 像是煤气" is not a detected gas leak, but a model reading it as an emergency has the resident's
 * words behind it. A bare topic ("燃气类", "暖气") is not a situation. An LLM may raise urgency up
 * to this level and no further.
 */
const GAS = "(燃气|煤气|天然气|液化气)";
const EMERGENCY_HINTS: readonly RegExp[] = [
  new RegExp(`${GAS}.{0,6}(味|漏|泄|爆|呛|臭|闻|冒|着火|中毒|报警)|(味|漏|闻|呛|臭).{0,6}${GAS}`),
  /漏气|着火|起火|失火|火灾|火苗|火光|冒火|烧着|烧起|冒烟|浓烟|烟雾|焦糊|爆炸/,
  /受伤|伤了|伤到|摔伤|烫伤|砸伤|流血|出血|昏|晕倒|晕过去|呼吸|心脏|抽搐|休克|触电|漏电/,
  /被困|困住|困在|卡住|出不来|倒塌|坍塌|落水|溺水|走丢|走失|失踪|不见了|持刀|拿刀|动刀|打人|跳楼|轻生|自杀|中毒|毒气|化学品/,
];
const URGENT_HINTS =
  /停水|断水|没水|水管.{0,3}(爆|裂|破)|爆管|停电|断电|没电|跳闸|停暖|没有?暖气|暖气.{0,3}(停|断|爆|裂)|停气|没气|井盖|塌陷|污水|粪|化粪池|下水道.{0,3}(冒|返|堵)|冒水|漫水|积水|淹|返水|地漏|消防(通道|车道)|安全出口|冰凉/;

export function urgencyEvidence(text: string): Urgency {
  const detected = detectUrgency(text).urgency;
  if (detected === "emergency" || EMERGENCY_HINTS.some((re) => re.test(text))) return "emergency";
  if (detected === "urgent" || URGENT_HINTS.test(text)) return "urgent";
  return "normal";
}
