import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listTickets,
  ticketFilterSql,
  type TicketFilter,
} from "../../src/db/repositories/tickets.repository.js";
import { tickets } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

// The inbox's word search reads the character-pair index of migration 0054 and keeps the ILIKE as its
// final check: these tests hold it to the answers the ILIKE alone gave, page by page.
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

const UNIT_A = "community.xisheng";
const UNIT_B = "community.luxi";

/** Texts chosen for the edges: CJK words of 1–3 characters, ASCII case, digits, LIKE's specials. */
const TEXTS: { summary: string; description: string; location: string | null; unit: string }[] = [
  { summary: "3号楼漏水", description: "楼上漏水，天花板都湿了。", location: "西盛家园3号楼", unit: UNIT_A },
  { summary: "路灯不亮", description: "小区门口路灯坏了好几天。", location: null, unit: UNIT_A },
  { summary: "噪音扰民", description: "楼下KTV噪音到凌晨两点。", location: "东方小区", unit: UNIT_B },
  {
    summary: "WiFi信号差",
    description: "Router in lobby is broken, wifi down.",
    location: null,
    unit: UNIT_B,
  },
  {
    summary: "水管爆裂",
    description: "漏水严重，电话13912345678。",
    location: "西盛家园5号楼2单元",
    unit: UNIT_A,
  },
  { summary: "路燈壞了", description: "繁體字寫的：路燈不亮。", location: null, unit: UNIT_B },
  {
    summary: "折扣50%的广告",
    description: "小区贴满了 50% off 和 a_b 的小广告",
    location: "东方小区",
    unit: UNIT_B,
  },
  { summary: "反斜杠", description: "路径写成 C:\\temp\\x，还有 100%_done", location: null, unit: UNIT_A },
  { summary: "暖气不热", description: "暖气不热\n室温只有十四度", location: "西盛家园3号楼", unit: UNIT_A },
  {
    summary: "Heating",
    description: "HEATING is off in building 7; heating engineer never came",
    location: "Block 7",
    unit: UNIT_B,
  },
  { summary: "水", description: "只有一个字", location: "水", unit: UNIT_A },
  { summary: "污水外溢", description: "下水道堵了，污水漫到路上", location: "西盛家园北门", unit: UNIT_B },
];

const QUERIES = [
  "水", // one CJK character
  "漏水", // two
  "污水外", // three
  "路灯", // simplified: not the traditional 路燈 (the search never folded them)
  "路燈", // traditional, as typed
  "噪音扰民",
  "wifi",
  "WIFI",
  "heating",
  "Block 7",
  "7",
  "50%",
  "%",
  "_",
  "a_b",
  "%_",
  "\\",
  "C:\\temp",
  "3号楼",
  "号楼2单元",
  "不热\n室温",
  "13912345678",
  "不存在的词",
  "x",
  "天花板都湿了。",
];

/** The search as it was before the index: the ILIKE of summary, description or location. */
async function byIlike(q: string, extra: ReturnType<typeof sql>[] = []): Promise<string[]> {
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const conds = [
    sql`(${tickets.summary} ILIKE ${like} OR ${tickets.description} ILIKE ${like} OR ${tickets.locationText} ILIKE ${like})`,
    ...extra,
  ];
  const r = await t.ctx.database.db.execute<{ id: string }>(
    sql`SELECT id FROM tickets WHERE ${sql.join(conds, sql` AND `)} ORDER BY created_at DESC, id DESC`,
  );
  return r.rows.map((row) => row.id);
}

/** Every page of the repository's search, `limit` at a time, following the cursors. */
async function paged(filter: TicketFilter, limit: number, extraWhere: ReturnType<typeof sql>[] = []) {
  const ids: string[] = [];
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const page = await listTickets(t.ctx.database.db, filter, { limit, cursor, extraWhere });
    ids.push(...page.items.map((i) => i.id));
    if (!page.nextCursor) return ids;
    const [at, id] = JSON.parse(Buffer.from(page.nextCursor, "base64url").toString()) as [string, string];
    cursor = { createdAt: new Date(at), id };
  }
}

async function insertTicket(
  i: number,
  text: { summary: string; description: string; location: string | null; unit: string },
  createdAt: Date,
) {
  await t.ctx.database.db.execute(sql`INSERT INTO tickets (ref, kind, category, summary, description,
      location_text, urgency, status, unit_id, channel, engine, created_at, updated_at)
    VALUES (${`ZT20261121-${String(i).padStart(4, "0")}`}, 'complaint', 'other', ${text.summary},
      ${text.description}, ${text.location}, 'normal', 'dispatched', ${text.unit}, 'web', 'offline',
      ${createdAt.toISOString()}, ${createdAt.toISOString()})`);
}

beforeAll(async () => {
  t = await createTestEnv({ clock });
  // Twice over, a minute apart (some rows share a created_at, so pages split on the id too).
  let i = 1;
  for (let round = 0; round < 2; round++)
    for (const [k, text] of TEXTS.entries())
      await insertTicket(i++, text, new Date(Date.UTC(2026, 10, 20, 1, k + (round % 2 ? 0 : 30))));
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("inbox word search over the character-pair index", () => {
  it("finds exactly what the ILIKE finds, in the same order, for every kind of word", async () => {
    for (const q of QUERIES) {
      const expected = await byIlike(q.trim());
      const page = await listTickets(t.ctx.database.db, { q }, { limit: 100 });
      expect(
        page.items.map((r) => r.id),
        q,
      ).toEqual(expected);
    }
    // The edges are really exercised: not every word finds nothing.
    expect(await byIlike("漏水")).toHaveLength(4);
    expect(await byIlike("%")).toHaveLength(4);
    expect(await byIlike("_")).toHaveLength(4);
    expect(await byIlike("路灯")).toHaveLength(2);
    expect(await byIlike("路燈")).toHaveLength(2);
  });

  it("pages the same way, the cursor included", async () => {
    for (const q of ["水", "漏水", "%", "e"]) expect(await paged({ q }, 3), q).toEqual(await byIlike(q));
  });

  it("combines with the other filters and the caller's scope", async () => {
    const scope = [sql`${tickets.unitId} = ${UNIT_A}`];
    for (const q of ["水", "漏水", "号楼", "%"]) {
      expect(await paged({ q, status: ["dispatched"] }, 2, scope), q).toEqual(
        await byIlike(q, [sql`${tickets.status} = 'dispatched'`, ...scope]),
      );
      expect(await paged({ q, status: ["closed"] }, 2), q).toEqual([]);
    }
  });

  it("still finds a ticket by its reference number", async () => {
    const page = await listTickets(t.ctx.database.db, { q: " ZT20261121-0003 " }, { limit: 10 });
    expect(page.items.map((r) => r.ref)).toEqual(["ZT20261121-0003"]);
  });

  it("keeps up with edits and tickets without a location", async () => {
    const db = t.ctx.database.db;
    await db.execute(sql`UPDATE tickets SET location_text = '新建小区漏水点' WHERE ref = 'ZT20261121-0002'`);
    await db.execute(sql`UPDATE tickets SET description = '已修好' WHERE ref = 'ZT20261121-0001'`);
    for (const q of ["漏水点", "漏水", "已修好", "天花板"]) {
      const page = await listTickets(db, { q }, { limit: 100 });
      expect(
        page.items.map((r) => r.id),
        q,
      ).toEqual(await byIlike(q));
    }
  });

  it("the grams of a word are found among the grams of any text containing it", async () => {
    const db = t.ctx.database.db;
    const r = await db.execute<{ ok: boolean }>(sql`SELECT bool_and(
        ticket_text_grams(s, d, l) @> ticket_search_query_grams(w)) AS ok
      FROM (VALUES ('问题42', '', NULL, '问题42'), ('a', 'XbY', 'z', 'b'), ('ab', '', NULL, 'AB'),
        ('x', 'ab' || chr(1) || 'cd', NULL, 'b' || chr(1) || 'c'), ('', '', '漏', '漏'),
        ('', '', '', chr(1))) AS v(s, d, l, w)`);
    expect(r.rows[0]!.ok).toBe(true);
  });

  it("can be served by the index on a table of some size", async () => {
    const db = t.ctx.database.db;
    await db
      .transaction(async (tx) => {
        // Rolled back at the end: the other tests see the twelve texts only.
        await tx.execute(sql`INSERT INTO tickets (ref, kind, category, summary, description, urgency,
          status, channel, engine, created_at, updated_at)
        SELECT 'ZT20261001-' || lpad(g::text, 5, '0'), 'complaint', 'other', '楼道灯不亮' || g,
          '第' || g || '件，楼道里的灯坏了。', 'normal', 'received', 'web', 'offline',
          now() - g * interval '1 minute', now()
        FROM generate_series(1, 3000) AS g`);
        // As autovacuum would: new rows wait in the index's pending list until it is merged.
        await tx.execute(sql`SELECT gin_clean_pending_list('tickets_text_grams_idx')`);
        await tx.execute(sql`ANALYZE tickets`);
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const where = ticketFilterSql({ q: "漏水" });
        const plan = await tx.execute<{ "QUERY PLAN": string }>(
          sql`EXPLAIN SELECT * FROM tickets WHERE ${sql.join(where, sql` AND `)}
            ORDER BY created_at DESC, id DESC LIMIT 51`,
        );
        expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("tickets_text_grams_idx");
        tx.rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Error && /rollback/i.test(err.message))) throw err;
      });
    expect((await byIlike("楼道灯")).length).toBe(0);
  });

  it("leaves no trigram index behind", async () => {
    const r = await t.ctx.database.db.execute<{ name: string }>(
      sql`SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = 'tickets'::regclass`,
    );
    const names = r.rows.map((x) => x.name);
    expect(names).toContain("tickets_text_grams_idx");
    expect(names).not.toContain("tickets_search_idx");
  });
});
