import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countStatements } from "../support/statement-counter.js";
import { waitFor } from "../support/wait-for.js";
import { as, createStaff, login } from "./staff-helpers.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  app = await buildApp(t.ctx);
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "disp2", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

/** What a request costs in statements, and its answer. */
async function whoami(api: ReturnType<typeof as>) {
  const counter = countStatements(t.ctx.database.pool);
  try {
    const res = await api({ method: "GET", url: "/api/v1/tickets?limit=1" });
    return {
      status: res.statusCode,
      sessionReads: counter.statements.filter((s) => /staff_sessions/.test(s)).length,
    };
  } finally {
    counter.stop();
  }
}

describe("signed-in sessions kept in memory", () => {
  it("reads a session once, then answers from memory", async () => {
    const api = as(app, await login(app, "disp1"));
    expect(await whoami(api)).toEqual({ status: 200, sessionReads: 1 });
    expect(await whoami(api)).toEqual({ status: 200, sessionReads: 0 });
  });

  it("forgets a session revoked by another process (a write straight to the database)", async () => {
    const api = as(app, await login(app, "disp1"));
    await whoami(api);
    expect((await whoami(api)).sessionReads).toBe(0);
    await t.ctx.database.db.execute(sql`UPDATE staff_sessions SET revoked_at = now()`);
    // The trigger's notification reaches this process's cache within moments.
    await waitFor(async () => (await whoami(api)).status === 401);
  });

  it("forgets the sessions of an account disabled elsewhere", async () => {
    const api = as(app, await login(app, "disp2"));
    await whoami(api);
    await t.ctx.database.db.execute(sql`UPDATE staff_users SET disabled = true WHERE username = 'disp2'`);
    await waitFor(async () => (await whoami(api)).status === 401);
  });

  it("refuses a session at once after its own logout", async () => {
    await t.ctx.database.db.execute(sql`UPDATE staff_users SET disabled = false`);
    const cookie = await login(app, "disp1");
    const api = as(app, cookie);
    await whoami(api);
    expect((await api({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBeLessThan(300);
    expect((await whoami(api)).status).toBe(401);
  });

  it("asks the database again when the minute's touch of last_seen_at is due, and after idling", async () => {
    const api = as(app, await login(app, "disp1"));
    await whoami(api);
    clock.advance(61_000);
    expect(await whoami(api)).toEqual({ status: 200, sessionReads: 2 });
    expect((await whoami(api)).sessionReads).toBe(0);
  });
});
