/**
 * A/B of the recurring problems' rollup key with `INCLUDE (n)` (an index-only scan of the month's
 * rows) against the plain key, on a cluster kept by `REPORTS_BENCH_KEEP=1 npx tsx bench/reports.ts`:
 * the primary key rebuilt each way in turn (alternating which goes first) and the table vacuumed;
 * PostgreSQL CPU per call of the recurring statement and of its rollup read alone (one connection,
 * parallel workers off); then the fold's kind of writes (every key of some days moved +1 and -1,
 * ten times: `WRITE_FROM` days after the month's end, negative = inside the month) and the same
 * reads again before any vacuum. Restores the plain key at the end.
 *
 *   npx tsx bench/group-counts-cover.ts <cluster url> <bench now> [rounds] [calls]
 */
import { readFile } from "node:fs/promises";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import { recurringGroupsSql } from "../src/reports/recurring-problems.js";
import { periodOf } from "../src/reports/period.js";
import { addDays, localDate } from "../src/domain/local-time.js";

const url = process.argv[2]!;
const now = new Date(process.argv[3]!);
const ROUNDS = Number(process.argv[4] ?? 4);
const CALLS = Number(process.argv[5] ?? 40);
const WRITE_FROM = Number(process.env.WRITE_FROM ?? -3);
const tz = "Asia/Shanghai";
const today = localDate(now, tz);
const month = periodOf("month", addDays(today, -today.day), tz);

async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const db = drizzle(client);
await client.query("SET max_parallel_workers_per_gather = 0");
const pid = (await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
const whole = recurringGroupsSql({
  from: month.from,
  to: month.to,
  scope: [],
  unitIds: null,
  timeZone: tz,
}).query;
const fromDay = `${month.from.toISOString()}`;
const days = (
  await client.query(
    `SELECT (($1::timestamptz) AT TIME ZONE $3)::date AS f, (($2::timestamptz) AT TIME ZONE $3)::date AS t`,
    [fromDay, month.to.toISOString(), tz],
  )
).rows[0];
const rollupRead = sql`SELECT community_id, category, sum(n)::int AS tickets FROM (
    SELECT community_id, category, n FROM ticket_group_day_counts WHERE day >= ${days.f}::date AND day < ${days.t}::date
    UNION ALL
    SELECT community_id, category, n FROM ticket_group_day_deltas WHERE day >= ${days.f}::date AND day < ${days.t}::date) u
  GROUP BY 1, 2 HAVING sum(n) >= 2`;
const info = (
  await client.query(
    "SELECT (SELECT count(*) FROM ticket_group_day_counts) AS counts, (SELECT count(*) FROM ticket_group_day_deltas) AS deltas, pg_size_pretty(pg_relation_size('ticket_group_day_counts')) AS size",
  )
).rows[0];
console.log(
  `month ${days.f.toISOString?.() ?? days.f} .. ${days.t.toISOString?.() ?? days.t}; rollup rows ${info.counts}, deltas ${info.deltas}, heap ${info.size}`,
);

async function setIndex(on: boolean) {
  await client.query(`ALTER TABLE ticket_group_day_counts DROP CONSTRAINT ticket_group_day_counts_pkey,
    ADD CONSTRAINT ticket_group_day_counts_pkey PRIMARY KEY (day, community_id, category, unit_id)${on ? " INCLUDE (n)" : ""}`);
  await client.query("VACUUM ticket_group_day_counts");
}
// The fold's kind of writes: every key from WRITE_FROM days after the month moved +1 then -1, ten times.
async function writes(): Promise<[number, number]> {
  const c0 = await cpuMs(pid);
  let rows = 0;
  for (let i = 0; i < 10; i++) {
    rows +=
      (
        await client.query(`UPDATE ticket_group_day_counts SET n = n + 1 WHERE day >= $1::date + $2::int`, [
          days.t,
          WRITE_FROM,
        ])
      ).rowCount ?? 0;
    rows +=
      (
        await client.query(`UPDATE ticket_group_day_counts SET n = n - 1 WHERE day >= $1::date + $2::int`, [
          days.t,
          WRITE_FROM,
        ])
      ).rowCount ?? 0;
  }
  return [(((await cpuMs(pid)) - c0) / rows) * 1000, rows];
}
async function measure(q: typeof whole): Promise<[number, number]> {
  for (let i = 0; i < 5; i++) await db.execute(q);
  const c0 = await cpuMs(pid);
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) await db.execute(q);
  return [((await cpuMs(pid)) - c0) / CALLS, (performance.now() - t0) / CALLS];
}
const plans: Record<string, string> = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const on of r % 2 === 0 ? [false, true] : [true, false]) {
    await setIndex(on);
    const load = (await readFile("/proc/loadavg", "utf8")).split(" ")[0];
    const [wc, ww] = await measure(whole);
    const [rc, rw] = await measure(rollupRead);
    const [us, rows] = await writes();
    const [wc2] = await measure(whole);
    const [rc2] = await measure(rollupRead);
    const hot = (
      await client.query(
        "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'ticket_group_day_counts'",
      )
    ).rows[0];
    console.log(
      `round ${r + 1} pk ${on ? "INCLUDE (n)" : "plain      "} (load ${load}): whole ${wc.toFixed(2)} ms CPU ${ww.toFixed(2)} wall; rollup read ${rc.toFixed(2)} ms CPU ${rw.toFixed(2)} wall; ` +
        `updates ${us.toFixed(1)} µs CPU/row (${rows} rows; upd ${hot.n_tup_upd} hot ${hot.n_tup_hot_upd} cumulative); after them, unvacuumed: whole ${wc2.toFixed(2)}, read ${rc2.toFixed(2)} ms CPU`,
    );
    if (r === 0) {
      const p = await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${rollupRead}`);
      // (after the writes: heap fetches for the pages they touched)
      plans[on ? "on" : "off"] = p.rows.map((x) => x["QUERY PLAN"]).join("\n");
    }
  }
}
await setIndex(false);
for (const [k, v] of Object.entries(plans))
  console.log(`\nEXPLAIN rollup read after the writes, INCLUDE ${k}:\n${v}`);
await client.end();
