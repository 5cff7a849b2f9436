import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planRoute } from "../../src/routing/plan-route.js";
import { routeOutput } from "../../src/cli/route.command.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";
import { complaint } from "./helpers.js";
import { runZhitong } from "../support/run-cli.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Runs `zhitong route` as a separate process, the way an operator would. */
function zhitongRoute(stdin: string, args: string[] = []) {
  return runZhitong(["route", ...args], { stdin, cwd: root });
}

// Each case starts a Node process that loads the whole CLI; on a busy machine that takes a while.
describe("zhitong route", { timeout: 120_000 }, () => {
  it("prints the unit, level, tier, deadlines and reasons of an extracted complaint", async () => {
    const c = complaint({ location: { text: "西盛家园3号楼", community: null } });
    const r = await zhitongRoute(JSON.stringify(c), ["--at", "2026-09-30T02:00:00Z"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      unit: "community.xisheng",
      level: "community",
      tier: "general",
      triage: false,
    });
    expect(out.deadlines.resolveBy).toBe("2026-10-13T16:00:00.000Z");
    expect(out.reasons.map((x: { code: string }) => x.code)).toEqual([
      "ROUTE.COMMUNITY_FROM_PLACE",
      "ROUTE.CATEGORY_COMMUNITY",
      "ROUTE.LEVEL_HANDLER",
    ]);
    // Same code path as the worker: the in-process decision is identical.
    const config = await loadDomainConfig(path.join(root, "config"));
    expect(out).toEqual(
      routeOutput(planRoute({ ...c, reporterCount: 1 }, config, new Date("2026-09-30T02:00:00Z"))),
    );
  });

  it("raises the tier when several residents reported it", async () => {
    const r = await zhitongRoute(JSON.stringify(complaint()), [
      "--reporters",
      "6",
      "--at",
      "2026-11-23T02:00:00Z",
    ]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ unit: "street.qimashan", level: "street", tier: "major" });
    expect(out.reasons.map((x: { code: string }) => x.code)).toContain("TIER.MANY_REPORTERS");
  });

  it("sends an unclassifiable complaint to triage with no deadlines", async () => {
    const r = await zhitongRoute(JSON.stringify(complaint({ category: "other" })));
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ unit: "centre", triage: true, deadlines: null });
    expect(out.reasons.at(-1).code).toBe("ROUTE.TRIAGE_OTHER");
  });

  it("refuses input that is not a structured complaint with exit code 2 and says why", async () => {
    const [r, bad] = await Promise.all([zhitongRoute('{"summary":"no category"}'), zhitongRoute("not json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("category");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not JSON");
  });
});
