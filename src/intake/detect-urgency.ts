import type { Urgency } from "../domain/taxonomy.schema.js";

export interface UrgencyFinding {
  urgency: Urgency;
  /** The phrase that decided it, for dispatchers and for tests. */
  reason: string | null;
}

/**
 * Life or safety at risk now. Recall matters more than precision: a false alarm costs a phone
 * call, a missed gas leak costs lives, so these patterns are deliberately broad.
 */
const EMERGENCY: readonly RegExp[] = [
  // Gas
  /(燃气|煤气|天然气|液化气)(管道?)?(泄漏|泄露|漏了|漏气|爆炸|爆了)/,
  /(燃气|煤气|天然气|液化气)的?(味|气味|味道)/,
  /漏气|闻到.{0,4}(燃气|煤气|天然气)|煤气中毒|一氧化碳/,
  // Fire and electrical fire
  /着火|起火|失火|火灾|火警|烧起来|浓烟|冒烟|冒火|火苗|火光|焦糊味|爆炸/,
  // Someone hurt, trapped, missing or in danger
  /受伤|流血|出血|砍伤|刺伤|被砍|被捅|骨折|昏迷|晕倒|不省人事|没有?呼吸|心脏病发|抽搐|休克/,
  /触电|被电(到|击|了)|电到人/,
  /困人|被困|困在|关在(里面|电梯)|卡在.{0,8}(出不来|里面)|出不来了?/,
  /被压|压在(下面|底下)|埋在|(倒塌|坍塌|塌了|塌下来).{0,12}(人|伤)|(人|伤).{0,12}(倒塌|坍塌|塌了)/,
  /掉进(河|水|井|坑|湖|池)|落水|溺水|淹着人/,
  /(?<!防)走丢|(?<!防)走失(?!过)|失踪|找不到(人|孩子|老人)|(孩子|老人|小孩)(丢了|不见了)/,
  /摔倒.{0,8}(起不来|流血|不动|昏)|起不来了|倒在地上/,
  /持刀|拿刀|动刀|杀人|打架.{0,8}(伤|血|刀)|跳楼|轻生|自杀|要跳/,
  /危险化学品|有毒气体|毒气/,
];

// Gas "smell" sentences that deny the smell must not fire, e.g. "报警器响但是没闻到味".
const NEGATED_GAS = /(没|没有|不)闻到/;

/** Daily life stopped: no water, no power, no heating, sewage flooding. Shortest deadline. */
const URGENT: readonly RegExp[] = [
  /停水|断水|没(有)?水了?|不来水|没来水|一滴水|水管(爆|裂|冻裂)|爆管|管子爆/,
  /停电|断电|没(有)?电了?|不来电|没来电|全楼断电/,
  /没(有)?暖气|暖气(停|断)了|停暖|停止供暖/,
  /(燃气|天然气|煤气)(停了|停供|断了)|没(有)?气了|没法做饭|做不了饭/,
  /井盖(丢|没了|不见|缺失|被偷)|路面塌陷/,
  /污水(外溢|横流|漫|冒)|粪水|化粪池(满|冒|溢)|污水井冒|下水道(冒|返)水|(冒|漫)出来.{0,6}(污水|脏水)|(污水|脏水).{0,4}(冒|漫)出来/,
];

export function detectUrgency(text: string): UrgencyFinding {
  for (const re of EMERGENCY) {
    const m = re.exec(text);
    if (!m) continue;
    if (/(燃气|煤气|天然气)/.test(m[0]) && !/泄|漏/.test(m[0]) && NEGATED_GAS.test(text)) continue;
    return { urgency: "emergency", reason: m[0] };
  }
  for (const re of URGENT) {
    const m = re.exec(text);
    if (m) return { urgency: "urgent", reason: m[0] };
  }
  return { urgency: "normal", reason: null };
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
  /停水|断水|没水|水管.{0,3}(爆|裂|破)|爆管|停电|断电|没电|跳闸|停暖|没有?暖气|暖气.{0,3}(停|断|爆|裂)|停气|没气|井盖|塌陷|污水|粪|化粪池|下水道.{0,3}(冒|返|堵)|冒水|漫水|积水|淹/;

export function urgencyEvidence(text: string): Urgency {
  const detected = detectUrgency(text).urgency;
  if (detected === "emergency" || EMERGENCY_HINTS.some((re) => re.test(text))) return "emergency";
  if (detected === "urgent" || URGENT_HINTS.test(text)) return "urgent";
  return "normal";
}
