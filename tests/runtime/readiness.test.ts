import { mkdtemp, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { liveBulkMembers } from "../../src/queue/job-presence.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis, type EmbeddedRedisHandle } from "../../src/runtime/embedded-redis.js";
import { withoutFaketime } from "../support/faketime.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { createStaffUser } from "../../src/auth/staff.repository.js";
import { as, login, TEST_PASSWORD } from "../auth/staff-helpers.js";

// This file owns private PostgreSQL and Redis servers so it can stop and restart them.
let root: string;
let pg: EmbeddedPostgresHandle;
let redis: EmbeddedRedisHandle;
let ctx: RunningContext;
let app: App;
let api: ReturnType<typeof as>;

const port = (url: string) => Number(new URL(url).port);
const ticket = {
  category: "municipal",
  summary: "路灯不亮",
  description: "西山路路灯不亮一周了",
  location: { text: "西山路", community: "community.luxi" },
};

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "zhitong-ready-"));
  await chmod(root, 0o755);
  [pg, redis] = await Promise.all([
    startEmbeddedPostgres({ dir: path.join(root, "pg") }),
    withoutFaketime(() => startEmbeddedRedis({ dir: path.join(root, "redis") })),
  ]);
  const env = parseEnv({ LOG_LEVEL: "silent", QUEUE_PREFIX: "ready" });
  ctx = await createContext(env, { databaseUrl: pg.url, redisUrl: redis.url }, pino({ level: "silent" }));
  app = await buildApp(ctx, { docs: false });
  await createStaffUser(
    ctx.database.db,
    ctx.config,
    { username: "agent", role: "dispatcher", unitId: null, password: TEST_PASSWORD, displayName: "agent" },
    ctx.now(),
  );
  api = as(app, await login(app, "agent"));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await ctx?.close();
  await pg?.stop();
  await redis?.stop();
});

async function readyz() {
  const res = await app.inject({ method: "GET", url: "/readyz" });
  return { status: res.statusCode, body: res.json() };
}

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("readiness and recovery", () => {
  it("is ready when PostgreSQL and Redis both answer", async () => {
    expect(await readyz()).toEqual({
      status: 200,
      body: { ok: true, postgres: { ok: true }, redis: { ok: true } },
    });
  });

  it("turns 503 naming Redis when Redis goes away, and recovers when it returns", async () => {
    const p = port(redis.url);
    await redis.stop();
    const down = await eventually(readyz, (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.redis.ok).toBe(false);
    expect(down.body.postgres.ok).toBe(true);
    redis = await withoutFaketime(() => startEmbeddedRedis({ dir: path.join(root, "redis"), port: p }));
    const up = await eventually(readyz, (r) => r.status === 200);
    expect(up.status).toBe(200);
  }, 60_000);

  it("answers 503 (not 500) while PostgreSQL is down, and nothing is lost when it returns", async () => {
    const created = await api({ method: "POST", url: "/api/v1/tickets", payload: ticket });
    expect(created.statusCode).toBe(201);
    const p = port(pg.url);
    await pg.stop();
    const down = await eventually(readyz, (r) => r.status === 503);
    expect(down.body.postgres.ok).toBe(false);
    // More failed requests than the pool has connections: a leak would exhaust it for good.
    for (let i = 0; i < 12; i++) await api({ method: "POST", url: "/api/v1/tickets", payload: ticket });
    const refused = await api({ method: "POST", url: "/api/v1/tickets", payload: ticket });
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.code).toBe("SERVICE.UNAVAILABLE");

    pg = await startEmbeddedPostgres({ dir: path.join(root, "pg"), port: p });
    await eventually(readyz, (r) => r.status === 200);
    const again = await eventually(
      () => api({ method: "POST", url: "/api/v1/tickets", payload: ticket }),
      (r) => r.statusCode === 201,
    );
    expect(again.statusCode).toBe(201);
    const list = await api({ method: "GET", url: "/api/v1/tickets" });
    expect(
      list
        .json()
        .items.map((x: { ref: string }) => x.ref)
        .sort(),
    ).toEqual([created.json().ref, again.json().ref].sort());
    // No pooled connection leaked by the transactions that failed during the outage.
    // (Work finishing after a response, such as audit writes, may hold a connection for a moment.)
    const pool = ctx.database.pool;
    const checkedOut = await eventually(
      async () => pool.totalCount - pool.idleCount,
      (n) => n === 0,
      5_000,
    );
    expect(checkedOut).toBe(0);
    // The outbox rows of both tickets reach the queue once the relay runs again: each as its own
    // job, or both in one bulk job (the relay hands several route rows over together).
    await ctx.relay.drain();
    const carried = await liveBulkMembers(ctx.redis, ctx.queues.route, "route-bulk");
    for (const id of [created.json().id, again.json().id]) {
      const jobId = `route_${id}_1`;
      expect(carried.has(jobId) || (await ctx.queues.route.getJob(jobId)) !== undefined).toBe(true);
    }
  }, 90_000);
});
