/**
 * Intake benchmarks (figures for reports; nothing asserts on time):
 *   1. offline extraction latency per message over the development set (p50/p99/max);
 *   2. dialogue turns per second of the pure dialogue code (in memory);
 *   3. dialogue turns per second through the real intake worker on a private embedded
 *      PostgreSQL + Redis (skip with INTAKE_BENCH_WORKER=0).
 *
 *   npx tsx bench/intake.ts          # or import { run } from "./intake.js"
 *   INTAKE_BENCH_PROFILE=/tmp/intake.cpuprofile npx tsx bench/intake.ts
 *                                    # CPU profile of the worker phase only
 *   INTAKE_BENCH_STATEMENTS=1 …      # the worker phase's statements by kind
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import type pg from "pg";
import { storeInbound } from "../src/channels-runtime/channel-port.js";
import { messages } from "../src/db/schema/index.js";
import { emptyState } from "../src/intake/dialogue/dialogue-state.js";
import { loadFaq } from "../src/intake/dialogue/faq.js";
import { memoryPorts } from "../src/intake/dialogue/memory-ports.js";
import { runTurn } from "../src/intake/dialogue/run-turn.js";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { inboundWorkers } from "../src/inbound/inbound.worker.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { intakeLanes } from "../src/intake/intake.worker.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";
import type { RunningContext } from "../src/runtime/create-context.js";
import { startBenchStack } from "./support/bench-stack.js";
import { startCpuProfile } from "./support/cpu-profile.js";
import { cpuSnapshot } from "./support/process-cpu.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONVERSATIONS = Number(process.env.INTAKE_BENCH_CONVERSATIONS ?? 200);

export async function run(): Promise<void> {
  const config = await loadDomainConfig(path.join(root, "config"));
  const engine = await OfflineEngine.create(config);
  const cases = await readEvaluationCases(path.join(root, "data/intake/dev-cases.jsonl"));

  // 1. Extraction latency (after one warm-up pass: JIT and opencc tries).
  for (const c of cases) engine.extractSync({ text: c.text, channel: c.channel });
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const c of cases) {
      const t0 = performance.now();
      engine.extractSync({ text: c.text, channel: c.channel });
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  console.log(
    `intake extraction (offline, ${cases.length} dev cases × 5): p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
  );

  // 2. Pure dialogue turns per second (two turns per conversation: report, confirm).
  const faq = await loadFaq(path.join(root, "config"));
  const ports = memoryPorts({ engine, config, faq });
  const texts = cases.filter((c) => c.channel === "sms").map((c) => c.text);
  const t0 = performance.now();
  let turns = 0;
  for (let i = 0; i < 500; i++) {
    const first = await runTurn(
      emptyState(),
      {
        channel: "sms",
        kind: "text",
        text: texts[i % texts.length]!,
        callerPhone: "13800000000",
        now: new Date(),
      },
      ports,
    );
    await runTurn(
      first.state,
      { channel: "sms", kind: "text", text: "1", callerPhone: "13800000000", now: new Date() },
      ports,
    );
    turns += 2;
  }
  const pureMs = performance.now() - t0;
  const ceiling = (turns / pureMs) * 1000;
  console.log(
    `intake dialogue (in memory): ${turns} turns in ${pureMs.toFixed(0)} ms → ${ceiling.toFixed(0)} turns/s`,
  );

  if (process.env.INTAKE_BENCH_WORKER === "0") return;
  await workerBench(texts, ceiling);
}

/**
 * Turns per second through the intake worker: messages stored by the real ingest path (group
 * commit), relayed from the outbox to BullMQ, one dialogue turn each (a report, then the
 * confirmation that files the ticket), with the dialogue in memory as the ceiling.
 */
/** Counts the statements every client of the pool sends (each client's `query` wrapped once). */
function countStatements(pool: pg.Pool): { count: number; byKind: Map<string, number>; reset(): void } {
  const counter = {
    count: 0,
    byKind: new Map<string, number>(),
    reset: () => {
      counter.count = 0;
      counter.byKind.clear();
    },
  };
  const wrapped = new WeakSet<pg.PoolClient>();
  pool.on("acquire", (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counter.count++;
      // A prepared statement by its name, anything else by its first words.
      const q = args[0] as string | { name?: string; text?: string };
      const kind = typeof q === "string" ? q.slice(0, 40) : (q.name ?? q.text?.slice(0, 40) ?? "?");
      counter.byKind.set(kind, (counter.byKind.get(kind) ?? 0) + 1);
      return query(...args);
    };
  });
  return counter;
}

/**
 * Calls the Redis server has run so far (all clients), from INFO commandstats: scripts (BullMQ's
 * Lua, one round trip each) and every command, those the scripts run included.
 */
async function redisCalls(redis: RunningContext["redis"]): Promise<{ scripts: number; commands: number }> {
  const info = await redis.info("commandstats");
  let scripts = 0;
  let commands = 0;
  for (const m of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)) {
    commands += Number(m[2]);
    if (m[1] === "evalsha" || m[1] === "eval") scripts += Number(m[2]);
  }
  return { scripts, commands };
}

async function workerBench(texts: string[], ceiling: number): Promise<void> {
  const { ctx, stop } = await startBenchStack({
    OUTBOX_POLL_MS: "100",
    ...(process.env.INTAKE_CONCURRENCY ? { INTAKE_CONCURRENCY: process.env.INTAKE_CONCURRENCY } : {}),
    ...(process.env.INTAKE_BATCH_MAX ? { INTAKE_BATCH_MAX: process.env.INTAKE_BATCH_MAX } : {}),
  });
  const statements = countStatements(ctx.database.pool);
  const workers = await inboundWorkers(ctx);
  // Batches the worker runs at once (it claims them from PostgreSQL; the offline engine's default).
  const lanes = intakeLanes(ctx.env, "offline");
  await ctx.relay.start();
  try {
    let seq = 0;
    const send = (from: string, text: string) =>
      storeInbound(ctx, [
        {
          channel: "sms",
          provider: "generic",
          channelMessageId: `bench-${++seq}`,
          from,
          to: null,
          kind: "text",
          text,
          location: null,
          mediaId: null,
          mediaUrl: null,
          event: null,
          transcript: null,
          optOut: false,
          sentAt: null,
          receivedAt: ctx.now(),
          raw: {},
        },
      ]);
    let polls = 0;
    const waitAll = async (n: number) => {
      for (;;) {
        polls++;
        const r = await ctx.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(messages)
          .where(and(eq(messages.direction, "in"), eq(messages.status, "processed")));
        if (r[0]!.n >= n) return;
        await new Promise((res) => setTimeout(res, 20));
      }
    };
    const phone = (i: number) => `1380000${String(i).padStart(4, "0")}`;
    const started = performance.now();
    // CPU of this process (all its threads) over the run: on a shared machine the turns per second
    // follow the neighbours, the CPU a turn costs much less so.
    const profiling = process.env.INTAKE_BENCH_PROFILE ? await startCpuProfile() : null;
    const cpuBefore = process.cpuUsage();
    const serversBefore = await cpuSnapshot(ctx.database.db);
    const redisBefore = await redisCalls(ctx.redis);
    statements.reset();
    await Promise.all(
      Array.from({ length: CONVERSATIONS }, (_, i) => send(phone(i), texts[i % texts.length]!)),
    );
    await waitAll(CONVERSATIONS);
    const reportsMs = performance.now() - started;
    await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => send(phone(i), "1")));
    await waitAll(2 * CONVERSATIONS);
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const serversAfter = await cpuSnapshot(ctx.database.db);
    if (profiling) await profiling.stop(process.env.INTAKE_BENCH_PROFILE!);
    if (process.env.INTAKE_BENCH_STATEMENTS === "1")
      for (const [kind, n] of [...statements.byKind].sort((a, b) => b[1] - a[1]))
        console.log(`  ${String(n).padStart(6)}  ${kind.replace(/\s+/g, " ")}`);
    const cpuPerTurn = (cpu.user + cpu.system) / 1000 / (2 * CONVERSATIONS);
    const sent = statements.count - polls;
    const redisAfter = await redisCalls(ctx.redis);
    const [filed] = (await ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM tickets`)).rows as {
      n: number;
    }[];
    const rate = (2 * CONVERSATIONS * 1000) / ms;
    console.log(
      `intake worker (embedded PostgreSQL + Redis, ${lanes} batches at once, of at most ${ctx.env.INTAKE_BATCH_MAX}): ${2 * CONVERSATIONS} turns ` +
        `(${filed!.n} tickets) in ${ms.toFixed(0)} ms → ${rate.toFixed(0)} turns/s, ${((100 * rate) / ceiling).toFixed(0)} % of the in-memory dialogue ` +
        `(reports ${((CONVERSATIONS * 1000) / reportsMs).toFixed(0)} turns/s, confirmations that file ${((CONVERSATIONS * 1000) / (ms - reportsMs)).toFixed(0)} turns/s); ` +
        `${(sent / (2 * CONVERSATIONS)).toFixed(1)} SQL statements, ${((redisAfter.scripts - redisBefore.scripts) / (2 * CONVERSATIONS)).toFixed(1)} Redis scripts ` +
        `(${((redisAfter.commands - redisBefore.commands) / (2 * CONVERSATIONS)).toFixed(0)} commands) and ${cpuPerTurn.toFixed(2)} ms CPU per turn in this process ` +
        `(ingest, outbox relay and load generator included; the in-memory dialogue costs ${(1000 / ceiling).toFixed(2)} ms a turn); ` +
        (serversBefore && serversAfter
          ? `PostgreSQL ${((serversAfter.postgresMs - serversBefore.postgresMs) / (2 * CONVERSATIONS)).toFixed(2)} ms CPU per turn; `
          : "") +
        `load average ${os.loadavg()[0]!.toFixed(2)}`,
    );
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    await stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
