import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { houseNumberTokens } from "../../src/domain/duplicate-score.js";
import { findDuplicatesForBatch } from "../../src/routing/duplicates.js";
import { backfillHouseNumbers } from "../../src/routing/house-numbers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A lift report naming `where` (a building, an entrance, or nothing). */
function lift(where: string, place = "鹿溪小区", community = "community.luxi") {
  return {
    category: "property",
    summary: `${place}${where}电梯坏了`,
    description: `${place}${where}电梯坏了，老人上下楼困难。`,
    location: { community, text: `${place}${where}` },
  };
}
/** The same in a community no other test of this file files in. */
const taonan = (where: string) => lift(where, "桃南小区", "community.taonan");

const numbersOf = async (id: string) =>
  (await rows<{ n: string[] | null }>(t, `SELECT dup_numbers AS n FROM tickets WHERE id = '${id}'`))[0]!.n;

describe("house numbers stored at filing (tickets.dup_numbers)", () => {
  it("are the scorer's numbers of the summary and description: kinds and numbers, traditional and Chinese numerals read", async () => {
    expect(houseNumberTokens("三號樓電梯壞了", "十二栋2单元")).toEqual([
      "12号楼",
      "2单元",
      "3号楼",
      "单元",
      "号楼",
    ]);
    expect(houseNumberTokens("小区门口路灯不亮", "")).toEqual([]);
    const a = await fileTicket(t, lift("三號樓"), "13900007001");
    expect(await numbersOf(a.id)).toEqual(["3号楼", "号楼"]);
    expect((await reload(t, a.id)).dupNumbers).toEqual(["3号楼", "号楼"]);
  });

  it("are forgotten when the text changes, unless the same update writes them", async () => {
    const a = await fileTicket(t, lift("4号楼"), "13900007002");
    await rows(t, `UPDATE tickets SET status = 'dispatched' WHERE id = '${a.id}'`);
    expect(await numbersOf(a.id)).toEqual(["4号楼", "号楼"]);
    await rows(t, `UPDATE tickets SET description = '鹿溪小区6号楼电梯坏了' WHERE id = '${a.id}'`);
    expect(await numbersOf(a.id)).toBeNull();
    await rows(
      t,
      `UPDATE tickets SET summary = '鹿溪小区7号楼电梯坏了', dup_numbers = '{7号楼,号楼}' WHERE id = '${a.id}'`,
    );
    expect(await numbersOf(a.id)).toEqual(["7号楼", "号楼"]);
  });

  it("are backfilled for open tickets only, without touching version or updated_at, once", async () => {
    const open = await fileTicket(t, { ...lift("8号楼"), summary: "鹿溪小区捌号楼" }, "13900007003");
    const plain = await fileTicket(t, lift(""), "13900007004");
    const closed = await fileTicket(t, lift("9号楼"), "13900007005");
    await rows(t, `UPDATE tickets SET status = 'closed' WHERE id = '${closed.id}'`);
    const ids = [open.id, plain.id, closed.id].map((id) => `'${id}'`).join(",");
    await rows(t, `UPDATE tickets SET dup_numbers = NULL WHERE id IN (${ids})`);
    const before = await rows<{ id: string; version: number; updated_at: string }>(
      t,
      `SELECT id, version, updated_at::text FROM tickets WHERE id IN (${ids}) ORDER BY id`,
    );

    const first = await backfillHouseNumbers(t.ctx.database.db, { batch: 1 });
    expect(first.done).toBe(true);
    expect(first.updated).toBeGreaterThanOrEqual(2);
    expect(await numbersOf(open.id)).toEqual(houseNumberTokens(open.summary, open.description));
    expect(await numbersOf(open.id)).toEqual(["8号楼", "号楼"]);
    expect(await numbersOf(plain.id)).toEqual([]);
    expect(await numbersOf(closed.id)).toBeNull();
    expect(
      await rows(t, `SELECT id, version, updated_at::text FROM tickets WHERE id IN (${ids}) ORDER BY id`),
    ).toEqual(before);
    expect(await backfillHouseNumbers(t.ctx.database.db)).toEqual({ updated: 0, done: true });
  });
});

describe("the duplicate search's number gate in SQL", () => {
  it("finds exactly what the worker's own gate found, with the numbers stored or not", async () => {
    // Open lift reports of one community and category, of several buildings and entrances.
    const wheres = ["3号楼", "5号楼", "3号楼2单元", "3号楼1单元", "", "三号楼", "3栋", "12号楼", "3号院"];
    const filed: TicketRow[] = [];
    for (const [i, where] of wheres.entries()) {
      clock.advance(60_000);
      filed.push(await fileTicket(t, taonan(where), `1390000710${i}`));
    }
    clock.advance(60_000);
    const news = [
      await fileTicket(t, taonan("3号楼"), "13900007201"),
      await fileTicket(t, taonan("3号楼2单元"), "13900007202"),
      await fileTicket(t, taonan(""), "13900007203"),
      await fileTicket(t, taonan("5栋"), "13900007204"),
    ];
    const search = async () => {
      const found = await findDuplicatesForBatch(t.ctx.database.db, t.ctx, news);
      return news.map((n) => (found.get(n.id) ?? []).map((m) => ({ id: m.ticket.id, score: m.score })));
    };
    const stored = await search();
    const ids = filed.map((f) => `'${f.id}'`).join(",");
    await rows(t, `UPDATE tickets SET dup_numbers = NULL WHERE id IN (${ids})`);
    const unknown = await search();
    expect(stored).toEqual(unknown);

    const name = new Map(filed.map((f, i) => [f.id, wheres[i]]));
    const names = stored.map((list) => list.map((m) => name.get(m.id)).sort());
    // Building 3, however written, and never another building.
    expect(names[0]).toEqual(expect.arrayContaining(["3号楼", "三号楼", "3栋", "3号楼2单元", "3号楼1单元"]));
    expect(names[0]).not.toContain("5号楼");
    expect(names[0]).not.toContain("12号楼");
    // Entrance 2 of building 3: entrance 1 is another entrance.
    expect(names[1]).toContain("3号楼2单元");
    expect(names[1]).not.toContain("3号楼1单元");
    expect(names[1]).not.toContain("5号楼");
    // 5栋 is building 5.
    expect(names[3]).toContain("5号楼");
    for (const other of ["3号楼", "三号楼", "3栋", "12号楼"]) expect(names[3]).not.toContain(other);
    // Naming no building, nothing is gated by number.
    expect(names[2]).toEqual(expect.arrayContaining(["3号楼", "5号楼", "12号楼"]));
  });
});
