import { Redis } from "ioredis";
import pg from "pg";

/**
 * PostgreSQL statements and Redis commands per unit of work over a bench's load window: every
 * statement the service's processes sent (normalised by pg_stat_statements, BEGIN and COMMIT
 * included) and every Redis command (INFO commandstats). The cluster must be started with
 * `STATEMENT_COUNT_SETTINGS` (the module is preloaded); `reset()` before the load, `table(units)`
 * after it. Statements whose text contains one of `ignore` (the bench's own queries) are left out.
 */
export const STATEMENT_COUNT_SETTINGS = [
  "shared_preload_libraries=pg_stat_statements",
  "pg_stat_statements.track=all",
  "pg_stat_statements.track_utility=on",
  "pg_stat_statements.max=10000",
  // Planning is not execution time: a statement sent unnamed is planned on every call.
  "pg_stat_statements.track_planning=on",
];

export interface StatementCounter {
  reset(): Promise<void>;
  /** Lines of a table: calls per unit, rows per call, mean ms, the normalised statement. */
  table(units: number, ignore?: string[]): Promise<string[]>;
  close(): Promise<void>;
}

export interface StatementCounterOptions {
  /**
   * False: autovacuum is switched off (ALTER SYSTEM, reloaded) from each reset() to the next table(),
   * so no vacuum or analyze starts inside the window (one already running finishes). Each analyze
   * or vacuum of a table invalidates every session's cached plans that read it, and on the bench's
   * small, fast-growing tables they come about once a minute: whether a wave falls inside a short
   * window moves PostgreSQL's CPU and planning per message between runs of the same tree. For
   * comparing two trees' statements, not for figures: production pays its analyzes too.
   */
  autovacuumInWindow?: boolean;
}

export async function statementCounter(
  pgUrl: string,
  redisUrl: string,
  options: StatementCounterOptions = {},
): Promise<StatementCounter> {
  const client = new pg.Client({ connectionString: pgUrl });
  client.on("error", () => {});
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const commandRedis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await commandRedis.connect();
  const commandStats = async () => {
    const info = await commandRedis.info("commandstats");
    const calls = new Map<string, number>();
    const usec = new Map<string, number>();
    for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)) {
      calls.set(m[1]!, Number(m[2]));
      usec.set(m[1]!, Number(m[3]));
    }
    return { calls, usec };
  };
  let redisBefore = { calls: new Map<string, number>(), usec: new Map<string, number>() };
  // A new backend pays for its first statements: catalog caches, trigger functions compiled, every
  // statement planned (9-17 ms for a route write's triggers): in a short run that is not noise.
  const sessions = async () =>
    Number(
      (
        await client.query<{ n: string }>(
          "SELECT sessions AS n FROM pg_stat_database WHERE datname = current_database()",
        )
      ).rows[0]?.n ?? 0,
    );
  let sessionsBefore = 0;
  // Autovacuum's runs, per table, from the cumulative statistics (counted when a run ends).
  const autovacuumRuns = async () =>
    new Map(
      (
        await client.query<{ t: string; v: string; a: string }>(
          "SELECT relname AS t, autovacuum_count AS v, autoanalyze_count AS a FROM pg_stat_user_tables",
        )
      ).rows.map((r) => [r.t, { vacuums: Number(r.v), analyzes: Number(r.a) }]),
    );
  let autovacuumBefore = new Map<string, { vacuums: number; analyzes: number }>();
  const setAutovacuum = async (on: boolean) => {
    await client.query(on ? "ALTER SYSTEM RESET autovacuum" : "ALTER SYSTEM SET autovacuum = off");
    await client.query("SELECT pg_reload_conf()");
  };
  const windowAutovacuum = options.autovacuumInWindow ?? true;
  // What the busy backends wait on, sampled: lock waits (Lock/transactionid, Lock/tuple) show
  // processes colliding on the same rows; LWLock/WALWrite and IO/WALSync the commits' flush.
  const sampler = new pg.Client({ connectionString: pgUrl });
  sampler.on("error", () => {});
  await sampler.connect();
  const waits = new Map<string, number>();
  let samples = 0;
  let sampling: NodeJS.Timeout | null = null;
  const sample = async () => {
    const { rows } = await sampler.query<{ w: string; q: string }>(
      `SELECT coalesce(wait_event_type || '/' || wait_event, 'CPU') AS w, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS q
       FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
         AND pid <> $1`,
      [clientPid],
    );
    samples++;
    for (const r of rows) {
      const key = r.w.startsWith("Lock") ? `${r.w} ${r.q}` : r.w;
      waits.set(key, (waits.get(key) ?? 0) + 1);
    }
  };
  const clientPid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  // MONITOR tells the commands a client sent from those a Lua script (BullMQ's) ran inside Redis.
  const sent = new Map<string, number>();
  let counting = false;
  const monitor = await redis.monitor();
  monitor.on("monitor", (_time: string, args: string[], source: string) => {
    if (!counting || source === "lua") return;
    const cmd = String(args[0]).toLowerCase();
    sent.set(cmd, (sent.get(cmd) ?? 0) + 1);
  });
  return {
    async reset() {
      await client.query("SELECT pg_stat_statements_reset()");
      sessionsBefore = await sessions();
      if (!windowAutovacuum) await setAutovacuum(false);
      autovacuumBefore = await autovacuumRuns();
      redisBefore = await commandStats();
      sent.clear();
      counting = true;
      waits.clear();
      samples = 0;
      const tick = () => {
        sampling = setTimeout(() => {
          sample()
            .catch(() => {})
            .finally(() => counting && tick());
        }, 50);
      };
      tick();
    },
    async table(units, ignore = []) {
      counting = false;
      if (sampling) clearTimeout(sampling);
      const redisAfter = await commandStats();
      const sessionsOpened = (await sessions()) - sessionsBefore;
      const autovacuumAfter = await autovacuumRuns();
      if (!windowAutovacuum) await setAutovacuum(true);
      const autovacuumByTable = [...autovacuumAfter]
        .map(([t, n]) => {
          const was = autovacuumBefore.get(t) ?? { vacuums: 0, analyzes: 0 };
          return { t, vacuums: n.vacuums - was.vacuums, analyzes: n.analyzes - was.analyzes };
        })
        .filter((r) => r.vacuums + r.analyzes > 0);
      const { rows } = await client.query<{
        query: string;
        calls: string;
        rows: string;
        ms: number;
        min: number;
        max: number;
        wal: string;
        jit: number;
        plan: number;
        plans: string;
        blks: string;
        toplevel: boolean;
      }>(
        `SELECT s.query, s.calls, s.rows, s.mean_exec_time AS ms, s.min_exec_time AS min, s.max_exec_time AS max, s.wal_bytes AS wal,
           s.jit_generation_time + s.jit_inlining_time + s.jit_optimization_time + s.jit_emission_time AS jit,
           s.total_plan_time AS plan, s.plans,
           s.shared_blks_hit + s.shared_blks_read AS blks, s.toplevel FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
         ORDER BY s.calls DESC`,
      );
      const kept = rows.filter(
        (r) =>
          !ignore.some((text) => r.query.includes(text)) &&
          !/pg_stat_statements|pg_stat_activity/.test(r.query),
      );
      // The same statement text can be several entries (one per top-level/nested, per user).
      // Nested statements (triggers' and foreign keys' look-ups) cost executor time, no round trip.
      const merged = new Map<
        string,
        {
          calls: number;
          rows: number;
          ms: number;
          min: number;
          max: number;
          wal: number;
          jit: number;
          plan: number;
          plans: number;
          blks: number;
        }
      >();
      for (const r of kept) {
        const key = `${r.toplevel ? "" : "(nested) "}${r.query.replace(/\s+/g, " ").trim()}`;
        const m = merged.get(key) ?? {
          calls: 0,
          rows: 0,
          ms: 0,
          min: Infinity,
          max: 0,
          wal: 0,
          jit: 0,
          plan: 0,
          plans: 0,
          blks: 0,
        };
        m.min = Math.min(m.min, r.min);
        m.max = Math.max(m.max, r.max);
        m.ms = (m.ms * m.calls + r.ms * Number(r.calls)) / (m.calls + Number(r.calls) || 1);
        m.calls += Number(r.calls);
        m.rows += Number(r.rows);
        m.wal += Number(r.wal);
        m.jit += Number(r.jit);
        m.plan += Number(r.plan);
        m.plans += Number(r.plans);
        m.blks += Number(r.blks);
        merged.set(key, m);
      }
      const total = [...merged.values()].reduce((a, m) => a + m.calls, 0);
      const nested = [...merged]
        .filter(([k]) => k.startsWith("(nested)"))
        .reduce((a, [, m]) => a + m.calls, 0);
      const lines = [
        `PostgreSQL statements per message: ${((total - nested) / units).toFixed(2)} sent, ` +
          `${(nested / units).toFixed(2)} nested (${total} in all, ${merged.size} distinct)`,
        `PostgreSQL execution time per message: ${([...merged].filter(([k]) => !k.startsWith("(nested)")).reduce((a, [, m]) => a + m.ms * m.calls, 0) / units).toFixed(3)} ms (top-level statements, nested included in them)`,
        `PostgreSQL WAL per message: ${([...merged].filter(([k]) => !k.startsWith("(nested)")).reduce((a, [, m]) => a + m.wal, 0) / units).toFixed(0)} bytes (top-level statements)`,
        // JIT compiles a statement whose estimated cost passes jit_above_cost, on every execution:
        // milliseconds of PostgreSQL CPU for statements that run in a fraction of one.
        `PostgreSQL JIT compilation per message: ${([...merged].reduce((a, [, m]) => a + m.jit, 0) / units).toFixed(3)} ms (nested included)`,
        `PostgreSQL planning time per message: ${([...merged].reduce((a, [, m]) => a + m.plan, 0) / units).toFixed(3)} ms (not in the execution time)`,
        `PostgreSQL sessions opened in the window: ${sessionsOpened}`,
        // Each run invalidates the cached plans that read its table, in every session (replanned
        // on their next call): the main cause of planning per message swinging between runs.
        `PostgreSQL autovacuum runs ended in the window: ${autovacuumByTable.reduce((a, r) => a + r.vacuums, 0)} vacuums, ` +
          `${autovacuumByTable.reduce((a, r) => a + r.analyzes, 0)} analyzes, on ${autovacuumByTable.length} tables` +
          (windowAutovacuum ? "" : " (autovacuum off in the window)"),
        // Buffers touched (shared hits and reads): the work a statement does, unmoved by the load,
        // where its time under load is mostly waiting for a core.
        `PostgreSQL shared buffers touched per message: ${([...merged].filter(([k]) => !k.startsWith("(nested)")).reduce((a, [, m]) => a + m.blks, 0) / units).toFixed(1)} (top-level statements, nested included in them)`,
        "  per msg | rows/call | mean ms | min-max ms | ms/msg | plan ms/msg (plans/call) | WAL B/msg | blks/msg | JIT ms/msg | statement",
      ];
      for (const [query, m] of [...merged].sort((a, b) => b[1].calls - a[1].calls)) {
        if (m.calls / units < 0.01) continue;
        lines.push(
          `  ${(m.calls / units).toFixed(2).padStart(7)} | ${(m.rows / m.calls).toFixed(1).padStart(9)} | ${m.ms.toFixed(3).padStart(7)} | ${`${m.min.toFixed(2)}-${m.max.toFixed(1)}`.padStart(10)} | ${((m.ms * m.calls) / units).toFixed(3).padStart(6)} | ${(m.plan / units).toFixed(3).padStart(11)} (${(m.plans / m.calls).toFixed(2)}) | ${(m.wal / units).toFixed(0).padStart(9)} | ${(m.blks / units).toFixed(1).padStart(8)} | ${(m.jit / units).toFixed(3).padStart(10)} | ${query.slice(0, 160)}`,
        );
      }
      const redisUsec = [...redisAfter.usec].reduce(
        (a, [cmd, n]) => a + (cmd === "info" ? 0 : n - (redisBefore.usec.get(cmd) ?? 0)),
        0,
      );
      const redisCalls = [...redisAfter.calls]
        .map(([cmd, n]) => [cmd, n - (redisBefore.calls.get(cmd) ?? 0)] as const)
        .filter(([cmd, n]) => n > 0 && cmd !== "info")
        .sort((a, b) => b[1] - a[1]);
      const redisTotal = redisCalls.reduce((a, [, n]) => a + n, 0);
      lines.push(
        `Redis commands per message, run (scripts' included): ${(redisTotal / units).toFixed(2)}: ` +
          redisCalls.map(([cmd, n]) => `${cmd} ${(n / units).toFixed(2)}`).join(", "),
      );
      lines.push(`Redis time in commands per message: ${(redisUsec / units / 1000).toFixed(3)} ms`);
      const waited = [...waits].sort((a, b) => b[1] - a[1]);
      lines.push(
        `PostgreSQL backends busy, sampled every 50 ms (${samples} samples; mean busy backends by state): ` +
          waited
            .slice(0, 12)
            .map(([w, n]) => `${w} ${(n / Math.max(samples, 1)).toFixed(3)}`)
            .join("; "),
      );
      const sentCalls = [...sent].filter(([cmd]) => cmd !== "info").sort((a, b) => b[1] - a[1]);
      const sentTotal = sentCalls.reduce((a, [, n]) => a + n, 0);
      lines.push(
        `Redis commands per message, sent by clients: ${(sentTotal / units).toFixed(2)}: ` +
          sentCalls.map(([cmd, n]) => `${cmd} ${(n / units).toFixed(2)}`).join(", "),
      );
      return lines;
    },
    async close() {
      await client.end().catch(() => {});
      await sampler.end().catch(() => {});
      monitor.disconnect();
      redis.disconnect();
      commandRedis.disconnect();
    },
  };
}
