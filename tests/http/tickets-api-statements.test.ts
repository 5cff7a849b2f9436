import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countStatements } from "../support/statement-counter.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: ReturnType<typeof as>;

const heating = {
  category: "heating",
  summary: "西盛家园暖气不热",
  description: "西盛家园3号楼暖气不热好几天了，室温只有十四度。",
  location: { text: "西盛家园3号楼", community: "community.xisheng" },
  urgency: "normal",
  contact: { name: "王建国", phone: "13912345678" },
};

beforeAll(async () => {
  t = await createTestEnv({ clock });
  app = await buildApp(t.ctx);
  await createStaff(t, "dispatcher1", "dispatcher");
  api = as(app, await login(app, "dispatcher1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("POST /api/v1/tickets, statements sent to PostgreSQL", () => {
  it("files a ticket of a known caller, its job and its audit line in one self-committing statement", async () => {
    await api({ method: "POST", url: "/api/v1/tickets", payload: heating });
    const counter = countStatements(t.ctx.database.pool);
    try {
      const res = await api({ method: "POST", url: "/api/v1/tickets", payload: heating });
      expect(res.statusCode).toBe(201);
      expect(counter.transactions()).toEqual([]);
      // Nothing else: the session comes from memory (src/auth/session-cache.ts). The outbox relay,
      // woken by the filing, works (and announces) on its own connections and is not the request's cost.
      const request = counter.statements.filter((s) => !/^outbox_relay_|NOTIFY/.test(s));
      expect(request).toEqual(["tickets-file-staff-batch"]);
    } finally {
      counter.stop();
    }
  });

  it("changes nothing and sends no transaction for a refused filing", async () => {
    const counter = countStatements(t.ctx.database.pool);
    try {
      const res = await api({
        method: "POST",
        url: "/api/v1/tickets",
        payload: { ...heating, category: "no_such_category" },
      });
      expect(res.statusCode).toBe(422);
      expect(counter.transactions()).toEqual([]);
    } finally {
      counter.stop();
    }
  });
});
