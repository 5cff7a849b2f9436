import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { QUEUE_NAMES } from "../../queue/queues.js";
import type { AppContext } from "../../runtime/context.js";
import { requireStaffSession } from "../plugins/staff-session.js";
import { metricsRegistry, queueJobs, queueStatsAvailable, webhookRequests } from "../../runtime/metrics.js";

const STATES = ["waiting", "active", "delayed", "failed"] as const;

/**
 * GET /metrics (Prometheus text format) and the webhook counter on /channels/* routes.
 * Scrapers send `Authorization: Bearer <METRICS_TOKEN>`; a signed-in admin may always look. Without
 * METRICS_TOKEN the endpoint is open in development and admins-only in production.
 */
async function metricsPlugin(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  const token = ctx.env.METRICS_TOKEN ? createHash("sha256").update(ctx.env.METRICS_TOKEN).digest() : null;

  app.addHook("onResponse", async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.routeOptions.url ?? "";
    if (!url.startsWith("/channels/")) return;
    const channel = url.split("/")[2] || "unknown";
    const s = reply.statusCode;
    webhookRequests.inc({ channel, outcome: s < 400 ? "ok" : s < 500 ? "rejected" : "error" });
  });

  const adminOnly = requireStaffSession(ctx, ["admin"]);
  const open = !token && ctx.env.NODE_ENV !== "production";

  app.get("/metrics", { schema: { hide: true } }, async (req, reply) => {
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const scraper = token !== null && timingSafeEqual(createHash("sha256").update(given).digest(), token);
    if (!open && !scraper) {
      await adminOnly(req, reply);
      if (reply.sent) return reply;
    }
    const [fromRedis] = await Promise.all([refreshQueueDepths(ctx), refreshIntakeDepth(ctx)]);
    queueStatsAvailable.set(fromRedis ? 1 : 0);
    return reply.header("content-type", metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}

/** Scrapes must answer during a Redis outage: no wait on a connection that is down or hangs. */
const QUEUE_STATS_TIMEOUT_MS = 2000;

/**
 * Refreshes the queue-depth gauges from Redis; false (gauges keep their last values) when Redis is
 * not connected or does not answer in time, instead of holding the scrape until it is back.
 */
async function refreshQueueDepths(ctx: AppContext): Promise<boolean> {
  if (ctx.redis.status !== "ready") return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), QUEUE_STATS_TIMEOUT_MS);
  });
  const refresh = Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const counts = await ctx.queues[name].getJobCounts(...STATES);
      for (const state of STATES) queueJobs.set({ queue: name, state }, counts[state] ?? 0);
    }),
  ).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([refresh, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Two counts, each over the partial index holding just its messages (intake's to-do, the parked
 * ones): no index holds both states together (tests/channels/ingest/messages-status-index.test.ts).
 */
export const INTAKE_DEPTH = {
  name: "metrics_intake_depth",
  text: `SELECT (SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'received')::int AS "waiting",
      (SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'failed')::int AS "failed"`,
};

/**
 * Intake has no BullMQ queue: its waiting work is the inbound messages still `received`, and its
 * failed work the ones it parked (or could not handle: no resident). Read from PostgreSQL, under
 * the same gauge and queue name as before, so dashboards and alerts keep working. A failed read
 * leaves the last values.
 */
async function refreshIntakeDepth(ctx: AppContext): Promise<void> {
  try {
    const { rows } = await ctx.database.pool.query<{ waiting: number; failed: number }>(INTAKE_DEPTH);
    queueJobs.set({ queue: "intake", state: "waiting" }, rows[0]?.waiting ?? 0);
    queueJobs.set({ queue: "intake", state: "failed" }, rows[0]?.failed ?? 0);
  } catch {
    // PostgreSQL unreachable: readyz says so; the scrape still answers.
  }
}

export const metricsRoutes = fp(metricsPlugin, { name: "metrics", fastify: "5.x" });
