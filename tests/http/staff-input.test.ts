import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

const lines: string[] = [];
let t: TestEnv;
let app: App;
let api: ReturnType<typeof as>;
let ticketRef: string;

beforeAll(async () => {
  t = await createTestEnv({ logLines: lines });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "centre1", "dispatcher");
  api = as(app, await login(app, "centre1"));
  ticketRef = (await seedTicket(t)).ref;
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const MARK = "13912340000";

describe("the staff API refuses unreadable input as 400 and never logs it", () => {
  it.each([
    ["a NUL in a search", `/api/v1/tickets?q=${MARK}%00`],
    ["a NUL in a list filter", `/api/v1/tickets?category=heat%00ing`],
    ["a NUL in a path parameter", `/api/v1/tickets/T2026%00`],
    ["a NUL in a path parameter of a sub-resource", `/api/v1/tickets/%00T2026/actions`],
    ["year 0 in a list filter", `/api/v1/tickets?from=0000-01-01T00:00:00Z`],
    ["a year far in the future", `/api/v1/tickets?to=9999-12-31T23:59:59Z`],
    ["year 0 in report dates", `/api/v1/reports/rates?from=0000-01-01&to=2026-01-01`],
    ["year 0 in the dashboard day", `/api/v1/reports/overview?date=0000-01-01`],
    ["an impossible calendar day", `/api/v1/reports/overview?date=2026-02-30`],
  ])("GET with %s", async (_name, url) => {
    const res = await api({ method: "GET", url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("REQUEST.INVALID");
  });

  it("refuses a NUL in the queue dashboard's query (a scope with its own error handler)", async () => {
    await createStaff(t, "admin9", "admin");
    const admin = as(app, await login(app, "admin9"));
    const res = await admin({ method: "GET", url: "/admin/queues?after=%00" });
    expect(res.statusCode).toBe(400);
  });

  it("refuses a NUL inside a JSON body", async () => {
    const res = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "water_supply",
        summary: "停水",
        description: `停水了\u0000${MARK}`,
        location: { text: "新城公寓2号楼", community: "community.xisheng" },
      },
    });
    expect(res.statusCode).toBe(400);
  });

  it("refuses a NUL in an action's note", async () => {
    const res = await api({
      method: "POST",
      url: `/api/v1/tickets/${ticketRef}/actions/note`,
      payload: { note: `已联系\u0000${MARK}` },
    });
    expect([400, 404]).toContain(res.statusCode);
    expect(res.statusCode).not.toBe(500);
  });

  it("logs none of the refused values and no server error", async () => {
    const all = lines.join("\n");
    expect(all, lines.filter((l) => l.includes(MARK)).join("\n")).not.toContain(MARK);
    expect(all).not.toMatch(/"level":50/);
  });
});
