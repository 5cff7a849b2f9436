import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, linksOf, reload } from "./helpers.js";

const clock = testClock("2026-12-03T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A report as intake would file it, at `place` in 文庙社区 (庙前街 unless told). */
const at = (category: string, text: string, place = "庙前街") => ({
  category,
  summary: text.slice(0, 20),
  description: text,
  location: { community: "community.wenmiao", text: place },
});

async function route(ticketId: string) {
  return routeTicket(t.ctx, { ticketId });
}
describe("duplicates at routing: other places and other problems stay apart", () => {
  it("files a complaint about another quoted shop of the street on its own", async () => {
    const first = await fileTicket(t, at("pollution", "庙前街“老王烤肉”油烟太大"), "13900000901");
    expect((await route(first.id)).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const other = await fileTicket(t, at("pollution", "庙前街“四川人家”餐馆油烟熏得开不了窗"), "13900000902");
    expect((await route(other.id)).outcome).toBe("dispatched");
    expect((await reload(t, other.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, other.id)).toEqual([]);
  });

  it("files a gas smell on its own though gas is off in the same building", async () => {
    const place = "双塔小区2号楼";
    const off = await fileTicket(
      t,
      at("gas_supply", "双塔小区2号楼燃气停了，做不了饭", place),
      "13900000911",
    );
    expect((await route(off.id)).outcome).toBe("dispatched");
    clock.advance(10 * 60_000);
    const smell = await fileTicket(
      t,
      at("gas_supply", "双塔小区2号楼楼道里好大一股煤气味", place),
      "13900000912",
    );
    expect((await route(smell.id)).outcome).toBe("dispatched");
    expect(await linksOf(t, smell.id)).toEqual([]);
    clock.advance(10 * 60_000);
    const again = await fileTicket(
      t,
      at("gas_supply", "双塔小区2号楼天然气就没了，打不着火", place),
      "13900000913",
    );
    expect(await route(again.id)).toMatchObject({ outcome: "merged", intoTicketId: off.id });
  });

  it("links a cause and what it caused as a suggestion, not a merge", async () => {
    const place = "双塔小区";
    const blast = await fileTicket(
      t,
      at("power_supply", "双塔小区变压器砰的一声冒火了", place),
      "13900000921",
    );
    expect((await route(blast.id)).outcome).toBe("dispatched");
    clock.advance(10 * 60_000);
    const dark = await fileTicket(t, at("power_supply", "双塔小区整个小区都没电了", place), "13900000922");
    expect((await route(dark.id)).outcome).toBe("dispatched");
    expect((await reload(t, dark.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, dark.id)).toEqual([{ other_ticket_id: blast.id, status: "suggested" }]);
  });

  it("merges a loose paving stone told as lifting", async () => {
    const loose = await fileTicket(t, at("municipal", "庙前街人行道的石板松了"), "13900000931");
    expect((await route(loose.id)).outcome).toBe("dispatched");
    clock.advance(10 * 60_000);
    const lifting = await fileTicket(t, at("municipal", "庙前街人行道地砖翘起来好几块"), "13900000932");
    expect(await route(lifting.id)).toMatchObject({ outcome: "merged", intoTicketId: loose.id });
  });
});
