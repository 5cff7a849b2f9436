import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload } from "./helpers.js";

const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const at = (text: string, place: string) => ({
  category: "construction",
  summary: text.slice(0, 30),
  description: text,
  location: { community: "community.shuikujie", text: place },
});

describe("one hoarding, five residents, five wordings", () => {
  it("merges the five reports into one ticket, keeps other problems and places apart, and counts five people", async () => {
    const wordings = [
      "水库街施工围挡把人行道全占了，行人只能走机动车道",
      "水库街那边工地的挡板占了人行道，推婴儿车根本过不去",
      "水库街修路的施工围栏堵住人行道了，太危险",
      "我是水库街开店的，门口的围挡把路都挡住了，顾客进不来",
      "水库街人行道被工地围起来了，走路要绕到马路上",
    ];
    const first = await fileTicket(t, at(wordings[0]!, "水库街"), "13900000501");
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    for (const [i, text] of wordings.slice(1).entries()) {
      clock.advance(20 * 60_000);
      const dup = await fileTicket(t, at(text, "水库街"), `1390000050${i + 2}`);
      expect(await routeTicket(t.ctx, { ticketId: dup.id })).toMatchObject({
        outcome: "merged",
        intoTicketId: first.id,
      });
    }

    // Another problem at the same street, and the same problem at another street: their own tickets.
    clock.advance(20 * 60_000);
    const noise = await fileTicket(t, at("水库街工地晚上施工太吵，睡不着觉", "水库街"), "13900000511");
    expect((await routeTicket(t.ctx, { ticketId: noise.id })).outcome).toBe("dispatched");
    const elsewhere = await fileTicket(
      t,
      at("滨河商业街施工围挡把人行道全占了，行人只能走机动车道", "滨河商业街"),
      "13900000512",
    );
    expect((await routeTicket(t.ctx, { ticketId: elsewhere.id })).outcome).toBe("dispatched");
    expect((await reload(t, noise.id)).mergedIntoId).toBeNull();
    expect((await reload(t, elsewhere.id)).mergedIntoId).toBeNull();

    const disp = as(app, await login(app, "disp1"));
    const res = await disp({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(res.statusCode).toBe(200);
    const cluster = (
      res.json() as {
        clusters: { communityId: string; category: string; tickets: number; reporters: number }[];
      }
    ).clusters.find((c) => c.communityId === "community.shuikujie" && c.category === "construction");
    // Seven tickets (five merged into one, two apart), seven people: each resident counted once.
    expect(cluster).toMatchObject({ tickets: 7, reporters: 7 });
  });
});
