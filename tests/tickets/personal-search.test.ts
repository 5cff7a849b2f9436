import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listTickets,
  ticketFilterSql,
  type TicketFilter,
} from "../../src/db/repositories/tickets.repository.js";
import { tickets } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

// The centre's search by a phone or ID number gathers the matching tickets through three trigram
// indexes (migration 0060). These tests hold it to the answers of the condition it replaced, tested
// on every ticket: the description's digits, or a reporter's phone or callback phone.
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

const UNIT_A = "community.xisheng";
const UNIT_B = "community.luxi";

/** Descriptions with numbers written every way a resident or an operator types them. */
const DESCRIPTIONS = [
  "漏水严重，电话13912345678。",
  "联系人电话 139-1234-5678，晚上打",
  "电话：１３９１２３４５６７８（全角）",
  "身份证号11010519491231002x，老人独居",
  "身份证号 110105 19491231 002Ｘ",
  "3号楼2单元501暖气不热",
  "没有号码的描述",
  "两个号码 13800001111 和 13912345678",
];

/** Residents' phones; index i reports ticket i (tickets past the list have no resident row). */
const PHONES = ["13700002222", "13912345678", "13700002222", "15011112222", "13912340000"];

/** The search as it was before migration 0060: one condition tested on every ticket. */
async function byCondition(digits: string, extra: SQL[] = []): Promise<string[]> {
  const like = `%${digits}%`;
  const conds = [
    sql`(regexp_replace(upper(translate(${tickets.description}, '０１２３４５６７８９ｘＸ', '0123456789XX')), '[^0-9X]', '', 'g') LIKE ${like}
      OR EXISTS (SELECT 1 FROM ticket_reporters tr JOIN residents r ON r.id = tr.resident_id
        WHERE tr.ticket_id = ${tickets.id} AND (r.phone LIKE ${like} OR tr.callback_phone LIKE ${like})))`,
    ...extra,
  ];
  const r = await t.ctx.database.db.execute<{ id: string }>(
    sql`SELECT id FROM tickets WHERE ${sql.join(conds, sql` AND `)} ORDER BY created_at DESC, id DESC`,
  );
  return r.rows.map((row) => row.id);
}

/** Every page of the repository's search, `limit` at a time, following the cursors. */
async function paged(filter: TicketFilter, limit: number, extraWhere: SQL[] = []): Promise<string[]> {
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

const DIGITS = [
  "13912345678", // in descriptions however written, and a reporter's phone
  "13700002222", // two residents' tickets, one of them also through a merge
  "12345", // a part of several numbers
  "11010519491231002X", // an ID number: lower-case, full-width and spaced forms
  "15011112222", // a resident's phone and a relative's callback phone
  "18600009999", // only a callback phone
  "501", // digits inside a house number
  "99999999", // nowhere
];

beforeAll(async () => {
  t = await createTestEnv({ clock });
  const db = t.ctx.database.db;
  // Each description twice, a minute apart in two rounds, so some tickets share a created_at and
  // pages split on the id too.
  let i = 0;
  for (let round = 0; round < 2; round++)
    for (const [k, description] of DESCRIPTIONS.entries()) {
      const at = new Date(Date.UTC(2026, 10, 20, 1, k + (round ? 0 : 30))).toISOString();
      i++;
      await db.execute(sql`INSERT INTO tickets (ref, kind, category, summary, description, urgency,
          status, unit_id, channel, engine, created_at, updated_at)
        VALUES (${`ZT20261121-${String(i).padStart(4, "0")}`}, 'complaint', 'other', ${`问题${i}`},
          ${description}, 'normal', ${i % 5 === 0 ? "closed" : "dispatched"}, ${i % 2 ? UNIT_A : UNIT_B},
          'sms', 'offline', ${at}, ${at})`);
    }
  const ids = (await db.execute<{ id: string }>(sql`SELECT id FROM tickets ORDER BY ref`)).rows.map(
    (r) => r.id,
  );
  for (const [k, phone] of PHONES.entries()) {
    const [resident] = (
      await db.execute<{ id: string }>(sql`INSERT INTO residents (phone) VALUES (${phone}) RETURNING id`)
    ).rows;
    await db.execute(sql`INSERT INTO ticket_reporters (ticket_id, resident_id, channel)
      VALUES (${ids[k]!}, ${resident!.id}, 'sms')`);
  }
  // A resident without a phone (a WeChat user), reporting for a relative who gave a callback number.
  const [wechat] = (
    await db.execute<{ id: string }>(sql`INSERT INTO residents (phone) VALUES (NULL) RETURNING id`)
  ).rows;
  await db.execute(sql`INSERT INTO ticket_reporters (ticket_id, resident_id, channel, callback_phone, callback_for)
    VALUES (${ids[9]!}, ${wechat!.id}, 'wechat', '18600009999', 'relative'),
           (${ids[10]!}, ${wechat!.id}, 'wechat', '15011112222', 'relative')`);
  // A merge: ticket 12 merged into ticket 11, its reporter (13700002222) linked to the kept ticket too.
  await db.execute(
    sql`UPDATE tickets SET status = 'merged', merged_into_id = ${ids[10]!} WHERE id = ${ids[11]!}`,
  );
  const [merged] = (
    await db.execute<{ id: string }>(sql`SELECT id FROM residents WHERE phone = '13700002222' LIMIT 1`)
  ).rows;
  await db.execute(sql`INSERT INTO ticket_reporters (ticket_id, resident_id, channel) VALUES
    (${ids[11]!}, ${merged!.id}, 'sms'), (${ids[10]!}, ${merged!.id}, 'sms')`);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("search by phone or ID number over trigram indexes", () => {
  it("finds exactly the tickets the every-ticket condition found, newest first", async () => {
    for (const digits of DIGITS) {
      const page = await listTickets(t.ctx.database.db, { personalDigits: digits }, { limit: 100 });
      expect(
        page.items.map((r) => r.id),
        digits,
      ).toEqual(await byCondition(digits));
    }
    // The cases are really exercised: each way of matching finds something.
    expect(await byCondition("13912345678")).toHaveLength(8); // four descriptions, twice each
    expect(await byCondition("11010519491231002X")).toHaveLength(4);
    expect(await byCondition("18600009999")).toHaveLength(1);
    expect(await byCondition("15011112222")).toHaveLength(2);
    // Resident 13700002222: tickets 1 and 3, the merged ticket 12 and the ticket it was merged into.
    expect(await byCondition("13700002222")).toHaveLength(4);
    expect(await byCondition("99999999")).toEqual([]);
  });

  it("pages the same way, the cursor included", async () => {
    for (const digits of ["13912345678", "12345", "13700002222"])
      expect(await paged({ personalDigits: digits }, 2), digits).toEqual(await byCondition(digits));
  });

  it("combines with the other filters and the caller's scope", async () => {
    const scope = [sql`${tickets.unitId} = ${UNIT_A}`];
    for (const digits of ["13912345678", "12345", "13700002222", "15011112222"]) {
      expect(await paged({ personalDigits: digits, status: ["dispatched"] }, 2, scope), digits).toEqual(
        await byCondition(digits, [sql`${tickets.status} = 'dispatched'`, ...scope]),
      );
      expect(await paged({ personalDigits: digits, status: ["merged"] }, 2), digits).toEqual(
        await byCondition(digits, [sql`${tickets.status} = 'merged'`]),
      );
    }
  });

  it("keeps up with an edited description and a changed phone", async () => {
    const db = t.ctx.database.db;
    await db.execute(
      sql`UPDATE tickets SET description = '新号码 177 0000 1234' WHERE ref = 'ZT20261121-0007'`,
    );
    await db.execute(sql`UPDATE residents SET phone = '17700001234' WHERE phone = '13912340000'`);
    for (const digits of ["17700001234", "13912340000", "0000123"]) {
      const page = await listTickets(db, { personalDigits: digits }, { limit: 100 });
      expect(
        page.items.map((r) => r.id),
        digits,
      ).toEqual(await byCondition(digits));
    }
    expect(await byCondition("17700001234")).toHaveLength(2);
  });

  it("can be served by the indexes on tables of some size", async () => {
    const db = t.ctx.database.db;
    await db
      .transaction(async (tx) => {
        // Rolled back at the end: the other tests see the rows above only.
        await tx.execute(sql`INSERT INTO tickets (ref, kind, category, summary, description, urgency,
            status, channel, engine, created_at, updated_at)
          SELECT 'ZT20261001-' || lpad(g::text, 5, '0'), 'complaint', 'other', '楼道灯不亮',
            '第' || g || '件，' || (g % 30) || '号楼的灯坏了。', 'normal', 'received', 'web', 'offline',
            now() - g * interval '1 minute', now()
          FROM generate_series(1, 3000) AS g`);
        await tx.execute(sql`INSERT INTO residents (phone)
          SELECT '13' || lpad((g * 7919 % 1000000000)::text, 9, '0') FROM generate_series(1, 3000) AS g`);
        // As autovacuum would: new rows wait in the indexes' pending lists until they are merged.
        for (const index of ["tickets_description_digits_idx", "residents_phone_trgm_idx"])
          await tx.execute(sql`SELECT gin_clean_pending_list(${index}::regclass)`);
        await tx.execute(sql`ANALYZE tickets`);
        await tx.execute(sql`ANALYZE residents`);
        // A test database's tables stay small enough to read whole: what is checked is that each
        // part can use its index, as it does at a city's size (bench/reports.ts).
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const where = ticketFilterSql({ personalDigits: "13912345678" });
        const plan = await tx.execute<{ "QUERY PLAN": string }>(
          sql`EXPLAIN SELECT * FROM tickets WHERE ${sql.join(where, sql` AND `)}
            ORDER BY created_at DESC, id DESC LIMIT 51`,
        );
        const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
        expect(text).toContain("tickets_description_digits_idx");
        expect(text).toContain("residents_phone_trgm_idx");
        expect(text).toContain("ticket_reporters_callback_phone_trgm_idx");
        tx.rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Error && /rollback/i.test(err.message))) throw err;
      });
    expect(await byCondition("13912345678")).toHaveLength(8);
  });
});
