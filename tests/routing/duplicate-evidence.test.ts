import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "./helpers.js";

const clock = testClock("2026-11-26T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A power cut in one tower of an office block in 水库街社区, as intake would file it. */
const cut = (text: string) => ({
  category: "power_supply",
  summary: text.slice(0, 20),
  description: text,
  location: { community: "community.shuikujie", text: "恒远商务楼" },
});

describe("duplicates at routing: towers and things already fixed", () => {
  it("keeps another tower's report apart and merges the same tower's", async () => {
    const first = await fileTicket(t, cut("恒远商务楼B座整层停电，电脑都关机了"), "13900000701");
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    // The tower is stored with the other house numbers, so the search's number gate reads it too.
    const [stored] = await rows<{ dup_numbers: string[] }>(
      t,
      `SELECT dup_numbers FROM tickets WHERE id = '${first.id}'`,
    );
    expect(stored!.dup_numbers).toEqual(["B号楼", "号楼"]);

    clock.advance(10 * 60_000);
    const other = await fileTicket(t, cut("恒远商务楼E座整层停电，电梯也停了"), "13900000702");
    expect((await routeTicket(t.ctx, { ticketId: other.id })).outcome).toBe("dispatched");

    clock.advance(10 * 60_000);
    const same = await fileTicket(t, cut("恒远商务楼b座一整层没电了"), "13900000703");
    expect(await routeTicket(t.ctx, { ticketId: same.id })).toMatchObject({
      outcome: "merged",
      intoTicketId: first.id,
    });
    expect((await reload(t, other.id)).mergedIntoId).toBeNull();
  });

  it("files a follow-up about another thing on its own though it names the fixed one", async () => {
    const place = { community: "community.luxi", text: "路西小区4号楼" };
    const lift = await fileTicket(
      t,
      {
        category: "property",
        summary: "路西小区4号楼电梯停运",
        description: "路西小区4号楼电梯停运两天了",
        location: place,
      },
      "13900000711",
    );
    expect((await routeTicket(t.ctx, { ticketId: lift.id })).outcome).toBe("dispatched");
    clock.advance(3 * 3_600_000);
    const after = await fileTicket(
      t,
      {
        category: "property",
        summary: "路西小区4号楼楼道灯坏了",
        description: "路西小区4号楼电梯已经修好了，但是楼道的声控灯坏了，晚上黑乎乎的",
        location: place,
      },
      "13900000712",
    );
    expect((await routeTicket(t.ctx, { ticketId: after.id })).outcome).toBe("dispatched");
    expect((await reload(t, after.id)).mergedIntoId).toBeNull();
  });
});
