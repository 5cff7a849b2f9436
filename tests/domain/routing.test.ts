import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDomainConfig } from "../../src/domain/config.js";
import {
  RoutingConfig,
  resolveCommunity,
  routeComplaint,
  type RoutingInput,
} from "../../src/domain/routing.js";
import { DEFAULT_TIER_RULES, TierRules, applyTierRules } from "../../src/domain/tier-rules.js";

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../config/${name}`, import.meta.url), "utf8"));
const rawTaxonomy = readJson("taxonomy.json");
const rawJurisdiction = readJson("jurisdiction.json") as { units: { id: string }[] };
const config = buildDomainConfig(rawTaxonomy, rawJurisdiction);

function complaint(overrides: Partial<RoutingInput> = {}): RoutingInput {
  return {
    kind: "complaint",
    category: "noise",
    summary: "楼上深夜噪音",
    description: "楼上每天晚上十二点还在跳绳",
    urgency: "normal",
    location: { text: "西盛家园5号楼", community: null },
    ...overrides,
  };
}

const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe("routing by category and place", () => {
  it("sends an ordinary community matter to the community that owns the place", () => {
    const r = routeComplaint(complaint(), config);
    expect(r).toMatchObject({
      unit: "community.xisheng",
      level: "community",
      tier: "general",
      triage: false,
    });
  });

  it("explains the place, the handler and the level in Chinese", () => {
    const r = routeComplaint(complaint(), config);
    expect(r.reasons).toEqual([
      { code: "ROUTE.COMMUNITY_FROM_PLACE", message: "地点“西盛家园”属于西盛社区" },
      { code: "ROUTE.CATEGORY_COMMUNITY", message: "“噪音扰民”类诉求由属地社区办理" },
      { code: "ROUTE.LEVEL_HANDLER", message: "一般诉求由西盛社区办理" },
    ]);
  });

  it("trusts the community intake resolved", () => {
    const r = routeComplaint(
      complaint({ location: { text: "我家楼下", community: "community.haixi" } }),
      config,
    );
    expect(r.unit).toBe("community.haixi");
    expect(codes(r)).toContain("ROUTE.COMMUNITY_FROM_INTAKE");
  });

  it("prefers the longest place name when one contains another", () => {
    // "文庙巷" belongs to 桃南社区, "文庙" to 文庙社区.
    const r = routeComplaint(complaint({ location: { text: "文庙巷12号", community: null } }), config);
    expect(r.unit).toBe("community.taonan");
  });

  it("finds the place in the description when the place text has none", () => {
    const r = routeComplaint(
      complaint({ location: { text: null, community: null }, description: "海西苑广场舞太吵" }),
      config,
    );
    expect(r.unit).toBe("community.haixi");
  });

  it("sends a utility matter to the utility and still records the community", () => {
    const r = routeComplaint(
      complaint({ category: "water_supply", summary: "停水", description: "停水一天了" }),
      config,
    );
    expect(r).toMatchObject({
      unit: "utility.water",
      level: "utility",
      community: "community.xisheng",
      triage: false,
    });
  });

  it("sends a department matter to the department even without a place", () => {
    const r = routeComplaint(
      complaint({
        category: "labor",
        summary: "拖欠工资",
        description: "老板拖欠三个月工资",
        location: { text: null, community: null },
      }),
      config,
    );
    expect(r).toMatchObject({ unit: "dept.hr", level: "department", community: null, triage: false });
  });
});

describe("tier → level", () => {
  it("sends a major community matter to the community's street", () => {
    const r = routeComplaint(complaint({ reporterCount: 6 }), config);
    expect(r).toMatchObject({ unit: "street.qimashan", level: "street", tier: "major" });
    expect(codes(r)).toContain("TIER.MANY_REPORTERS");
  });

  it("sends a difficult community matter to the district centre", () => {
    expect(routeComplaint(complaint({ tier: "difficult" }), config)).toMatchObject({
      unit: "centre",
      level: "district",
    });
  });

  it("sends a cross-district matter to the city centre", () => {
    expect(routeComplaint(complaint({ tier: "cross" }), config)).toMatchObject({
      unit: "city",
      level: "city",
    });
  });

  it("keeps a major utility matter with the utility", () => {
    const r = routeComplaint(complaint({ category: "water_supply", reporterCount: 8 }), config);
    expect(r).toMatchObject({ unit: "utility.water", tier: "major" });
    expect(codes(r)).toContain("ROUTE.LEVEL_DEPARTMENT");
  });

  it("sends a difficult department matter to the district centre", () => {
    expect(routeComplaint(complaint({ category: "pollution", tier: "difficult" }), config)).toMatchObject({
      unit: "centre",
      tier: "difficult",
    });
  });

  it("sends a cross-district department matter to the city centre", () => {
    expect(routeComplaint(complaint({ category: "traffic", tier: "cross" }), config).unit).toBe("city");
  });

  it("falls back to the centre when no city unit is configured", () => {
    const noCity = buildDomainConfig(rawTaxonomy, {
      ...rawJurisdiction,
      units: rawJurisdiction.units.filter((u) => u.id !== "city"),
    });
    const r = routeComplaint(complaint({ tier: "cross" }), noCity);
    expect(r.unit).toBe("centre");
    expect(codes(r)).toContain("ROUTE.LEVEL_CITY_MISSING");
  });
});

describe("default tier rules", () => {
  it("raises a gas leak to major", () => {
    const r = routeComplaint(
      complaint({ category: "gas_supply", summary: "楼道燃气泄漏", description: "楼道里燃 气泄漏味道很大" }),
      config,
    );
    expect(r).toMatchObject({ unit: "utility.gas", tier: "major" });
    expect(r.reasons).toContainEqual({
      code: "TIER.SAFETY_RISK",
      message: "诉求涉及“燃气泄漏”，按较大诉求办理",
    });
  });

  it("raises an emergency to major", () => {
    const r = routeComplaint(complaint({ urgency: "emergency" }), config);
    expect(r).toMatchObject({ tier: "major", unit: "street.qimashan" });
  });

  it("raises a matter involving two departments to difficult", () => {
    const r = routeComplaint(complaint({ category: "municipal", coUnits: ["dept.housing"] }), config);
    expect(r).toMatchObject({ tier: "difficult", unit: "centre" });
    expect(r.reasons).toContainEqual({
      code: "TIER.SEVERAL_UNITS",
      message: "涉及2个单位，需协调办理，按疑难诉求办理",
    });
  });

  it("raises twenty reporters to difficult and reports both reporter rules", () => {
    const r = routeComplaint(complaint({ reporterCount: 30 }), config);
    expect(r.tier).toBe("difficult");
    expect(codes(r)).toEqual(expect.arrayContaining(["TIER.MANY_REPORTERS", "TIER.MASS_REPORTERS"]));
  });

  it("never lowers a tier set before routing", () => {
    const r = applyTierRules(
      "difficult",
      { kind: "complaint", category: "noise", urgency: "normal", text: "", reporterCount: 5, units: [] },
      DEFAULT_TIER_RULES,
    );
    expect(r.tier).toBe("difficult");
    expect(r.reasons.map((x) => x.code)).toEqual(["TIER.MANY_REPORTERS"]);
  });
});

describe("manual triage", () => {
  it("sends a community matter without a place to the centre's triage", () => {
    const r = routeComplaint(
      complaint({ location: { text: "我家楼下", community: null }, description: "太吵了" }),
      config,
    );
    expect(r).toMatchObject({ unit: "centre", triage: true, community: null });
    expect(r.reasons[0]).toEqual({
      code: "ROUTE.TRIAGE_NO_PLACE",
      message: "“噪音扰民”类诉求由社区办理，但未能确定诉求地点所属社区，转人工研判",
    });
  });

  it("sends a place matching two communities equally to triage", () => {
    const r = routeComplaint(
      complaint({ location: { text: "西山路和西盛路路口", community: null } }),
      config,
    );
    expect(r).toMatchObject({ unit: "centre", triage: true });
    expect(r.reasons[0]?.message).toContain("地点对应多个社区");
  });

  it("sends category other to triage", () => {
    const r = routeComplaint(complaint({ category: "other" }), config);
    expect(r).toMatchObject({ unit: "centre", triage: true, community: "community.xisheng" });
    expect(codes(r)).toContain("ROUTE.TRIAGE_OTHER");
  });

  it("sends an unknown category to triage", () => {
    const r = routeComplaint(complaint({ category: "ufo" }), config);
    expect(r).toMatchObject({ unit: "centre", triage: true });
    expect(codes(r)).toContain("ROUTE.TRIAGE_UNKNOWN_CATEGORY");
  });

  it("keeps the tier of a triaged ticket", () => {
    const r = routeComplaint(complaint({ category: "other", reporterCount: 7 }), config);
    expect(r).toMatchObject({ triage: true, tier: "major" });
  });
});

describe("configurable rules", () => {
  it("replaces the default rules with the configured ones", () => {
    const routing = RoutingConfig.parse({
      tierRules: [{ code: "TIER.DISPUTE", when: "kind", kinds: ["dispute"], raiseTo: "major" }],
    });
    const dispute = routeComplaint(
      complaint({ kind: "dispute", category: "neighbor_dispute" }),
      config,
      routing,
    );
    expect(dispute).toMatchObject({ tier: "major", unit: "street.qimashan" });
    expect(dispute.reasons).toContainEqual({ code: "TIER.DISPUTE", message: "矛盾纠纷类诉求按较大诉求办理" });
    expect(routeComplaint(complaint({ reporterCount: 9 }), config, routing).tier).toBe("general");
  });

  it("disables raising with an empty rule list", () => {
    expect(routeComplaint(complaint({ urgency: "emergency" }), config, { tierRules: [] }).tier).toBe(
      "general",
    );
  });

  it("fills a custom reason template", () => {
    const routing = RoutingConfig.parse({
      tierRules: [
        {
          code: "TIER.HEATING_WAVE",
          when: "category",
          categories: ["heating"],
          raiseTo: "major",
          reason: "供暖季{category}问题集中，按{tier}办理",
        },
      ],
    });
    const r = routeComplaint(complaint({ category: "heating" }), config, routing);
    expect(r.reasons).toContainEqual({
      code: "TIER.HEATING_WAVE",
      message: "供暖季供暖问题集中，按较大办理",
    });
  });

  it("rejects a rule with an unknown condition", () => {
    expect(
      RoutingConfig.safeParse({ tierRules: [{ code: "TIER.X", when: "moon_phase", raiseTo: "major" }] })
        .success,
    ).toBe(false);
  });

  it("rejects two rules with the same code", () => {
    const rule = { code: "TIER.X", when: "urgency", urgency: ["urgent"], raiseTo: "major" };
    expect(TierRules.safeParse([rule, rule]).success).toBe(false);
  });

  it("rejects unknown keys in the routing section", () => {
    expect(RoutingConfig.safeParse({ tierRule: [] }).success).toBe(false);
  });

  it("routes the same complaint the same way every time", () => {
    const input = complaint({ reporterCount: 6, urgency: "emergency" });
    expect(routeComplaint(input, config)).toEqual(routeComplaint(input, config));
  });
});

describe("resolveCommunity", () => {
  it("ignores an intake community id that is not a community", () => {
    const r = resolveCommunity({ location: { text: "水库街小学门口", community: "dept.urban" } }, config);
    expect(r.community?.id).toBe("community.shuikujie");
  });

  it("matches a community by its own name", () => {
    expect(
      resolveCommunity({ location: { text: "路西社区居委会旁边", community: null } }, config).community?.id,
    ).toBe("community.luxi");
  });
});
