import { z } from "zod";
import type { Complaint, Location } from "./complaint.schema.js";
import type { DomainConfig } from "./config.js";
import type { Unit, UnitLevel } from "./jurisdiction.schema.js";
import type { Tier } from "./taxonomy.schema.js";
import { DEFAULT_TIER_RULES, TIER_LABEL, TierRules, applyTierRules, type TierRule } from "./tier-rules.js";

/**
 * Routing: which unit handles a complaint, at which tier, and why. Deterministic (same input and
 * config → same decision) and explainable (every step adds a reason in Chinese with a machine code,
 * written to the ticket's event log at dispatch).
 *
 * 1. Category → handler (taxonomy `handler`): a unit id, "community" (the complaint's own community)
 *    or "centre". Category "other", or a category the taxonomy does not know → manual triage.
 * 2. Place → community: the community intake resolved, else the longest place name (or community
 *    name) from the jurisdiction found in the place text, then in the description. A community-handled
 *    category without a single resolvable community → manual triage.
 * 3. Tier: the given tier (general by default; a reopened ticket passes its raised tier), raised by
 *    the tier rules (tier-rules.ts).
 * 4. Tier → level:
 *    - community handler: general → the community; major → its parent street; difficult → the
 *      district centre; cross → the city centre.
 *    - department or utility handler (城管, 供水 …): general and major stay with the department — a
 *      street office cannot direct a district bureau or a utility, so a 较大 matter is still theirs,
 *      supervised by the centre; difficult → the district centre, which coordinates the department
 *      with district leaders; cross → the city centre.
 *    - a handler that is a street: general and major stay with it; difficult → centre; cross → city.
 *    - the centre itself: stays at the centre up to difficult; cross → city.
 *    A missing parent street or city unit falls back to the centre, with a reason saying so.
 * Triage decisions go to unit "centre" with `triage: true`; the dispatcher decides by hand.
 */

export const RoutingConfig = z.strictObject({
  /** Replaces the default tier rules entirely when present (an empty list disables raising). */
  tierRules: TierRules.optional(),
});
export type RoutingConfig = z.infer<typeof RoutingConfig>;

export interface RoutingInput extends Pick<
  Complaint,
  "kind" | "category" | "summary" | "description" | "urgency"
> {
  location: Pick<Location, "text" | "community">;
  /** Residents who reported this problem (a merged ticket has several). Default 1. */
  reporterCount?: number;
  /** Co-handling units a dispatcher marked (协办单位), besides the category's handler. */
  coUnits?: readonly string[];
  /** Starting tier: general for a new ticket, the raised tier for a reopened one. */
  tier?: Tier;
  /**
   * The engine's confidence in the category; absent when a person chose it. Below
   * LOW_CATEGORY_CONFIDENCE the ticket waits for a dispatcher instead of going to a wrong unit.
   */
  categoryConfidence?: number;
}

/**
 * Below this the engine's category is right less than about two times in three (measured on the
 * dev cases and a held-out tenth of the real-message corpus, see docs/intake.md): cheaper for a
 * dispatcher to pick from the top three than for a unit to send the ticket back.
 */
export const LOW_CATEGORY_CONFIDENCE = 0.4;

export interface RouteReason {
  code: string;
  message: string;
}

export interface RouteDecision {
  /** Unit id to dispatch to; "centre" for manual triage. */
  unit: string;
  level: UnitLevel;
  tier: Tier;
  /** True when a dispatcher must decide: the centre's manual triage queue. */
  triage: boolean;
  /** The complaint's community when resolved, even when the handler is a department. */
  community: string | null;
  reasons: RouteReason[];
}

const CENTRE = "centre";
const CITY = "city";

export function routeComplaint(
  input: RoutingInput,
  config: DomainConfig,
  routing: RoutingConfig = {},
): RouteDecision {
  const rules: readonly TierRule[] = routing.tierRules ?? DEFAULT_TIER_RULES;
  const reasons: RouteReason[] = [];
  const centre = mustUnit(config, CENTRE);
  const category = config.taxonomy.categories.find((c) => c.code === input.category);

  const place = resolveCommunity(input, config);
  if (place.reason) reasons.push(place.reason);

  const handlerUnit =
    !category || category.handler === "community"
      ? undefined
      : (config.units.get(category.handler) ?? undefined);
  const units = [
    ...(handlerUnit && handlerUnit.id !== CENTRE ? [handlerUnit.id] : []),
    ...(input.coUnits ?? []).filter((u) => u !== CENTRE),
  ];
  const tiered = applyTierRules(
    input.tier ?? "general",
    {
      kind: input.kind,
      category: input.category,
      categoryName: category?.name,
      urgency: input.urgency,
      text: [input.summary, input.description, input.location.text ?? ""].join(" "),
      reporterCount: input.reporterCount ?? 1,
      units: [...new Set(units)],
    },
    rules,
  );
  const tier = tiered.tier;

  const triage = (code: string, message: string): RouteDecision => ({
    unit: centre.id,
    level: centre.level,
    tier,
    triage: true,
    community: place.community?.id ?? null,
    reasons: [...reasons, { code, message }, ...tiered.reasons],
  });

  if (!category)
    return triage("ROUTE.TRIAGE_UNKNOWN_CATEGORY", `类别“${input.category}”不在分类目录中，转人工研判`);
  if (category.code === "other") return triage("ROUTE.TRIAGE_OTHER", "诉求无法归类（其他），转人工研判");
  if (input.categoryConfidence !== undefined && input.categoryConfidence < LOW_CATEGORY_CONFIDENCE)
    return triage(
      "ROUTE.TRIAGE_LOW_CONFIDENCE",
      `系统对类别“${category.name}”把握不足（${Math.round(input.categoryConfidence * 100)}%），转人工研判`,
    );

  let base: Unit;
  if (category.handler === "community") {
    if (!place.community) {
      const why = place.ambiguous ? "地点对应多个社区" : "未能确定诉求地点所属社区";
      return triage("ROUTE.TRIAGE_NO_PLACE", `“${category.name}”类诉求由社区办理，但${why}，转人工研判`);
    }
    base = place.community;
    reasons.push({ code: "ROUTE.CATEGORY_COMMUNITY", message: `“${category.name}”类诉求由属地社区办理` });
  } else {
    base = handlerUnit ?? centre;
    reasons.push({ code: "ROUTE.CATEGORY_HANDLER", message: `“${category.name}”类诉求由${base.name}承办` });
  }
  reasons.push(...tiered.reasons);

  const target = applyLevel(base, tier, config, centre);
  reasons.push(target.reason);
  return {
    unit: target.unit.id,
    level: target.unit.level,
    tier,
    triage: false,
    community: place.community?.id ?? null,
    reasons,
  };
}

function applyLevel(
  base: Unit,
  tier: Tier,
  config: DomainConfig,
  centre: Unit,
): { unit: Unit; reason: RouteReason } {
  const label = TIER_LABEL[tier];
  if (tier === "cross") {
    const city = config.units.get(CITY);
    if (city)
      return {
        unit: city,
        reason: { code: "ROUTE.LEVEL_CITY", message: `${label}诉求报${city.name}协调办理` },
      };
    return {
      unit: centre,
      reason: {
        code: "ROUTE.LEVEL_CITY_MISSING",
        message: `${label}诉求应报市级中心，但未配置市级单位，由${centre.name}协调`,
      },
    };
  }
  // The centre (or the city) handling a matter itself: already at or above district level.
  if (base.level === "city" || base.level === "district")
    return { unit: base, reason: { code: "ROUTE.LEVEL_HANDLER", message: `${label}诉求由${base.name}办理` } };
  if (tier === "difficult")
    return {
      unit: centre,
      reason: { code: "ROUTE.LEVEL_DISTRICT", message: `${label}诉求由${centre.name}协调区领导办理` },
    };
  if (tier === "major" && base.level === "community") {
    const street = base.parent ? config.units.get(base.parent) : undefined;
    if (street && street.level === "street")
      return {
        unit: street,
        reason: {
          code: "ROUTE.LEVEL_STREET",
          message: `${label}诉求由${base.name}所属${street.name}统筹办理`,
        },
      };
    return {
      unit: centre,
      reason: {
        code: "ROUTE.LEVEL_STREET_MISSING",
        message: `${base.name}未配置所属街道，${label}诉求由${centre.name}统筹`,
      },
    };
  }
  if (tier === "major" && (base.level === "department" || base.level === "utility"))
    return {
      unit: base,
      reason: {
        code: "ROUTE.LEVEL_DEPARTMENT",
        message: `${label}诉求仍由主管单位${base.name}办理，指挥中心跟踪督办`,
      },
    };
  return { unit: base, reason: { code: "ROUTE.LEVEL_HANDLER", message: `${label}诉求由${base.name}办理` } };
}

export interface CommunityMatch {
  community: Unit | null;
  ambiguous: boolean;
  reason: RouteReason | null;
}

/**
 * The complaint's community: intake's answer when it names a community unit, else the longest place
 * name (or community name) of the jurisdiction found in the place text, then in the description.
 * Two communities matching equally well is ambiguous: better a dispatcher than a wrong community.
 */
export function resolveCommunity(
  input: { location: Pick<Location, "text" | "community">; description?: string },
  config: DomainConfig,
): CommunityMatch {
  const given = input.location.community ? config.units.get(input.location.community) : undefined;
  if (given && given.level === "community")
    return {
      community: given,
      ambiguous: false,
      reason: {
        code: "ROUTE.COMMUNITY_FROM_INTAKE",
        message: input.location.text
          ? `地点“${input.location.text}”属于${given.name}`
          : `诉求地点属于${given.name}`,
      },
    };
  for (const text of [input.location.text, input.description]) {
    if (!text) continue;
    const hits = matchPlaces(text, config);
    if (hits.length === 0) continue;
    const best = hits[0]!;
    const tied = hits.filter((h) => h.place.length === best.place.length && h.unit.id !== best.unit.id);
    if (tied.length) return { community: null, ambiguous: true, reason: null };
    return {
      community: best.unit,
      ambiguous: false,
      reason: { code: "ROUTE.COMMUNITY_FROM_PLACE", message: `地点“${best.place}”属于${best.unit.name}` },
    };
  }
  return { community: null, ambiguous: false, reason: null };
}

function matchPlaces(text: string, config: DomainConfig): { unit: Unit; place: string }[] {
  const compact = text.replace(/\s+/g, "");
  const hits: { unit: Unit; place: string }[] = [];
  for (const unit of config.jurisdiction.units) {
    if (unit.level !== "community") continue;
    for (const place of [unit.name, ...unit.places]) if (compact.includes(place)) hits.push({ unit, place });
  }
  return hits.sort((a, b) => b.place.length - a.place.length);
}

function mustUnit(config: DomainConfig, id: string): Unit {
  const u = config.units.get(id);
  // The jurisdiction schema requires "centre"; reaching this means the config bypassed validation.
  if (!u) throw new Error(`jurisdiction has no unit "${id}"`);
  return u;
}
