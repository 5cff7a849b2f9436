/**
 * Ticket creation, two ways, each beside a ceiling measured in the same run:
 * - the staff API (POST /api/v1/tickets) on the embedded stack, against a bare fastify hello-world
 *   route: requests/s, latency p50/p99, peak RSS;
 * - the filing path intake uses (resident + createTicket in one transaction, called in-process by
 *   FILING_CONCURRENCY filers at once), against a single-row `INSERT … ON CONFLICT DO NOTHING`
 *   with synchronous commit from the same number of connections — PostgreSQL's commit rate on this
 *   machine. It also checks that every reference number handed out is unique.
 * Prints figures; never fails on timing.
 *
 *   npx tsx bench/http-tickets.ts   # BENCH_SECONDS (10), BENCH_CONNECTIONS (20), FILING_CONCURRENCY (8)
 *   BENCH_ONLY=filing FILING_HOLD_MS=10 npx tsx bench/http-tickets.ts   # the filing path alone
 *   BENCH_ONLY=http BENCH_CPU_PROF=/tmp/prof npx tsx bench/http-tickets.ts  # the API alone, server profiled
 *   BENCH_ONLY=filing BENCH_COSTS=light-marks npx tsx bench/http-tickets.ts  # one trigger's cost alone
 *     (day-rollup, reporter-mark, group-rollup, light-marks: each on and off, alternated back to back)
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Complaint } from "../src/domain/complaint.schema.js";
import { findOrCreateResident } from "../src/db/repositories/residents.repository.js";
import { createTicket } from "../src/db/repositories/tickets.repository.js";
import { startBenchStack } from "./support/bench-stack.js";
import { load, startBenchServer } from "./support/measure.js";
import { cpuSnapshot, processTreeCpu } from "./support/process-cpu.js";

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const filers = Number(process.env.FILING_CONCURRENCY ?? 8);

const ticket = JSON.stringify({
  category: "heating",
  summary: "西盛家园暖气不热",
  description: "西盛家园3号楼暖气不热好几天了，室温只有十四度。",
  location: { text: "西盛家园3号楼", community: "community.xisheng" },
  contact: { name: "王先生", phone: "13912345678" },
});

/** Milliseconds an intake step keeps its transaction open after filing (its other writes). */
const holdMs = Number(process.env.FILING_HOLD_MS ?? 10);

export async function run(): Promise<void> {
  if (process.env.BENCH_ONLY !== "filing") await httpCreation();
  if (process.env.BENCH_ONLY !== "http") await filingPath();
}

async function httpCreation(): Promise<void> {
  const hello = await startBenchServer("hello");
  const ceiling = await load({ url: `http://127.0.0.1:${hello.port}/hello`, duration, connections });
  const helloRss = hello.peakRssMiB();
  await hello.stop();

  const server = await startBenchServer("zhitong");
  const cpu0 = processTreeCpu(server.child.pid!);
  const create = await load({
    url: `http://127.0.0.1:${server.port}/api/v1/tickets`,
    method: "POST",
    headers: { "content-type": "application/json", cookie: server.cookie ?? "" },
    body: ticket,
    duration,
    connections,
  });
  const cpu1 = processTreeCpu(server.child.pid!);
  const rss = server.peakRssMiB();
  await server.stop();

  console.log(
    `\n== HTTP: POST /api/v1/tickets (embedded PostgreSQL + Redis, ${connections} connections, ${duration} s)`,
  );
  console.log(
    `  tickets created: ${create.requestsPerSec} req/s, p50 ${create.p50} ms, p99 ${create.p99} ms, ` +
      `${create.total} requests, non-2xx ${create.non2xx}, errors ${create.errors}, server peak RSS ${rss} MiB`,
  );
  if (cpu0 && cpu1 && create.total > 0)
    console.log(
      `  CPU per request (steadier than req/s on a busy machine): server process ` +
        `${((cpu1.selfMs - cpu0.selfMs) / create.total).toFixed(2)} ms, its PostgreSQL + Redis ` +
        `${((cpu1.descendantsMs - cpu0.descendantsMs) / create.total).toFixed(2)} ms`,
    );
  console.log(
    `  fastify hello-world ceiling: ${ceiling.requestsPerSec} req/s, p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms, peak RSS ${helloRss} MiB`,
  );
  console.log(
    `  ratio: ticket creation runs at ${((create.requestsPerSec / ceiling.requestsPerSec) * 100).toFixed(1)}% of the framework ceiling`,
  );
}

/** Runs `step` from `workers` loops at once for `seconds`; returns how many completed per second. */
async function sustained(
  workers: number,
  seconds: number,
  step: (i: number) => Promise<void>,
): Promise<number> {
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) await step(done++);
    }),
  );
  return Math.round(done / ((performance.now() - started) / 1000));
}

async function filingPath(): Promise<void> {
  const { ctx, stop } = await startBenchStack();
  try {
    const db = ctx.database.db;
    const tz = ctx.config.jurisdiction.timezone;
    await db.execute(sql`CREATE TABLE bench_ceiling (key text PRIMARY KEY, at timestamptz NOT NULL)`);
    const ceiling = await sustained(filers, duration / 2, async (i) => {
      await db.execute(
        sql`INSERT INTO bench_ceiling (key, at) VALUES (${`k${i}`}, now()) ON CONFLICT DO NOTHING`,
      );
    });
    const now = ctx.now();
    const file = (hold: number) => async (i: number) => {
      const phone = `139${String(10_000_000 + i).slice(-8)}`;
      const c: Complaint = {
        kind: "complaint",
        category: "heating",
        summary: `西盛家园${(i % 30) + 1}号楼暖气不热`,
        description: `西盛家园${(i % 30) + 1}号楼暖气不热好几天了。`,
        location: {
          text: `西盛家园${(i % 30) + 1}号楼`,
          community: "community.xisheng",
          lat: null,
          lng: null,
        },
        urgency: "normal",
        contact: { name: null, phone },
        missing: [],
        confidence: {},
        engine: "offline",
      };
      await db.transaction(async (tx) => {
        const resident = await findOrCreateResident(tx, "sms", phone, { phone });
        await createTicket(tx, {
          complaint: c,
          channel: "sms",
          residentId: resident.residentId,
          actor: { type: "resident", id: resident.residentId },
          timeZone: tz,
          now,
        });
        if (hold) await new Promise((r) => setTimeout(r, hold));
      });
    };
    const [n0] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tickets`)).rows;
    const cpu0 = await cpuSnapshot(db);
    const filed = await sustained(filers, duration / 2, file(0));
    const cpu1 = await cpuSnapshot(db);
    const [n1] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tickets`)).rows;
    // Intake files the ticket inside its own, longer transaction: a numbering that holds a lock
    // until commit shows here as throughput that no number of filers can raise.
    const filedHeld = await sustained(filers, duration / 2, file(holdMs));
    const [check] = (
      await db.execute<{ n: number; refs: number }>(
        sql`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS refs FROM tickets`,
      )
    ).rows;
    console.log(`\n== Filing path: resident + createTicket in one transaction, ${filers} filers at once`);
    console.log(
      `  tickets filed: ${filed}/s (${check!.n} tickets, ${check!.refs} distinct reference numbers)`,
    );
    const tickets = Math.max(1, n1!.n - n0!.n);
    if (cpu0 && cpu1)
      console.log(
        `  CPU per filing (steadier than filings/s on a busy machine): this process ` +
          `${((cpu1.selfMs - cpu0.selfMs) / tickets).toFixed(2)} ms, PostgreSQL ` +
          `${((cpu1.postgresMs - cpu0.postgresMs) / tickets).toFixed(2)} ms`,
      );
    console.log(
      `  inside a transaction held ${holdMs} ms longer (an intake step): ${filedHeld}/s ` +
        `(at most ${Math.round((filers * 1000) / holdMs)}/s if nothing serialised the filers)`,
    );
    console.log(`  ceiling: single-row INSERT … ON CONFLICT DO NOTHING, synchronous commit: ${ceiling}/s`);
    console.log(`  ratio: filing runs at ${((filed / ceiling) * 100).toFixed(1)}% of the commit ceiling`);
    // BENCH_COSTS=light-marks (a comma-separated list of names) runs only those comparisons.
    const costs = process.env.BENCH_COSTS?.split(",");
    const fileFor = (seconds: number) => sustained(filers, seconds, file(0));
    if (!costs || costs.includes("day-rollup")) await rollupTriggerCost(db, fileFor);
    if (!costs || costs.includes("reporter-mark")) await reporterMarkCost(db, fileFor);
    if (!costs || costs.includes("group-rollup")) await groupRollupCost(db, fileFor);
    if (!costs || costs.includes("light-marks")) await lightMarksCost(db, fileFor);
  } finally {
    await stop();
  }
}

/**
 * What the daily report rollup's trigger (migration 0053: one delta row per statement that moves a
 * counted key) costs filing: the same filing loop with the trigger enabled and disabled, back to
 * back and alternated twice so a neighbour's burst does not land on one side only. The bench's
 * database is thrown away afterwards; the trigger is enabled again either way.
 */
async function rollupTriggerCost(db: BenchDb, fileFor: (seconds: number) => Promise<number>): Promise<void> {
  const triggers = ["tickets_day_counts_insert", "tickets_day_counts_delete", "tickets_day_counts_update"];
  const setTriggers = async (on: boolean) => {
    for (const t of triggers)
      await db.execute(sql.raw(`ALTER TABLE tickets ${on ? "ENABLE" : "DISABLE"} TRIGGER ${t}`));
  };
  const { show, ratio } = await alternateBackToBack(db, fileFor, setTriggers, () => setTriggers(true));
  console.log(
    `  daily report rollup trigger, alternated back to back: with ${show("with")}; without ${show("without")} ` +
      `(filings/s ratio with/without ${ratio})`,
  );
}

/**
 * What marking reporter rows costs filing (migration 0051: the reporter insert trigger locks the
 * ticket row and looks for an earlier reporter, for recurring problems' people bound): the same
 * filing loop with that trigger function and with the one before it (0043: only the ticket's
 * creation instant), alternated twice back to back; the current function is restored either way.
 */
async function reporterMarkCost(db: BenchDb, fileFor: (seconds: number) => Promise<number>): Promise<void> {
  const [current] = (
    await db.execute<{ def: string }>(
      sql`SELECT pg_get_functiondef('ticket_reporters_ticket_created_at'::regproc) AS def`,
    )
  ).rows;
  const before = `CREATE OR REPLACE FUNCTION ticket_reporters_ticket_created_at() RETURNS trigger AS $$
    BEGIN
      NEW.ticket_created_at := (SELECT created_at FROM tickets WHERE id = NEW.ticket_id);
      RETURN NEW;
    END;
    $$ LANGUAGE plpgsql`;
  const { show, ratio } = await alternateBackToBack(
    db,
    fileFor,
    async (mark) => void (await db.execute(sql.raw(mark ? current!.def : before))),
    async () => void (await db.execute(sql.raw(current!.def))),
  );
  console.log(
    `  reporter rows marked for the people bound (0051), alternated back to back: with ${show("with")}; ` +
      `without (0043's trigger) ${show("without")} (filings/s ratio with/without ${ratio})`,
  );
}

/**
 * What the recurring problems' rollup (migration 0063: the tickets' statement trigger also writes a
 * delta per moved (day, community, category, unit) key) costs the write path: the trigger function
 * of 0063 against 0053's (the daily rollup alone), alternated twice back to back, for filing and
 * for status changes. Each status change is one UPDATE statement that dispatches a received ticket
 * to a unit or sends it back, so every one moves a key of both rollups (the dearest case: most
 * updates move none). The current function is restored either way.
 */
async function groupRollupCost(db: BenchDb, fileFor: (seconds: number) => Promise<number>): Promise<void> {
  const [current] = (
    await db.execute<{ def: string }>(
      sql`SELECT pg_get_functiondef('ticket_day_counts_track_statement'::regproc) AS def`,
    )
  ).rows;
  const migration = readFileSync(
    new URL("../drizzle/0053_day_counts_per_statement.sql", import.meta.url),
    "utf8",
  );
  const before =
    /CREATE OR REPLACE FUNCTION ticket_day_counts_track_statement\(\)[\s\S]*?\$\$ LANGUAGE plpgsql;/.exec(
      migration,
    )![0];
  const set = async (on: boolean) => void (await db.execute(sql.raw(on ? current!.def : before)));
  const restore = async () => void (await db.execute(sql.raw(current!.def)));
  const filing = await alternateBackToBack(db, fileFor, set, restore);
  console.log(
    `  recurring problems' rollup (0063), filing, alternated back to back: with ${filing.show("with")}; ` +
      `without (0053's trigger) ${filing.show("without")} (filings/s ratio with/without ${filing.ratio})`,
  );
  const changes = await alternateStatusChanges(db, set, restore);
  console.log(
    `  recurring problems' rollup (0063), status changes, alternated back to back: with ${changes.show("with")}; ` +
      `without (0053's trigger) ${changes.show("without")} (changes/s ratio with/without ${changes.ratio})`,
  );
}

/**
 * What the open lights' marks (migration 0065: a statement trigger on tickets appending each open
 * ticket's marks) cost the write path: the same filing loop and status changes with its three
 * triggers enabled and disabled, alternated twice back to back; enabled again either way. A status
 * change here dispatches a received ticket without deadlines or sends it back: it moves its unit
 * and status, so every one writes marks.
 */
async function lightMarksCost(db: BenchDb, fileFor: (seconds: number) => Promise<number>): Promise<void> {
  const triggers = ["tickets_light_marks_insert", "tickets_light_marks_delete", "tickets_light_marks_update"];
  const set = async (on: boolean) => {
    for (const t of triggers)
      await db.execute(sql.raw(`ALTER TABLE tickets ${on ? "ENABLE" : "DISABLE"} TRIGGER ${t}`));
  };
  const restore = () => set(true);
  const filing = await alternateBackToBack(db, fileFor, set, restore);
  console.log(
    `  open lights' marks (0065), filing, alternated back to back: with ${filing.show("with")}; ` +
      `without ${filing.show("without")} (filings/s ratio with/without ${filing.ratio})`,
  );
  const changes = await alternateStatusChanges(db, set, restore);
  console.log(
    `  open lights' marks (0065), status changes, alternated back to back: with ${changes.show("with")}; ` +
      `without ${changes.show("without")} (changes/s ratio with/without ${changes.ratio})`,
  );
}

/**
 * Status changes, each one UPDATE that dispatches a received ticket to a unit or sends it back, with
 * a change on and off, alternated twice back to back; `restore` runs either way.
 */
async function alternateStatusChanges(
  db: BenchDb,
  set: (on: boolean) => Promise<void>,
  restore: () => Promise<void>,
): Promise<{ show(side: "with" | "without"): string; ratio: string }> {
  const ids = (
    await db.execute<{ id: string }>(sql`SELECT id FROM tickets WHERE status = 'received' LIMIT 20000`)
  ).rows.map((r) => r.id);
  const change = async (i: number) => {
    await db.execute(sql`UPDATE tickets SET
        status = CASE WHEN status = 'received' THEN 'dispatched' ELSE 'received' END,
        unit_id = CASE WHEN unit_id IS NULL THEN 'community.xisheng' END,
        updated_at = now()
      WHERE id = ${ids[i % ids.length]!}`);
  };
  const runs: Record<"with" | "without", { perSec: number; pgMs: number }[]> = { with: [], without: [] };
  try {
    for (let round = 0; round < 2; round++)
      for (const side of ["with", "without"] as const) {
        await set(side === "with");
        const cpu0 = await cpuSnapshot(db);
        let n = 0;
        const perSec = await sustained(filers, duration / 4, async (i) => {
          await change(i);
          n++;
        });
        const cpu1 = await cpuSnapshot(db);
        runs[side].push({
          perSec,
          pgMs: cpu0 && cpu1 ? (cpu1.postgresMs - cpu0.postgresMs) / Math.max(1, n) : NaN,
        });
      }
  } finally {
    await restore();
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const show = (k: "with" | "without") =>
    `${Math.round(avg(runs[k].map((r) => r.perSec)))}/s, PostgreSQL ${avg(runs[k].map((r) => r.pgMs)).toFixed(2)} ms CPU per change`;
  return {
    show,
    ratio: (avg(runs.with.map((r) => r.perSec)) / avg(runs.without.map((r) => r.perSec))).toFixed(2),
  };
}

/**
 * The filing loop with a change on and off, back to back and alternated twice so a neighbour's burst
 * does not land on one side only; `restore` runs either way.
 */
async function alternateBackToBack(
  db: BenchDb,
  fileFor: (seconds: number) => Promise<number>,
  set: (on: boolean) => Promise<void>,
  restore: () => Promise<void>,
): Promise<{ show(side: "with" | "without"): string; ratio: string }> {
  const measure = async (on: boolean) => {
    await set(on);
    const [n0] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tickets`)).rows;
    const cpu0 = await cpuSnapshot(db);
    const perSec = await fileFor(duration / 4);
    const cpu1 = await cpuSnapshot(db);
    const [n1] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tickets`)).rows;
    const n = Math.max(1, n1!.n - n0!.n);
    return { perSec, pgMs: cpu0 && cpu1 ? (cpu1.postgresMs - cpu0.postgresMs) / n : NaN };
  };
  const runs: Record<"with" | "without", { perSec: number; pgMs: number }[]> = { with: [], without: [] };
  try {
    for (let round = 0; round < 2; round++) {
      runs.with.push(await measure(true));
      runs.without.push(await measure(false));
    }
  } finally {
    await restore();
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    show: (k) =>
      `${Math.round(avg(runs[k].map((r) => r.perSec)))}/s, PostgreSQL ${avg(runs[k].map((r) => r.pgMs)).toFixed(2)} ms CPU per filing`,
    ratio: (avg(runs.with.map((r) => r.perSec)) / avg(runs.without.map((r) => r.perSec))).toFixed(2),
  };
}

type BenchDb = Awaited<ReturnType<typeof startBenchStack>>["ctx"]["database"]["db"];

if (import.meta.url === `file://${process.argv[1]}`) await run();
