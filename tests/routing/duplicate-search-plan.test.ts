import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../src/db/client.js";
import { findDuplicatesForBatch } from "../../src/routing/duplicates.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("the duplicate search of a ticket without community", () => {
  it("walks the community and category index per community, not the table", async () => {
    const seed = await fileTicket(t, { category: "property" }, "13900000701");
    // Eight thousand open tickets over a year, six communities and none, twelve categories.
    await t.ctx.database.db.execute(sql`
      INSERT INTO tickets
      SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(s) || jsonb_build_object(
        'id', gen_random_uuid(), 'ref', 'P' || g,
        'community_id', (ARRAY['community.luxi','community.xisheng','community.shuikujie',
          'community.haixi','community.taonan','community.wenmiao', NULL])[1 + g % 7],
        'category', (ARRAY['property','municipal','noise','traffic','sanitation','heating',
          'water_supply','power_supply','gas_supply','market','construction','health'])[1 + g % 12],
        'created_at', s.created_at - make_interval(mins => g % 525600)))).*
        FROM tickets s, generate_series(1, 8000) g WHERE s.id = ${seed.id}`);
    await t.ctx.database.db.execute(sql`ANALYZE tickets`);
    const lone = await fileTicket(
      t,
      { category: "property", summary: "7号楼电梯坏了", location: { community: null, text: "7号楼" } },
      "13900000702",
    );
    const row = await reload(t, lone.id);
    let plan = "";
    const explaining = {
      execute: async (q: Parameters<Queryable["execute"]>[0]) => {
        const r = await t.ctx.database.db.execute<{ "QUERY PLAN": string }>(
          sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${q}`,
        );
        plan = r.rows.map((x) => x["QUERY PLAN"]).join("\n");
        return { rows: [] };
      },
    } as unknown as Queryable;
    await findDuplicatesForBatch(explaining, t.ctx, [row]);
    if (process.env.SHOW_PLAN) console.log(plan);
    expect(plan).toContain("tickets_community_category_created_idx");
    expect(plan).not.toMatch(/Seq Scan on tickets/);
  }, 180_000);
});
