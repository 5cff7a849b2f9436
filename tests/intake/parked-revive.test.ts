import { sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { reviveParked } from "../../src/intake/parked-messages.js";
import { as, createStaff, login } from "../support/staff-session.js";
import { loseRedisData } from "../support/redis-loss.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { backlogPhone as phone, storeReceivedSms, waitFor } from "./support/inbound.js";
import { FlakyIntake, messageState, reviveAudits } from "./support/parking.js";

/**
 * Parked intake messages handed back by an administrator: listed without the resident's data,
 * revived in one audited transaction, and then answered by the real intake worker (woken, or found
 * by its idle poll when no wake-up arrives). Real PostgreSQL, Redis and intake workers throughout.
 */
const clock = testClock("2026-12-02T02:00:00Z");
let t: TestEnv;
let app: App;
let intake: FlakyIntake;
let admin: ReturnType<typeof as>;
let adminId: string;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { INTAKE_RETRY_BASE_MS: "20", INTAKE_MAX_ATTEMPTS: "3", INTAKE_POLL_MS: "200" },
  });
  app = await buildApp(t.ctx, { docs: false });
  adminId = (await createStaff(t, "ops1", "admin")).id;
  admin = as(app, await login(app, "ops1"));
  intake = new FlakyIntake(t);
});
afterEach(async () => {
  await intake.stop();
  intake.failing.clear();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let series = 0;
/** A message of a new resident (its own phone), stored `received` as the ingest does. */
const store = (text = "路灯不亮了"): Promise<number> => storeReceivedSms(t.ctx, phone(5, series++), text);

const revive = (payload: unknown) =>
  admin({ method: "POST", url: "/api/v1/admin/intake/parked/revive", payload: payload as object });

async function parkedIds(): Promise<number[]> {
  const res = await admin({ method: "GET", url: "/api/v1/admin/intake/parked" });
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: { id: number }[] }).items.map((m) => m.id);
}

describe("an admin lists parked intake messages and hands them back", () => {
  it("a message parked after failures is listed without the resident's data, revived, then answered by the worker", async () => {
    const text = "西胜家园7号楼路灯不亮了，电话13812345678";
    const id = await store(text);
    await intake.park([id]);
    expect(await messageState(t, id)).toMatchObject({
      status: "failed",
      error: "intake gave up after 3 attempts: Error",
      attempts: 3,
    });

    const list = await admin({ method: "GET", url: "/api/v1/admin/intake/parked" });
    expect(list.statusCode).toBe(200);
    const body = list.json() as { total: number; items: Record<string, unknown>[] };
    expect(body.items.find((m) => m.id === id)).toEqual({
      id,
      channel: "sms",
      kind: "text",
      receivedAt: expect.any(String),
      parkedAt: expect.any(String),
      attempts: 3,
      errorKind: "Error",
    });
    expect(body.total).toBe(body.items.length);
    // Neither the text, nor the number in it, nor the sender's number.
    expect(list.body).not.toContain("路灯");
    expect(list.body).not.toContain("13812345678");
    expect(list.body).not.toContain(phone(5, series - 1));

    // The cause is fixed; the worker is running and waiting for work.
    intake.failing.clear();
    await intake.start();
    const res = await revive({ ids: [id] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revived: [id], notParked: [] });
    await waitFor(
      async () => (await messageState(t, id)).status === "processed",
      15_000,
      "revived message answered",
    );
    expect(await messageState(t, id)).toMatchObject({
      status: "processed",
      error: null,
      attempts: null,
      replies: 1,
    });
    expect(await parkedIds()).not.toContain(id);

    const [line] = (await reviveAudits(t)).filter((a) => (a.data.messageIds as number[]).includes(id));
    expect(line).toMatchObject({
      staff_id: adminId,
      role: "admin",
      target_type: "message",
      target_id: String(id),
      request_id: res.headers["x-request-id"],
      data: { via: "api", all: false, messageIds: [id] },
    });
  });

  it("revives in one transaction: received again, error and attempts gone, nothing else touched", async () => {
    const [a, b] = [await store(), await store("井盖丢了")];
    await intake.park([a, b]);
    // No worker runs: what the revive itself wrote is visible as it left it.
    const res = await revive({ ids: [a] });
    expect(res.json()).toEqual({ revived: [a], notParked: [] });
    expect(await messageState(t, a)).toEqual({
      id: a,
      status: "received",
      error: null,
      processedAt: null,
      attempts: null,
      replies: 0,
    });
    expect(await messageState(t, b)).toMatchObject({ status: "failed", attempts: 3 });
    // `all` hands back the rest, and is audited as such.
    const all = await revive({ all: true });
    expect(all.statusCode).toBe(200);
    expect((all.json() as { revived: number[] }).revived).toContain(b);
    expect(await messageState(t, b)).toMatchObject({ status: "received", attempts: null });
    expect((await reviveAudits(t)).at(-1)).toMatchObject({ target_id: String(b), data: { all: true } });
    intake.failing.clear();
    await intake.start();
    await waitFor(
      async () =>
        (await messageState(t, a)).status === "processed" &&
        (await messageState(t, b)).status === "processed",
      15_000,
      "both answered",
    );
  });
});

describe("refusals", () => {
  it("an unknown id (or an outbound message's) refuses the whole request and changes nothing", async () => {
    const parked = await store();
    await intake.park([parked]);
    const audits = (await reviveAudits(t)).length;
    const res = await revive({ ids: [parked, 987_654_321] });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { code: "INTAKE.MESSAGE_NOT_FOUND", details: { unknown: [987_654_321] } },
    });
    expect((res.json() as { error: { message: string } }).error.message).toContain("987654321");
    const [outbound] = (
      await t.ctx.database.db.execute<{ id: number }>(
        sql`INSERT INTO messages (channel, direction, kind, text, status) VALUES ('sms', 'out', 'text', '回复', 'sent')
            RETURNING id::float8 AS id`,
      )
    ).rows;
    expect((await revive({ ids: [outbound!.id] })).statusCode).toBe(404);
    expect(await messageState(t, parked)).toMatchObject({ status: "failed", attempts: 3 });
    expect(await reviveAudits(t)).toHaveLength(audits);
  });

  it("a message that is not parked is left as it is, and the answer says so", async () => {
    const waiting = await store();
    const res = await revive({ ids: [waiting] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revived: [], notParked: [{ id: waiting, status: "received" }] });
    // A failed inbound message that intake did not park (it would fail again) is not handed back.
    await t.ctx.database.db.execute(
      sql`UPDATE messages SET status = 'failed', error = 'no resident' WHERE id = ${waiting}`,
    );
    expect((await revive({ ids: [waiting] })).json()).toEqual({
      revived: [],
      notParked: [{ id: waiting, status: "failed" }],
    });
    expect(await messageState(t, waiting)).toMatchObject({ status: "failed", error: "no resident" });
  });

  it("only admins: a dispatcher, a leader and a unit worker get 403, an anonymous caller 401", async () => {
    await createStaff(t, "disp1", "dispatcher");
    await createStaff(t, "lead1", "leader");
    await createStaff(t, "unit1", "unit", "community.xisheng");
    const parked = await store();
    await intake.park([parked]);
    for (const who of ["disp1", "lead1", "unit1"]) {
      const api = as(app, await login(app, who));
      const list = await api({ method: "GET", url: "/api/v1/admin/intake/parked" });
      expect(list.statusCode, who).toBe(403);
      expect(list.json().error.code).toBe("AUTH.FORBIDDEN");
      const post = await api({
        method: "POST",
        url: "/api/v1/admin/intake/parked/revive",
        payload: { ids: [parked] },
      });
      expect(post.statusCode, who).toBe(403);
    }
    const anonymous = await app.inject({
      method: "POST",
      url: "/api/v1/admin/intake/parked/revive",
      payload: { ids: [parked] },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await messageState(t, parked)).toMatchObject({ status: "failed" });
  });

  it.each([
    ["an empty body", {}],
    ["no ids", { ids: [] }],
    ["both ids and all", { ids: [1], all: true }],
    ["all: false", { all: false }],
    ["an id that is text", { ids: ["12"] }],
    ["a fractional id", { ids: [1.5] }],
    ["a negative id", { ids: [-3] }],
    ["an unknown field", { ids: [1], force: true }],
    ["too many ids", { ids: Array.from({ length: 1001 }, (_, i) => i + 1) }],
    ["a list instead of an object", [1, 2]],
  ])("refuses %s with 400 and a clear message", async (_name, payload) => {
    const res = await revive(payload);
    expect(res.statusCode).toBe(400);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("REQUEST.INVALID");
    expect(error.message).toMatch(/body/);
  });

  it("refuses a body that is not JSON, and a bad limit, with 400", async () => {
    const notJson = await admin({
      method: "POST",
      url: "/api/v1/admin/intake/parked/revive",
      headers: { "content-type": "application/json" },
      payload: "{ids: [1",
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe("REQUEST.MALFORMED");
    for (const limit of ["0", "abc", "5000"]) {
      const res = await admin({ method: "GET", url: `/api/v1/admin/intake/parked?limit=${limit}` });
      expect(res.statusCode, limit).toBe(400);
    }
  });
});

describe("faults", () => {
  it("a message revived after Redis lost its data, with no wake-up at all, is answered through the idle poll", async () => {
    const id = await store();
    await intake.park([id]);
    intake.failing.clear();
    await intake.start();
    await loseRedisData(t);
    // The database half of a revive only: nobody announces it, as when the hint is lost.
    const out = await reviveParked(
      t.ctx.database.db,
      { ids: [id] },
      { staff: null, via: "cli" },
      clock.now(),
    );
    expect(out.revived).toEqual([id]);
    await waitFor(
      async () => (await messageState(t, id)).status === "processed",
      15_000,
      "found by the poll",
    );
    expect(await messageState(t, id)).toMatchObject({ replies: 1, attempts: null });
  });

  it("an admin's revive with Redis unreachable is answered, not failed, and the message is still taken", async () => {
    const id = await store();
    await intake.park([id]);
    intake.failing.clear();
    await intake.start();
    // The API process has lost Redis (down, or a network split); the workers still reach PostgreSQL.
    const unreachable = new Redis("redis://127.0.0.1:1", { lazyConnect: true, retryStrategy: () => null });
    unreachable.on("error", () => undefined);
    const cut = await buildApp({ ...t.ctx, redis: unreachable }, { docs: false });
    try {
      const res = await as(
        cut,
        await login(cut, "ops1"),
      )({
        method: "POST",
        url: "/api/v1/admin/intake/parked/revive",
        payload: { ids: [id] },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ revived: [id], notParked: [] });
    } finally {
      await cut.close();
      unreachable.disconnect();
    }
    await waitFor(async () => (await messageState(t, id)).status === "processed", 15_000, "answered");
    expect(await messageState(t, id)).toMatchObject({ replies: 1 });
  });

  it("a revive run twice hands the message back once, and it is answered once", async () => {
    const id = await store();
    await intake.park([id]);
    intake.failing.clear();
    const audits = (await reviveAudits(t)).length;
    const [first, second] = [await revive({ ids: [id] }), await revive({ ids: [id] })];
    expect(first.json()).toEqual({ revived: [id], notParked: [] });
    expect(second.json()).toEqual({ revived: [], notParked: [{ id, status: "received" }] });
    await intake.start();
    await waitFor(async () => (await messageState(t, id)).status === "processed", 15_000, "answered");
    // Once more after it was answered: still nothing to do.
    expect((await revive({ ids: [id] })).json()).toEqual({
      revived: [],
      notParked: [{ id, status: "processed" }],
    });
    expect(await messageState(t, id)).toMatchObject({ replies: 1 });
    expect(intake.tries.get(id)).toBeGreaterThanOrEqual(4);
    expect(await reviveAudits(t)).toHaveLength(audits + 1);
  });

  it("two revives at once hand the message back once", async () => {
    const id = await store();
    await intake.park([id]);
    const outs = await Promise.all([revive({ ids: [id] }), revive({ all: true })]);
    const revived = outs.map((r) => (r.json() as { revived: number[] }).revived.filter((x) => x === id));
    expect(revived.flat()).toEqual([id]);
  });

  it("a message that fails again after its revive is parked again after a fresh count of attempts", async () => {
    const id = await store();
    await intake.park([id]);
    const before = intake.tries.get(id)!;
    // Still broken: the revive gives it INTAKE_MAX_ATTEMPTS new tries, not zero and not more.
    await intake.start();
    expect((await revive({ ids: [id] })).json()).toEqual({ revived: [id], notParked: [] });
    await waitFor(async () => (await messageState(t, id)).status === "failed", 30_000, "parked again");
    expect(await messageState(t, id)).toMatchObject({
      status: "failed",
      error: "intake gave up after 3 attempts: Error",
      attempts: 3,
      replies: 0,
    });
    expect(intake.tries.get(id)! - before).toBeGreaterThanOrEqual(3);
    expect(await parkedIds()).toContain(id);
  });
});
