import type { Segmenter } from "./segmenter.js";
import { extractFeatures } from "./text-features.js";
import {
  DENIED_SIGN,
  DEPENDANT,
  EVERYDAY_SMOKE,
  EXCLAMATION_TOPIC,
  GAS_SIGN,
  GAS_SUBSTANCE,
  LONG_ABSENCE,
  MADE_SAFE,
  NOT_A_PERSON,
  NOT_A_THING_SOUGHT,
  PAST_ANCHOR,
  PERSON,
  UNRESPONSIVE,
  liveSentences,
  normaliseUrgencyText,
} from "./urgency-rules.js";

// Character n-grams need no segmentation; without jieba the model loads in milliseconds.
const NO_WORDS: Segmenter = { cut: () => [] };
const NGRAMS = { words: false, wordBigrams: false, charNgrams: [1, 2, 3] };

/*
 * Concepts rather than phrases: the model learns how much "a gas word and a sign of escape in one
 * present-tense sentence" weighs, so a new wording that shares the concepts but no n-gram with the
 * training data still scores. The substance, person and absence lists are the rule detector's own.
 */
const HAZARD_CONCEPTS: readonly (readonly [string, RegExp])[] = [
  ["gas", GAS_SUBSTANCE],
  ["gas_sign", GAS_SIGN],
  ["smell", /味|臭|闻|呛|熏/],
  ["sound", /嘶|呲|哧|咝|滋滋|嗞嗞|响|叫|鸣|噼啪|噼里啪啦/],
  ["person", PERSON],
  ["dependant", DEPENDANT],
  ["unresponsive", UNRESPONSIVE],
  ["long_absence", LONG_ABSENCE],
  // Blood pressure, a blood test, leukaemia, anger, a train: everyday words that only look like harm
  // or fire.
  [
    "harm",
    /(?<![献验抽白])血(?!压|糖|脂|型|常规|病)|摔|跌|倒地|倒在|晕|伤|骨折|抽搐|吐|烫|疼得|动不了|起不来/,
  ],
  ["fire", /(?<![上恼灭])火(?!气|车|锅|腿|速|器|险)|烟|焦|糊|烧(?!开|水|饭|菜|烤|得)|爆|炸/],
  [
    "trap",
    /困|卡住|(?<!老年|公交|银行|社保|医保|饭|门禁|电|水|燃气|身份|会员|校园|学生|就诊|市民|交通|信用|储蓄|手机|电话)卡在(?!哪)|出不来|出不去|锁在|反锁|关在|压住|压在|埋/,
  ],
  [
    "absent",
    new RegExp(`(找不到|找不着)${NOT_A_THING_SOUGHT}|不见|没回|走丢|走失|联系不上|失踪|没到|未归|人呢`),
  ],
  ["water", /水|淹|河|湖|池塘|水库|江|海/],
  ["wire", /电线|电缆|高压线|线头|漏电|触电|带电|火花|配电|变压器/],
  ["structure", /塌|倒了|歪|斜|裂|掉下|坠|晃/],
  ["violence", /打|砍|刀|捅|抢|砸|掐|踹|威胁/],
  ["self_harm", /跳|不想活|轻生|自杀|寻死|遗书|告别/],
  ["poison", /毒|农药|误(吃|喝|服)|吞|刺鼻/],
];
const CONTEXT_CONCEPTS: readonly (readonly [string, RegExp])[] = [
  ["now", /正在|现在|刚刚|刚才|马上|还在|一直|此刻|眼下|这会儿/],
  ["help", /救命|快来|快派|赶紧|赶快|快点|帮帮|求求|急死|怎么办|来人/],
  [
    "question",
    /吗|怎么(办理|交|缴|申请|处理|预防|防)|如何|哪里可以|是否|能不能|请问|咨询|多少钱|什么时候|[？?]/,
  ],
  ["past", new RegExp(`${PAST_ANCHOR.source}|之前|以前|曾经|后来|早就|过去了`)],
  ["done", /已经.{0,8}(了|好了|修好|处理|解决|灭|找到|回来|送医|出院)|没事了|没大碍|平安/],
  ["prevention", /预防|防范|隐患|安全检查|排查|宣传|演练|培训|注意事项|提醒|建议|整改|加装|安装|检测/],
  ["money", /费|缴|充值|账单|收费|价格|报销|补贴|补助|退款|押金|发票|工资|赔偿/],
  ["hypothetical", /如果|万一|要是|假如|会不会|担心|害怕|怕|可能会|以免|防止/],
  ["letter", /尊敬|领导|您好|恳请|希望|相关部门|政府|回复|答复|落实/],
  ["not_person", NOT_A_PERSON],
  ["everyday_smoke", EVERYDAY_SMOKE],
  ["denied", DENIED_SIGN],
  ["emergency_number", /110|119|120|报警(?!器)/],
];
const CRY = "救命|要命|急死|烦死|气死|愁死|命苦";
const CONCEPTS = [
  ...HAZARD_CONCEPTS,
  ...CONTEXT_CONCEPTS,
  // "救命啊，物业费又涨了": a cry about a bill or a noise, not for help.
  [
    "exclamation",
    new RegExp(
      `(${CRY})[^。！？!?]{0,15}(${EXCLAMATION_TOPIC.source})|(${EXCLAMATION_TOPIC.source})[^。！？!?]{0,15}(${CRY})`,
    ),
  ],
  ["access_door", /门禁|刷卡|刷不开|进不去|进不来|进不了/],
  // "冻死个人了", "吵死人了": a figure of speech about comfort, not a death.
  ["hyperbole", /(冻|冷|热|吵|累|烦|气|臭|熏|晒|挤|闷)死(个)?人(了|啦|哦|呀)?/],
  ["made_safe", MADE_SAFE],
  ["stranger", /陌生|不认识的?|人贩子|不明身份/],
] as const;
// Concept features count as several n-grams: a long letter would otherwise drown them.
const CONCEPT_WEIGHT = 3;

/**
 * The emergency model's features for one text: character 1–3-grams of the normalised text, every
 * concept found anywhere (`k:`), found in a present-tense sentence (`l:`), pairs of hazard
 * concepts in one present-tense sentence (`p:`). No length feature: a short message is not
 * a sign of danger, and the short everyday messages in training are too few to teach that.
 */
export function emergencyFeatures(text: string, options: { concepts?: boolean } = {}): Map<string, number> {
  const simple = normaliseUrgencyText(text);
  const counts = extractFeatures(simple, NO_WORDS, NGRAMS);
  // Without concepts: the n-gram-only variant, whose cross-validation owes nothing to the rules' lists.
  if (options.concepts === false) return counts;
  const add = (key: string, n = CONCEPT_WEIGHT): void => {
    counts.set(key, (counts.get(key) ?? 0) + n);
  };
  for (const [name, re] of CONCEPTS) if (re.test(simple)) add(`k:${name}`);
  const live = liveSentences(simple);
  const liveSeen = new Set<string>();
  const pairs = new Set<string>();
  for (const sentence of live) {
    const here = HAZARD_CONCEPTS.filter(([, re]) => re.test(sentence)).map(([name]) => name);
    for (const [name, re] of CONTEXT_CONCEPTS) if (re.test(sentence)) liveSeen.add(name);
    for (const a of here) liveSeen.add(a);
    for (let i = 0; i < here.length; i++)
      for (let j = i + 1; j < here.length; j++) pairs.add(`${here[i]}+${here[j]}`);
  }
  for (const name of liveSeen) add(`l:${name}`);
  for (const pair of pairs) add(`p:${pair}`);
  if (live.length === 0) add("k:no_live_sentence");
  return counts;
}

/**
 * Whether some present-tense sentence of the text names a hazard concept at all. When every such
 * sentence tells the past ("上个星期六我爸被困在电梯里…物业到现在也没个说法"), the model's n-grams
 * of the story alone must not make the message an emergency.
 */
export function hasLiveHazard(text: string): boolean {
  return liveSentences(normaliseUrgencyText(text))
    .map((sentence) => sentence.replace(SLEEPY, ""))
    .some((sentence) => HAZARD_CONCEPTS.some(([, re]) => re.test(sentence)) || LIVE_ONLY.test(sentence));
}

/*
 * 困 also means sleepy ("困死了，在车里睡会儿", "孩子困得不行"): for this check only it names no trap
 * (the model's features stay as trained). "被困死了", "困死在电梯里" are still a trap.
 */
const SLEEPY =
  /(好|太|很|真|犯|有点|有些|特别)困(?!住|在)|(?<!被|要被)困(死了(?!在)|得(不行|要命|睁不开|很)|倦|意|觉|了[，,、\s]*(想|要|就|先|去)?[^，。]{0,4}睡)/g;

/*
 * Dangers no concept above names, for this check only (the model's features stay as trained): a
 * vehicle hitting something or driving against the traffic, an animal biting, a balcony sagging
 * with its steel showing, a ride stopped in mid-air.
 */
const LIVE_ONLY = /撞(了|倒|上|到|伤|飞)|逆行|咬(人|伤|了)|抓伤|下垂|钢筋|半空/;
