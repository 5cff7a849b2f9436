import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

const lines: string[] = [];
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ logLines: lines, env: { OPEN311_API_KEYS: "open311-key-secret-0001" } });
  app = await buildApp(t.ctx, { docs: false });
  // A route whose query fails inside PostgreSQL with a resident's data among the parameters, as a
  // storage fault would: the error handler's "unhandled error" line must not carry them.
  app.get("/test/failing-query", async () => {
    await t.ctx.database.db.execute(sql`SELECT ${"赵秀兰 13700002222"}::int`);
    return {};
  });
  await createStaff(t, "agent7", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("logs never carry personal data in clear", () => {
  it("logs requests, errors and ticket creation without the resident's phone or name", async () => {
    const api = as(app, await login(app, "agent7"));
    const ok = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "water_supply",
        summary: "新城公寓停水",
        description: "新城公寓2号楼从早上开始停水",
        location: { text: "新城公寓2号楼", community: "community.xisheng" },
        contact: { name: "赵秀兰", phone: "13700001111" },
      },
    });
    expect(ok.statusCode).toBe(201);
    // A refused request is logged too; its body (with the phone) must not appear.
    const bad = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "nope",
        summary: "x",
        description: "y",
        location: {},
        contact: { name: "赵秀兰", phone: "13700001111" },
      },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    await t.ctx.relay.drain();
    expect(lines.length).toBeGreaterThan(3); // the capture works: requests were logged
    const all = lines.join("\n");
    expect(all).not.toContain("13700001111");
    expect(all).not.toContain("赵秀兰");
    expect(all).not.toContain(process.env.TEST_PASSWORD ?? "Zhitong-test-2026");
  });

  it("keeps query parameters and error parameters out of every line", async () => {
    const api = as(app, await login(app, "agent7"));
    const from = lines.length;
    expect((await api({ method: "GET", url: "/api/v1/tickets?q=13911112222&limit=5" })).statusCode).toBe(200);
    await app.inject({ method: "GET", url: "/open311/v2/requests.json?api_key=open311-key-secret-0001" });
    const failed = await app.inject({ method: "GET", url: "/test/failing-query" });
    expect(failed.statusCode).toBe(500);
    // A worker's "job failed" line carries the driver's message, parameters included.
    const err = await t.ctx.database.db.execute(sql`SELECT ${"13700003333"}::int`).catch((e: Error) => e);
    t.ctx.log.warn({ jobId: "intake-1", err: (err as Error).message }, "job failed");
    t.ctx.log.error({ err }, "unhandled error");
    const mine = lines.slice(from).join("\n");
    expect(mine).toContain("unhandled error"); // the capture saw the error paths
    expect(mine).toContain("job failed");
    expect(mine).toContain("/api/v1/tickets"); // and the access log
    for (const secret of ["13911112222", "open311-key-secret-0001", "13700002222", "赵秀兰", "13700003333"])
      expect(
        mine,
        lines
          .slice(from)
          .filter((l) => l.includes(secret))
          .join("\n"),
      ).not.toContain(secret);
  });
});
