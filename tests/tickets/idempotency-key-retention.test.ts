import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { openDatabase } from "../../src/db/client.js";
import { pruneIdempotencyKeys } from "../../src/tickets/idempotency-key-retention.js";
import { slaWorkerFactory } from "../../src/sla/sla.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { waitFor } from "../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: ReturnType<typeof as>;

const body = (n: number) => ({
  category: "heating",
  summary: `西盛家园${n}号楼暖气不热`,
  description: `西盛家园${n}号楼暖气不热好几天了。`,
  location: { text: `西盛家园${n}号楼`, community: "community.xisheng" },
  contact: { name: "王建国", phone: `1390001${String(n).padStart(4, "0")}` },
});

/** Moves the clock and signs in again: a session does not outlive days of test time. */
async function at(when: string): Promise<void> {
  clock.set(when);
  api = as(app, await login(app, "dispatcher1"));
}

const file = (n: number, key: string) =>
  api({ method: "POST", url: "/api/v1/tickets", payload: body(n), headers: { "idempotency-key": key } });

async function keys(): Promise<number> {
  const r = await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM ticket_idempotency_keys`);
  return (r.rows[0] as { n: number }).n;
}

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { IDEMPOTENCY_KEY_RETENTION_HOURS: "24" } });
  app = await buildApp(t.ctx);
  await createStaff(t, "dispatcher1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("Idempotency-Key retention", () => {
  it("honours a key within the retention and forgets it after, so the same key later files anew", async () => {
    await at("2026-11-21T02:00:00Z");
    const oldKey = randomUUID();
    const first = await file(1, oldKey);
    expect(first.statusCode).toBe(201);
    await at("2026-11-22T01:00:00Z"); // 23 h later: still honoured
    const youngKey = randomUUID();
    expect((await file(2, youngKey)).statusCode).toBe(201);
    expect(await pruneIdempotencyKeys(t.ctx.database.db, 24, clock.now())).toBe(0);
    const replay = await file(1, oldKey);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().id).toBe(first.json().id);

    await at("2026-11-22T03:00:00Z"); // 25 h after the first: forgotten, the young one kept
    expect(await pruneIdempotencyKeys(t.ctx.database.db, 24, clock.now())).toBe(1);
    // Running it again (another process's sweep) finds nothing more.
    expect(await pruneIdempotencyKeys(t.ctx.database.db, 24, clock.now())).toBe(0);
    const again = await file(1, oldKey);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).not.toBe(first.json().id);
    expect((await file(2, youngKey)).statusCode).toBe(200);
  });

  it("deletes in chunks, and two processes pruning at once delete each key once", async () => {
    await at("2026-11-25T00:00:00Z");
    for (let i = 0; i < 7; i++) expect((await file(100 + i, randomUUID())).statusCode).toBe(201);
    const before = await keys();
    await at("2026-11-27T00:00:00Z");
    const other = openDatabase(t.databaseUrl, { max: 2 });
    try {
      const [a, b] = await Promise.all([
        pruneIdempotencyKeys(t.ctx.database.db, 24, clock.now(), 2),
        pruneIdempotencyKeys(other.db, 24, clock.now(), 2),
      ]);
      expect(a + b).toBe(before);
      expect(await keys()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("is run by the SLA sweep job", async () => {
    await at("2026-11-28T00:00:00Z");
    expect((await file(200, randomUUID())).statusCode).toBe(201);
    await at("2026-11-30T00:00:00Z");
    const [worker] = await slaWorkerFactory(t.ctx);
    try {
      const job = await t.ctx.queues.sla.add("sweep", { sweep: true });
      await waitFor(async () => (await job.isCompleted()) || null, 30_000, "the SLA sweep");
    } finally {
      await worker!.close();
    }
    expect(await keys()).toBe(0);
  });
});
