import { z } from "zod";
import { Kind, TIER_CODES, Tier, Urgency } from "./taxonomy.schema.js";
import type { Kind as KindT, Tier as TierT, Urgency as UrgencyT } from "./taxonomy.schema.js";
import { KIND_LABEL, TIER_LABEL, URGENCY_LABEL } from "./labels.js";

/**
 * Tier rules: a short, ordered list an operator can read and change in the `routing` section of the
 * config. A rule only ever raises a tier (to at least `raiseTo`), never lowers it, so the order of the
 * rules does not change the outcome; every rule that matches is reported with its reason.
 */
const common = {
  /** Machine code written to the event log, e.g. "TIER.MANY_REPORTERS". */
  code: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$/, 'use upper-case codes such as "TIER.MANY_REPORTERS"'),
  raiseTo: Tier,
  /**
   * Reason shown to dispatchers (Chinese). Placeholders: {tier} (the raiseTo label), {count},
   * {reporters}, {keyword}, {units}, {urgency}, {category}, {kind}. A default text is used when absent.
   */
  reason: z.string().min(1).optional(),
};

export const TierRule = z.discriminatedUnion("when", [
  z.strictObject({ when: z.literal("reporters_at_least"), count: z.int().min(2), ...common }),
  z.strictObject({ when: z.literal("keywords"), keywords: z.array(z.string().min(1)).min(1), ...common }),
  z.strictObject({ when: z.literal("urgency"), urgency: z.array(Urgency).min(1), ...common }),
  z.strictObject({ when: z.literal("units_at_least"), count: z.int().min(2), ...common }),
  z.strictObject({ when: z.literal("category"), categories: z.array(z.string().min(1)).min(1), ...common }),
  z.strictObject({ when: z.literal("kind"), kinds: z.array(Kind).min(1), ...common }),
]);
export type TierRule = z.infer<typeof TierRule>;

export const TierRules = z.array(TierRule).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.code))
      ctx.addIssue({ code: "custom", path: [i, "code"], message: `duplicate rule code "${r.code}"` });
    seen.add(r.code);
  });
});

/** Words that signal a risk to life or property: such an appeal is at least 较大 whatever its category. */
export const SAFETY_KEYWORDS = [
  "燃气泄漏",
  "煤气泄漏",
  "天然气泄漏",
  "漏气",
  "着火",
  "起火",
  "火灾",
  "爆炸",
  "坍塌",
  "倒塌",
  "塌陷",
  "触电",
  "漏电",
  "电线掉落",
  "高空坠物",
  "危房",
  "井盖缺失",
  "溺水",
] as const;

/** Defaults, used when the config has no `routing.tierRules`. */
export const DEFAULT_TIER_RULES: readonly TierRule[] = TierRules.parse([
  { code: "TIER.MANY_REPORTERS", when: "reporters_at_least", count: 5, raiseTo: "major" },
  { code: "TIER.MASS_REPORTERS", when: "reporters_at_least", count: 20, raiseTo: "difficult" },
  { code: "TIER.SAFETY_RISK", when: "keywords", keywords: [...SAFETY_KEYWORDS], raiseTo: "major" },
  { code: "TIER.EMERGENCY", when: "urgency", urgency: ["emergency"], raiseTo: "major" },
  { code: "TIER.SEVERAL_UNITS", when: "units_at_least", count: 2, raiseTo: "difficult" },
  {
    code: "TIER.CROSS_JURISDICTION",
    when: "keywords",
    keywords: ["跨区", "跨区域", "市直部门", "市级部门", "两个区"],
    raiseTo: "cross",
  },
]);

export { TIER_LABEL };

const DEFAULT_REASON: Record<TierRule["when"], string> = {
  reporters_at_least: "已有{reporters}位群众反映同一问题（不少于{count}位），按{tier}诉求办理",
  keywords: "诉求涉及“{keyword}”，按{tier}诉求办理",
  urgency: "紧急程度为“{urgency}”，按{tier}诉求办理",
  units_at_least: "涉及{units}个单位，需协调办理，按{tier}诉求办理",
  category: "“{category}”类诉求按{tier}诉求办理",
  kind: "{kind}类诉求按{tier}诉求办理",
};

/** What the rules look at. */
export interface TierFacts {
  kind: KindT;
  category: string;
  /** The category's name for reasons, e.g. 供暖; the code is shown when absent. */
  categoryName?: string;
  urgency: UrgencyT;
  /** Summary, description and place, as one text. */
  text: string;
  reporterCount: number;
  /** Distinct units the matter involves (handler and co-handlers marked by the dispatcher). */
  units: readonly string[];
}

export interface TierReason {
  code: string;
  message: string;
}

export interface TierOutcome {
  tier: TierT;
  reasons: TierReason[];
}

/** Applies every rule to the facts; the result is the highest of `base` and every matching rule's tier. */
export function applyTierRules(base: TierT, facts: TierFacts, rules: readonly TierRule[]): TierOutcome {
  let tier = base;
  const reasons: TierReason[] = [];
  const text = facts.text.replace(/\s+/g, "");
  const units = new Set(facts.units);
  for (const rule of rules) {
    const vars: Record<string, string> = { tier: TIER_LABEL[rule.raiseTo] };
    let matched = false;
    switch (rule.when) {
      case "reporters_at_least":
        matched = facts.reporterCount >= rule.count;
        vars.count = String(rule.count);
        vars.reporters = String(facts.reporterCount);
        break;
      case "keywords": {
        const hit = rule.keywords.find((k) => text.includes(compact(k)));
        matched = hit !== undefined;
        vars.keyword = hit ?? "";
        break;
      }
      case "urgency":
        matched = rule.urgency.includes(facts.urgency);
        vars.urgency = URGENCY_LABEL[facts.urgency];
        break;
      case "units_at_least":
        matched = units.size >= rule.count;
        vars.count = String(rule.count);
        vars.units = String(units.size);
        break;
      case "category":
        matched = rule.categories.includes(facts.category);
        vars.category = facts.categoryName ?? facts.category;
        break;
      case "kind":
        matched = rule.kinds.includes(facts.kind);
        vars.kind = KIND_LABEL[facts.kind];
        break;
    }
    if (!matched) continue;
    if (rank(rule.raiseTo) > rank(tier)) tier = rule.raiseTo;
    reasons.push({ code: rule.code, message: fill(rule.reason ?? DEFAULT_REASON[rule.when], vars) });
  }
  return { tier, reasons };
}

/** A keyword without spaces, remembered: the same few keywords are checked for every ticket routed. */
const compacted = new Map<string, string>();
function compact(keyword: string): string {
  let c = compacted.get(keyword);
  if (c === undefined) {
    c = keyword.replace(/\s+/g, "");
    if (compacted.size >= 4096) compacted.clear();
    compacted.set(keyword, c);
  }
  return c;
}

export function rank(tier: TierT): number {
  return TIER_CODES.indexOf(tier);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
