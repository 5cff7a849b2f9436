import type { RankedCategory } from "./category-model.js";

/*
 * Where the taxonomy itself decides between two categories that share words, the classifier's
 * reading of the words is overruled: noise from a building site at night is 夜间施工, which the
 * housing department permits and stops (建设施工), not 噪音扰民 for the community. Renovation inside
 * a home (装修) stays noise: no site permit governs it.
 */
const SITE = /工地|施工|打桩|浇筑|混凝土|搅拌车|塔吊|渣土车|挖掘机|基坑|桩机/;
const NIGHT = /夜间|夜里|半夜|深夜|凌晨|通宵|整夜|晚上\S{0,6}点|[十1][一二12]点(以后|多|了)/;
const HOME_RENOVATION = /装修/;

/*
 * 政务服务 is the counter: how to get a document (身份证, 户口, 居住证, 营业执照, 社保卡). A question about
 * applying for a benefit or paying a contribution belongs to the unit that owns the benefit: the
 * procedure words (怎么申请, 需要什么材料, 在哪里办) say nothing about who decides. Subjects whose
 * owner the taxonomy leaves open (社保卡, 退休手续, 驾驶证 renewals) stay with the classifier.
 */
const SUBJECTS: readonly (readonly [string, RegExp])[] = [
  [
    "labor",
    /(交|缴|补缴|补交|断缴)(纳|的)?社保|社保(缴|补缴|补交|断缴|基数)|失业(金|保险金)|工伤|灵活就业|劳动(合同|仲裁)|拖欠工资|加班费|离职证明|退休金|养老金(调整|发放|涨)/,
  ],
  [
    "social_assistance",
    /低保|特困|残疾证|残疾人(补贴|护理|两项)|临时救助|高龄(津贴|补贴)|丧葬(补助|费)|尊老金/,
  ],
  ["health", /医保报销|新农合|合作医疗|疫苗|家庭医生|门诊慢(性|特)病|慢性病|异地就医|医保\S{0,4}备案/],
  ["education", /入学|入园|学籍|转学|中考|助学|学费/],
  ["water_supply", /水费|自来水(开户|过户|户名)/],
  ["power_supply", /电费|峰谷电|充电桩报装/],
  ["heating", /(供暖|取暖|暖气)费|(供暖|暖气)(报停|停供|开通)/],
  ["gas_supply", /燃气(开户|过户|户名)/],
  ["market", /食品经营许可/],
];

/**
 * A short question is about its subject; a letter names benefits as background ("社保缴纳满三年，
 * 请问能否落户"), so there the classifier's reading of the whole stands.
 */
const SHORT_QUESTION = 80;

/** The category the taxonomy fixes for this text, or null when the classifier's reading stands. */
export function categoryByTaxonomy(text: string, ranked: readonly RankedCategory[]): RankedCategory | null {
  const top = ranked[0];
  if (top?.category === "government_service")
    return text.length < SHORT_QUESTION ? subjectOwner(text, ranked) : null;
  if (!top || top.category !== "noise") return null;
  // Site and night in one sentence: a letter about noise in general may name both far apart.
  const atNight = text
    .split(/[。！？!?；;\n]/)
    .some((s) => SITE.test(s) && NIGHT.test(s) && !(HOME_RENOVATION.test(s) && !/工地/.test(s)));
  if (!atNight) return null;
  // The mass the classifier gave to "this noise" moves to the category that owns it.
  const share = ranked
    .filter((r) => r.category === "noise" || r.category === "construction")
    .reduce((sum, r) => sum + r.probability, 0);
  return { category: "construction", probability: share };
}

/** The category owning the subject of a procedure question, the most probable if several do. */
function subjectOwner(text: string, ranked: readonly RankedCategory[]): RankedCategory | null {
  const owners = new Set(SUBJECTS.filter(([, pattern]) => pattern.test(text)).map(([category]) => category));
  if (owners.size === 0) return null;
  const owner = ranked.find((r) => owners.has(r.category));
  if (!owner) return null;
  return { category: owner.category, probability: owner.probability + ranked[0]!.probability };
}

/*
 * 其他 is a last resort. The classifier learnt it from greetings and vague openings, so a report
 * told with fillers (嗯, 那个, 我跟你说啊) or in dialect can score it first although a real category
 * comes close behind: such a report is filed under that category (at its own, low, probability,
 * so it waits for a dispatcher below the triage line) instead of being questioned as empty.
 */
const RUNNER_UP_OVER_OTHER = 0.2;
const MIN_HAN_OVER_OTHER = 12;

/** The category to file instead of a first-placed "other", or null when "other" stands. */
export function insteadOfOther(text: string, ranked: readonly RankedCategory[]): RankedCategory | null {
  if (ranked[0]?.category !== "other") return null;
  if ((text.match(/\p{Script=Han}/gu) ?? []).length < MIN_HAN_OVER_OTHER) return null;
  const next = ranked[1];
  return next && next.probability >= RUNNER_UP_OVER_OTHER ? next : null;
}
