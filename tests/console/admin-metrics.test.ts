import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { startWorker } from "../../src/queue/worker.js";
import { llmFallbacks } from "../../src/runtime/metrics.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";

const METRICS_TOKEN = "metrics-token-0123456789";
let t: TestEnv;
let app: App;

function metricValue(text: string, name: string, labels: Record<string, string>): number | null {
  const line = text
    .split("\n")
    .find(
      (l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
    );
  return line ? Number(line.split(" ").at(-1)) : null;
}

beforeAll(async () => {
  t = await createTestEnv({ clock: testClock(), env: { METRICS_TOKEN, LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  // A stand-in webhook: the counter hooks every /channels/* route, whichever channels are configured.
  app.post("/channels/fake/hook", async (req, reply) =>
    reply.status(req.headers["x-bad"] ? 401 : 200).send("ok"),
  );
  await createStaff(t, "admin1", "admin");
  await createStaff(t, "disp1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const scrape = async () => {
  const res = await app.inject({
    method: "GET",
    url: "/metrics",
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("text/plain");
  return res.body;
};

describe("Prometheus metrics", () => {
  it("refuses a scrape without the metrics token", async () => {
    expect((await app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it("reports queue depths per queue and state", async () => {
    await t.ctx.queues.notify.add("n", { notificationId: 1 }, { jobId: "metrics-w1" });
    await t.ctx.queues.notify.add("n", { notificationId: 2 }, { jobId: "metrics-d1", delay: 3_600_000 });
    const text = await scrape();
    expect(metricValue(text, "zhitong_queue_jobs", { queue: "notify", state: "waiting" })).toBe(1);
    expect(metricValue(text, "zhitong_queue_jobs", { queue: "notify", state: "delayed" })).toBe(1);
    expect(metricValue(text, "zhitong_queue_jobs", { queue: "route", state: "failed" })).toBe(0);
  });

  it("records job latencies of workers started with startWorker", async () => {
    const done = new Promise<void>((resolve) => {
      const w = startWorker("survey", async () => "ok", {
        connection: t.ctx.redis,
        prefix: t.ctx.env.QUEUE_PREFIX,
        log: t.ctx.log,
      });
      w.on("completed", () => {
        void w.close().then(resolve);
      });
    });
    await t.ctx.queues.survey.add("s", { sweep: true }, { jobId: "metrics-s1" });
    await done;
    const text = await scrape();
    expect(
      metricValue(text, "zhitong_job_run_seconds_count", { queue: "survey", outcome: "completed" }),
    ).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, "zhitong_job_wait_seconds_count", { queue: "survey" })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("counts webhook requests by channel and outcome", async () => {
    await app.inject({
      method: "POST",
      url: "/channels/fake/hook",
      payload: "{}",
      headers: { "content-type": "application/json" },
    });
    await app.inject({
      method: "POST",
      url: "/channels/fake/hook",
      payload: "{}",
      headers: { "x-bad": "1", "content-type": "application/json" },
    });
    const text = await scrape();
    expect(
      metricValue(text, "zhitong_webhook_requests_total", { channel: "fake", outcome: "rejected" }),
    ).toBe(1);
  });

  it("exposes the LLM fallback counter the intake stage increments", async () => {
    llmFallbacks.inc({ reason: "timeout" });
    const text = await scrape();
    expect(metricValue(text, "zhitong_llm_fallbacks_total", { reason: "timeout" })).toBeGreaterThanOrEqual(1);
  });
});

describe("queue dashboard (bull-board)", () => {
  it("sends an anonymous browser to the login page and refuses anonymous API calls", async () => {
    const page = await app.inject({ method: "GET", url: "/admin/queues", headers: { accept: "text/html" } });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toContain("/console/login.html");
    const api = await app.inject({ method: "GET", url: "/admin/queues/api/queues" });
    expect(api.statusCode).toBe(401);
  });

  it("refuses a dispatcher", async () => {
    const disp = as(app, await login(app, "disp1"));
    const res = await disp({ method: "GET", url: "/admin/queues/api/queues" });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("AUTH.FORBIDDEN");
  });

  it("shows every queue to an admin", async () => {
    const admin = as(app, await login(app, "admin1"));
    const page = await admin({ method: "GET", url: "/admin/queues", headers: { accept: "text/html" } });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    const res = await admin({ method: "GET", url: "/admin/queues/api/queues" });
    expect(res.statusCode).toBe(200);
    const names = res.json().queues.map((q: { name: string }) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(["intake-expiry", "route", "notify", "sla", "survey", "outbound"]),
    );
  });
});
