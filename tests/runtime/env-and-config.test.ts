import { describe, expect, it } from "vitest";
import { buildDomainConfig, ConfigError } from "../../src/domain/config.js";
import { EnvError, parseEnv } from "../../src/runtime/env.schema.js";
import { needsReview } from "../../src/domain/review-policy.js";
import taxonomy from "../../config/taxonomy.json" with { type: "json" };
import jurisdiction from "../../config/jurisdiction.json" with { type: "json" };

function envProblems(vars: Record<string, string>): string[] {
  try {
    parseEnv(vars);
    return [];
  } catch (err) {
    if (err instanceof EnvError) return err.problems;
    throw err;
  }
}

function configProblems(t: unknown, j: unknown): string[] {
  try {
    buildDomainConfig(t, j);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

const clone = <T>(x: T): T => structuredClone(x);

describe("environment variables", () => {
  it("uses the embedded defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./.data", LOG_LEVEL: "info" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the key and the problem for a bad port", () => {
    expect(envProblems({ PORT: "eighty" })).toEqual([expect.stringMatching(/^PORT: .*whole number/)]);
  });

  it("never echoes the value of an invalid variable: a too-short secret stays secret", () => {
    const problems = envProblems({
      WEB_CHAT_SECRET: "hunter2-short",
      METRICS_TOKEN: "tok-xyz",
      LOG_HASH_SALT: "",
      LOG_LEVEL: "verbose-please",
    });
    expect(problems.join("\n")).toMatch(/WEB_CHAT_SECRET: must be at least 16 characters/);
    expect(problems.join("\n")).toMatch(/METRICS_TOKEN: use at least 16 characters/);
    for (const secret of ["hunter2-short", "tok-xyz", "verbose-please"])
      expect(problems.join("\n")).not.toContain(secret);
  });

  it("refuses a WeChat API timeout that could outlast the outbound send lease, naming the key", () => {
    expect(envProblems({ WECHAT_API_TIMEOUT_MS: "120000" })).toEqual([
      expect.stringMatching(/^WECHAT_API_TIMEOUT_MS: /),
    ]);
    expect(parseEnv({ WECHAT_API_TIMEOUT_MS: "60000" }).WECHAT_API_TIMEOUT_MS).toBe(60_000);
  });

  it("reports every bad key at once", () => {
    const problems = envProblems({ PORT: "70000", LOG_LEVEL: "loud", REDIS_URL: "localhost:6379" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/PORT/);
    expect(problems.join("\n")).toMatch(/LOG_LEVEL: must be one of fatal, error/);
    expect(problems.join("\n")).toMatch(/REDIS_URL: must be a URL like redis:\/\//);
  });

  it("never echoes a database URL, which may hold a password", () => {
    const problems = envProblems({ DATABASE_URL: "mysql://root:secret@db/zt" });
    expect(problems[0]).toMatch(/^DATABASE_URL: must be a URL like postgres:/);
    expect(problems[0]).not.toContain("secret");
  });
});

describe("taxonomy and jurisdiction files", () => {
  it("accepts the shipped demo configuration", () => {
    const c = buildDomainConfig(taxonomy, jurisdiction);
    expect(c.units.get("community.xisheng")?.places).toContain("西盛家园");
  });

  it("refuses a parent that is not a unit", () => {
    const j = clone(jurisdiction);
    j.units[2]!.parent = "centre.typo";
    expect(configProblems(taxonomy, j)).toEqual([
      'units.2.parent: unknown unit id "centre.typo" (parent of "street.qimashan")',
    ]);
  });

  it("refuses duplicate unit ids", () => {
    const j = clone(jurisdiction);
    j.units.push({ ...j.units[4]! });
    expect(configProblems(taxonomy, j)).toContain(
      `units.${j.units.length - 1}.id: duplicate unit id "community.luxi"`,
    );
  });

  it("refuses a cycle in the unit tree", () => {
    const j = clone(jurisdiction);
    (j.units[0] as { parent?: string }).parent = "street.qimashan";
    expect(configProblems(taxonomy, j).join("\n")).toMatch(
      /cycle in the unit tree: centre → street.qimashan → centre/,
    );
  });

  it("refuses unknown keys, naming them", () => {
    const j = clone(jurisdiction) as Record<string, unknown>;
    j.polcy = {};
    expect(configProblems(taxonomy, j).join("\n")).toMatch(/polcy/);
  });

  it("refuses a category handler that names no unit", () => {
    const t = clone(taxonomy);
    t.categories[0]!.handler = "dept.roads";
    expect(configProblems(t, jurisdiction)).toEqual([
      'categories.0.handler: unknown unit id "dept.roads" (add it to jurisdiction.json or use "community")',
    ]);
  });

  it("refuses a review policy naming an unknown category, naming the key", () => {
    const j = clone(jurisdiction) as Record<string, unknown> & { policy: Record<string, unknown> };
    j.policy.review = { categories: ["property", "lifts"] };
    expect(configProblems(taxonomy, j)).toEqual([
      'policy.review.categories.1: unknown category "lifts" (use a category code from taxonomy.json)',
    ]);
  });

  it("refuses a review policy with an unknown tier or a misspelt key", () => {
    const j = clone(jurisdiction) as Record<string, unknown> & { policy: Record<string, unknown> };
    j.policy.review = { tiers: ["huge"], urgency: ["urgent"] };
    const problems = configProblems(taxonomy, j).join("\n");
    expect(problems).toMatch(/policy\.review\.tiers\.0/);
    expect(problems).toMatch(/urgency/);
  });

  it("reviews nothing unless the policy says so, and reviews what any listed field matches", () => {
    const c = buildDomainConfig(taxonomy, jurisdiction);
    expect(c.jurisdiction.policy.review).toEqual({ categories: [], tiers: [], urgencies: [] });
    const policy = { categories: ["property"], tiers: ["difficult" as const], urgencies: [] };
    expect(needsReview(policy, { category: "property", tier: "general", urgency: "normal" })).toBe(true);
    expect(needsReview(policy, { category: "noise", tier: "difficult", urgency: "normal" })).toBe(true);
    expect(needsReview(policy, { category: "noise", tier: "major", urgency: "urgent" })).toBe(false);
  });

  it("refuses duplicate category codes", () => {
    const t = clone(taxonomy);
    t.categories[1]!.code = t.categories[0]!.code;
    expect(configProblems(t, jurisdiction).join("\n")).toMatch(/duplicate category code "municipal"/);
  });
});
