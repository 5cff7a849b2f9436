import type { Kind } from "../domain/taxonomy.schema.js";
import { CONDITIONAL_IMPROVEMENT, KIND_CUES } from "./kind-cues.js";
import { shippedKindModel, type KindModel, type MemberKind } from "./kind-model.js";
import { KIND_GROUPS, type KindGroup } from "./kind-weak-labels.js";
import { hanCount } from "./han-count.js";
import { glossPinyinKindWords } from "./kind-pinyin.js";
import { isLatinMessage } from "./latin-summary.js";

export interface KindFinding {
  kind: Kind;
  /** Probability that the kind (for help and disputes: the group of complaints) is right. */
  confidence: number;
  /** The wording that decided, for dispatchers and tests; empty when nothing but the default spoke. */
  evidence: string[];
}

export interface KindOptions {
  /** The caller's side of a hotline call: spoken, not a letter, however long. */
  spoken?: boolean;
  /** The operator's side of that call: how the operator restated what the caller wants. */
  agent?: string;
}

/** The rules' weighted evidence per kind, and the words behind it. */
export interface KindEvidence {
  scores: Map<Kind, number>;
  words: Map<Kind, string[]>;
  /** What the category added (help for social assistance, dispute for a neighbour quarrel). */
  tilt?: Map<Kind, number>;
}

/*
 * Thanks or an appraisal for something that got done, with nothing left to ask: praise, however the
 * message is worded ("水管换好了，水压大了，谢谢", "物业这次真不错…再也不漏了"). Thanks after a request
 * ("麻烦修一下，谢谢") or a question is politeness.
 */
const THANKS_OR_APPRAISAL =
  /感谢|谢谢|多谢|感激|感动|致谢|真不错|没得说|给力|贴心|暖心|靠谱|(?<![不没])满意|(?<![不没])(太|很|特别|非常|可)喜欢(了|得很)?|(态度|服务)(也|都)?(真|很|特别|挺|非常|超)?好|办得(真|很|特别|挺|非常)?好|(真|很|特别|非常|挺|好|太)有?(负责|耐心|热心|细心|认真)|(做法|举措|措施)(真|很|特别|非常|挺)?好|(感到|觉得|感觉)[^，。！？!?]{0,4}温暖|效率(真|很|特别|挺)?高|办事(真|很|特别|挺|非常|超|好)?(快|利索|麻利)|(很|真|挺|特别|非常)好用|比亲[^，。]{0,3}还(亲|上心|细心|贴心|周到|耐心)|(踏实|安心|放心|方便|安全|舒服|干净|亮堂|安静|暖和|顺畅|强)多了|早该这样|(?<![不没])(赞|好)[！!]*\s*$|(太|真|特别|非常)好了?[！!]*\s*👍*\s*$/u;
const GOT_DONE =
  /(?<![没不未])(好|完|通|修|补|拆|换|改|装|添|停|来|发|送|帮|解决|处理|办|回复|查|赔|退|安静|干净|暖和|热|开张|开业|搭|学会)[^，。！？!?；;]{0,4}了|(?<![没不未])(加|铺)(好|上)?了|(路|地面?|路面)[^，。！？!?；;]{0,2}(?<![不没])平了|(?<![没不未])(投用|投入使用|启用|开通)了|(?<![没不未能])(背|抬|扶|搀|抱|扛)(了)?(下来|上来|上去|下去|回来|起来|回家)|终于|总算|(要|追|讨)回(了|来)|再也(不|没)|没有?再|恢复|拿到|冒雨|冒着|顶着|顺手|顺便|还(帮|教|给)|(一分钱|分文)(都|也)?没收|(现在|已经)[^，。！？!?]{0,4}不[^，。！？!?]{0,4}了|一次(都)?没|(很|挺|特别|这么)(快|及时)|第二天就|当天就|马上就|连夜|亲自|[没不]嫌|干干净净|(真|很|特别|非常|挺|好)有?(耐心|热心|细心|负责)|一次(就|性)?(办|弄|搞|处理)(好|完|妥)|少跑|办事(真|很|特别|挺|非常|超|好)?(快|利索|麻利)/;
const STILL_ASKING =
  /[？?]|请问|啥时|什么时候|何时|几时|能不能|可不可以|能否|可否|麻烦|希望|恳请|恳求|尽快|赶紧|快点|求求|求你们|帮帮|请(你们|您|帮|派|尽快|处理|解决|查)|怎么办|没(修|解决|处理|人管|人来|人理)|不管|没用|不了了之|至今|一直(没|不|未)|仍未|尚未|迟迟|多次|反映[^，。]{0,2}(多次|好几次|无果)|无人|未(果|解决|处理)|要求|应当|应该|必须/;
const PRAISE_FOR_DONE = 3;

// Words that turn thanks into a reproach: the problem is still there.
const STILL_WRONG =
  /但是|可是|不过|还是(没|不)|仍然|依然|再催|没人来|也没(人|有人|修|来)|又(坏|停|没|不|开始)/;
const STATE_CUE = KIND_CUES.find((c) => c.id === "complaint7");
// The part of that cue that tells a thing's state, not a nuisance (半夜, 乱停, 偷排).
const THING_STATE = /坏了|不亮|不热|停水|停电|没水|没电|漏水|堵了/;
/*
 * A neighbour's, landlord's or owner's answer told (dispute11, dispute16: "跟他说了他说不关他事", "主人说
 * 狗不咬人"): two private parties at odds. The member model learnt from letters that mostly accuse a
 * unit and reads such a story as a complaint; when the rules already lean to a dispute, they decide.
 */
const PRIVATE_ANSWER = KIND_CUES.filter((c) => c.id === "dispute11" || c.id === "dispute16");
const ORDER: readonly Kind[] = [
  "wish",
  "praise",
  "dispute",
  "help",
  "suggestion",
  "consultation",
  "complaint",
];
// With no cue at all, a message to a complaint line is most likely a complaint.
const DEFAULT_COMPLAINT = 0.8;
const LONG_TEXT = 80;
/**
 * Praise and wishes are rare on a message board, so the model never learnt them: strong explicit
 * words (表扬, 锦旗, 微心愿, thanks for a job done) decide them, as before.
 */
const SPECIFIC_KIND_MIN = 2.5;
/**
 * Below this probability the reading is a guess: the appeal is filed as a complaint (it gets a
 * place, a unit and a deadline; a question filed as a complaint loses nothing, a complaint filed
 * as a question loses its unit) and the dispatcher sees the low confidence and can change it.
 */
export const KIND_FALLBACK_BELOW = 0.45;
/**
 * A short line with no cue at all is read from the board's base rate alone (most appeals
 * complain): a guess, whatever the model's probability says.
 */
const GUESS_CONFIDENCE = 0.6;
const SHORT_HAN = 15;
const CHAT_HAN = 40;
const MIN_HAN = 4;

/**
 * The kind of appeal (投诉 / 求助 / 纠纷 / 咨询 / 建议 / 表扬 / 微心愿) from evidence, not the first
 * keyword. A model trained on real messages (see kind-model.ts) weighs the words and where they
 * stand in the message to tell a complaint from a question from a suggestion; the rules' cues add
 * to it and decide what real boards rarely carry: praise, small wishes, and, inside the complaint
 * group, a request for help or a dispute between neighbours. Without a model the rules decide alone.
 */
export function detectKind(
  typed: string,
  category: string,
  model: KindModel | null = shippedKindModel(),
  options: KindOptions = {},
): KindFinding {
  const text = glossPinyinKindWords(typed);
  const rules = kindEvidence(text, category);
  const heardPraise = options.spoken ? heardAsPraise(options.agent) : null;
  if (heardPraise && !STILL_WRONG.test(text)) {
    rules.scores.set("praise", rules.scores.get("praise")! + PRAISE_FOR_DONE);
    rules.words.get("praise")!.push(heardPraise);
  }
  const mediation = options.spoken ? heardMediation(options.agent) : null;
  if (mediation) {
    rules.scores.set("dispute", rules.scores.get("dispute")! + HEARD_MEDIATION_WEIGHT);
    rules.words.get("dispute")!.push(mediation);
  }
  const report = options.spoken && !mediation ? heardAsReport(options.agent) : null;
  if (report) {
    rules.scores.set("complaint", rules.scores.get("complaint")! + HEARD_AS_REPORT_WEIGHT);
    rules.words.get("complaint")!.push(report);
  }
  const byRules = pickByRules(rules);
  if (!model) return byRules;
  if (
    (byRules.kind === "praise" || byRules.kind === "wish") &&
    rules.scores.get(byRules.kind)! >= SPECIFIC_KIND_MIN
  )
    return byRules;
  // The operator heard a proposal: a call's caller answers questions, and the model, which learnt from letters,
  // hears the nuisance told to ground it (at the letters' rule weight no such call on the read sets moved).
  const heardProposal = options.spoken ? heardAsSuggestion(options.agent) : null;
  if (heardProposal)
    return {
      kind: "suggestion",
      confidence: byRules.confidence,
      evidence: [...rules.words.get("suggestion")!, heardProposal],
    };
  // "如果能…就更好了" says outright what the message is for; a board's letters rarely say it, so the
  // model's complaint prior (learnt from the problem told first) must not outvote it.
  if (
    byRules.kind === "suggestion" &&
    (CONDITIONAL_IMPROVEMENT.test(text) ||
      closingProposal(text) ||
      openingProposal(text) ||
      missingFacility(text) ||
      serviceProposal(text))
  )
    return byRules;

  const han = hanCount(text);
  // Three characters or fewer ("在吗", "？？") say nothing the model can read: the rules' guess.
  if (han < MIN_HAN) return { ...byRules, confidence: Math.min(byRules.confidence, GUESS_CONFIDENCE) };
  const logp = model.logProbabilities(text);
  const s = rules.scores;
  // The category says which unit answers, not whether the writer asks or complains: its tilt weighs
  // help or a dispute against a complaint inside the group, and chooses the group only for a hardship
  // told ("婆婆中风在家…有没有居家养老服务"); "低保咋申请", "房东不退押金可以找社区吗？" stay questions.
  const hardshipTold = HARDSHIP.test(text) || cannotCope(text) !== null;
  const dealAtOdds = privateDeal(text) !== null && !ROUTE_ASKED.test(text);
  const untilted = (k: Kind): number =>
    s.get(k)! -
    ((k === "help" && hardshipTold) || (k === "dispute" && dealAtOdds) ? 0 : (rules.tilt?.get(k) ?? 0));
  const ruleGroup: Record<KindGroup, number> = {
    // The model already holds the prior that most appeals complain: the rules' default is left out.
    complaint: Math.max(s.get("complaint")! - DEFAULT_COMPLAINT, untilted("help"), untilted("dispute")),
    consultation:
      s.get("consultation")! +
      (options.spoken && heardAsQuestion(options.agent) ? HEARD_AS_QUESTION_WEIGHT : 0),
    suggestion: s.get("suggestion")!,
  };
  // The model learnt from titles and letters; in a chat line the rules' cues count for more.
  const ruleWeight = han < CHAT_HAN ? model.chatRuleWeight : model.ruleWeight;
  const logits = KIND_GROUPS.map((g) => (logp[g] + ruleWeight * ruleGroup[g]) / model.temperature);
  const probs = softmax(logits);
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[best]!) best = i;
  const group = KIND_GROUPS[best]!;
  const confidence = probs[best]!;

  if (group !== "complaint") {
    // "失业半年了，房租交不上…想问问有没有临时救助": the question is the writer's plea, not a rule asked about.
    const relief = group === "consultation" ? reliefForHardship(text) : null;
    if (relief) return { kind: "help", confidence, evidence: [...rules.words.get("help")!, relief] };
    // "请问…是否合法？恳请有关部门依法查处。": the question grounds a plea to act, which the letter closes on.
    if (group === "consultation" && closingPlea(text)) {
      const kind = memberKind(text, han >= CHAT_HAN && !options.spoken, rules, model, mediation !== null);
      return { kind, confidence: probs[0]!, evidence: rules.words.get(kind)! };
    }
    if (confidence < KIND_FALLBACK_BELOW)
      return { kind: "complaint", confidence: probs[0]!, evidence: rules.words.get("complaint")! };
    return { kind: group, confidence, evidence: rules.words.get(group)! };
  }
  const kind = memberKind(text, han >= CHAT_HAN && !options.spoken, rules, model, mediation !== null);
  const nothingSpoke = [...rules.words.values()].every((w) => w.length === 0);
  return {
    kind,
    confidence: nothingSpoke && han < SHORT_HAN ? Math.min(confidence, GUESS_CONFIDENCE) : confidence,
    evidence: rules.words.get(kind)!,
  };
}

/*
 * The operator restates the call as a question ("您是想问…怎么领、到哪个窗口办，对吗？", "您想咨询…"): the caller
 * often only answers "对" and the caller's words alone carry nothing. On the read sets 21 of 28 such calls
 * are questions.
 */
const HEARD_AS_QUESTION_WEIGHT = 6;
const HEARD_AS_QUESTION = /^(您好，?)?(您|你)(是)?(想|要)(问|咨询|了解)(?![^，。？?]{0,3}(哪|什么))/;
function heardAsQuestion(agent: string | undefined): boolean {
  return !!agent && agent.split("。").some((line) => HEARD_AS_QUESTION.test(line.trim()));
}

/*
 * The operator restates the call as praise ("您是要表扬吗？", "您是想表扬民警是吧？", "您要表扬的是…对吗？") and the
 * caller, who told a deed in plain words ("那个小伙子挺好", "他帮我找了个能摆的地方"), agrees: all 3 such calls on the
 * read sets are praise. Not when the caller's words turn to a grievance (但是, 还是没…).
 */
const HEARD_AS_PRAISE = /(您|你)(是)?(想|要)表扬(?![^，。？?]{0,3}(哪|什么|还是))/;
function heardAsPraise(agent: string | undefined): string | null {
  return agent ? (HEARD_AS_PRAISE.exec(agent)?.[0] ?? null) : null;
}

/*
 * The operator names a mediation ("您是希望社区来调解是吧？", "好的，我们请社区组织双方调解。", "这属于租赁纠纷，我们转
 * 社区人民调解"): the operator heard two parties at odds, which the caller's words, answers to questions, often
 * leave unsaid ("都有，先让社区找他谈谈"). On the read sets 98 of 102 calls whose operator says so are disputes;
 * not a mediation denied ("社区未进行调解直接办结了") nor one offered beside a lawsuit ("可以通过调解或者诉讼"),
 * nor a mediator praised.
 */
const HEARD_MEDIATION_WEIGHT = 3;
const HEARD_MEDIATION = /调解|协调[^，。？?]{0,6}(矛盾|纠纷)/;
const MEDIATION_NOT_ASKED = /(未|没有?|不)(进行|组织)?调解|调解或|或者[^，。？?]{0,8}调解|表扬/;
function heardMediation(agent: string | undefined): string | null {
  if (!agent || MEDIATION_NOT_ASKED.test(agent)) return null;
  return HEARD_MEDIATION.exec(agent)?.[0] ?? null;
}

/*
 * The operator restates the call as a report ("您是反映…是吧？", "您是想反映…", "您反映的是…"): on the read sets 83 of 87
 * calls whose operator says so are complaints, 13 of them read as a dispute, help or a question from the caller's
 * answers alone. Weighed, not decided: a mediation heard as well keeps the dispute (see heardMediation).
 */
const HEARD_AS_REPORT_WEIGHT = 3;
const HEARD_AS_REPORT = /(您|你)(是)?(想|要)?反映/;
function heardAsReport(agent: string | undefined): string | null {
  return agent ? (HEARD_AS_REPORT.exec(agent)?.[0] ?? null) : null;
}

/*
 * The operator restates the call as a proposal ("您是建议增设公厕？", "您的意思是建议在…设置…是吧？"): the caller
 * told a nuisance to ground it, and the model hears the nuisance. On the read sets 12 of 13 such calls are
 * suggestions (the other a crowd at a fair, "您是建议加强…秩序管理？"), so it decides (after praise and wishes).
 * Not the operator's own advice ("建议您先到派出所…").
 */
const HEARD_AS_SUGGESTION = /(您|你)(的意思)?(是)?(想|要)?(建议|提(个)?建议|提议)(?![您你])/;
function heardAsSuggestion(agent: string | undefined): string | null {
  return agent ? (HEARD_AS_SUGGESTION.exec(agent)?.[0] ?? null) : null;
}

/**
 * Inside the complaint group: a complaint, a request for help or a dispute. In a written letter the
 * member model, trained on letters a person labelled, weighs the words with the rules' evidence (a
 * letter that pleads 恳请帮助 usually still accuses someone); in a chat line or a call, which the
 * letters did not teach, or without that model, the rules decide.
 */
function memberKind(
  text: string,
  letter: boolean,
  rules: KindEvidence,
  model: KindModel,
  mediationHeard = false,
): Kind {
  const s = rules.scores;
  const logp = letter ? model.memberLogProbabilities(text) : null;
  let kind: MemberKind = "complaint";
  if (privateDeal(text)) return "dispute";
  // The hotline's own handling faulted: no neighbour, plea or party in the story makes it theirs.
  if (handlingFaulted(text)) return "complaint";
  // Someone down and not answering is help, whoever the story blames.
  if (personDown(text)) return "help";
  // The operator heard two parties for a mediator: a shop's or a unit's answer in the story is the other
  // party's, not a fault for the regulator (see heardMediation).
  if (mediationHeard && s.get("dispute")! > s.get("complaint")! && s.get("dispute")! >= s.get("help")!)
    return "dispute";
  // A thing's state (坏了, 停水, 漏水) says something is wrong, which a request for help and a
  // dispute say too: inside the group it is no evidence of a complaint.
  const state = STATE_CUE && STATE_CUE.pattern.test(text) && THING_STATE.test(text) ? STATE_CUE.weight : 0;
  // The relief asked after a hardship told is help whether the model heard a question or a grievance:
  // a unit named beside it ("派出所", "社区医生") says who would come, not whom the writer accuses.
  const moneyLost = customerMoneyLost(text) || applicationStuck(text) !== null;
  if (!moneyLost && reliefForHardship(text) && s.get("help")! >= s.get("dispute")!) return "help";
  // A utility's answer ("热力公司说是我们自己的问题", "燃气公司说要我自己出钱换表") is the story of a
  // complaint against the provider, not two parties for a mediator.
  // A customer whose money a business took and fled with accuses the business, not asks for relief.
  const candidates = (
    utilityFaulted(text) || shopFaulted(text)
      ? publicWayFault(text)
        ? ([] as const)
        : (["help"] as const)
      : publicWayFault(text)
        ? (["dispute"] as const)
        : (["dispute", "help"] as const)
  ).filter((k) => !(moneyLost && k === "help"));
  if (!logp) {
    const score = (k: MemberKind): number => s.get(k)! - (k === "complaint" ? state : 0);
    for (const k of candidates) if (score(k) > score(kind) + 1e-9) kind = k;
    return kind;
  }
  if (
    candidates.length > 1 &&
    (PRIVATE_ANSWER.some((c) => c.pattern.test(text)) ||
      privateExchange(text) ||
      partiesAtOdds(text) ||
      mediationAsked(text)) &&
    s.get("dispute")! > s.get("complaint")! - state
  )
    return "dispute";
  if (
    !moneyLost &&
    cannotCope(text) &&
    s.get("help")! > s.get("complaint")! &&
    s.get("help")! >= s.get("dispute")!
  )
    return "help";
  const w = model.memberRuleWeight;
  const score = (k: MemberKind): number => logp[k] + w * s.get(k)!;
  for (const k of candidates) if (score(k) > score(kind) + 1e-9) kind = k;
  return kind;
}

/*
 * A public way at fault (a manhole cover, a drain grating, a steel plate, the pavement, the road) is the
 * unit's duty to mend, however the danger to passers-by is told ("老人小孩都走这里 麻烦来看看", "电动车
 * 轮子掉进去翻了"): a complaint, not a plea for help. On the read sets all 14 such messages the rules read
 * as help were complaints. Not when someone of the writer's own needs it, someone is stuck or hurt now
 * (正, 卡在, 快来人, 救), or the writer's home is touched.
 */
const PUBLIC_WAY = /井盖|盖板|钢板|路面|人行道|地砖|马路/;
const OWN_NEED_OR_NOW =
  /正|卡在|快来人|在哭|我家|喷|我(九十|八十|七十)|婆婆|父亲|母亲|我妈|我爸|不知道该找谁|救/;
function publicWayFault(text: string): boolean {
  return PUBLIC_WAY.test(text) && !OWN_NEED_OR_NOW.test(text);
}

/*
 * A utility faulted by the writer (a gas, heating, water, power or telephone company: "热力公司还要收我三年
 * 的空置费", "燃气公司说表到期了要换，还要收两百"): on the read sets the messages read as disputes that name
 * one and no private party were complaints 15 times, disputes once. A neighbour, a landlord or a former
 * owner in the story ("楼上说是热力公司打压爆的", "前房主欠了三年取暖费") makes it two parties again.
 */
const UTILITY =
  /燃气公司|热力公司|自来水公司|供水公司|供电公司|电力公司|供电局|热力站|供热公司|水务公司|运营商|移动公司|电信公司|联通公司/;
const OTHER_PRIVATE_PARTY = /房东|房主|租客|业主之间/;
/*
 * A shop, a clinic or a delivery platform faulted by its customer ("店家说是我摔的，不给换", "新老板说以前的卡
 * 不认了", "只肯退五块钱"): on the read sets such messages read as disputes were complaints 33 times and
 * disputes 8 (the older sets' writers). Work for a boss (wages, an injury at work) is a labour quarrel
 * labelled both ways and is not this, nor a quarrel told (吵, 闹) or a mediator asked for.
 */
const SHOP =
  /店|商家|超市|商场|诊所|美容院|健身房|外卖|商户|摊主|厂家|平台|医院|4S|早市|菜市场|集市|卫生站|卫生服务中心/;
// "柳巷路那家超市": 那家 names the shop, not a household.
const SHOP_NAMED = /(那|这)家[^，。！？!?]{0,4}(店|超市|餐厅|馆|商场|诊所|药店|医院)/g;
const WORK_FOR_BOSS =
  /工资|干活|上班|打工|辞退|开除|员工|工伤|工地|试用期|加班|雇|招聘|入职|离职|辞职|押金|提成|工钱/;
const QUARREL_OR_MEDIATION = /吵|闹|打起来|动手|争议|纠纷|调解|评理|说理|协商|对方/;
function shopFaulted(text: string): boolean {
  return (
    SHOP.test(text) &&
    !WORK_FOR_BOSS.test(text) &&
    !QUARREL_OR_MEDIATION.test(text) &&
    !PRIVATE_PARTY.test(text.replace(SHOP_NAMED, "")) &&
    !OTHER_PRIVATE_PARTY.test(text) &&
    !mediationAsked(text)
  );
}
function utilityFaulted(text: string): boolean {
  return (
    UTILITY.test(text) &&
    !PRIVATE_PARTY.test(text) &&
    !OTHER_PRIVATE_PARTY.test(text) &&
    !mediationAsked(text) &&
    !/调解|纠纷/.test(text)
  );
}

/*
 * Someone down and not answering now ("我爸突然倒地上了 叫不醒", "公厕里有个老头倒地上了，叫他不答应", "排队的老大爷
 * 突然晕倒了"): the caller asks for hands before anyone is blamed, whatever unit or place the story names. On the
 * read sets such messages were help 13 times (five read as complaints from the clinic, the street or the
 * police the category named) and complaints twice (a man lying still under a bridge and an old man down by the
 * road, both "叫他没反应", whose callers were told to ring 120: the same story as the help lines); one who nearly
 * fainted in a queue (差点, 险些) is a complaint about the queue, and a guard asleep at the gate (保安…叫不醒) is
 * not this. The one down must be a person: a tree that "突然倒下", "他家的院墙倒在路边", "他们乱倒在路边的垃圾"
 * or traffic "堵得一动不动" is no one to help (no such line on the read sets or Teddy's letters; a guard against the rule
 * reaching past its evidence).
 */
const DOWN_PERSON =
  "(?:个人|老人|老头|老太太?|大爷|大妈|大娘|奶奶|爷爷|小孩|孩子|我爸|我妈|父亲|母亲|游客|(?:他|她)(?![家们]))";
const PERSON_DOWN = new RegExp(
  `${DOWN_PERSON}[^。！？!?，,把的]{0,8}(倒(在)?(地上|路边|楼梯上?|台阶上?)|倒下)|(突然|刚才|刚刚)[^。！？!?，,]{0,8}(晕倒|昏倒)|晕过去了|叫不醒|叫(他|她)?(都)?(不答应|没反应)|(${DOWN_PERSON}|有人|躺|趴)[^。！？!?，,的]{0,8}一动不动`,
);
const NOT_DOWN = /差点|险些|保安|门卫|值班/;
function personDown(text: string): string | null {
  if (NOT_DOWN.test(text)) return null;
  return PERSON_DOWN.exec(text)?.[0] ?? null;
}

/*
 * An application the writer filed and that has stuck ("失业金网上申请了二十多天还显示审核中", "材料交到社区后就没下文",
 * "大病医疗救助申请了半年还没下来"): the writer faults the handling, however hard the wait falls ("房贷等着还呢",
 * "医院催着交钱"). Also "社区说还在审", "状态一直是“待受理”", "至今无回复", "社区说报上去了，可是我到现在没拿到". On the read sets such messages
 * were complaints 31 times and help twice (a wheelchair whose replacement stuck, the writer carried out by neighbours);
 * 12 complaints were read as help. Inside the group, help
 * is not a candidate, as for money lost to a business.
 */
const APPLICATION_STUCK =
  /(申请|交了?材料|材料|提交|报上去|交上去)[^。！？!?]{0,30}(没消息|没有消息|没下文|没有下文|没下来|没有下来|审核中|石沉大海|没动静|没有动静|没回音|没结果|(一直|还|仍|至今|都)[^，。！？!?]{0,4}(在审|审核|待受理)|(无|没有?|既无)(回复|答复)|到现在(都|也|还)?没拿到)/;
function applicationStuck(text: string): string | null {
  return APPLICATION_STUCK.exec(text)?.[0] ?? null;
}

/*
 * A business that took its customers' money and is gone (a card or fees paid, then the shop shut or the
 * owner fled: "办的卡还剩三千，老板跑了", "交了四千学费，机构就搬走了"): the customer accuses the business,
 * however hard the loss falls ("五百元是两个月的菜钱", "学费是借来的") or however the writer pleads for the
 * money back. On the read sets such messages were complaints 81 times and help never (10 complaints were read
 * as help); wages owed by a boss who fled are a worker's plea and are not this.
 */
const BUSINESS_GONE =
  /(店|机构|公司|中心|平台|健身房|食堂|馆|驾校|培训|老板|负责人|法人|商家)[^。！？!?]{0,20}(跑路|人去楼空|关门|倒闭|停止营业|停业|失联|搬走|联系不上|跑了)|人去楼空|跑路/;
const CUSTOMER_PAID =
  /办(了|的)?[^。！？!?，,]{0,12}卡|充(了|值)|交(了)?[^。！？!?，,]{0,10}(学费|费|房租|钱|预存|款)|预存|学费|年卡|会员/;
const WAGES_OWED = /工资|欠薪|工钱|干活|打工|员工|工地|职工/;
function customerMoneyLost(text: string): boolean {
  return BUSINESS_GONE.test(text) && CUSTOMER_PAID.test(text) && !WAGES_OWED.test(text);
}

/*
 * The hotline's own handling faulted: a past report said to be done that was not ("工单显示已办结，可是桩还是坏的",
 * "回访的时候说已经修了 根本没人来过", "工单回复写的是“已与居民协商一致” 我们楼里谁都没被协商过"), or the service's
 * calls and visits that the writer has declined ("我都说了不用回访了…求求别打了", "我说不需要，第二天又打来问"). The
 * writer accuses the service itself, whatever neighbour, plea or question the story holds: on the read sets
 * 54 of 61 messages that quote a report's handling and deny it are complaints (the rest proposals about how
 * reports are handled, "建议…", which their own cues read), and 14 of 16 that refuse the calls (the others a
 * proposal and a nurse's visits praised).
 */
const REPORT_HANDLED = /工单|回访|办结|(系统|平台)(里|上)?显示|(12345|热线|你们)的?回复/;
const HANDLING_DENIED =
  /(根本|并|也|都|谁都|从来)(没|未)有?人?(解决|修|来|联系|被|收到|整改|处理|协商)|(没|未)有?人?(解决|修好|来过|联系过|整改|处理)|照样|还是(那样|一样|老样子|坏|没|不)|这(算|叫)(什么)?(整改|办结|解决|满意)|什么时候说|(?<!满)不满意/;
const CONTACT_REFUSED =
  /(别|不要|不用|不想)(再)?(给我)?(打(电话)?了|打电话|打来|上门|来我家|被打扰|回访)|别让[^。，！？!?]{0,8}来(我家)?了?/;
const CONTACT_REPEATED =
  /(又|天天|每天|一天|一周|一礼拜)[^。，！？!?]{0,6}(打电话|打来|上门|来了?[三四五六七八九十几]+[次回趟])/;
const WRITER_DECLINED = /我(都)?说(了)?(不需要|不用|办了|过了|[三四五几好]遍)/;
// A proposal about how reports are handled ("建议回访等维修完再打", "回访电话能不能别在中午打？") is a suggestion.
const HANDLING_PROPOSED = /建议|提议|能不能(别|不要)?在/;
function handlingFaulted(text: string): string | null {
  if (HANDLING_PROPOSED.test(text)) return null;
  if (REPORT_HANDLED.test(text)) {
    const denied = HANDLING_DENIED.exec(text);
    if (denied) return denied[0];
  }
  const refused = CONTACT_REFUSED.exec(text);
  if (refused) return refused[0];
  const declined = CONTACT_REPEATED.test(text) ? WRITER_DECLINED.exec(text) : null;
  return declined ? declined[0] : null;
}
const HANDLING_FAULTED_WEIGHT = 3;

/*
 * A sign that two private parties or a quarrel are in the message: a household, a relative, a landlord
 * or tenant, someone (他, 有人), or words of a quarrel or its settling. The neighbour-quarrel category
 * leans a message to a dispute only with one: filed there without any ("施工队把我家窗台砸裂了不认账", "加装
 * 电梯的地基挖了一个大坑…连个围挡都没有", "活动室说是维修，一锁就是半年"), a works crew, a unit or a loose
 * dog is at fault, and on the read sets 21 of 22 such messages were complaints (the other a pinyin line,
 * "linju …", which the pinyin words here keep).
 */
const SECOND_PARTY =
  /楼上|楼下|隔壁|邻居|邻里|对门|那家|那户|他家|[一二三四五六]楼|住户|户人家|搬来|房东|房主|租客|业主|两家|两户|对方|双方|两边|他们家|亲戚|兄|弟|姐|妹|舅|叔|姑|姨|前妻|前夫|家人|老公|老婆|儿子|女儿|婆婆|主人|室友|合租|老板|他|她|有人|别人|人家|吵|闹|争|调解|谈不拢|纠纷|评理|说理|协商|neighbou?r|upstairs|downstairs|linju|lin ju/i;

/**
 * The rules' evidence: every cue counts once, so a long letter does not win by repeating itself;
 * formal letters put their request at the end (建议…/恳请…/请问…), so in long texts the closing
 * sentences count once more; the category breaks near-ties (a neighbour quarrel is a dispute,
 * hardship a request for help). Politeness is not evidence (see kind-cues.ts).
 */
export function kindEvidence(text: string, category: string): KindEvidence {
  const main = praiseBeforeAddendum(text);
  if (main) {
    const evidence = kindEvidence(main, category);
    evidence.scores.set(
      "praise",
      Math.max(evidence.scores.get("praise")!, PRAISE_FOR_DONE) + PRAISE_WITH_ADDENDUM,
    );
    return evidence;
  }
  const scores = new Map<Kind, number>(ORDER.map((k) => [k, 0]));
  const words = new Map<Kind, string[]>(ORDER.map((k) => [k, []]));
  const ending = text.length >= LONG_TEXT ? closingSentences(text) : "";
  const firedCues = new Set<string>();
  const applied = new Map<string, number>();
  for (const cue of KIND_CUES) {
    const m = cue.pattern.exec(
      cue.id === FALLEN_CUE
        ? text.replace(DUMPED_ON, "").replace(FALL_WENT_WELL, "")
        : cue.id === OPENING_THANKS_CUE
          ? text.replace(WRITER_BEFORE_THANKS, "")
          : cue.id === NEIGHBOUR_CUE
            ? text.replace(NEIGHBOURS_AGREE, "")
            : text,
    );
    if (!m) continue;
    firedCues.add(cue.id);
    let w = cue.weight;
    if (ending && cue.pattern.test(ending)) w *= 1.5;
    applied.set(cue.id, w);
    scores.set(cue.kind, scores.get(cue.kind)! + w);
    words.get(cue.kind)!.push(m[0]);
  }
  // The 建议 of a punitive or sarcastic proposal ("建议立即查处", "建议领导亲自来住一晚") is the complaint's
  // request: it is no evidence of a suggestion unless another 建议 proposes something.
  const punitive = PUNITIVE.exec(text) ?? ENFORCEMENT_ASKED.exec(text);
  if (punitive && firedCues.has("suggestion1") && !SUGGESTION_WORD.test(text.replace(punitive[0], ""))) {
    scores.set("suggestion", scores.get("suggestion")! - applied.get("suggestion1")!);
    words.set(
      "suggestion",
      words.get("suggestion")!.filter((w) => !SUGGESTION_WORD.test(w)),
    );
  }
  // "我家狗叫被楼下投诉到物业了": the writer is the one complained about; their 投诉 is the other side's.
  if (applied.has(COMPLAINT_CUE) && !COMPLAINT_WORD.test(text.replace(COMPLAINED_ABOUT, ""))) {
    scores.set("complaint", scores.get("complaint")! - applied.get(COMPLAINT_CUE)!);
    words.set(
      "complaint",
      words.get("complaint")!.filter((w) => !/投诉|举报/.test(w)),
    );
  }
  // "赶紧派人来抽", "请派人来修一下": a crew sent to a fault is the complaint's request; only with someone
  // in need told is it a hand asked (see DISPATCH_FOR_A_FAULT).
  if (!PERSON_IN_NEED.test(text) && !HARDSHIP.test(text))
    for (const id of DISPATCH_CUES) {
      const said = applied.has(id) ? KIND_CUES.find((c) => c.id === id)!.pattern.exec(text)?.[0] : undefined;
      if (!said || !DISPATCH_FOR_A_FAULT.test(said)) continue;
      scores.set("help", scores.get("help")! - applied.get(id)!);
      words.set(
        "help",
        words.get("help")!.filter((w) => w !== said),
      );
    }
  const missing = missingFacility(text);
  if (missing) {
    scores.set("suggestion", scores.get("suggestion")! + OPENING_PROPOSAL_WEIGHT);
    words.get("suggestion")!.push(missing);
  }
  const service = serviceProposal(text);
  if (service) {
    scores.set("suggestion", scores.get("suggestion")! + OPENING_PROPOSAL_WEIGHT);
    words.get("suggestion")!.push(service);
  }
  const listed = LISTED_PROPOSAL.exec(text);
  if (listed) {
    scores.set("suggestion", scores.get("suggestion")! + OPENING_PROPOSAL_WEIGHT);
    words.get("suggestion")!.push(listed[0]);
  }
  const proposedInEnglish = englishProposal(text);
  if (proposedInEnglish) {
    scores.set("suggestion", scores.get("suggestion")! + OPENING_PROPOSAL_WEIGHT);
    words.get("suggestion")!.push(proposedInEnglish);
  }
  if (openingProposal(text)) {
    scores.set("suggestion", scores.get("suggestion")! + OPENING_PROPOSAL_WEIGHT);
    words.get("suggestion")!.push(OPENING_PROPOSAL.exec(text.trim())![0]);
  }
  const lost = LOST_ASKED.exec(text);
  if (lost) {
    scores.set("help", scores.get("help")! + LOST_ASKED_WEIGHT);
    words.get("help")!.push(lost[0]);
  }
  const route = ROUTE_ASKED.exec(text)?.[0] ?? CHOICE_ASKED.exec(text)?.[0] ?? englishProcedure(text);
  if (route) {
    scores.set("consultation", scores.get("consultation")! + ROUTE_ASKED_WEIGHT);
    words.get("consultation")!.push(route);
  }
  // Not inside a plea ("孩子还没有办理残疾证，是否需要先办证？恳请有关部门给予帮助"): the certificate is a step of the help asked.
  const stall = /协调|協調|快递|快遞/.test(text) ? null : STALL_PLACE_ASKED.exec(text);
  if (stall) {
    scores.set("help", scores.get("help")! + STALL_PLACE_WEIGHT);
    words.get("help")!.push(stall[4]!);
  }
  const permit = PLEADED.test(text) || /求助|帮帮/.test(text) ? null : PERMIT_ASKED.exec(text);
  if (permit) {
    scores.set("consultation", scores.get("consultation")! + PERMIT_ASKED_WEIGHT);
    words.get("consultation")!.push(permit[0]);
  }
  const found = FOUND_WHERE.exec(text);
  if (found) {
    scores.set("consultation", scores.get("consultation")! + FOUND_WHERE_WEIGHT);
    words.get("consultation")!.push(found[2]!);
  }
  // A typed line has few words for the model, which reads the place and the thing as a complaint.
  const replacement = CLOSING_REPLACEMENT.exec(text);
  if (replacement) {
    scores.set("consultation", scores.get("consultation")! + CLOSING_REPLACEMENT_WEIGHT);
    words.get("consultation")!.push(replacement[0].trim());
  }
  const handling = handlingFaulted(text);
  if (handling) {
    scores.set("complaint", scores.get("complaint")! + HANDLING_FAULTED_WEIGHT);
    words.get("complaint")!.push(handling);
  }
  const accusing = accusingQuestion(text);
  if (accusing) {
    scores.set("complaint", scores.get("complaint")! + ACCUSING_QUESTION_WEIGHT);
    words.get("complaint")!.push(accusing);
  }
  const payer = UNIT_CHARGES.test(text) ? null : WHO_PAYS_ASKED.exec(text);
  if (payer) {
    scores.set("consultation", scores.get("consultation")! + WHO_PAYS_WEIGHT);
    words.get("consultation")!.push(payer[0]);
  }
  const lookup = LOOKUP_ASKED.exec(text);
  if (lookup) {
    scores.set("consultation", scores.get("consultation")! + LOOKUP_ASKED_WEIGHT);
    words.get("consultation")!.push(lookup[0]);
  }
  const typed = route ? null : typedQuestion(text);
  if (typed) {
    scores.set("consultation", scores.get("consultation")! + TYPED_QUESTION_WEIGHT);
    words.get("consultation")!.push(typed);
  }
  const appraisal = THANKS_OR_APPRAISAL.exec(text);
  const done =
    GOT_DONE.test(text) || DONE_SOON.test(text) || NOW_BETTER.test(text) || BETTER_STATE.test(text);
  const asking = STILL_ASKING.test(text.replace(KEEP_IT_UP, "")) || CONDITIONAL_IMPROVEMENT.test(text);
  // Thanks inside a request ("麻烦尽快把楼道灯修好，谢谢") are politeness: the thanks cues count
  // only when work done is told or nothing is asked.
  if ((!done && REQUEST.test(text)) || CONDITIONAL_IMPROVEMENT.test(text)) {
    for (const [id, w] of thanksCueWeights)
      if (firedCues.has(id)) scores.set("praise", scores.get("praise")! - w);
  }
  if (appraisal && (done || shortAppraisal(text, scores)) && !asking) {
    scores.set("praise", scores.get("praise")! + PRAISE_FOR_DONE);
    // "每次借书都帮我送到楼下…谢谢王阿姨": with thanks for work done and nothing asked, "帮我" tells the help given.
    if (
      applied.has(HELP_GIVEN_CUE) &&
      words.get("help")!.some((w) => w.startsWith("帮")) &&
      !PLEADED.test(text)
    ) {
      scores.set("help", scores.get("help")! - applied.get(HELP_GIVEN_CUE)!);
      words.set(
        "help",
        words.get("help")!.filter((w) => !/帮/.test(w)),
      );
    }
    words.get("praise")!.push(appraisal[0]);
  } else {
    const told =
      toldPraise(text) ??
      helperStory(text) ??
      reportSettled(text) ??
      eventPraised(text) ??
      englishThanks(text);
    if (told) {
      scores.set("praise", scores.get("praise")! + PRAISE_FOR_DONE);
      words.get("praise")!.push(told);
    }
  }
  if (scores.get("praise")! > 0 && (STILL_WRONG.test(text) || ironicPraise(text))) scores.set("praise", 0);
  const turn = prefacedGrievance(text);
  if (turn) {
    scores.set("praise", 0);
    words.set("praise", []);
    scores.set("complaint", scores.get("complaint")! + PREFACED_GRIEVANCE_WEIGHT);
    words.get("complaint")!.push(turn);
  }
  // "…组织双方三次面谈，最终达成赔偿协议…衷心感谢调解员": a quarrel told as settled, with thanks, is praise for
  // the mediation; the quarrel's words (纠纷, 调解, 争执) tell its story.
  const settled = SETTLED.exec(text);
  if (
    settled &&
    THANKS_IN_CLAUSE.test(text) &&
    !STILL_WRONG.test(text) &&
    !ASKS_AFTER_SETTLED.test(text) &&
    !PLEADED.test(text)
  ) {
    scores.set("praise", Math.max(scores.get("praise")!, PRAISE_FOR_DONE) + scores.get("dispute")!);
    words.get("praise")!.push(settled[0]);
  }
  // A volunteer who already comes and keeps someone company is praised, not wished for: with praise
  // told and nothing wanted, the wish cues (志愿者…陪, 陪我聊天) read an account of help given.
  if (scores.get("praise")! > 0 && scores.get("wish")! > 0 && !WANTING.test(text.replace(KEEP_IT_UP, ""))) {
    scores.set("wish", 0);
    words.set("wish", []);
  }
  const wished = wishForSomeone(text);
  if (wished) {
    scores.set("wish", scores.get("wish")! + WISHED_FOR_WEIGHT);
    words.get("wish")!.push(wished);
  }
  // A quarrel the message thanks someone for settling ("两家吵了半年…终于说开了，谢谢") is praise.
  const odds = scores.get("praise")! > 0 ? null : partiesAtOdds(text);
  if (odds) {
    scores.set("dispute", scores.get("dispute")! + PRIVATE_EXCHANGE_WEIGHT);
    words.get("dispute")!.push(odds);
  }
  const exchange = privateExchange(text);
  if (exchange) {
    scores.set("dispute", scores.get("dispute")! + PRIVATE_EXCHANGE_WEIGHT);
    words.get("dispute")!.push(exchange);
    // "说了不管，还嫌我事多": the neighbour's own refusal, told inside the exchange, accuses no unit.
    const refusal = KIND_CUES.find((c) => c.id === REFUSAL_CUE)!;
    const said = refusal.pattern.exec(exchange);
    if (said && applied.has(REFUSAL_CUE) && refusal.pattern.exec(text)?.[0] === said[0]) {
      scores.set("complaint", scores.get("complaint")! - applied.get(REFUSAL_CUE)!);
      words.set(
        "complaint",
        words.get("complaint")!.filter((w) => w !== said[0]),
      );
    }
  }
  const mediator = firedCues.has("dispute1") || scores.get("praise")! > 0 ? null : MEDIATION_ASKED.exec(text);
  // "请政府尽快调解好": 调解 that cue dispute1 set aside (a mediation done) gets no weight back here.
  if (mediator && !mediator[0].includes("调解")) {
    scores.set("dispute", scores.get("dispute")! + MEDIATION_WORDS_WEIGHT);
    words.get("dispute")!.push(mediator[0]);
  }
  // A small wish names its want itself ("孩子想要一个新书包…我们买不起"): the hardship beside it is no request for help.
  const coping = scores.get("wish")! > 0 ? null : cannotCope(text);
  if (coping) {
    scores.set("help", scores.get("help")! + CANNOT_COPE_WEIGHT);
    words.get("help")!.push(coping);
  }
  scores.set("complaint", scores.get("complaint")! + DEFAULT_COMPLAINT);
  const tilt = new Map<Kind, number>();
  if (category === "neighbor_dispute" && SECOND_PARTY.test(text)) tilt.set("dispute", 1.5);
  if (category === "social_assistance") {
    // Hardship is where small wishes are filed too: the category favours help over a complaint, not
    // over a wish its own words already name, nor when the words fault the service itself.
    if (!SERVICE_FAULTED.test(text)) tilt.set("help", 1);
    if (scores.get("wish")! > 0) tilt.set("wish", 1);
  }
  for (const [k, w] of tilt) scores.set(k, scores.get(k)! + w);
  return { scores, words, tilt };
}

/*
 * The writer asks which way is open to them ("可以投诉吗", "是找平台还是找店家？", "还是只能去法院起诉？",
 * "怎么要赔偿？"): a question about their rights and the route, however the grievance behind it is told. Also where
 * to turn ("去哪投诉", "我该去哪里申请仲裁？", "在哪报名") and whether another way exists ("还有别的办法吗", "有没有别的
 * 方式报名？"; not a complaint sought after its legality is questioned, "这是不是违法的？我们该去哪投诉？"; not offered after a plea, "…或者有没有别的办法", nor before one, "…别的途径？能不能帮帮我们"): 40 such
 * messages on the read sets were questions, 9 complaints or requests for help.
 */
const ROUTE_ASKED =
  /(可以|能不能|能否|可不可以|能)(去|找|向)?[^。！？!?，,]{0,8}(投诉|起诉|举报|索赔|维权|要求)[^。！？!?，,]{0,4}(吗|么|[？?])|还是(只能|要|得|该|应该)[^。！？!?]{0,16}([？?]|\s*$)|是(找|去)[^。！？!?，,]{1,8}还是|怎么(要|索要|讨要|追回)(赔偿|回来|钱)|要不要(我们|我|先|自己|业主)[^。！？!?，,]{0,10}(吗|[？?])|(?<!到底[^。！？!?，,]{0,3})(停不停|开不开|办不办|退不退)[？?]|(?<!(违法|合法|违规)[\s\S]{0,30})(去|到|在)哪(里|儿)?(投诉|报名|仲裁|申请仲裁|举报|报案)|(?<!或者)(还有|有没有)(别的|其他|其它)(办法|方式|渠道|途径)(?![^。]*帮)/;
const ROUTE_ASKED_WEIGHT = 3;
/*
 * A choice put as a question ("是现在转还是到老家再办？", "是每月发还是每季度发？", "是城管局还是供电公司？"): the writer
 * asks which, as a question does; on the read sets 87 of 95 such messages are questions. "不是…还是", "但是…还是",
 * "要是…还是", "就是…还是" are no choice, nor a
 * choice in scare quotes ("收的是“供暖费”还是“供凉费”？").
 */
const CHOICE_ASKED = /(?<![不但要就])是[^。！？!?，,“”"]{1,10}还是[^。！？!?，,“”"]{1,12}[？?]/;
/*
 * A line typed like a search box, words parted by spaces with no punctuation, one of them a procedural
 * question word ("…丢了 补办 去哪", "…社保卡 要去哪注销", "…结婚 要不要 婚检证明", "…水箱 多久清洗一次", "…跟谁报"):
 * the writer asks where, whether, how long or to whom, as a question mark would say. "怎么办", "谁管",
 * "到底谁负责" and "能不能管管" stay with the grievance (they are not among these words).
 */
const TYPED_QUESTION_WORD =
  /^(要|得|该)?(去哪|去哪儿|去哪里|在哪|在哪里|到哪)(办|补|补办|交|领|注销|申请|报|换|登记|开)?$|^(要不要|需不需要|用不用|能不能|可不可以)$|^(跟谁|找谁|向谁|在哪)(报|办|申请|交|领)$|^(?!到底)\S{0,2}谁负责$|^[^了]{0,4}多久(一次|能|才)?[^了]{0,4}$|^\S{0,4}(怎么|咋)(接着)?(交|领|办理|补|补办|转|报|申请|注销|续)$/;
/*
 * A line that closes on how to replace or renew a thing lost or lapsed ("社保卡丢了咋补", "户口本丢了怎么补办",
 * "…物业 怎么换"): cue consultation7 reads such endings for 领/交/申请 but not for 补/换/续; all 7 such lines on
 * the read sets are questions. Weighed as a typed question is: the model reads "丢了" as a grievance.
 */
const CLOSING_REPLACEMENT = /(怎么|咋|如何)(补|补办|换|续|续办|挂失)[啊呀呢嘛]?\s*$/;
const CLOSING_REPLACEMENT_WEIGHT = 4;
/*
 * How or where to look something up ("怎么查我上次反映的进度", "维修资金怎么查余额？", "停水通知在哪里查？"): the
 * writer asks a way to find out, as "在哪办" asks a way to get it done. On the read sets 42 of 43 such messages
 * are questions, 7 of them read as complaints (the model hears the grievance told around the question).
 */
const LOOKUP_ASKED = /(怎么|如何|咋|在哪(里|儿)?|去哪(里|儿)?|哪里)(能|可以)?查(询|看|一下|到)?/;
const LOOKUP_ASKED_WEIGHT = 4;
/*
 * A question that is the grievance itself, not a rule asked about:
 * - harm feared from a fault told ("泡沫板往下飘，砸到人怎么办", "没盖板，人掉进去谁负责"): on the read sets 23 of 25
 *   such messages are complaints;
 * - who allowed a deed told ("老槐树被砍了，谁批准的？", "加盖两层 砖墙都砌好了 谁批的"): 6 of 6 complaints without
 *   请问, while "请问夜间施工许可是谁批的？" asks about the permit.
 */
const HARM_FEARED =
  /(砸到|砸伤|伤到|碰到|出了?事|着火|摔(倒|了|伤)|掉(下去|进去)|淹)[^，。？?！!]{0,4}(怎么办|谁负责|谁管|咋办)/;
const WHO_ALLOWED = /谁(批准|批|同意|允许)的/;
const ACCUSING_QUESTION_WEIGHT = 2;
/*
 * Who pays or leads, or whether the writer must pay too ("维保费以后谁出", "一楼不坐也要出吗", "鉴定费该谁出？",
 * "谁来牵头？", "我根本不住能不能不出？"): a rule asked about a shared cost. On the read sets 21 of 29 such messages are
 * questions; the complaints are a charge a unit levies (收费, 每户收, 强制, 凭什么, "这钱是谁出") or a message that
 * says it reports (反映, 投诉), which are left out.
 */
const WHO_PAYS_ASKED =
  /(费|钱)[^，。？?！!]{0,6}谁(出|付|承担|交)|谁来(出钱|付|承担|牵头)|能不能不(出|交)|也(要|得)(出|交)(钱)?吗|要不要(出|交)钱/;
const UNIT_CHARGES = /收费|收取|每户收|每张收|强制|凭什么|这钱是谁|超期|反映|投诉/;
const WHO_PAYS_WEIGHT = 2;
/*
 * A crew asked to come (派人来, 派个人, 来个人, 来看看) for a thing's fault ("化粪池冒了…赶紧派人来抽", "洗手池水龙头
 * 全坏了…请派人来修一下", "水是黄的…你们派人来化验一下") is what a complaint asks: on the read sets the messages
 * with 派人来 were complaints 45 times and help 11, and 23 of those complaints were read as help. Help is
 * asked for someone in need (an old person alone, a patient, someone who cannot do it, someone on a roof),
 * and then the help cues keep their weight.
 */
const DISPATCH_CUES = ["help2", "help5"];
const DISPATCH_FOR_A_FAULT = /派(个)?人|来个人|来看看/;
const PERSON_IN_NEED =
  /老人|老太|老头|老伴|老娘|老母|我妈|我爸|母亲|父亲|[六七八九]十|年纪大|一个人|独居|病人|出院|摔|有人|孩子|小孩|婴儿|宝宝|不会|够不着|眼睛|腿脚|不方便|[清搬拧扛抬拿]不动/;
function accusingQuestion(text: string): string | null {
  const harm = HARM_FEARED.exec(text);
  if (harm) return harm[0];
  const who = /请问|想问|问一下/.test(text) ? null : WHO_ALLOWED.exec(text);
  return who?.[0] ?? null;
}
const TYPED_LINE_WORDS = 4;
const TYPED_QUESTION_WEIGHT = 4;
function typedQuestion(text: string): string | null {
  const t = text.trim();
  // Thanks after the words are read by the thanks rules (consultation6), as in any chat line.
  if (/[。，,！!？?；;：:]|谢/.test(t)) return null;
  const words = t.split(/\s+/);
  if (words.length < TYPED_LINE_WORDS) return null;
  return words.find((w) => TYPED_QUESTION_WORD.test(w)) ?? null;
}
/*
 * A message written in English that asks a procedure ("Where do I get this form?", "Which police station is
 * for …?", "What documents do we need", "Do I need to bring my lease?", "Can I do it online or must I go in
 * person?"): the model, which reads Chinese n-grams, sees little in it and leans to its complaint prior.
 * "Who should I call?" after a fault told is left out: such lines are labelled complaints. It weighs as a route asked.
 * Also whether a scheme exists ("Is there any subsidy for…?", "Is there a schedule for…?"): 4 of 5 "is there any/a"
 * lines on the read sets are questions (the fifth asks for a hand, which no scheme word names).
 */
const ENGLISH_PROCEDURE =
  /\b(where (do|can|should|to|must) (i|we)|where can i|which (office|police station|one|school|hospital|department|counter|window)|what (documents|papers|materials|forms?)|how (do|can|should) (i|we|a foreigner|foreigners) (register|get|apply|renew|report|do|find)|(do|does) (i|we|a|an|my|our)\b[^.?!]{0,30}\bneed (to|a|an)\b|can (i|we|a foreigner|foreigners) (do|apply|join|register|get|renew)\b|is (it|this) from|(is|are) there (any|a|an) (subsidy|subsidies|allowance|grant|discount|schedule|timetable|rule|policy|programme|program|scheme|form|fee)s?\b)/i;
/*
 * A proposal written in English ("It would help to post the duty roster in English too", "It would be great if…",
 * "I suggest…", "Please consider…"): the model reads no Chinese in it, so the rules decide alone, and without
 * this their complaint default wins over an account of the problem that grounds the proposal.
 */
const ENGLISH_PROPOSAL =
  /\b(it would (help|be (great|nice|good|helpful|better))|would be (great|nice|helpful|good|better) if|i (would )?(suggest|propose|recommend)|my suggestion|please consider)\b/i;
function englishProposal(text: string): string | null {
  if (!isLatinMessage(text)) return null;
  return ENGLISH_PROPOSAL.exec(text)?.[0] ?? null;
}
/*
 * Thanks written in English that open the message and name who or what for ("Thanks to the plumber who came last
 * night…", "Thank you to the cleaner who cleared the ice…"): praise, as a Chinese opening 感谢 is. Not with a
 * question or a turn (but, however, still): "…Could the last bus leave later? Thanks." asks.
 */
const ENGLISH_THANKS = /^\s*(many |big )?(thanks|thank you)( so much| very much| a lot)? (to|for)\b/i;
function englishThanks(text: string): string | null {
  if (!isLatinMessage(text) || /[?？]|\b(but|however|still|yet)\b/i.test(text)) return null;
  return ENGLISH_THANKS.exec(text)?.[0].trim() ?? null;
}
function englishProcedure(text: string): string | null {
  if (!isLatinMessage(text)) return null;
  return ENGLISH_PROCEDURE.exec(text)?.[0] ?? null;
}
/*
 * An event, a class or a place a unit put on, judged good ("元宵灯会很成功！", "新居民见面会很好", "汉服体验日办得太好
 * 了", "包饺子活动很温馨", "智能手机班真好"), with nothing asked or wrong: praise, though no thanks or deed is told. The
 * event's name stands right before the verdict; "…下班他们上班，配合得真好" is sarcasm across a comma and is not read.
 */
const EVENT_PRAISED =
  /(活动|灯会|庙会|晚会|游园会|联欢会|茶话会|见面会|运动会|座谈会|读书会|分享会|音乐会|体验日|开放日|课堂|班|讲座|驿站|比赛|义诊|培训|课)[”"」]?(办得|组织得|搞得|讲得|上得|教得)?[^，,。！？!?\s]{0,1}(很|真|非常|特别|太|挺)(成功|温馨|好|用心|精彩|热闹|有意义|实用)|(很|非常|特别|最)有人情味/;
function eventPraised(text: string): string | null {
  const m = EVENT_PRAISED.exec(text);
  if (!m || stillAsksOrWrong(text) || /建议|投诉|举报|反映/.test(text)) return null;
  return m[0];
}
/*
 * Something found and where to leave it ("捡到一部手机…放哪儿合适", "捡到一个电话手表…交给学校还是社区"): the finder asks
 * a way, as cue consultation9 reads "交给谁" (and with its weight); 3 of the 4 such messages on the read sets were read as complaints. A finder
 * who asks for a hand (帮) asks for help.
 */
/*
 * The writer asks whether what they do or mean to do needs a licence or breaks a rule ("在家开网店要不要营业执照",
 * "开个卖熟食的小店要什么证", "在家办个书法班算违规吗"): a question about a rule for their own plan. On the read
 * sets 79 of 82 messages with these words are questions; a chat line names a place and a trade, which the model
 * reads as a complaint. "这(样)算不算违规" about someone else's business is a complaint and is not read, nor a
 * certificate asked inside a plea.
 */
const PERMIT_ASKED =
  /(要不要|需不需要|需要不需要|用不用|是否需要|是不是要)(办|开|申请|有|拿|考)?[^，。！？!?\s]{0,6}(证|执照|许可|备案)|(要|需要|得)(办|开|申请|有|拿|考)?(什么|哪些|啥|哪几个)(证|执照|许可)|(?<![这样那])算(不算)?违规(吗|么|办学)?/;
const PERMIT_ASKED_WEIGHT = 5;
/*
 * A street trader whose stall was banned or taken asks for somewhere to trade ("城管说不能在门口摆了，我一家就靠这个
 * 吃饭，能不能给个固定位置", "他年纪大了找不到别的活，能不能给他一个小摊位", "能不能让她在别的地方卖"): a plea for a
 * living, not a grievance against the ban. On the read sets 6 of the 8 messages with these words are requests
 * for help; a mediator asked (协调, a neighbour's stall) or a courier's depot is not this.
 */
const STALL_PLACE_ASKED =
  /(摊|攤|摆|擺|卖|賣)[\s\S]{0,60}(不让|不讓|不能|不准|取缔|取締|收了|收走|没收|沒收)[\s\S]{0,80}(能不能|可不可以|能否|能不能給|能不能给)[^。？?]{0,10}(给|給|让|讓|找|留|安排|划|劃)[^。？?]{0,12}(位置|地方|摊位|攤位|角落)/;
const STALL_PLACE_WEIGHT = 4;
const FOUND_WHERE_WEIGHT = 4;
const FOUND_WHERE =
  /^(?![\s\S]*帮)[\s\S]*(捡到|拾到)[\s\S]{0,60}(放哪|放在哪|交给[^，。？?\s]{1,8}还是|交到[^，。？?\s]{1,8}还是)/;
/*
 * The writer lost something or someone and asks whoever found or saw it ("手机落在桌子上了…谁捡到了请联系",
 * "我爸…出门到现在没回来…有人看见吗"): a plea for a hand to get it back, not a grievance (5 of 6 such
 * messages on the read sets are requests for help).
 */
const LOST_ASKED =
  /(丢了|丢失|落在|落下|遗失|遗忘|走丢|没回来|不见了)[\s\S]{0,60}(谁|有人|有没有人|哪位)[^。！？!?，,]{0,3}(捡到|拾到|看到|看见)/;
const LOST_ASKED_WEIGHT = 2.5;
const COMPLAINT_CUE = "complaint1";
const COMPLAINT_WORD = KIND_CUES.find((c) => c.id === COMPLAINT_CUE)!.pattern;
// Also the writer's fear of being reported ("在家教钢琴…怕被举报"): the 举报 would be someone else's.
const COMPLAINED_ABOUT = /(我|我家|我们|怕|担心|生怕|免得)[^，。！？!?]{0,6}被[^，。！？!?]{0,8}(投诉|举报)/g;

/*
 * A welfare service faulted for what it charges or for not coming ("助餐点饭钱又涨价了", "护工说好每周来，
 * 三周都没来过"): the message accuses a provider, as any complaint does; that social assistance runs the
 * service says which unit answers, not that the writer pleads for help.
 */
const SERVICE_FAULTED = new RegExp(
  [
    "收费|乱收|涨价|还贵|一次都没来|说好[^。！？!?]{0,12}(没|不)来",
    // The meals themselves, the staff's manner, the service withdrawn or turned into a sales pitch.
    "(菜|饭|汤)[^。！？!?，,]{0,8}(咸|馊|难吃|冷|凉|硬)|太咸|没菜了|吃不饱|(价格|价钱|菜价|饭钱|饭价)[^。！？!?]{0,8}(涨|贵)",
    "(护工|护理员|工作人员|服务员)[^。！？!?]{0,8}(态度(很|太|特别)?(差|恶劣|不好)|骂)",
    "取消(了)?(送餐|上门服务|供餐)|(送餐|供餐)[^。！？!?]{0,3}取消",
    "推销|只收现金|不给开票|(被|给)租出去",
    // A canteen's or a meal service's portions cut, its food brought cold, sold out before the old
    // people arrive, or the place shut without notice; a day centre that let someone walk out unseen.
    "(食堂|助餐|餐桌|送餐|餐厅)[^。！？!?]{0,20}(越来越少|卖完|賣完|就没了|关门|關門|又?关了|不开|暂停营业|暫停營業)",
    "(送上门|送到家|送来)的饭[^。！？!?]{0,4}(凉|涼)",
    "(日间照料|照料中心|托老|养老驿站)[^。！？!?]{0,30}(走出去|走丢|走失)",
    // An allowance stopped for months or without a word: the office is faulted, not asked for help.
    "停发[^。！？!?]{0,3}[一二三两几半多0-9]+个?月|停发[^。！？!?]{0,20}(没接到|系统问题|没人|没有人|没通知|也没通知)",
    // An allowance granted and not paid, paid short or sent back ("低保金少了两百", "补贴说好十号发，二十号了还没到",
    // "申请的补贴被退回来了"): the writer holds the office to what is due.
    "(补贴|补助|低保金|养老金|津贴|救助金)[^。！？!?]{0,24}(没到|没拿到|没领到|没收到|少了|少发|被退回|退回来|一分钱没|既无)",
    "(没拿到|没领到|没收到|没见着|也没有?)[^。！？!?，,]{0,3}(补贴|补助|低保金|养老金)",
  ].join("|"),
);

/*
 * "倒在" in the cue for someone in danger means a person fallen ("老人倒在路边", "他倒在楼梯上"), not waste
 * dumped or a railing down ("把泔水倒在路边", "建筑垃圾倒在菜地里", "护栏倒在人行道上"). The rules read it
 * only after a person; the cue itself stays as the kind model was trained on it.
 */
const FALLEN_CUE = "help3";
/*
 * A fall told as what a hazard already did, and that ended well ("一位老人摔倒，幸好没有大碍", "人摔了 好在没大事"):
 * the harm makes the complaint about the ice or the hole; nobody is left to help (4 of 5 such messages on the
 * read sets are complaints).
 */
const FALL_WENT_WELL = /(摔倒|摔了|掉进|受伤)(?=[^。！？!?]{0,24}(幸好|好在|还好)[^。！？!?]{0,6}(没|无))/g;
// The cue that reads "帮我" as a request; told inside thanks for work done, it narrates.
const HELP_GIVEN_CUE = "help2";
// A plea in a letter ("请求你帮助我们…谢谢了") asks, whatever thanks close it.
const PLEADED = /请求|恳请|恳求|求求|希望|盼/;
/*
 * Thanks that open the message count when the writer names themselves first ("我想感谢网格员小刘…",
 * "我们真心感谢…"): the cue reads thanks at the very start only, and stays as the kind model learnt it.
 */
const OPENING_THANKS_CUE = "praise2";
const WRITER_BEFORE_THANKS = /^(我|我们)(想|要|真心|真的|特别|衷心|非常)+(?=感谢|谢谢)/;
const DUMPED_ON = /(?<![人爷妈奶爸婆公伯姨叔太孩他她])倒在|落水(管|口|斗)/g;
/*
 * The cue for another household's answer ("楼下那户说水不是他家漏的") reads neighbours who say the same as the
 * writer ("邻居们也都说闻到过", "楼下几家也说不热") as the other side: they are witnesses to a fault, not a
 * party to a quarrel. Only "也" (also) is set aside: "楼上三家都说不是自己家的" is the other side's denial. The
 * cue itself stays as the kind model was trained on it.
 */
const NEIGHBOUR_CUE = "dispute16";
const NEIGHBOURS_AGREE =
  /(楼上|楼下|邻居|隔壁|对门|住户)[^。！？!?，,]{0,4}也都?(说|称)(?=[^。！？!?]{0,12}(闻到|听到|看到|不热|不亮|没水|没电|停|臭|吵|响|一样|这样|也是|受不了|难受|头疼|咳))/g;

// What a wish says it wants: without one of these words nothing is wished for.
const WANTING = /想|希望|心愿|愿望|盼|求|能不能|能否|有没有|可不可以|要是|如果|需要|缺|认领|爱心|好心|[？?]/;

/*
 * Praise that names one more thing ("…第二天就修好了，在此表示衷心感谢！只是楼内管道太老旧了，希望能纳入
 * 改造计划", "垃圾箱换新的了 谢谢 就是清运时间能不能别早上五点"): the thanks close an account of work
 * done, and what follows opens with a word that adds rather than retracts (只是, 不过, 就是, 另外,
 * 同时, 希望). The message is the praise; the addendum is read by the dispatcher, not as its kind. A
 * retraction ("但是又坏了") or a request before the thanks is no addendum.
 */
// Also a question or a small favour added after the thanks ("…大家都很满意 想问下能不能按季度交", "再请问一下，…",
// "另有一小事相求"): on the read sets all 10 messages that thank for a thing done and then ask one are praise.
const ADDENDUM =
  /^[，,。！!\s]*(不过|不過|只是|就是|唯一|美中不足|同时|另外|此外|还想|也想|顺便|(也|还|更|只)?希望|(再|我)?(想|再)?(请问|问一下|问下|问问)|另有一?(件|个)?小?事)/;
const PRAISE_WITH_ADDENDUM = 0.5;
// What the story of a past quarrel says (多次, 至今 of the quarrel) is no request; these still ask.
const ASKS_AFTER_SETTLED =
  /[？?]|请问|希望|能不能|能否|麻烦|请(你们|您|帮|派|尽快|处理|解决|查)|又(吵|闹|不)/;
// Also a mediation told as done ("社区调解了，房东退了钱", "帮我们协调好了"): with thanks and nothing asked after it,
// 13 of 14 such messages on the read sets were praise (the other turned to a new matter, "不过今天要说的事更急").
const SETTLED =
  /重归于好|和好如初|握手言和|达成[^，。！？!?]{0,6}协议|(矛盾|纠纷|争执)[^，。！？!?]{0,6}(化解|解决)了|(说开|和解)了|(?<![没未不])(调解|协调)(成功|好)?了/;
// A state that changed ("现在开窗没味道了", "现在晚上开到七点了"), and a hope that it lasts, which asks nothing new.
const NOW_BETTER = /(现在|如今)[^，。！？!?；;]{1,8}了/;
// A state told better than before ("早上走路舒服多了", "屋里暖和多了"): the result of work done.
// Also a nuisance told smaller or gone ("蚊子少多了", "声音小多了", "KTV晚上不吵了", "上学不堵了"), a service
// lengthened ("托管延长到六点了") and the work judged thorough ("清理得很干净", "这次清理水池很彻底").
const BETTER_STATE =
  /(踏实|安心|放心|方便|安全|舒服|干净|亮堂|安静|暖和|顺畅|整齐|宽敞|少|小)多了|(?<![又还])不(吵|堵|臭|闹|响|漏|积水)了|延长(了|到)|(清理|打扫|收拾|处理|清扫|修|擦)得(很|真|挺|特别|非常|太)?(干净|彻底|及时|到位|利索)|(很|真|挺|特别|非常)彻底/;
// Also more of a good thing ("希望多办几场", "希望能一直办下去", "希望以后多搞几次"): after an event praised, 6 of 6 such
// closings on the read sets end praise; without praise before them they are still a proposal (the praise rules decide).
const KEEP_IT_UP =
  /(希望|但愿)[^，。！？!?]{0,4}((坚持|保持|继续)[^，。！？!?]{0,6}|(一直|多|以后还|明年还|以后多|常)(办|搞|开|举办|组织)(几场|几次|几期|几回|下去))/g;
// Thanks or praise inside a clause; THANKS_OR_APPRAISAL's closing "好" holds only at the message's end.
const THANKS_IN_CLAUSE = /感谢|谢谢|多谢|感激|致谢|表扬|点赞|好评|值得表/;
// Work done quickly, told as a story ("一周内围挡就缩进去了", "不到十分钟就赶到了").
const DONE_SOON =
  /就(?![^，。！？!?]{0,4}(坏|停|没|不|凉|冷|漏|堵|断|满|臭|吵|响|哭))[^，。！？!?；;\s]{1,6}了|(当天|第二天|次日|不到[^，。！？!?]{1,4}(分钟|小时|天))[^，。！？!?]{0,8}(派|赶到|上门|组织|安排|完成)/;

/*
 * A request in the resident's words: 麻烦/请/尽快/能不能… ask for work still to do. "希望" is left
 * out (a hope that it lasts closes many thanks).
 */
const REQUEST =
  /麻烦|劳驾|请(你们|您|帮|派|尽快|及时|抓紧|处理|解决|查|来|给|把)|尽快|赶紧|抓紧|快点|早点|能不能|可不可以|能否|可否|求求|帮帮|帮忙/;
// The praise cues that read thanks (感谢/谢谢) as the message; explicit praise (表扬, 锦旗) and a
// letter's formal thanks to a named party stand whatever else is asked.
const THANKS_CUES = new Set(["praise2", "praise3", "praise4", "praise6", "praise7"]);
const thanksCueWeights: ReadonlyArray<readonly [string, number]> = KIND_CUES.filter((c) =>
  THANKS_CUES.has(c.id),
).map((c) => [c.id, c.weight] as const);

/*
 * A short chat line that is only an appraisal or thanks ("物业给力👍", "暖气热乎 感谢", "网格员小李真好",
 * "路修得好"): with no request, question or fault in it, the appraisal is the message, though no work
 * done is told. A bare result ("把灯修好") at the end is a request, not an appraisal.
 */
const SHORT_APPRAISAL_HAN = 15;
const BARE_RESULT = /(修|弄|搞|办|管|整|装|做|处理|收拾)好[！!。\s]*$/;
function shortAppraisal(text: string, scores: Map<Kind, number>): boolean {
  const han = hanCount(text);
  if ((han > SHORT_APPRAISAL_HAN && !CLOSING_APPRAISAL.test(text)) || BARE_RESULT.test(text)) return false;
  // Any other reading the cues make (a fault, a question, a request) keeps the thanks polite.
  for (const [kind, score] of scores) if (kind !== "praise" && score > 0) return false;
  if (STILL_WRONG.test(text)) return false;
  // Closing thanks alone ("路上有个坑。谢谢") are politeness; a good state named with them is praise.
  return !/^(感谢|谢谢|多谢|感激)$/.test(THANKS_OR_APPRAISAL.exec(text)![0]) || GOOD_STATE.test(text);
}
// An appraisal with an intensifier that closes the message ("…上门给我爸打疫苗 太贴心了").
const CLOSING_APPRAISAL =
  /(太|真|好|很|特别|非常)(贴心|暖心|给力|靠谱|负责|耐心|热心|周到|细心|好)了?[！!。~～\s👍]*$/u;
const GOOD_STATE = /热乎|暖和|暖暖|干净|亮堂|安静|通畅|平整|舒服|舒心|好用|不错|挺好|真好|放心/;

/*
 * Praise told as a story, without thanks: an account of work done or of someone's care ("物业经理台风前
 * 带着人把落水口都掏了一遍…", "她每天都单独给孩子准备点心") closed by a verdict on it ("下了功夫", "干得
 * 真漂亮", "又快又到位", "太难得了", "把我们放在心上", "好人") or by what it spared the residents ("再也不用
 * 爬楼了", "一户都没淹"), with nothing still wrong. A hope for the person ("希望给他评个先进", "给他记一功")
 * asks nothing for the resident and does not make it a request.
 */
const TOLD_VERDICT =
  /下了?(大)?功夫|干得[^，。！？!?]{0,2}(漂亮|好|棒|利索)|又快又(好|到位|专业)|(?<!不)到位[了啊！!。\s]*$|(太|真|很|特别|非常)?难得|放在心上|记在心|记着(他|她|你们|您)|心里(都)?有数|辛苦了?[！!。\s]*$|(效率|态度|处理|速度)[^，。！？!?]{0,2}可以|不错|(?<!不)漂亮|好人|变化(真|很|太|特别)?大|值得(我们|大家)?(学习|表扬|称赞|点赞|尊敬|敬佩|信赖)|点赞|不多了|(这样|这么好)的[^，。！？!?]{0,4}太少了|让大家知道|有耐心|[，,\s]快[！!。\s]*$|比亲[^，。！？!?]{0,3}还(亲|上心|细心|贴心|周到|耐心)|(?<![不没])人(特别|真|很|非常|超|挺|太)好|(治理|修|弄|搞|做|建|改|整|管|打理|收拾|安排)得(真|很|特别|挺|非常|太|这么|可)好|越(做|来|办|弄|搞)越好/;
/*
 * The other verdicts a story of service closes on, by what they say of it: a rescue ("要不是她，后果不敢
 * 想"), a sacrifice or temper ("浑身是泥也没抱怨", "从来没嫌过麻烦", "风雨无阻"), worth ("这钱花得值", "办到
 * 点子上", "雪中送炭"), the residents' joy or word ("我们都乐坏了", "逢人便夸", "老人都说今年暖和"), and a
 * change never seen before ("头一回这么明白", "再没见过", "像换了个小区").
 */
const SERVICE_VERDICT = new RegExp(
  [
    "要不是(他|她|你们|他们|您)|(?<!(一旦|万一|如果|要是|否则|不然|迟早)[^，。！？!?]{0,12})后果不(敢|堪)(想|设想)|(才|幸亏|幸好)[^，。！？!?]{0,4}(避免|没出)|雪中送炭",
    "(没|不)(有)?(抱怨|嫌(过)?(烦|麻烦|脏|累|弃))|从来?(都)?不收(钱|费)|风雨无阻|浑身(是泥|是水|湿透)",
    "(花|用)得值|值得肯定|点子上|(很|真|特别|非常|挺)实用",
    "乐坏了|乐开了花|(?<![不没])(很|特别|可|真|都|非常)(高兴|开心)|心里[^，。！？!?]{0,2}(敞亮|踏实|美)|见了[^，。！？!?]{0,4}就笑|都服气|逢人便夸|(都|人人)夸",
    "(老人|大家|居民|业主|住户|街坊)[^，。！？!?]{0,2}都(说|觉得)[^，。！？!?]{0,8}(顺|暖和|好|干净|舒服|方便)",
    "(头一回|第一次)[^，。！？!?]{0,2}这么|再(也)?没见过|不多见|像换了(个|一个)|成了一种享受|放心多了|都愿意",
  ].join("|"),
);
// Work a unit or worker did that the deed patterns above miss: cleared, paved, rebuilt, brought, found.
const SERVICE_DONE =
  /(清理|清空|清|铺|刷|改造|改成|统一|贴|组织|救|找回|送来|送到|请)[^，。！？!?；;]{0,6}了|组织[^，。！？!?；;]{0,8}(给|帮|为|陪|看望|慰问)|上门|护送|一对一|全程|第一时间/;
// "从来没嫌过麻烦" names the bother the worker took on, not a request.
const NO_BOTHER = /(没|不)(有)?嫌(过)?麻烦/g;
const SPARED =
  /再也不用|终于(敢|能|可以|不用)|(一|没)(户|家|点|个人)[^，。！？!?]{0,4}(都|也)?没(淹|事|积水|进水)|[一]点积水都没有|才没出事|高兴得|提高了不少/;
// Someone's care told as a deed for the residents.
const CARE_GIVEN =
  /主动|专门|单独|挨家挨户|挨个|亲自|(一直|忙)到[^，。！？!?]{0,4}点|跑了[^，。！？!?]{0,4}趟|(每天|每周|每次|每个[^，。！？!?]{0,2}|天天)(都|早晚)?[^，。！？!?]{0,10}(帮|给|陪|来|到|站|(去|来)看|看望)|(给|帮|为)(我们|我|孩子|老人|我妈|我爸|每户|大家|他)[^，。！？!?]{0,12}(了|好)/;
// "给评个理" asks someone to judge a quarrel, not to honour a helper.
const HOPE_FOR_HELPER =
  /(希望|麻烦|请|应该)?[^，。！？!?]{0,10}((?<![没不未])评(个|为|上|选)(?!理|说法)|记(一|个)?功|表扬|嘉奖|奖励|让大家知道)[^，。！？!?]*/g;
const HOPE_FOR_HELPER_ONE = new RegExp(HOPE_FOR_HELPER.source);
function toldPraise(text: string): string | null {
  const verdict =
    TOLD_VERDICT.exec(text) ??
    SPARED.exec(text) ??
    HOPE_FOR_HELPER_ONE.exec(text) ??
    SERVICE_VERDICT.exec(text);
  if (!verdict) return null;
  if (!(
    GOT_DONE.test(text) ||
    DONE_SOON.test(text) ||
    NOW_BETTER.test(text) ||
    CARE_GIVEN.test(text) ||
    SERVICE_DONE.test(text)
  ))
    return null;
  if (stillAsksOrWrong(text)) return null;
  return verdict[0];
}

/**
 * Whether praise still carries a request or a fault once the thanks' own wishes ("希望…继续保持",
 * "辛苦了") are set aside; `alsoWants` counts a want too (a story with no verdict has no thanks to
 * carry it).
 */
function stillAsksOrWrong(text: string, alsoWants = false): boolean {
  const rest = text.replace(HOPE_FOR_HELPER, "").replace(KEEP_IT_UP, "").replace(NO_BOTHER, "");
  return (
    STILL_ASKING.test(rest) ||
    CONDITIONAL_IMPROVEMENT.test(rest) ||
    STILL_WRONG.test(text) ||
    (alsoWants && WANTING.test(rest))
  );
}

/*
 * A story that opens on a worker by role ("自来水公司抄表员杨师傅，…主动帮我们查出…", "图书馆的老师每周六
 * 给孩子们讲绘本…") and tells what they did for the residents, with nothing asked, wanted or wrong: praise,
 * though no verdict closes it. A worker named in a grievance ("老师说是小孩子打闹") comes with a fault word
 * or a request, and a volunteer wished for comes with a want.
 */
const HELPER_TOPIC =
  /^[^。！？!?]{0,16}(老师|师傅|民警|警官|网格员|保安|保洁|书记|主任|抄表员|医生|护士|志愿者|工作人员|环卫工人|环卫大姐|环卫工|电工|管家|小伙子|小姑娘|同志|调解员)/;
const HELPER_DEED =
  /主动|亲自|还(帮|教|给|装|把|多送|记得)|帮(我|我们|老人|孩子|他|她)|每(天|周|个周末|周六|周日)[^，。！？!?]{0,6}(给|帮|陪|到|来|上门|打电话)|二话没说|(一分钱|分文)(都|也)?(没|不)(要|收)|没有?推销|从来不收/;
// A long wait told ("我等了一个小时") is a grievance about the service, not its praise.
const HELPER_GRIEVANCE =
  /建议|投诉|举报|反映|欺负|骂|态度(差|恶劣|不好)|敷衍|推诿|乱收|收了|要价|等了[^，。！？!?]{0,3}[一两半几\d][^，。！？!?]{0,3}(小时|钟头|天)/;
function helperStory(text: string): string | null {
  if (!HELPER_TOPIC.test(text)) return null;
  const deed = HELPER_DEED.exec(text);
  if (!deed) return null;
  if (stillAsksOrWrong(text, true) || HELPER_GRIEVANCE.test(text)) return null;
  return deed[0];
}

/*
 * A report made before and what came of it, told with nothing left wrong ("上次投诉楼下超市缺斤短两，市场
 * 监管所很快处理了，还帮我要回了差价", "上次反映广场舞太吵，社区给协调了，现在八点半准时关音响"): the writer
 * comes back to say it was settled. On the read sets 33 of the 34 messages that open so with nothing
 * still open are praise (the other a thanks closed by a proposal); the complaint prior read two of
 * them as complaints. A report still open ("到现在没人
 * 回", "又放到十点了", "回访说处理了，根本没人来") or a question after it is a complaint or a question.
 */
const EARLIER_REPORT =
  /^[^。！？!?]{0,6}(上次|之前|前几天|上个月|上周|前段时间)[^。！？!?，,]{0,4}(投诉|反映|举报)/;
const REPORT_STILL_OPEN =
  /还没|还是|又|没人|没有人|不满意|到现在|至今|根本|一样|重新|但是|可是|不过|怎么|[？?]/;
function reportSettled(text: string): string | null {
  const m = EARLIER_REPORT.exec(text);
  if (!m || REPORT_STILL_OPEN.test(text) || stillAsksOrWrong(text)) return null;
  if (!(GOT_DONE.test(text) || DONE_SOON.test(text) || NOW_BETTER.test(text) || SERVICE_DONE.test(text)))
    return null;
  return m[0];
}

/*
 * The writer says they cannot cope ("我现在连房租都交不起", "这个月怎么过都不知道", "人生地不熟，不知道从
 * 哪开始", "家里没米了"): whoever else the story names, what is asked is help for the person. The letter
 * member model, taught by letters that accuse a unit, reads the unit named beside it as a complaint.
 */
const CANNOT_COPE =
  /交不起|付不起|买不起|养不活|揭不开锅|没米了|没钱(买菜|买药|看病)|(就|只)剩[^，。！？!?]{0,4}(块|元)|(日子|这个月|年)[^，。！？!?]{0,4}怎么过|过不下去|人生地不熟|不知道(从哪|找谁|该找谁|怎么办|该怎么办)|顾不过来|没法出去|下不了床/;
const CANNOT_COPE_WEIGHT = 2;
function cannotCope(text: string): string | null {
  return CANNOT_COPE.exec(text)?.[0] ?? null;
}

/*
 * A small thing or a little company wanted for one person ("妈妈想给他申请一辆轻便轮椅", "想为他求一套
 * 颜料", "想要人每周陪他下盘棋", "家属希望能有人捐一个定位手环"): the shape of a wish a volunteer can
 * claim, though the hardship told beside it (残疾, 独居, 拿不出钱) reads as a request for help. A thing
 * wanted from a unit ("希望物业装个监控") names no person it is for, and a scheme applied for
 * ("想给我妈申请个护工补贴", "…助餐卡") is a request for help: neither is this.
 */
const WISHED_THING =
  /(想|希望|盼着?)(能)?(给|为|帮)(他|她|孩子|老人|老伴|我妈|我爸|奶奶|爷爷|大哥|阿姨|叔叔|[^，。！？!?\s]{0,4}的?(孩子|老人|老伴|大哥|大姐|奶奶|爷爷|母亲|父亲|儿子|女儿))[^，。！？!?]{0,10}?(申请|求|买|要|配|添|换|装)(一|两|个|台|套|张|辆|部|副|根|本|件|双|盒|些)(?![^，。！？!?]{0,6}(补贴|补助|救助|津贴|卡|证|名额|资格|保险))|(想|希望)(能)?(要|求|有)(一|个|台|套|张|辆|部|副|根|本|件|双|盒)(?![^，。！？]{0,3}(说法|答复|解释|交代|结果|公道|办法))/;
const WISHED_COMPANY =
  /(想|希望)(能)?(要|有)(个)?人[^，。！？!?]{0,8}(陪|帮(他|她)|教(他|她)|捐|送|推(他|她)|带(他|她))|(想|希望)[^，。！？!?]{0,8}有人(帮(他|她)|陪(他|她)|捐)/;
/*
 * Someone else's wish retold in their words ("他说想再坐一次火车", "她悄悄跟网格员说，想请人给他们拍一张
 * 合影", "奶奶说最想吃一顿饺子"): the writer passes on what one person longs for, the shape of a wish a
 * volunteer can claim, though it names no thing to buy. A neighbour's retort ("他说自己家想怎么接就怎么
 * 接") and a refusal ("他说不想去救助站") are not this.
 */
const WISH_RETOLD =
  /(他|她|奶奶|爷爷|大爷|大娘|老人|阿姨|老太太|老爷子)(悄悄)?(跟[^，。！？!?]{0,8})?说[，,]?(最|就|一辈子就|今年)?(想|希望|盼)(?![^，。！？!?]{0,2}怎么)/;
/*
 * One more person's small want passed on ("我奶奶想配一副老花镜", "截瘫的大哥想换一台能折叠的轮椅", "爷爷
 * 想吃一个生日蛋糕"), or someone wanted to teach, read to or keep one person company ("想要有人每周来给他
 * 念念报纸", "希望有年轻人来教教她用微信视频"): the shape of a wish a volunteer can claim. On the read sets
 * the first is a wish in 8 of 8 lines that name another person (the writer's own "想换个龙头" is a repair,
 * not this), the second in 12 of 13 (the other a programme proposed, "希望多组织年轻人去陪陪", which
 * the organising verb keeps out).
 */
const OTHERS_WANT =
  /(奶奶|爷爷|大爷|大娘|大妈|阿姨|叔叔|大哥|大姐|老人|老太太|老爷子|老伴|小姑娘|小伙子|老[张王李赵刘陈杨黄周吴马孙朱胡郭何林高罗]|他|她|他们)[^，。！？!?]{0,12}想(配|换|拍|要|吃|过|添|买)(一|个|张|副|台|对|根|双|顿|次|块|件|套|辆|部|本|把)/;
const SOMEONE_TO_TEACH =
  /(想|希望)(?![^，。！？!?]{0,10}组织)[^，。！？!?]{0,10}(有人|年轻人|志愿者|热心人)[^，。！？!?]{0,8}(教|读|念|陪|拍|理发|剪|写)/;
/*
 * One person's lasting longing retold ("他一直念叨想回老家看看那棵老槐树", "孙奶奶一直想去一趟北京看升旗",
 * "老两口说最想要的是一台大字的收音机"): a wish a volunteer can claim, as the retold wish above. On the read sets
 * a person (or a clause about them, after a comma) then 一直/最 + (念叨) + 想/盼 + 去/回/见/看 was a wish
 * every time (6 of 6 without a subject); the writer's own "我一直想去问问" is not this.
 */
const LONGING_RETOLD =
  /(他|她|他们|老两口|爷爷|奶奶|姥姥|姥爷|老人|老爷子|老太太|老兵|孩子|儿子|女儿|我爸|我妈|父亲|母亲|老伴|大爷|大娘)[^，。！？!?]{0,8}((一直|最|特别|天天)(念叨着?)?(想|盼着?)(能)?(再)?(去|回|见|看)|说[，,]?最想(要|的))|念叨着?想|[，,\s](一直|最)(想|盼着?)(能)?(再)?(回|去|见|看)/;
const WISHED_FOR_WEIGHT = 2.5;
function wishForSomeone(text: string): string | null {
  if (/投诉|举报|反映/.test(text)) return null;
  // A longing told with what stands in its way ("可是老部队在外省") is still the wish.
  const longing = LONGING_RETOLD.exec(text)?.[0];
  if (longing) return longing;
  if (STILL_WRONG.test(text)) return null;
  return (
    (WISHED_THING.exec(text) ??
      WISHED_COMPANY.exec(text) ??
      WISH_RETOLD.exec(text) ??
      OTHERS_WANT.exec(text) ??
      SOMEONE_TO_TEACH.exec(text))?.[0] ?? null
  );
}

/*
 * The resident went to a neighbour and was answered back ("让他挪他说要我出移机费", "我说赔，他要我赔两千",
 * "上去说他们说那你别晒呗"): an exchange between two households, which a mediator settles. Only with a
 * private party named (楼上, 隔壁, 那家…); a unit's answer is a complaint's story.
 */
const ASKED_AND_ANSWERED =
  /(让|找|跟|和|去|上去|我)(他|她|他们|他家)?[^，。！？!?]{0,6}(说|修|挪|赔|拆|砍|搬|商量|讲理|理论)[^。！？!?]{0,8}?[，,\s]?(他|她|他们|那家人|人家)(就|还|却|也|倒)?(说|要我|让我|不肯|不砍|不挪|不搬|不赔|不修|嫌)/;
const PRIVATE_PARTY = /楼上|楼下|隔壁|邻居|对门|那家|那户|他家|一楼|住户|户人家|(新|刚)搬来/;
// A shop downstairs ("楼下的便利店", "楼下新开了一家川菜馆") is no household: its answer is a complaint's story.
const BUSINESS = /店|馆|老板|公司|商家|商户|超市|餐厅|回收站|废品|工地|施工队|摊/;
const PRIVATE_EXCHANGE_WEIGHT = 1.5;
// The cue for nobody acting (不管, 不修, 不处理): told as the other household's answer, it is their side.
const REFUSAL_CUE = "complaint3";
/*
 * The neighbour's retort told after the resident went to them ("说了不管，还嫌我事多", "说了两次他说是信仰
 * 自由", "去找了几次，对方说他们家空调装的是正规位置"): the other household's side is in the message, so
 * two parties are at odds. A bare "说了也不听" tells no side and stays as the rules read it; a gym or
 * school downstairs answering is a business, not a household.
 */
// Who in the other household answered ("他家奶奶说孩子要考体育", "他家大人就说了句对不起").
const HOUSEHOLD_MEMBER =
  "奶奶|爷爷|老人|大人|男的|女的|媳妇|儿子|女儿|老太太|老头|老爷子|大爷|大妈|阿姨|男人|女主人|男主人";
const RETORT = new RegExp(
  String.raw`(说了|说过|讲了|商量|沟通|协商|要求|敲门|找过|找了|去找|好话说尽|(跟|让|要)(他|她|他们)[^，。！？!?]{0,6}说)[^。！？!?]{0,16}?((还|反倒|反而)(说|嫌|骂|怪)|((他|她|他们|他家|人家|对方|主人)(的)?(${HOUSEHOLD_MEMBER})?)(还|就|却|倒|反而)?(说|嫌|骂)(?![了过好]))`,
);
const RETORT_BUSINESS = /健身|机构|培训|学校|物业/;
/*
 * Damage between households and who pays for it ("楼上装修把防水层砸坏了，他们答应赔但是一直拖", "他们家不
 * 肯出医药费", "疏通费都让我出一半"): compensation a mediator settles, not a unit's duty.
 */
const AMENDS_REFUSED =
  /(楼上|楼下|隔壁|邻居|对门|他家|那家|那户|他们家|对方家)[^。！？!?]{0,40}(不肯|不愿|不给|拒绝|一直拖|拖着|答应)[^，。！？!?]{0,4}(赔|出钱|出医药费|承担|修)|(赔|医药费|维修费|疏通费)[^。！？!?]{0,10}(让我|要我|叫我)(出|赔|承担|分摊)|(要|让|叫)(他|她|他们|对方)[^。！？!?，,]{0,4}(赔|出)[^。！？!?]{0,8}(不给|不赔|不肯|不出)/;
/*
 * Harm a household or its animal did to the writer, and the writer wants them to pay or answer for it
 * ("狗主人只给了五百就不管了，我要求他全额赔偿", "请社区出面让他负责", "请社区找他谈谈赔偿"): a claim
 * between private parties for a mediator to settle. On the read sets such claims on a household were
 * disputes 34 times and complaints 3 (the three claim on the property company or a shop).
 */
const ANIMAL_OWNER = /狗主人|狗的主人|猫主人|主人家/;
const DAMAGES_CLAIMED =
  /(要求|让|要|叫|找)(他|她|他们|对方|狗主人|主人)[^。！？!?]{0,12}(负责|赔|出(了)?[^。！？!?，,]{0,8}钱|谈谈赔偿)|(只给了?|只赔了?)[^。！？!?，,]{0,8}(就)?不管|(医药费|疫苗钱|疫苗费)[^。！？!?，,]{0,4}(不管|不给|不出|没给)/;
const UNIT_CLAIMED = /物业|开发商|公司|店|商家|平台/;
function damagesClaimed(text: string): string | null {
  if (!(PRIVATE_PARTY.test(text) || ANIMAL_OWNER.test(text)) || UNIT_CLAIMED.test(text)) return null;
  return DAMAGES_CLAIMED.exec(text)?.[0] ?? null;
}
/*
 * A household's water, smoke, smell or droppings reaching the writer's home ("楼上卫生间漏水到我家",
 * "隔壁那家天天烧香，烟往我妈屋里飘", "楼下邻居炸鱼，油烟味顺着窗户往上窜，家里全是味道"): a nuisance
 * between two households, which the read sets' writers filed as a dispute 167 times and a complaint 19
 * (mostly where the property company's answer is faulted: "物业说管不了"). A business, a pipe burst
 * with nobody home (help first) or the property company faulted is not this.
 */
const HOUSEHOLD_SOURCE = /楼上|楼下|隔壁|邻居|对门|那户|他家|新搬来/;
const REACHES_HOME =
  /((往|进|到|向|朝|对着|顺着|滴在|流进|飘进|落到)[^。！？!?，,]{0,6}(我家|我们家|我妈|屋里|家里|窗|阳台|院子|我们)|(我家|我们家|家里)[^。！？!?，,]{0,8}(全是|都是|全被|都被|一股)|熏得)/;
const HOUSEHOLD_SPILL = new RegExp(`(${HOUSEHOLD_SOURCE.source})[^。！？!?]{0,40}${REACHES_HOME.source}`);
// A pipe that burst or cracked (暖气管裂了, 水管破了) is a repair to ask for first, whoever's it is.
const NOT_A_HOUSEHOLD = /厂|广场舞|物业|开发商|爆|管[^。！？!?，,]{0,3}(裂|破|断)/;
function householdSpill(text: string): string | null {
  if (BUSINESS.test(text) || NOT_A_HOUSEHOLD.test(text)) return null;
  return HOUSEHOLD_SPILL.exec(text)?.[0] ?? null;
}
/*
 * The writer's own parking space (bought, rented, paved by the household) taken by another driver
 * ("我买的车位，隔壁单元的人天天停", "车位是我租的，但是经常被另一家占用"): two parties over one space,
 * whatever the property company answers. On the read sets 21 such messages were disputes, 1 a complaint.
 */
const OWN_SPACE_TAKEN =
  /((我|我家|我们家)[^。！？!?]{0,12}车位|车位[^。！？!?，,]{0,4}(是)?我(们)?(家)?(买|租))[^。]{0,30}(被|隔壁|对面|邻居|另一家|别人|别的|那户|那家|的人)[^。！？!?]{0,10}(停|占)/;
/*
 * The other household's own words told, even when the writer does not say they went to them first
 * ("对门那户装了个可视门铃…他说他装自己门口不关我事", "楼下那家装了个摄像头…他说是为了防偷电动车"): both
 * sides are in the message. On the read sets 105 such messages were disputes and 4 complaints (two of
 * them a clinic's or a salon's answer, which SHOP sets aside). Hearsay ("听…说") is not this.
 */
const HOUSEHOLD_SAYS =
  /(楼上|楼下|隔壁|邻居|对门|那户|那家|他家)[^。！？!?]{0,60}[，,。\s](他|她|他们|对方)(就|还|却|倒)?说(是)?/;
const NOT_HOUSEHOLD_WORDS = /听|营业厅/;
const UNIT_ANSWERS = /物业|社区|居委|城管|公司|派出所/;
function householdSays(text: string): string | null {
  if (BUSINESS.test(text) || SHOP.test(text) || NOT_HOUSEHOLD_WORDS.test(text) || HARDSHIP.test(text))
    return null;
  const said = HOUSEHOLD_SAYS.exec(text)?.[0];
  // "楼上漏水…找了物业两次，他们说…": the unit the writer went to is the one answering.
  return said && !UNIT_ANSWERS.test(said) ? said : null;
}
function privateExchange(text: string): string | null {
  const claimed =
    damagesClaimed(text) ??
    householdSpill(text) ??
    (/地锁/.test(text) ? null : OWN_SPACE_TAKEN.exec(text)?.[0]) ??
    householdSays(text);
  if (claimed) return claimed;
  if (!PRIVATE_PARTY.test(text) || BUSINESS.test(text)) return null;
  const asked = ASKED_AND_ANSWERED.exec(text)?.[0];
  if (asked) return asked;
  if (RETORT_BUSINESS.test(text)) return null;
  return (RETORT.exec(text) ?? AMENDS_REFUSED.exec(text))?.[0] ?? null;
}

/*
 * A personal hardship told ("钱都花光了", "房租交不上", "一个人照顾快撑不下去了", "我一个人控制不住") and
 * then a question whether any relief exists ("有没有临时救助", "能不能申请托养", "有没有喘息服务", "能不能
 * 有人陪我去"): the writer asks help for themselves, though a question ends the message. A question how a
 * scheme is applied for ("低保怎么申请", "需要哪些材料", "什么条件") asks about a rule and is a
 * consultation, whatever hardship is told beside it.
 */
const HARDSHIP = new RegExp(
  [
    "交不上|交不起|花光|花完|没钱|借的|欠了|实在困难|家里困难|条件不好|撑不下去|撑不住|控制不住|不会(处理|做饭|用)",
    "失业|工作也丢|找不到工作|(厂|单位|公司)[^，。！？!?]{0,4}倒闭|找工作[^，。！？!?]{0,8}(不要|找不到)|走投无路|只剩|供不起|请不起|买不起|拿不出|没地方住",
    "瘫|卧床|中风|脑梗|残疾|住院|化疗|癌|痴呆|摔伤|摔断|去世|过世|(老伴|丈夫|妻子|爱人)[^，。！？!?]{0,3}走了",
    // Nobody at hand to do it: living alone, the family away, a body that cannot.
    "独居|一个人住|没人(做饭|照顾|管|陪)|(儿子|女儿|子女|儿女)[^，。！？!?]{0,2}不管|刚出院|刚做完手术|照顾不过来|回不(去|来)|(儿女|子女|孩子)[^，。！？!?]{0,4}在外地",
    "看不见|眼睛不好|腿脚?不(好|便|方便)|行动不便|去不了|下不了|爬不上|抱不动",
    // A person who cannot work a phone or read a screen, now that the counter has moved into one.
    "不会(操作|补办|在手机上)|(不用|没有|不会用)智能手机|(用不了|不会用)手机|看不清|耳背|说不清楚?话",
    // Someone who cannot come to a counter themselves ("她一年多出不了门", "不能自己去窗口").
    "出不了门|(没法|无法|不能)[^，。！？!?]{0,2}(自己)?(去|出门|到场)",
  ].join("|"),
);
// Someone asked to come and do a thing for the writer ("能不能每天送一顿饭", "社区能不能隔两天去看看她").
const RELIEF_ASKED =
  /(有没有|能不能|可不可以|能否)[^。！？!?]{0,12}(救助|援助|帮扶|托养|喘息|照料|有人|派(个)?人|帮忙|帮帮|帮我|帮(忙)?找|想想办法|送|看一眼|(去|来|到)(家里|家|他家|她家)?看看|陪|教我|住的地方|地方住|住处)|有没有人能(念|读|帮|陪|教)/;
const PROCEDURE_ASKED = /怎么申请|如何申请|材料|流程|手续|哪些|要带什么|怎么办理|条件/;
const HARDSHIP_BEFORE_RELIEF = new RegExp(`(${HARDSHIP.source})[\\s\\S]{0,60}${RELIEF_ASKED.source}`);
/*
 * Someone who cannot come asks the counter or the nurse to come to them ("我爸中风在床，社保认证能不能上门
 * 做"): the act asked is the relief, whichever unit performs it. Framed as a question about the service
 * ("想问问护士能否上门打针", "我问一下…"), it asks what is offered and stays a consultation.
 */
const VISIT_ASKED = /(有没有|能不能|可不可以|能否)[^。！？!?]{0,12}上门/;
const HARDSHIP_BEFORE_VISIT = new RegExp(`(${HARDSHIP.source})[\\s\\S]{0,60}${VISIT_ASKED.source}`);
const ASKING_FRAME = /想(请)?问|问一下|问问/;
function reliefForHardship(text: string): string | null {
  if (PROCEDURE_ASKED.test(text)) return null;
  const m = HARDSHIP_BEFORE_RELIEF.exec(text);
  if (m) return RELIEF_ASKED.exec(m[0])?.[0] ?? null;
  if (ASKING_FRAME.test(text)) return null;
  const visit = HARDSHIP_BEFORE_VISIT.exec(text);
  return visit ? (VISIT_ASKED.exec(visit[0])?.[0] ?? null) : null;
}

/*
 * Two private parties bound by a deal or by family, told at odds: a tenant and the landlord over the
 * deposit or an early eviction ("房东不退押金，说墙上有钉子眼", "合同还没到期房东让我一周内搬走"),
 * roommates over shared bills, or kin over an inheritance, caring for a parent or a child's support
 * ("兄弟几个为了赡养老人闹翻了", "小叔子说他出钱翻修过要多分"). No unit is at fault; a mediator settles it.
 * The landlord's side of the same quarrel too: a tenant who will not pay or leave, or damaged the flat
 * ("租客欠了半年房租还不走", "租客把橱柜拆了不认账"); on the read sets 13 of 14 such messages were disputes
 * (the other a thanks for the settling).
 * A tenant thrown out with nowhere to go asks for help first, and an agency that took the money is a
 * business accused.
 */
const TENANCY_AT_ODDS =
  /房东[^。！？!?]{0,30}(押金|搬走|搬离|退租|违约|涨房租|涨租|换锁|扣)|(押金|搬走|搬离)[^。！？!?]{0,20}房东|(室友|合租)[^。！？!?]{0,30}(分摊|平摊|不交|不给|吵|欠)|租客[^。！？!?]{0,30}(不搬|不走|不肯|赖着|拖欠|欠[^。！？!?]{0,6}房租|不交房租|换了?锁|(弄|搞|啃|砸)坏|拆了|拉黑)/;
const KIN_AT_ODDS =
  /(兄弟|姐妹|姊妹|婆家|娘家|小叔子|大伯子|妯娌|前夫|前妻|继母|继父)[^。！？!?]{0,30}(分配|怎么分|多分|赡养|吵|闹|争|抚养费|探视)/;
// Households of one building split over a shared project or its cost ("一楼二楼死活不同意", "电梯的电费分摊一楼的
// 不愿意出", "费用分摊谈不拢"); a building's share unpaid to a unit is not this.
const HOUSEHOLDS_SPLIT =
  /(一楼|二楼|低层|低楼层|那家|那户|几户|有户|一户)[^。！？!?，,]{0,8}(不同意|反对|不愿意?出|不肯出|不签字?|不愿意签)|电梯[^。！？!?]{0,12}(分摊|谈不拢)/;
const PLEA_NOT_DEAL = /中介|没地方住|交不上|交不起|拿不出|实在没办法|救助|申请|带着(两个)?孩子/;
function privateDeal(text: string): string | null {
  if (PLEA_NOT_DEAL.test(text)) return null;
  return (TENANCY_AT_ODDS.exec(text) ?? KIN_AT_ODDS.exec(text) ?? HOUSEHOLDS_SPLIT.exec(text))?.[0] ?? null;
}

/*
 * Two parties told at odds with each other ("两家为了补偿闹得不可开交", "两户都说是自己家的，互相把锁撬
 * 了", "两边员工差点打起来"): a quarrel a mediator settles, whoever the parties are. Two units passing
 * the buck ("双方互相推诿", "各执一词，都不愿出钱") is a complaint against both, and is not this.
 */
const AT_ODDS =
  /(两家|两户|两边|双方|两拨|两伙|两家人)[^。！？!?]{0,20}(打起来|吵|闹|对骂|骂|撬|抢|动手|互相(骂|指责|推搡|撬)|不可开交)|互相(骂|指责|推搡|撬)/;
const BUCK_PASSING = /推诿|推给|扯皮|踢皮球|都不(愿|肯)(出钱|管|修)/;
/*
 * A quarrel told in the open, whoever the parties ("上门说了两回就吵起来了", "车队跟小区闹翻了", "闹得很不
 * 愉快", "两家差点打起来"): on the read sets other than the one read for it, 85 of the 87 messages so worded
 * were disputes (the other two a thanks and a proposal). A fight in the street ("门口有人打架") is a
 * complaint to the police, so blows count only as a threat (差点/快/要打起来).
 */
const QUARREL_TOLD =
  /闹得?[^，。！？!?]{0,2}(不愉快|很僵|僵了|翻了?)|闹僵|吵翻|发生(了)?(冲突|口角|争执)|起了?冲突|吵了?起来|吵了一架|吵了(好|几)几?(次|回)|(差点|快|要)打起来|(差点|快)(推搡|动手|动起手)|(打|推搡)起来差点|翻脸(?!不认)/;
function partiesAtOdds(text: string): string | null {
  if (BUCK_PASSING.test(text)) return null;
  return (AT_ODDS.exec(text) ?? QUARREL_TOLD.exec(text))?.[0] ?? null;
}

/*
 * The writer asks for a mediator ("想请社区来调解", "想找人评评理", "能不能请街道组织双方坐下来谈"): the
 * message is a quarrel to settle, whoever the other party is (a neighbour, a shop, a boss). The member
 * model, taught by letters that accuse a unit, reads the story told before it as a complaint; on the
 * read sets such letters, with the rules already leaning to a dispute, were disputes 19 times in 19.
 * "协调解决" (a unit asked to sort out a fault between two offices) holds 调解 only by accident, and
 * "找谁说理" asks where to complain.
 */
/*
 * Also the community itself asked to step in between the parties ("恳请社区出面协调", "社区能不能出面给划清楚",
 * "想请社区出面说说"): on the read sets 40 of 45 messages that ask the community, the street or a mediator's
 * office so are disputes (11 read as complaints). A government or a leader asked to step in ("请政府出面协调",
 * "希望领导出面") is a letter's plea against a company or an office and is not this: Teddy's letters that say so
 * are complaints 12 times in 13 (the other a suggestion), and none of them names the community.
 */
const MEDIATION_ASKED = new RegExp(
  [
    /(请|想|求|找|申请|要求|希望|能不能|帮忙|帮我们|出面|组织|来)[^。！？!?，,]{0,12}((?<!协)调解|调节一下|(?<!谁|哪)(评评?理|说理)|坐下来(谈|商量|协商)|说道说道|中间人|从中(协调|说和|调和)|说和一下|(双方|各方|两家|几方)[^。！？!?，,]{0,4}(协商|商量|面谈|坐一起))/
      .source,
    /(社区|居委会|网格员|村委会?|街道|司法所)[^。！？!?，,]{0,8}出面[^。！？!?，,]{0,3}(协调|调和|说和|主持|组织[^。！？!?，,]{0,4}(协商|商量)|说说|给?划清|评理)/
      .source,
  ].join("|"),
);
function mediationAsked(text: string): boolean {
  return MEDIATION_ASKED.test(text);
}
/*
 * A mediator asked for in other words than 调解 ("想请社区来做个中间人", "请网格员从中说和"): as much a
 * dispute as the word itself (cue dispute1's weight), which these words do not fire.
 */
const MEDIATION_WORDS_WEIGHT = 2.5;

/*
 * Praise no one means: an appraisal in scare quotes ("谢谢你们这么“及时”", "真是太\"贴心\"了"), or speed
 * praised over a wait of weeks ("效率真高啊 报修二十八天就来人了", "可真快，坏了二十天终于修好了"). A short
 * wait praised ("三天就修好了") or a long fault before a quick fix ("坏了一个多月，这次三天就修好了") is meant.
 */
const QUOTED_APPRAISAL =
  /[“"「‘『][^”"」’』]{0,3}(及时|高效|负责|给力|贴心|周到|到位|效率|热情|为民|用心|专业|神速|快)[^”"」’』]{0,2}[”"」’』]/;
const SPEED_PRAISE = /效率(真|很|可|太|好)?高|(真|可真|好|太|这么)快|神速|迅速|(真|很|太|这么)及时/;
const LONG_WAIT =
  /([十百]|[二三四五六七八九两几]十|[1-9][0-9])[多几]?[一二三四五六七八九]?(天|日|回|次)[^，。！？!?\s]{0,2}(终于|才|就)|[一二三四五六七八九十两几半0-9]+[多几]?个?(月|年|星期|礼拜)[^，。！？!?\s]{0,2}(终于|才|就)/;
function ironicPraise(text: string): boolean {
  return QUOTED_APPRAISAL.test(text) || (SPEED_PRAISE.test(text) && LONG_WAIT.test(text));
}

/*
 * Praise the writer announces as a preface ("先表扬一下…不过也说一句…", "首先感谢…。但有个问题：…", "先夸一下…；
 * 但要吐槽…"): the 先 says something else is coming, and after the turn comes the grievance the message is
 * for. The praise is no addendum's main part and no evidence of praise.
 */
const PRAISE_PREFACE = /^(先|首先)[^，。,！!]{0,6}(夸|表扬|感谢|谢谢|点赞|说声谢)/;
const PREFACE_TURN = /但|不过|可是|然而|吐槽|有个问题/;
const PREFACED_GRIEVANCE_WEIGHT = 1.5;
function prefacedGrievance(text: string): string | null {
  const t = text.trim();
  const preface = PRAISE_PREFACE.exec(t);
  if (!preface) return null;
  return PREFACE_TURN.exec(t.slice(preface[0].length))?.[0] ?? null;
}

/** The praise before an addendum, or null when the message is not shaped so. */
function praiseBeforeAddendum(text: string): string | null {
  if (prefacedGrievance(text)) return null;
  const clauses = text.split(/(?<=[。！？!?；;\n，,\s])/);
  let end = 0;
  for (let i = 0; i < clauses.length - 1; i++) {
    end += clauses[i]!.length;
    const main = text.slice(0, end);
    // The thanks may open the account ("感谢物业，楼道灯都换成声控的了。另外…") or close it.
    if (!THANKS_IN_CLAUSE.test(main)) continue;
    const rest = text.slice(end);
    if (!ADDENDUM.test(rest) || CONDITIONAL_IMPROVEMENT.test(rest)) continue;
    // Two parties at odds after the thanks ("不过门禁卡的钱二楼那几户不愿意出") are the message, not a note.
    if (privateDeal(rest) || partiesAtOdds(rest)) return null;
    if (
      !(GOT_DONE.test(main) || DONE_SOON.test(main) || BETTER_STATE.test(main)) ||
      STILL_ASKING.test(main) ||
      STILL_WRONG.test(main) ||
      /建议/.test(main)
    )
      return null;
    return main;
  }
  return null;
}

function pickByRules({ scores, words }: KindEvidence): KindFinding {
  // Ties go to the rarer, more specific kind (ORDER).
  let best: Kind = ORDER[0]!;
  for (const k of ORDER) if (scores.get(k)! > scores.get(best)! + 1e-9) best = k;
  const ranked = [...scores.values()].sort((a, b) => b - a);
  const margin = ranked[0]! - (ranked[1] ?? 0);
  // Maps the margin to 0.55..0.95: a clear lead is trustworthy, a near-tie is a guess.
  const confidence = Math.min(0.95, 0.55 + 0.1 * margin);
  return { kind: best, confidence, evidence: words.get(best)! };
}

/*
 * A letter that closes on a proposal ("…建议在社区服务站设个代缴点", "建议学校或社区搞个课后托管") has
 * told the problem first to ground it: the closing sentences say what it is for. The model learnt
 * from a board whose letters mostly complain, so its prior for a long account outvotes the rules'
 * reading there; on the read sets such letters were suggestions about nine times in ten. A proposal
 * to act against someone (complaint9) is a complaint's request and does not count.
 */
const PROPOSAL = /建议|建义|提议/;
// The cues that read something added or set up ("希望…增设", "能不能在…设", "能不能开个…").
const ADDITION_CUES = KIND_CUES.filter((c) => ["suggestion6"].includes(c.id));
const WEIGH_IT = /望[^。！？!?]{0,8}(采纳|研究|考虑)|予以考虑|研究考虑|考虑采纳/;
const PUNITIVE = KIND_CUES.find((c) => c.id === "complaint9")!.pattern;
const SUGGESTION_WORD = KIND_CUES.find((c) => c.id === "suggestion1")!.pattern;
/*
 * Proposals set out as a numbered list ("建议：一、…；二、…", "关于…的几点建议：一、…"): the list is the
 * letter's point, wherever it stands and whatever grievance grounds it (24 of 24 such messages on the
 * read sets were suggestions). A list's items end in "；", so the closing sentences hold only its last
 * items and miss the 建议 that heads them.
 */
const LISTED_PROPOSAL = /(建议|提议)(如下)?[:：]\s*(一|1|（一）|\(一\)|第一|①)[、.．，,是]/;
// A clerk's note that files the call as a report ("来电人反映：…，建议加强巡查"): on the read sets none of
// the 200 notes that open so was a suggestion.
const REPORT_FRAME = /^(来电人|来电|市民|居民)(称|反映)/;
/*
 * A regulator asked to enforce ("建议市场监管部门加强明码标价检查", "建议城管依法查处"): the complaint's request,
 * as a punitive proposal is, when it is the letter's last word; with other proposals beside it ("…加强巡查，
 * 在沿线设置污水收集设施") the letter proposes.
 */
const ENFORCEMENT_ASKED =
  /建议[^。！？!?，,]{0,12}(部门|局|城管|执法|监管|派出所)[^。！？!?，,]{0,4}(加强|严格|依法)[^。！？!?，,]{0,8}(检查|执法|监管|巡查|查处|整治)[^。！？!?，,]{0,8}[。！!]?\s*$/;
const BARE_COURTESY =
  /^\s*(谢谢|感谢|多谢|非常感谢|谢谢(您|你们|领导)?|此致|敬礼|辛苦了|麻烦了)[！!。.～~]*\s*$/;
function closingProposal(text: string): boolean {
  if (hanCount(text) < CHAT_HAN) return false;
  if (ENFORCEMENT_ASKED.test(text)) return false;
  if (LISTED_PROPOSAL.test(text)) return true;
  // A bare courtesy at the very end ("…另外，停水期间能否安排送水车？谢谢。") closes nothing: the letter's
  // last two sentences are the two before it.
  const sentences = text
    .split(/(?<=[。！？!?；;\n])/)
    .filter((s) => s.trim())
    .filter((s, i, all) => i < all.length - 1 || !BARE_COURTESY.test(s));
  if (PUNITIVE.test(text) || REPORT_FRAME.test(text.trim())) return false;
  if (sentences.length < 2) {
    // A chat message told in one long sentence ("…，我们自己撕了又贴，我建议物业装个监控，…") closes on
    // its last clauses: 57 of 60 such messages with 建议 there were suggestions on the read sets.
    const clauses = text.split(/(?<=[，,])/).filter((c) => c.trim());
    return clauses.length >= 3 && PROPOSAL.test(clauses.slice(-2).join(""));
  }
  const closing = sentences.slice(-2).join("");
  // "建议…。目前…。希望有关部门考虑。": the proposal leads and the close asks that it be weighed.
  if (PROPOSAL.test(closing) || (PROPOSAL.test(text) && WEIGH_IT.test(closing))) return true;
  // "…只有台阶，没有坡道。能不能在入口设个坡道？": the last sentence asks for something added (cue
  // suggestion6), not for the writer's own home nor a meeting to settle a quarrel. The wider cues
  // (希望…加强/规范/增加) close as many complaints and lost 4 on the read sets.
  const last = sentences[sentences.length - 1]!;
  return (
    ADDITION_CUES.some((c) => c.pattern.test(last)) &&
    !FOR_MY_HOME.test(last) &&
    !QUARREL_OR_MEDIATION.test(text)
  );
}

/*
 * A message that opens with its proposal ("希望交通部门在节假日增派人手疏导…", "建议社区在楼下设个快递
 * 柜，现在包裹都堆在门口"): what follows grounds it. On the read sets 278 of 286 messages that open so
 * were suggestions, yet a problem told after the proposal, or a board's prior for long letters, read
 * many of them as complaints. A wish for someone to come ("希望有人能陪…"), a proposal to act against
 * someone (complaint9) and a sarcastic one are not this.
 */
const OPENING_PROPOSAL = /^(建议|希望)(?!(能|可以)?有(个)?(人|志愿者|好心人|爱心))/;
const OPENING_PROPOSAL_WEIGHT = 2.5;
function openingProposal(text: string): boolean {
  const trimmed = text.trim();
  if (!OPENING_PROPOSAL.test(trimmed)) return false;
  // A title ("希望尽快整治某路段占道经营") is one clause with nothing after the proposal to ground it;
  // on a board's titles such a line is as often the complaint's own request.
  const clauses = trimmed.split(/[，,。！？!?；;\s]+/).filter((c) => /\p{Script=Han}/u.test(c));
  if (clauses.length < 2) return false;
  const first = trimmed.split(/(?<=[。！？!?；;\n])/)[0] ?? trimmed;
  return !PUNITIVE.test(first) && !SARCASM.test(first);
}
/*
 * Something missing told, then a new one asked for ("这片一个快递驿站都没有…能不能开一个", "到地铁站没有公交，
 * 能不能加开一条接驳线"): the shape of a proposal, though it reads as a grievance. A letter that pleads
 * (恳请) for a signal at a crossing is split between the two on the read sets and is not this, nor is a
 * thing asked to be put in for the writer's own home ("能不能帮我装").
 */
const MISSING_THEN_NEW =
  /(没有|没个|缺少|缺乏|一个[^，。！？!?]{0,6}都没)[^。！？!?]{0,40}(能不能|可不可以|能否|希望)[^。！？!?]{0,20}(装|设|建|开|增设|设置|加装|安装|增加|添|配|修建|开设|划|扩建)/;
const FOR_MY_HOME = /帮(我|我们|他|她)|给(我|我们)家/;
function missingFacility(text: string): string | null {
  const m = MISSING_THEN_NEW.exec(text);
  if (!m || FOR_MY_HOME.test(m[0]) || PUNITIVE.test(text)) return null;
  return m[0];
}

/*
 * A public service asked to open longer, at other times or off an hour that troubles ("卫生站能不能周末也开半天", "菜市场能不能开到晚上
 * 七点", "活动室能不能晚上开放"), or to hold an event ("希望社区组织一次防诈骗讲座", "能不能搞个义诊"): a
 * proposal, however the hardship before it is told. On the read sets 43 of 45 messages asking for
 * hours so were suggestions (a complaint and a wish the others), and 29 of 30 asking for an event (the
 * other a praise with a request at its end); the model's complaint prior read eleven as complaints. A lamp, a heater or a valve asked
 * to be switched on at night is a fault to fix, not hours.
 */
const HOURS_ASKED =
  /(能不能|能否|可不可以|可否|希望)[^。！？!?，,]{0,20}((周末|周六|周日|节假日|晚上|中午|夜间|早上)[^。！？!?，,]{0,4}也?[^。！？!?，,]{0,3}(开|开放|营业|办公|值班)|(延长|开|改)到[^。！？!?，,]{0,6}(点|晚上|周末))/;
const NOT_HOURS = /灯|空调|暖气|热水|阀|闸|窗/;
// A service's work moved off an hour that troubles the residents ("回访电话能不能别中午打", "停电检修能不能
// 别安排在大热天的中午"): 3 of 3 on the read sets; "能不能别打了" names no hour and stays a grievance.
const HOUR_AVOIDED =
  /(能不能|能否|可不可以|希望)(别|不要)(安排)?(在)?[^，。！？!?]{0,10}(中午|早上|晚上|半夜|凌晨|大热天|高峰|[0-9一二三四五六七八九十]点)/;
const EVENT_ASKED =
  /(希望|建议|能不能|可不可以|能否|可否)[^。！？!?，,]{0,16}(组织|开展|举办|搞|办|开)[^。！？!?，,]{0,20}(讲座|活动|培训|课堂|义诊|宣传|演练|讲堂|兴趣班)/;
/*
 * A service's arrangement asked to change ("暑期班能不能分上午下午两场", "广告屏能不能改成放社区通知", "群能不能
 * 按小区分一下"): a proposal about how it is run, not a fault to fix.
 */
const ARRANGEMENT_CHANGED =
  /(?<!你)(能不能|可不可以)[^。！？!?，,]{0,10}(改成|改为|换成|分成|分开|分一下|分(上午|下午|早晚|两|几)|错开|轮流|轮着)/;
/*
 * Something new demanded in a rhetorical question ("就不能在小区门口加个站吗？", "你们就不能把垃圾桶挪到拐角去吗？！",
 * "就不能划个地方让他们摆吗"): angry, but what it asks for is a change; the sets' writers filed 9 of 10 such
 * messages as suggestions. A job asked to be done right the first time ("就不能一次说清楚吗", "就不能暑假干吗") faults
 * how it was done and is not this.
 */
const FACILITY_DEMANDED =
  /就不能(?!一次)[^。！？!?]{0,12}(加|装|搞|设|划|建|挪|另找|开到|开通|增)[^。！？!?]{0,16}(吗|嘛|呢|[？?])/;
// A broken thing asked to be replaced by a better one ("木桥烂了两块板…能不能换成水泥的") is a repair.
const BROKEN_BEFORE = /坏了|烂了|破了|塌了|断了/;
function serviceProposal(text: string): string | null {
  if (PUNITIVE.test(text)) return null;
  const hours = HOURS_ASKED.exec(text);
  // The thing asked to be on may stand before the modal ("路灯能不能晚上开着").
  if (hours && !NOT_HOURS.test(text.slice(Math.max(0, hours.index - 8), hours.index + hours[0].length)))
    return hours[0];
  const changed = BROKEN_BEFORE.test(text) ? null : ARRANGEMENT_CHANGED.exec(text);
  return (
    (EVENT_ASKED.exec(text) ?? HOUR_AVOIDED.exec(text) ?? changed ?? FACILITY_DEMANDED.exec(text))?.[0] ??
    null
  );
}

/*
 * A letter that asks whether a thing is lawful or who is in charge ("请问…是否合法？") and closes on a plea
 * to act ("恳请有关部门依法查处", "恳请教育局予以规范"): the question grounds the plea, as it does in a
 * complaint. A plea for an answer ("恳请解答", "恳请答复") keeps it a question.
 */
const ASKED_THEN_PLEA = /(请问|是否|为何)[^。]{0,80}[？?][^？?]{0,6}(恳请|请求)([^？?]{2,30})[。！!]?\s*$/;
const PLEA_FOR_ANSWER = /解答|答复|解释|告知|指导|回复|明确|说明/;
function closingPlea(text: string): boolean {
  const m = ASKED_THEN_PLEA.exec(text.trim());
  return !!m && !PLEA_FOR_ANSWER.test(m[3]!);
}

// "建议干脆把牌子摘了", "建议改名叫噪音一条街": a proposal no one means, said of a fault.
const SARCASM = /干脆|改名/;

function closingSentences(text: string): string {
  const sentences = text.split(/(?<=[。！？!?；;\n])/).filter((s) => s.trim());
  return sentences.slice(-2).join("");
}

function softmax(xs: readonly number[]): number[] {
  const max = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}
