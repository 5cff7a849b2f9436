import { startBenchStack } from "./support/bench-stack.js";
/**
 * Routing benchmark (figures for reports; nothing asserts on time), on a private embedded
 * PostgreSQL + Redis: N tickets are filed (the route jobs wait in the outbox), then the outbox relay
 * and the real route worker are started and every ticket goes through routing — duplicate search,
 * routeComplaint, deadlines, the dispatch transaction with its unit SMS, resident notice and SLA job.
 * Reports tickets/s, the jobs that carried them (the relay hands route work over in bulk jobs) and
 * the per-job handler time (p50/p99, from BullMQ's processedOn/finishedOn).
 *
 *   npx tsx bench/routing.ts        # or import { run } from "./routing.js"
 *   ROUTING_BENCH_TICKETS=2000 ROUTING_BENCH_CONCURRENCY=8   # jobs taken at once (ROUTE_CONCURRENCY by default)
 *   ROUTING_BENCH_BATCH=50 ROUTING_BENCH_TRANSACTIONS=2     # tickets per transaction, transactions at once
 *   ROUTING_BENCH_PG_STATEMENTS=1   # also PostgreSQL's execution time per statement (pg_stat_statements)
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Queue, Worker } from "bullmq";
import { sql } from "drizzle-orm";
import type { Complaint } from "../src/domain/complaint.schema.js";
import { findOrCreateResident } from "../src/db/repositories/residents.repository.js";
import { createTicket } from "../src/db/repositories/tickets.repository.js";
import { routeWorkers } from "../src/routing/route.worker.js";
import { cpuSnapshot } from "./support/process-cpu.js";
import { countStatements } from "../tests/support/statement-counter.js";
import { STATEMENT_COUNT_SETTINGS } from "./support/statement-counts.js";

/** Realistic mix: community matters, departments, utilities, a few safety risks and unplaceable ones. */
const SAMPLES: { category: string; community: string | null; place: string; text: string }[] = [
  {
    category: "property",
    community: "community.xisheng",
    place: "西盛家园",
    text: "号楼电梯坏了好几天，老人上下楼困难",
  },
  {
    category: "heating",
    community: "community.luxi",
    place: "鹿溪小区",
    text: "号楼暖气不热，室温只有十四度",
  },
  { category: "noise", community: "community.haixi", place: "海西花园", text: "号楼楼下饭店晚上噪音扰民" },
  { category: "municipal", community: "community.wenmiao", place: "文庙街", text: "号楼门口路灯不亮" },
  {
    category: "sanitation",
    community: "community.taonan",
    place: "桃南小区",
    text: "号楼垃圾站没人清理，很臭",
  },
  { category: "water_supply", community: "community.shuikujie", place: "水库街小区", text: "号楼停水两天了" },
  {
    category: "property",
    community: "community.xisheng",
    place: "西盛家园",
    text: "号楼楼道有燃气泄漏的味道",
  },
  { category: "property", community: null, place: "我家楼下", text: "号楼下水道堵了" },
];

export interface RoutingBenchResult {
  tickets: number;
  concurrency: number;
  ticketsPerSecond: number;
  /** BullMQ jobs that carried the N tickets (a bulk job carries many). */
  jobs: number;
  p50Ms: number;
  p99Ms: number;
  outcomes: Record<string, number>;
}

export async function run(): Promise<RoutingBenchResult> {
  const N = Number(process.env.ROUTING_BENCH_TICKETS ?? 1000);
  // pg_stat_statements is preloaded only when asked: it costs PostgreSQL a little on every statement.
  const pgStatements = process.env.ROUTING_BENCH_PG_STATEMENTS === "1";
  const { ctx, stop } = await startBenchStack(
    {},
    { pgSettings: pgStatements ? STATEMENT_COUNT_SETTINGS : [] },
  );
  const CONCURRENCY = Number(process.env.ROUTING_BENCH_CONCURRENCY ?? ctx.env.ROUTE_CONCURRENCY);
  try {
    // 1. File N tickets; their route jobs wait in the outbox (the relay is not running yet).
    const now = new Date();
    for (let i = 0; i < N; i += 100) {
      await ctx.database.db.transaction(async (tx) => {
        for (let j = i; j < Math.min(N, i + 100); j++) {
          const s = SAMPLES[j % SAMPLES.length]!;
          const building = `${(j % 97) + 1}号楼`;
          const c: Complaint = {
            kind: "complaint",
            category: s.category,
            summary: `${s.place}${building}${s.text}`.slice(0, 30),
            description: `${s.place}${building}${s.text}。`,
            location: { text: `${s.place}${building}`, community: s.community, lat: null, lng: null },
            urgency: "normal",
            contact: { name: null, phone: null },
            missing: [],
            confidence: {},
            engine: "offline",
          };
          const phone = `139${String(10_000_000 + j).slice(-8)}`;
          const resident = await findOrCreateResident(tx, "sms", phone, { phone });
          await createTicket(tx, {
            complaint: c,
            channel: "sms",
            residentId: resident.residentId,
            actor: { type: "resident", id: resident.residentId },
            timeZone: ctx.config.jurisdiction.timezone,
            now: new Date(now.getTime() + j * 1000),
          });
        }
      });
    }

    // 2. Relay + route worker; measure until every ticket's route work is done. The relay hands the
    // route rows over as bulk jobs (many tickets each); a job's result says how its tickets ended.
    const durations: number[] = [];
    const outcomes: Record<string, number> = {};
    let routed = 0;
    let first = Infinity;
    let last = 0;
    // The production consumer (batched transactions), as `serve --role worker` starts it.
    const [worker] = routeWorkers(ctx, {
      concurrency: CONCURRENCY,
      batchMax: process.env.ROUTING_BENCH_BATCH ? Number(process.env.ROUTING_BENCH_BATCH) : undefined,
      transactions: process.env.ROUTING_BENCH_TRANSACTIONS
        ? Number(process.env.ROUTING_BENCH_TRANSACTIONS)
        : undefined,
    }) as [Worker];
    const done = new Promise<void>((resolve) => {
      worker.on("completed", (job, result: string | Record<string, number>) => {
        durations.push((job.finishedOn ?? 0) - (job.processedOn ?? 0));
        first = Math.min(first, job.processedOn ?? Infinity);
        last = Math.max(last, job.finishedOn ?? 0);
        for (const [k, v] of Object.entries(typeof result === "string" ? { [result]: 1 } : result)) {
          outcomes[k] = (outcomes[k] ?? 0) + v;
          if (k !== "retried") routed += v;
        }
        if (routed >= N) resolve();
      });
    });
    if (pgStatements) {
      await ctx.database.db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
      await ctx.database.db.execute(sql`SELECT pg_stat_statements_reset()`);
    }
    const cpuBefore = await cpuSnapshot(ctx.database.db);
    // Every statement the process sends while routing (the relay's included), counted, not replaced.
    const counter = countStatements(ctx.database.pool);
    await ctx.relay.start();
    await done;
    counter.stop();
    const cpuAfter = await cpuSnapshot(ctx.database.db);
    const sent = counter.statements.length;
    const inTransactions = counter.transactions();
    await worker.close();
    const byStatement = pgStatements ? await statementTimes(ctx, N) : [];

    const ceiling = await noopCeiling(ctx, N, CONCURRENCY);
    const [{ n }] = (
      await ctx.database.db.execute(
        sql`SELECT count(*)::int AS n FROM tickets WHERE status <> 'received' OR triage`,
      )
    ).rows as [{ n: number }];
    durations.sort((a, b) => a - b);
    const pct = (p: number) =>
      durations[Math.min(durations.length - 1, Math.floor(p * durations.length))] ?? 0;
    const result: RoutingBenchResult = {
      tickets: N,
      concurrency: CONCURRENCY,
      ticketsPerSecond: Math.round((N / Math.max(1, last - first)) * 1000 * 10) / 10,
      jobs: durations.length,
      p50Ms: pct(0.5),
      p99Ms: pct(0.99),
      outcomes,
    };
    console.log(
      `routing (route worker, embedded PostgreSQL + Redis, ${N} tickets, concurrency ${CONCURRENCY}): ` +
        `${result.ticketsPerSecond} tickets/s in ${result.jobs} jobs, per job p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; ` +
        `outcomes ${JSON.stringify(outcomes)}; routed ${n}/${N}`,
    );
    if (cpuBefore && cpuAfter)
      console.log(
        `  CPU per routed ticket (steadier than tickets/s on a busy machine): this process ` +
          `${((cpuAfter.selfMs - cpuBefore.selfMs) / N).toFixed(2)} ms, PostgreSQL ` +
          `${((cpuAfter.postgresMs - cpuBefore.postgresMs) / N).toFixed(2)} ms`,
      );
    console.log(
      `  statements per routed ticket: ${(sent / N).toFixed(2)} in all (the outbox relay's included), ` +
        `${(inTransactions.flat().length / N).toFixed(2)} in ${inTransactions.length} routing transactions`,
    );
    console.log(
      `  ceiling: BullMQ no-op jobs, one worker, same concurrency: ${ceiling} jobs/s; ` +
        `ratio: routing runs at ${((result.ticketsPerSecond / ceiling) * 100).toFixed(1)}% of it`,
    );
    for (const line of byStatement) console.log(line);
    return result;
  } finally {
    await stop();
  }
}

/**
 * PostgreSQL's execution time of the routing window by statement, most first: milliseconds per
 * routed ticket, calls, and the statement's start. Elapsed time inside the server (waits included),
 * not CPU: it says which statements the server's share of a ticket goes to.
 */
async function statementTimes(
  ctx: Awaited<ReturnType<typeof startBenchStack>>["ctx"],
  tickets: number,
): Promise<string[]> {
  const { rows } = await ctx.database.db.execute<{ ms: number; calls: number; q: string }>(sql`
    SELECT total_exec_time::float8 AS ms, calls::int AS calls,
           left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 90) AS q
      FROM pg_stat_statements
     WHERE query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%pg_stat_activity%'
     ORDER BY total_exec_time DESC LIMIT 10`);
  return [
    "  PostgreSQL execution time per routed ticket, by statement (pg_stat_statements):",
    ...rows.map(
      (r) =>
        `    ${(r.ms / tickets).toFixed(3).padStart(7)} ms  ${String(r.calls).padStart(5)} calls  ${r.q}`,
    ),
  ];
}

/** How fast one worker drains jobs that do nothing: the queue's own ceiling on this machine. */
async function noopCeiling(
  ctx: Awaited<ReturnType<typeof startBenchStack>>["ctx"],
  jobs: number,
  concurrency: number,
): Promise<number> {
  const name = "bench-noop";
  const queue = new Queue(name, { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX });
  await queue.addBulk(Array.from({ length: jobs }, (_, i) => ({ name, data: { i } })));
  let done = 0;
  const started = performance.now();
  const connection = ctx.redis.duplicate();
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker(name, async () => undefined, {
      connection,
      prefix: ctx.env.QUEUE_PREFIX,
      concurrency,
    });
    worker.on("completed", () => {
      if (++done === jobs) void worker.close().then(() => resolve());
    });
  });
  await finished;
  const perSecond = Math.round(jobs / ((performance.now() - started) / 1000));
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return perSecond;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
