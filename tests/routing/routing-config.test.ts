import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDomainConfig, ConfigError } from "../../src/domain/config.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let taxonomy: unknown;
let jurisdiction: unknown;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  taxonomy = JSON.parse(await readFile("config/taxonomy.json", "utf8"));
  jurisdiction = JSON.parse(await readFile("config/jurisdiction.json", "utf8"));
});
afterAll(async () => {
  await t.close();
});

describe("the routing section of the config", () => {
  it("rejects bad thresholds and rules naming the key", () => {
    const bad = () =>
      buildDomainConfig(taxonomy, jurisdiction, {
        duplicates: { suggestAt: 0.9, autoMergeAt: 0.5 },
        extra: 1,
      });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      expect((err as ConfigError).file).toBe("routing.json");
      expect((err as ConfigError).problems.join("\n")).toContain("extra");
    }
  });

  it("uses its tier rules and duplicate thresholds in the route worker", async () => {
    t.ctx.config = buildDomainConfig(taxonomy, jurisdiction, {
      // Lifts are a 较大 matter in this district; nothing is ever merged without a dispatcher.
      tierRules: [{ code: "TIER.LIFT", when: "keywords", keywords: ["电梯"], raiseTo: "major" }],
      duplicates: { autoMergeAt: 1.01 },
    });
    const a = await fileTicket(t, {}, "13900001101");
    expect(await routeTicket(t.ctx, { ticketId: a.id })).toMatchObject({
      outcome: "dispatched",
      unit: "street.qimashan",
      tier: "major",
    });
    clock.advance(60_000);
    const b = await fileTicket(t, {}, "13900001102");
    expect((await routeTicket(t.ctx, { ticketId: b.id })).outcome).toBe("dispatched");
    expect((await reload(t, b.id)).status).toBe("dispatched");
    const links = await rows<{ status: string; score: number }>(
      t,
      `SELECT status, score FROM ticket_links WHERE ticket_id='${b.id}'`,
    );
    expect(links).toEqual([{ status: "suggested", score: 1 }]);
  });
});
