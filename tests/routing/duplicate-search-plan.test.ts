import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { PgDialect } from "drizzle-orm/pg-core";
import { duplicateSearchFor } from "../../src/routing/duplicates.js";
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

/** The statement's generic plan (what a named statement runs after its first runs), executed. */
async function genericPlan(statement: Parameters<PgDialect["sqlToQuery"]>[0]): Promise<string> {
  const dialect = (t.ctx.database.db as unknown as { dialect: PgDialect }).dialect;
  const q = dialect.sqlToQuery(statement);
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query("SET plan_cache_mode = force_generic_plan");
    await client.query(`PREPARE dup AS ${q.sql}`);
    const args = q.params.map((p) => client.escapeLiteral(String(p))).join(", ");
    const r = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE dup(${args})`,
    );
    return r.rows.map((x) => x["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

/**
 * `count` copies of a filed ticket (refs `<ref>1`…), spread round-robin over the communities (null:
 * none) and categories and back in time over `spreadMinutes`: a table of a given size in one statement.
 */
async function copiesOf(
  seedId: string,
  o: {
    ref: string;
    count: number;
    communities: (string | null)[];
    categories: string[];
    spreadMinutes: number;
  },
): Promise<void> {
  await t.ctx.database.db.execute(sql`
    INSERT INTO tickets
    SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(s) || jsonb_build_object(
      'id', gen_random_uuid(), 'ref', ${o.ref}::text || g,
      'community_id', ${JSON.stringify(o.communities)}::jsonb ->> (g % ${o.communities.length}),
      'category', ${JSON.stringify(o.categories)}::jsonb ->> (g % ${o.categories.length}),
      'created_at', s.created_at - make_interval(mins => g % ${o.spreadMinutes}::int)))).*
      FROM tickets s, generate_series(1, ${o.count}) g WHERE s.id = ${seedId}`);
}

/** Each index the plan reads, with how many times it is entered (its loops). */
function loops(plan: string): string[] {
  return [...plan.matchAll(/(Index(?: Only)? Scan(?: Backward)? using \S+).*?loops=(\d+)/g)]
    .map((m) => `${m[1]} x${m[2]}`)
    .sort();
}

/** The plan's lines for the walk of tickets without community (its index condition names it). */
function walkWithoutCommunity(plan: string): string {
  const lines = plan.split("\n");
  const at = lines.findIndex((l) =>
    /Index Cond: \(\(community_id IS NULL\)|Filter: \(\(community_id IS NULL\)/.test(l),
  );
  return lines.slice(Math.max(0, at - 3), at + 1).join("\n");
}

describe("the duplicate search on a small table", () => {
  it("walks tickets without community backwards in the community index and stops, at any size", async () => {
    // A few hundred tickets, all with a community (a new deployment, or the pipeline bench): here
    // the walk under `community_id IS NULL` used to take tickets_created_idx backwards and read every
    // ticket of the window, since only that index gave its order; a connection kept that generic
    // plan for as long as it lived.
    const seed = await fileTicket(t, { category: "property" }, "13900000801");
    await copiesOf(seed.id, {
      ref: "S",
      count: 300,
      communities: ["community.luxi", "community.xisheng", "community.haixi"],
      categories: ["property", "municipal", "noise", "traffic"],
      spreadMinutes: 2000,
    });
    const mine = await fileTicket(t, { category: "property", summary: "3号楼楼道灯坏了" }, "13900000802");
    const generic = await genericPlan(duplicateSearchFor(t.ctx, [await reload(t, mine.id)]));
    if (process.env.SHOW_PLAN) console.log(generic);
    expect(generic).not.toContain("tickets_created_idx");
    expect(walkWithoutCommunity(generic)).toMatch(
      /Limit[\s\S]*Index Only Scan Backward using tickets_community_category_created_idx/,
    );
    expect(walkWithoutCommunity(generic)).not.toMatch(/Sort/);
    await t.ctx.database.db.execute(sql`DELETE FROM tickets WHERE ref LIKE 'S%'`);
  }, 180_000);
});

describe("the duplicate search of a ticket without community", () => {
  it("walks the community and category index per community, not the table", async () => {
    const seed = await fileTicket(t, { category: "property" }, "13900000701");
    // Eight thousand open tickets over a year, six communities and none, twelve categories.
    await copiesOf(seed.id, {
      ref: "P",
      count: 8000,
      communities: [
        "community.luxi",
        "community.xisheng",
        "community.shuikujie",
        "community.haixi",
        "community.taonan",
        "community.wenmiao",
        null,
      ],
      categories: [
        "property",
        "municipal",
        "noise",
        "traffic",
        "sanitation",
        "heating",
        "water_supply",
        "power_supply",
        "gas_supply",
        "market",
        "construction",
        "health",
      ],
      spreadMinutes: 525600,
    });
    await t.ctx.database.db.execute(sql`ANALYZE tickets`);
    const lone = await fileTicket(
      t,
      { category: "property", summary: "7号楼电梯坏了", location: { community: null, text: "7号楼" } },
      "13900000702",
    );
    const row = await reload(t, lone.id);
    // A custom plan, as the first runs of the named statement on a connection get.
    const statement = duplicateSearchFor(t.ctx, [row]);
    const r = await t.ctx.database.db.execute<{ "QUERY PLAN": string }>(
      sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement}`,
    );
    const plan = r.rows.map((x) => x["QUERY PLAN"]).join("\n");
    if (process.env.SHOW_PLAN) console.log(plan);
    expect(plan).toContain("tickets_community_category_created_idx");
    expect(plan).not.toMatch(/Seq Scan on tickets/);

    // The generic plan every later run of it uses, run with this ticket's real batch.
    const generic = await genericPlan(statement);
    if (process.env.SHOW_PLAN) console.log(generic);
    expect(generic).toContain("tickets_community_category_created_idx");
    expect(generic).not.toMatch(/Seq Scan on tickets/);
    expect(loops(generic)).toEqual(loops(plan));
  }, 180_000);
});
