import { startBenchStack } from "./support/bench-stack.js";
/**
 * WeChat channel benchmark (figures for reports; nothing asserts on time), on a private embedded
 * PostgreSQL + Redis and the real HTTP server:
 *   1. safe-mode pushes per second and ack latency (p50/p99) with persistence: verify, decrypt,
 *      store in one transaction with the intake job, answer `success` (passive budget 0). The load
 *      comes from autocannon in a process of its own (support/wechat-load.ts), so signing and
 *      encrypting the pushes is not charged to the server; both processes' CPU is printed;
 *   2. passive-reply deadline under load: the real intake worker answers, the webhook waits up to
 *      WECHAT_PASSIVE_REPLY_BUDGET_MS (3 s) — how many answers took longer than WeChat's 5 s.
 *
 *   npx tsx bench/wechat.ts          # or import { run } from "./wechat.js"
 *   WECHAT_BENCH_ONLY=ack|passive WECHAT_BENCH_SECONDS=10 WECHAT_BENCH_CONNECTIONS=20 WECHAT_BENCH_REPLIES=400 WECHAT_BENCH_RESIDENTS=200
 *   WECHAT_BENCH_RESIDENTS_IN_PROCESS=1      # the passive burst's residents in the server's process (old way)
 *   WECHAT_BENCH_PREPARE_PER_SECOND=4000         # pushes signed up front per second of load (0: sign during the run)
 *   WECHAT_BENCH_PROFILE=/tmp/ack.cpuprofile   # CPU profile of the server process during the ack run only
 *   (summarise it with `npx tsx bench/support/profile-summary.ts /tmp/ack.cpuprofile`)
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import { buildApp } from "../src/http/app.js";
import { inboundWorkers } from "../src/inbound/inbound.worker.js";
import type { createContext } from "../src/runtime/create-context.js";
import { startCpuProfile } from "./support/cpu-profile.js";
import { measureInsertCeiling } from "./support/insert-ceiling.js";
import { cpuSnapshot } from "./support/process-cpu.js";
import { inboundBatchStats } from "../src/channels-runtime/inbound-batcher.js";
import type { WechatLoadResult } from "./support/wechat-load.js";
import type { WechatResidentsResult } from "./support/wechat-residents.js";
import { BENCH_TEXTS as TEXTS, BENCH_WECHAT, wechatPush } from "./support/wechat-push.js";

const here = path.dirname(fileURLToPath(import.meta.url));

const SECONDS = Number(process.env.WECHAT_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.WECHAT_BENCH_CONNECTIONS ?? 20);
const REPLIES = Number(process.env.WECHAT_BENCH_REPLIES ?? 400);
/** Residents writing at once in the passive-reply burst (each waits for its answer, then writes again). */
const RESIDENTS = Number(process.env.WECHAT_BENCH_RESIDENTS ?? 200);
/** Pushes per second of load the generator signs before the clock starts (see support/wechat-load.ts). */
const PREPARE_PER_SECOND = Number(process.env.WECHAT_BENCH_PREPARE_PER_SECOND ?? 4000);
/** `1`: the burst's residents run in the server's process, as they did before they had their own. */
const IN_PROCESS_RESIDENTS = process.env.WECHAT_BENCH_RESIDENTS_IN_PROCESS === "1";

let counter = 0;

/** One push from a new resident each time (unique MsgId and openid), for the passive-reply burst. */
function push(): { path: string; body: string } {
  const n = ++counter;
  return wechatPush(`oReply${String(n).padStart(10, "0")}`, TEXTS[n % TEXTS.length]!);
}

async function withStack<T>(
  budgetMs: number,
  fn: (url: string, ctx: Awaited<ReturnType<typeof createContext>>) => Promise<T>,
  onServed?: (url: string, startedAt: number, endedAt: number, acceptedAt: number) => void,
): Promise<T> {
  const { ctx, stop } = await startBenchStack({
    WECHAT_TOKEN: BENCH_WECHAT.token,
    WECHAT_APPID: BENCH_WECHAT.appid,
    WECHAT_ENCODING_AES_KEY: BENCH_WECHAT.aesKey,
    WECHAT_PASSIVE_REPLY_BUDGET_MS: String(budgetMs),
  });
  const app = await buildApp(ctx, { docs: false });
  // fastify's clock: from the request's `request` event to its answer, as the server saw it (the
  // bench's clients run in this process, so both sides read the same clock).
  const accepted = new WeakMap<object, number>();
  if (onServed) {
    // When the server accepted each connection (a kept-alive one: before its first request).
    app.server.on("connection", (socket: object) => accepted.set(socket, performance.now()));
    app.addHook("onResponse", async (req, reply) =>
      onServed(
        req.url,
        performance.now() - reply.elapsedTime,
        performance.now(),
        accepted.get(req.raw.socket) ?? NaN,
      ),
    );
  }
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  await ctx.relay.start();
  try {
    return await fn(url, ctx);
  } finally {
    await app.close();
    await stop();
  }
}

/** 1. Throughput and ack latency with persistence (no passive wait). */
async function ackBench(): Promise<void> {
  await withStack(0, async (url, ctx) => {
    const connectionString = ctx.database.pool.options.connectionString!;
    // The ceiling as the issue defines it: from as many connections as the load generator opens,
    // each looping a one-row `INSERT … ON CONFLICT DO NOTHING` in autocommit with synchronous commit,
    // on the same PostgreSQL, in the same run. Its client is this process (idle meanwhile).
    const c0 = await cpuSnapshot(ctx.database.db);
    const ceiling = await measureInsertCeiling(connectionString, CONNECTIONS, Math.min(SECONDS, 5));
    const c1 = await cpuSnapshot(ctx.database.db);
    const perRow = (ms: number) => (ms / ceiling.rows).toFixed(3);
    console.log(
      `ceiling: single-row INSERT … ON CONFLICT DO NOTHING, synchronous commit, ${CONNECTIONS} clients: ` +
        `${ceiling.rowsPerSec.toFixed(0)} rows/s, p50 ${ceiling.p50.toFixed(1)} ms, p99 ${ceiling.p99.toFixed(1)} ms` +
        (c0 && c1
          ? `; CPU per row: PostgreSQL ${perRow(c1.postgresMs - c0.postgresMs)} ms, client ${perRow(c1.selfMs - c0.selfMs)} ms`
          : ""),
    );
    const batches0 = inboundBatchStats();
    const wal0 = await walPosition(ctx);
    const pg0 = await cpuSnapshot(ctx.database.db);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const sampling = process.env.WECHAT_BENCH_WAITS === "1" ? sampleWaits(connectionString) : null;
    const profiling = process.env.WECHAT_BENCH_PROFILE ? await startCpuProfile("the server process") : null;
    const load = await runLoad(url);
    if (profiling) await profiling.stop(process.env.WECHAT_BENCH_PROFILE!);
    if (sampling) console.log(`  PostgreSQL backends during the run (samples): ${await sampling.stop()}`);
    const cpu = process.cpuUsage(cpu0);
    const elapsed = (performance.now() - t0) / 1000;
    const pg1 = await cpuSnapshot(ctx.database.db);
    const walBytes = (await walPosition(ctx)) - wal0;
    // The server's CPU counts from the generator's start, which signs its pushes first (the server
    // idles meanwhile); the load window is the generator's own `seconds`.
    const serverCpu = (100 * (cpu.user + cpu.system)) / 1e6 / load.seconds;
    const batches1 = inboundBatchStats();
    const batches = batches1.batches - batches0.batches;
    const perBatch = batches > 0 ? (batches1.messages - batches0.messages) / batches : 0;
    const writeMs = batches > 0 ? (batches1.writeMs - batches0.writeMs) / batches : 0;
    const waitMs = load.ok > 0 ? (batches1.waitMs - batches0.waitMs) / load.ok : 0;
    const rate = load.ok / load.seconds;
    const perMessage = (ms: number) => (load.ok > 0 ? (ms / load.ok).toFixed(3) : "–");
    console.log(
      `wechat webhook (safe mode, persisted, ${CONNECTIONS} connections, ${SECONDS}s): ${rate.toFixed(0)} msgs/s, ` +
        `ack p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms, non-2xx ${load.non2xx}, errors ${load.errors}; ` +
        `${((100 * rate) / ceiling.rowsPerSec).toFixed(0)} % of the INSERT ceiling`,
    );
    console.log(
      `  CPU: server process ${serverCpu.toFixed(0)} % of a core, load generator (own process) ` +
        `${load.cpuPercent.toFixed(0)} %; ${batches} ingest transactions, ${perBatch.toFixed(1)} messages each, ` +
        `${writeMs.toFixed(1)} ms each; a request waited ${waitMs.toFixed(1)} ms for its batch to start; ` +
        `load average ${os.loadavg()[0]!.toFixed(2)}`,
    );
    console.log(
      `  CPU per message: server ${perMessage((cpu.user + cpu.system) / 1000)} ms, ` +
        `PostgreSQL ${pg0 && pg1 ? perMessage(pg1.postgresMs - pg0.postgresMs) : "–"} ms, ` +
        `load generator ${perMessage(load.cpuMs)} ms (${load.signedDuringRun} pushes signed during the run); ` +
        `${elapsed.toFixed(1)} s with the generator's start-up; ` +
        `WAL ${load.ok > 0 ? (walBytes / load.ok).toFixed(0) : "–"} bytes per message (rows, index entries and updates written)`,
    );
  });
}

/** PostgreSQL's WAL insert position in bytes: what the run wrote, read at once (no statistics delay). */
async function walPosition(ctx: {
  database: { pool: { query: (q: string) => Promise<{ rows: unknown[] }> } };
}) {
  const { rows } = await ctx.database.pool.query(
    "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::float8 AS bytes",
  );
  return (rows[0] as { bytes: number }).bytes;
}

/**
 * What PostgreSQL's active backends are doing, sampled every 20 ms (pg_stat_activity): CPU (no wait
 * event), I/O (WAL flush), locks, or the client (idle in transaction).
 */
function sampleWaits(connectionString: string): { stop(): Promise<string> } {
  const client = new pg.Client({ connectionString });
  const counts = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ what: string }>(
        `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS what FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      for (const r of rows) counts.set(r.what, (counts.get(r.what) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
    },
  };
}

/** Runs bench/support/wechat-load.ts in its own process against `url`. */
async function runLoad(url: string): Promise<WechatLoadResult> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(here, "support/wechat-load.ts"),
      url,
      String(CONNECTIONS),
      String(SECONDS),
      "oBench",
      String(PREPARE_PER_SECOND),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith("{"));
  if (code !== 0 || !line) throw new Error(`load generator failed (exit ${code})`);
  return JSON.parse(line) as WechatLoadResult;
}

/** 2. Passive replies under load with the real intake worker answering. */
async function passiveBench(): Promise<void> {
  const served = new Map<string, { startedAt: number; endedAt: number; acceptedAt: number }>();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  await withStack(
    3000,
    async (url, ctx) => {
      const workers = await inboundWorkers(ctx);
      try {
        lag.enable();
        const burst = IN_PROCESS_RESIDENTS ? await residentsHere(url) : await runResidents(url);
        lag.disable();
        const latencies = burst.answers.map((a) => a.answeredAt - a.sentAt).sort((a, b) => a - b);
        const passive = burst.answers.filter((a) => a.ok && a.passive).length;
        const success = burst.answers.filter((a) => a.ok && !a.passive).length;
        const failed = burst.answers.filter((a) => !a.ok).length;
        const q = (p: number) =>
          latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!;
        const missed = latencies.filter((ms) => ms > 5000).length;
        const late = latencies.filter((ms) => ms > 4500).length;
        // How quickly a waiting request noticed the bot's reply (poller wake-up + claim), from the rows.
        const wake = (
          await ctx.database.db.execute(
            sql`SELECT extract(epoch FROM (processed_at - created_at)) * 1000 AS ms FROM messages
              WHERE direction = 'out' AND provider = 'passive' ORDER BY 1`,
          )
        ).rows.map((r) => Number((r as { ms: string }).ms));
        const wq = (p: number) => wake[Math.min(wake.length - 1, Math.ceil(p * wake.length) - 1)] ?? NaN;
        console.log(
          `wechat passive replies (intake worker, budget 3000 ms, ${RESIDENTS} concurrent, ${REPLIES} msgs in ${burst.seconds.toFixed(1)} s, ` +
            `residents ${IN_PROCESS_RESIDENTS ? "in the server's process" : "in a process of their own"}): ` +
            `${passive} passive, ${success} success→customer-service, ${failed} errors; answer p50 ${q(0.5).toFixed(0)} ms, ` +
            `p99 ${q(0.99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms; past 4.5 s: ${late}, past 5 s: ${missed}; ` +
            `reply→claimed p50 ${wq(0.5).toFixed(0)} ms, p99 ${wq(0.99).toFixed(0)} ms`,
        );
        // Each answer split in three: before fastify's clock started (connect, accept, header parser),
        // the handler (store, passive wait), and after it (writing the answer, the client reading it).
        const parts = {
          accept: [] as number[],
          before: [] as number[],
          handler: [] as number[],
          after: [] as number[],
        };
        for (const a of burst.answers) {
          const s = served.get(a.path);
          if (!s) continue;
          // A new connection: sent → accepted by the server → request event; a kept-alive one: 0 → all "before".
          const accepted = Math.max(a.sentAt, s.acceptedAt);
          parts.accept.push(accepted - a.sentAt);
          parts.before.push(s.startedAt - accepted);
          parts.handler.push(s.endedAt - s.startedAt);
          parts.after.push(a.answeredAt - s.endedAt);
        }
        const pq = (list: number[], p: number) => {
          const sorted = [...list].sort((a, b) => a - b);
          return (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN).toFixed(0);
        };
        const ms = (ns: number) => (ns / 1e6).toFixed(0);
        console.log(
          `  where the answer time went (p50 / p99 / max ms): until the server accepted the connection ${pq(parts.accept, 0.5)} / ${pq(parts.accept, 0.99)} / ${pq(parts.accept, 1)}, ` +
            `accepted → request event ${pq(parts.before, 0.5)} / ${pq(parts.before, 0.99)} / ${pq(parts.before, 1)}, ` +
            `handler ${pq(parts.handler, 0.5)} / ${pq(parts.handler, 0.99)} / ${pq(parts.handler, 1)}, ` +
            `after it ${pq(parts.after, 0.5)} / ${pq(parts.after, 0.99)} / ${pq(parts.after, 1)}; ` +
            `event-loop delay of the server's process (server and intake worker): ` +
            `p50 ${ms(lag.percentile(50))}, p99 ${ms(lag.percentile(99))}, max ${ms(lag.max)} ms; load average ${os.loadavg()[0]!.toFixed(2)}`,
        );
      } finally {
        await Promise.all(workers.map((w) => w.close()));
      }
    },
    (u, startedAt, endedAt, acceptedAt) =>
      served.set(u, {
        startedAt: performance.timeOrigin + startedAt,
        endedAt: performance.timeOrigin + endedAt,
        acceptedAt: performance.timeOrigin + acceptedAt,
      }),
  );
}

/** Runs bench/support/wechat-residents.ts in its own process against `url`. */
async function runResidents(url: string): Promise<WechatResidentsResult> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(here, "support/wechat-residents.ts"),
      url,
      String(RESIDENTS),
      String(REPLIES),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith("{"));
  if (code !== 0 || !line) throw new Error(`residents' process failed (exit ${code})`);
  return JSON.parse(line) as WechatResidentsResult;
}

/** The same burst from this process (as before the residents had a process of their own). */
async function residentsHere(url: string): Promise<WechatResidentsResult> {
  const answers: WechatResidentsResult["answers"] = [];
  const epoch = () => performance.timeOrigin + performance.now();
  let next = 0;
  const started = performance.now();
  const resident = async () => {
    while (next < REPLIES) {
      next++;
      const { path: p, body } = push();
      const sentAt = epoch();
      const res = await fetch(url + p, { method: "POST", headers: { "content-type": "text/xml" }, body });
      const text = await res.text();
      answers.push({
        path: p,
        sentAt,
        answeredAt: epoch(),
        passive: text.includes("<Encrypt>"),
        ok: res.status === 200,
      });
    }
  };
  await Promise.all(Array.from({ length: RESIDENTS }, resident));
  return { answers, seconds: (performance.now() - started) / 1000 };
}

export async function run(): Promise<void> {
  const only = process.env.WECHAT_BENCH_ONLY;
  if (!only || only === "ack") await ackBench();
  if (!only || only === "passive") await passiveBench();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
