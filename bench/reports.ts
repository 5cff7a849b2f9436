/**
 * Reports at scale (figures only; nothing asserts on time), on a private embedded PostgreSQL:
 * seeds REPORTS_BENCH_TICKETS tickets (default 1,000,000) spread over the past year with COPY FROM
 * STDIN, their reporters and callback surveys, then times what the dashboard and the inbox run:
 * the dashboard (week and month), rates, unit ranking, recurring problems, the inbox list with the
 * console's filters (tier, 督办 mark, period, a unit's scope, a search by a phone number) and the
 * centre's queues (督办, triage, reviews, returns). The seed holds what those read: supervised,
 * emergency and assisted tickets, resolutions waiting for review, return requests, merges with
 * their kept ticket, phone numbers in residents' rows, callback numbers and the tickets' text.
 * Each figure is the median of REPORTS_BENCH_RUNS runs (default 5) and is printed with
 * its ratio to two ceilings measured in the same run: `SELECT count(*)` over the same tickets and a
 * lookup of one ticket by its reference number.
 *
 *   npx tsx bench/reports.ts
 *   REPORTS_BENCH_TICKETS=100000 npx tsx bench/reports.ts   # a quick run
 *   REPORTS_BENCH_EXPLAIN=1 ...                            # also print EXPLAIN ANALYZE of the SQL
 *   REPORTS_BENCH_KEEP=1 ...                               # then keep the seeded cluster up (Ctrl-C)
 *   REPORTS_BENCH_SEED_ONLY=1 ...                          # only seed, print the seed's parts
 *   REPORTS_BENCH_COPY_CONNECTIONS=2 ...                   # COPY the tickets on two connections (default 1)
 *
 * Seeding a million tickets takes minutes: with REPORTS_BENCH_KEEP=1 the cluster stays up after the
 * figures and its URL is printed, so further measurements (EXPLAIN, A/B of two versions of a query,
 * call by call) can run against the same data until the process is interrupted.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { sql, type SQL } from "drizzle-orm";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ticketScopeSql, visibleUnitIds } from "../src/auth/scope.js";
import type { StaffPrincipal } from "../src/auth/staff-principal.js";
import { lightsOf } from "../src/sla/live-lights.js";
import { supervisionPage } from "../src/tickets/supervision-list.js";
import { returnQueue, reviewQueue, triageQueue } from "../src/tickets/centre-queues.js";
import {
  findTicket,
  listTickets,
  type Cursor,
  ticketFilterSql,
  type TicketFilter,
} from "../src/db/repositories/tickets.repository.js";
import { addDays, localDate, localDay } from "../src/domain/local-time.js";
import { computeRates, receivedAndClosedOfTickets } from "../src/reports/compute-rates.js";
import type { TicketStatus } from "../src/domain/ticket-status.js";
import { storedLightSql } from "../src/reports/lights-sql.js";
import { lateTickets, lateTicketsSql } from "../src/reports/late-tickets.js";
import { buildOverview, dailySeries, dailySeriesOfTickets } from "../src/reports/overview.js";
import { periodOf } from "../src/reports/period.js";
import { unitRanking } from "../src/reports/ranking.js";
import { recurringProblemsOf } from "../src/reports/recurring-problems.js";
import { safetyQuestions } from "../src/reports/safety-questions.js";
import { rebuildDayCounts } from "../src/reports/day-counts.js";
import { foldLightMarks } from "../src/reports/light-marks.js";
import { openLights, openLightsOfTickets } from "../src/reports/open-lights.js";
import type { RunningContext } from "../src/runtime/create-context.js";
import { lightInstantsOfRow } from "../src/sla/light-instants.js";
import { openDatabase } from "../src/db/client.js";
import { startBenchStack } from "./support/bench-stack.js";

const N = Number(process.env.REPORTS_BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.REPORTS_BENCH_RUNS ?? 5);
const EXPLAIN = process.env.REPORTS_BENCH_EXPLAIN === "1";
const KEEP = process.env.REPORTS_BENCH_KEEP === "1";
/** Only seed and print the seed's parts (to compare ways of seeding). */
const SEED_ONLY = process.env.REPORTS_BENCH_SEED_ONLY === "1";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const COLUMNS = [
  "id",
  "ref",
  "kind",
  "category",
  "summary",
  "description",
  "location_text",
  "community_id",
  "urgency",
  "tier",
  "status",
  "unit_id",
  "triage",
  "round",
  "channel",
  "engine",
  "dispatched_at",
  "first_contact_due_at",
  "accept_yellow_at",
  "accept_red_at",
  "resolve_due_at",
  "resolve_yellow_at",
  "light_yellow_at",
  "light_red_at",
  "light_overdue_at",
  "first_contact_at",
  "accepted_at",
  "resolved_at",
  "closed_at",
  "created_at",
  "updated_at",
  "supervised",
  "assist_unit_ids",
  "return_requested_at",
  "transfer_count",
] as const;

/** A deterministic pseudo-random stream, so two runs seed the same history. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function* ticketRows(ctx: RunningContext, now: Date): Generator<string> {
  const tz = ctx.config.jurisdiction.timezone;
  const communities = [...ctx.config.units.values()].filter((u) => u.level === "community").map((u) => u.id);
  const others = [...ctx.config.units.values()].filter((u) => u.level !== "community").map((u) => u.id);
  const categories = ctx.config.taxonomy.categories.map((c) => c.code);
  const channels = ["wechat", "sms", "hotline", "web"];
  const rand = rng(20261121);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // What the console's filters and queues read beyond the first seed (supervision, tiers,
  // emergencies, assisting units, resolutions waiting for review, return requests, numbers in the
  // text) is drawn from a second stream, so the first draws the same tickets as before it.
  const more = rng(20261204);
  const pickMore = <T>(xs: readonly T[]) => xs[Math.floor(more() * xs.length)]!;
  // A centre's history beyond the happy path (transfers, reopenings) from a third stream, so the
  // first two still draw the same tickets as before it.
  const history = rng(20261205);
  const perDay = new Map<string, number>();
  const dayOfHour = new Map<number, string>();
  const ts = (ms: number | null) => (ms === null ? "\\N" : new Date(ms).toISOString());
  const span = 365 * DAY;
  let chunk: string[] = [];
  for (let i = 0; i < N; i++) {
    const created = now.getTime() - Math.floor(rand() * span);
    const hour = Math.floor(created / HOUR);
    let day = dayOfHour.get(hour);
    if (!day) dayOfHour.set(hour, (day = localDay(new Date(created), tz)));
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const age = now.getTime() - created;
    const community = rand() < 0.9 ? pick(communities) : null;
    const category = pick(categories);
    const building = `${Math.floor(rand() * 30) + 1}号楼`;
    const r = rand();
    // Old tickets are almost all closed; the last fortnight is still being worked on.
    let status: string;
    if (age > 14 * DAY)
      status =
        r < 0.9
          ? "closed"
          : r < 0.94
            ? "surveyed"
            : r < 0.96
              ? "merged"
              : r < 0.97
                ? "cancelled"
                : "accepted";
    else
      status =
        r < 0.1
          ? "received"
          : r < 0.3
            ? "dispatched"
            : r < 0.6
              ? "accepted"
              : r < 0.8
                ? "resolved"
                : "closed";
    // About one resolution in seven of the last fortnight waits for the centre's review (办结审核).
    if (status === "resolved" && more() < 0.15) status = "pending_review";
    const [reopenDraw, transferDraw, waitingDraw] = [history(), history(), history()];
    // 二次办理: 3 % of closed tickets were reopened once after the survey and closed again (round 2);
    // one in ten of the last fortnight's closed ones is reopened now and waits for re-dispatch.
    let round = 1;
    if (status === "closed" && reopenDraw < (age > 14 * DAY ? 0.03 : 0.1)) {
      round = 2;
      if (age <= 14 * DAY) status = "reopened";
    }
    // 转办: 6 % of dispatched tickets were handed back by a misrouted unit and re-dispatched, 0.5 %
    // twice; one in five of the last fortnight's received ones came back and waits for a unit.
    let transfers =
      status === "received" || status === "cancelled"
        ? 0
        : transferDraw < 0.005
          ? 2
          : transferDraw < 0.06
            ? 1
            : 0;
    if (status === "received" && age <= 14 * DAY && waitingDraw < 0.2) {
      status = "transferred";
      transfers = 1;
    }
    // A ticket handed back waits without a unit or running deadlines, as a received one does (and
    // takes the same draws).
    const dispatched = ["received", "transferred", "cancelled"].includes(status)
      ? null
      : created + 5 * 60_000;
    const late = rand() < 0.08;
    const accepted =
      dispatched && status !== "dispatched" ? dispatched + (late ? 50 * HOUR : 2 * HOUR) : null;
    const resolved =
      dispatched && ["resolved", "pending_review", "surveyed", "closed", "reopened"].includes(status)
        ? dispatched + (late ? 9 * DAY : 3 * DAY)
        : null;
    const closed = status === "closed" && resolved ? resolved + (round > 1 ? 12 : 2) * DAY : null;
    const unit = dispatched ? (community && rand() < 0.85 ? community : pick(others)) : null;
    const urgent = rand() < 0.01;
    // Drawn for every ticket, used where they apply, so each ticket takes as many draws.
    const [emergency, supervised, tierDraw, assistDraw, returnDraw, numberDraw] = [
      more(),
      more(),
      more(),
      more(),
      more(),
      more(),
    ];
    const assisting = pickMore(others);
    const number = `1${3 + Math.floor(more() * 7)}${String(Math.floor(more() * 1e9)).padStart(9, "0")}`;
    const date = (ms: number | null) => (ms === null ? null : new Date(ms));
    // As the application stores them: the domain's light instants of the seeded deadlines.
    const deadlines = {
      dispatchedAt: date(dispatched),
      firstContactDueAt: date(dispatched && dispatched + 30 * 60_000),
      acceptYellowAt: date(dispatched && dispatched + 24 * HOUR),
      acceptRedAt: date(dispatched && dispatched + 48 * HOUR),
      resolveDueAt: date(dispatched && dispatched + 7 * DAY),
      resolveYellowAt: date(dispatched && dispatched + 6 * DAY),
    };
    const lights = lightInstantsOfRow({
      status: status as TicketStatus,
      acceptedAt: date(accepted),
      firstContactAt: date(accepted),
      resolvedAt: date(resolved),
      ...deadlines,
    });
    const tsOf = (d: Date | null) => (d === null ? "\\N" : d.toISOString());
    // One report in fifty gives a phone number in its text, written as residents write it.
    const spoken =
      numberDraw < 0.01
        ? `，联系电话${number}`
        : numberDraw < 0.02
          ? `，电话 ${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`
          : "";
    const cells = [
      randomUUID(),
      `ZT${day}-${String(seq).padStart(4, "0")}`,
      "complaint",
      category,
      `${building}问题${i % 97}`,
      `${building}的问题，已经好几天了（第${i}件）${spoken}。`,
      building,
      community ?? "\\N",
      urgent ? "urgent" : emergency < 0.002 ? "emergency" : "normal",
      tierDraw < 0.9 ? "general" : tierDraw < 0.95 ? "major" : tierDraw < 0.98 ? "difficult" : "cross",
      status,
      unit ?? "\\N",
      (status === "received" || status === "transferred") && rand() < 0.3 ? "t" : "f",
      String(round),
      pick(channels),
      "offline",
      ts(dispatched),
      ts(dispatched && dispatched + 30 * 60_000),
      ts(dispatched && dispatched + 24 * HOUR),
      ts(dispatched && dispatched + 48 * HOUR),
      ts(dispatched && dispatched + 7 * DAY),
      tsOf(deadlines.resolveYellowAt),
      tsOf(lights.lightYellowAt),
      tsOf(lights.lightRedAt),
      tsOf(lights.lightOverdueAt),
      ts(accepted),
      ts(accepted),
      ts(resolved),
      ts(closed),
      ts(created),
      ts(closed ?? resolved ?? accepted ?? dispatched ?? created),
      // 督办: one open ticket in twenty, one in fifty of the older ones (the mark stays).
      supervised < (age > 14 * DAY ? 0.02 : 0.05) ? "t" : "f",
      unit && assistDraw < 0.03 && assisting !== unit ? `{${assisting}}` : "{}",
      status === "dispatched" && returnDraw < 0.05 ? ts(dispatched! + 3 * HOUR) : "\\N",
      String(transfers),
    ];
    chunk.push(cells.join("\t"));
    if (chunk.length === 5000) {
      yield chunk.join("\n") + "\n";
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join("\n") + "\n";
}

export async function seed(
  ctx: RunningContext,
  now: Date,
): Promise<{
  seconds: number;
  copySeconds: number;
  copyNodeSeconds: number;
  copyServerSeconds: number;
  relatedSeconds: number;
  indexSeconds: number;
  builds: { name: string; seconds: number }[];
  mergeSeconds: number;
  rollupSeconds: number;
  vacuumSeconds: number;
}> {
  const started = performance.now();
  const db = ctx.database.db;
  // Bulk-load practice: the tickets' secondary indexes are built once after the load instead of
  // being updated row by row, and foreign keys are not re-checked for rows made consistent by
  // construction (session_replication_role skips their triggers, on this connection only).
  const { rows: indexes } = await db.execute<{ name: string; def: string }>(
    sql`SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
        FROM pg_index i WHERE i.indrelid = 'tickets'::regclass AND NOT i.indisprimary AND NOT i.indisunique`,
  );
  for (const i of indexes) await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  const client = await ctx.database.pool.connect();
  let copySeconds: number;
  let copyNodeSeconds: number;
  let copyServerSeconds: number;
  let relatedSeconds: number;
  let indexed: number;
  let building: Promise<{ name: string; seconds: number }[]>;
  try {
    await client.query("SET session_replication_role = replica");
    const cpu0 = process.cpuUsage();
    copyServerSeconds = await copyTickets(ctx, now, client);
    copySeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    copyNodeSeconds = (cpu.user + cpu.system) / 1e6;
    // The indexes are built on other connections while this one loads the related rows: those
    // statements only read the tickets (a build's SHARE lock lets them), so the two share the
    // cores instead of taking turns.
    indexed = performance.now();
    building = buildIndexes(ctx, indexes);
    building.catch(() => {}); // awaited below; not left unhandled if the load fails first
    await seedRelated(client);
    relatedSeconds = (performance.now() - indexed) / 1000;
    await client.query("SET session_replication_role = origin");
  } finally {
    client.release();
  }
  const builds = await building;
  const indexSeconds = (performance.now() - indexed) / 1000;
  const merging = performance.now();
  // A merged ticket is merged into the previous ticket of its community and category, and the merge
  // links its reporter to the kept ticket too (a second row there, which the insert trigger marks
  // extra). Written through the triggers, after the indexes are built.
  await db.execute(sql`UPDATE tickets m SET merged_into_id = k.id
    FROM tickets src CROSS JOIN LATERAL (SELECT id FROM tickets k
      WHERE k.community_id = src.community_id AND k.category = src.category AND k.created_at < src.created_at
      ORDER BY k.created_at DESC LIMIT 1) k
    WHERE src.status = 'merged' AND m.id = src.id`);
  await db.execute(sql`INSERT INTO ticket_reporters (ticket_id, resident_id, channel, created_at)
    SELECT m.merged_into_id, r.resident_id, r.channel, m.created_at
    FROM tickets m JOIN ticket_reporters r ON r.ticket_id = m.id
    WHERE m.status = 'merged' AND m.merged_into_id IS NOT NULL
    ON CONFLICT DO NOTHING`);
  // The session above skipped the triggers, the daily rollup's too: it is recounted as an operator
  // would after a restore (`zhitong migrate --rebuild-report-counts`).
  const mergeSeconds = (performance.now() - merging) / 1000;
  const rolled = performance.now();
  await rebuildDayCounts(db, ctx.config.jurisdiction.timezone);
  // The open lights' marks of past instants, folded as the SLA sweep folds them every minute.
  await foldLightMarks(db, ctx.now());
  const rollupSeconds = (performance.now() - rolled) / 1000;
  // A table that has been live for a while has been vacuumed: its visibility map lets the planner
  // answer from covering indexes alone.
  const vacuumed = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  const vacuumSeconds = (performance.now() - vacuumed) / 1000;
  return {
    seconds: (performance.now() - started) / 1000,
    copySeconds,
    copyNodeSeconds,
    copyServerSeconds,
    relatedSeconds,
    indexSeconds,
    builds,
    mergeSeconds,
    rollupSeconds,
    vacuumSeconds,
  };
}

/**
 * Connections the tickets are copied on at once: the one generator's chunks of 5,000 rows are dealt
 * to them in turn (disjoint ranges of rows; the same rows as on one connection, in another heap order).
 * One by default: on this 2-core machine two took the same PostgreSQL CPU and no less time (the
 * generator, one thread, costs more CPU than the server's side), and one keeps the heap order of the
 * earlier rounds' figures.
 */
const COPY_CONNECTIONS = Math.max(1, Number(process.env.REPORTS_BENCH_COPY_CONNECTIONS ?? 1));

/**
 * COPY of the generated tickets on `first` and COPY_CONNECTIONS - 1 more connections side by side.
 * Returns the PostgreSQL CPU seconds of those connections during the COPY.
 */
async function copyTickets(ctx: RunningContext, now: Date, first: PoolClient): Promise<number> {
  const more: PoolClient[] = [];
  try {
    for (let k = 1; k < COPY_CONNECTIONS; k++) {
      const c = await ctx.database.pool.connect();
      more.push(c);
      // As on the first: the foreign keys' and rollups' triggers skipped for rows consistent by construction.
      await c.query("SET session_replication_role = replica");
    }
    const clients = [first, ...more];
    const pids = await Promise.all(
      clients.map(
        async (c) => (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid,
      ),
    );
    const cpu0 = await Promise.all(pids.map(backendCpuMs));
    const streams = clients.map(() => new PassThrough());
    const copies = clients.map((c, k) =>
      pipeline(streams[k]!, c.query(copyFrom(`COPY tickets (${COLUMNS.join(", ")}) FROM STDIN`))),
    );
    // A failed COPY stops the feeding at once instead of waiting for a drain that never comes.
    const failed = Promise.all(copies).then(() => new Promise<never>(() => {}));
    failed.catch(() => {});
    let k = 0;
    for (const chunk of ticketRows(ctx, now)) {
      const s = streams[k++ % streams.length]!;
      if (!s.write(chunk)) await Promise.race([once(s, "drain"), failed]);
    }
    for (const s of streams) s.end();
    await Promise.all(copies);
    const cpu1 = await Promise.all(pids.map(backendCpuMs));
    return cpu1.reduce((a, c, i) => a + c - cpu0[i]!, 0) / 1000;
  } finally {
    for (const c of more) c.release();
  }
}

/** Connections building the tickets' indexes side by side after the load. */
const INDEX_CONNECTIONS = Number(process.env.REPORTS_BENCH_INDEX_CONNECTIONS ?? 2);
/** Each build's sort memory: at the server's default (64 MB) a million rows' sorts spill to disk. */
const INDEX_MEMORY = process.env.REPORTS_BENCH_INDEX_MEMORY ?? "512MB";

/**
 * The tickets' secondary indexes, built on INDEX_CONNECTIONS connections at once (CREATE INDEX
 * takes a SHARE lock, which other builds on the table share), the costliest first (the trigram
 * indexes) so the connections finish together. Returns each build's seconds.
 */
async function buildIndexes(
  ctx: RunningContext,
  indexes: { name: string; def: string }[],
): Promise<{ name: string; seconds: number }[]> {
  const costly = (def: string) => (/USING gin/i.test(def) ? 0 : /INCLUDE|,/.test(def) ? 1 : 2);
  const queue = [...indexes].sort((a, b) => costly(a.def) - costly(b.def));
  const done: { name: string; seconds: number }[] = [];
  await Promise.all(
    Array.from({ length: Math.max(1, INDEX_CONNECTIONS) }, async () => {
      const client = await ctx.database.pool.connect();
      try {
        await client.query(`SET maintenance_work_mem = '${INDEX_MEMORY}'`);
        for (let i = queue.shift(); i; i = queue.shift()) {
          const t0 = performance.now();
          await client.query(i.def);
          done.push({ name: i.name, seconds: (performance.now() - t0) / 1000 });
        }
      } finally {
        client.release();
      }
    }),
  );
  return done;
}

/** Residents, one reporter per ticket, one survey per resolved round, SLA rows of dispatched tickets. */
async function seedRelated(client: PoolClient): Promise<void> {
  const residents = Math.ceil(N / 3);
  // Mobile numbers spread as real ones are (not one shared prefix), so that a search by a number
  // finds what it would in a city's data.
  await client.query(`INSERT INTO residents (id, name, phone)
    SELECT gen_random_uuid(), NULL,
      '1' || (3 + g % 7)::text || lpad((abs(hashtext('phone' || g)) % 1000000000)::text, 9, '0')
    FROM generate_series(1, ${residents}) g`);
  await client.query(`CREATE TEMP TABLE bench_residents AS
    SELECT id, row_number() OVER () AS n FROM residents`);
  await client.query(`CREATE INDEX ON bench_residents (n)`);
  // The session skips triggers: the ticket's creation instant is copied here, and the row marked as
  // its ticket's first reporter, as the trigger would.
  // One report in a hundred was made for a relative, who is called back on their own number.
  await client.query(`INSERT INTO ticket_reporters (ticket_id, resident_id, channel, created_at, ticket_created_at, extra,
      callback_phone, callback_for)
    SELECT t.id, r.id, t.channel, t.created_at, t.created_at, false, c.phone, CASE WHEN c.phone IS NOT NULL THEN 'relative' END
    FROM tickets t
    JOIN bench_residents r ON r.n = 1 + (abs(hashtext(t.id::text)) % ${residents})
    CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext('callback' || t.id::text)) % 100 = 0
      THEN '15' || lpad((abs(hashtext('number' || t.id::text)) % 1000000000)::text, 9, '0') END AS phone) c`);
  await client.query(`INSERT INTO surveys (ticket_id, resident_id, round, status, reporter_channel, unit_id,
      resolved_at, attempts, answered_at, resolved, satisfaction, unreachable_reason, created_at, updated_at)
    SELECT t.id, tr.resident_id, 1,
      CASE WHEN h % 20 = 0 THEN 'unreachable' WHEN t.status = 'resolved' THEN 'sent' ELSE 'answered' END,
      tr.channel, t.unit_id, t.resolved_at, 1,
      CASE WHEN h % 20 = 0 OR t.status = 'resolved' THEN NULL ELSE t.resolved_at + interval '1 day' END,
      CASE WHEN h % 20 = 0 OR t.status = 'resolved' THEN NULL WHEN h % 25 = 1 THEN 'no' ELSE 'yes' END,
      CASE WHEN h % 20 = 0 OR t.status = 'resolved' THEN NULL WHEN h % 10 = 1 THEN 'basically'
           WHEN h % 33 = 2 THEN 'dissatisfied' ELSE 'satisfied' END,
      CASE WHEN h % 20 = 0 THEN 'no_answer' END,
      t.resolved_at, t.resolved_at
    FROM (SELECT *, abs(hashtext(id::text)) AS h FROM tickets WHERE resolved_at IS NOT NULL) t
    JOIN ticket_reporters tr ON tr.ticket_id = t.id`);
  // Every ticket's "created" event, and the safety question on about one report in twenty (its
  // answers spread as residents give them): the dashboard counts the latter among all events.
  await client.query(`INSERT INTO ticket_events (ticket_id, at, actor_type, action, data)
    SELECT id, created_at, 'system', 'created', '{}'::jsonb FROM tickets`);
  await client.query(`INSERT INTO ticket_events (ticket_id, at, actor_type, action, data)
    SELECT id, created_at, 'resident', 'danger_check', jsonb_build_object('asked', true,
      'answer', (ARRAY['yes', 'no', 'no', 'other', 'other', 'unanswered'])[1 + (h / 20) % 6])
    FROM (SELECT id, created_at, abs(hashtext(id::text)) AS h FROM tickets) t WHERE h % 20 = 3`);
  // The history the ticket columns above summarise, as the lifecycle logs it: each transfer is the
  // unit's return request (退单申请) and the centre's re-dispatch granting it (a ticket still waiting
  // has the request only); a reopening is the centre's reopen after the first round's survey; one
  // resolution in twenty-five was returned for rework (退回重办) before it was approved.
  await client.query(`INSERT INTO ticket_events (ticket_id, at, actor_type, action, from_status, to_status, reason, data)
    SELECT t.id, t.created_at + (3 * k - 1) * interval '1 hour', 'staff', 'transfer_back', 'dispatched', 'dispatched',
      '不属于本单位职责', jsonb_build_object('fromUnitId', t.unit_id)
    FROM tickets t CROSS JOIN LATERAL generate_series(1, t.transfer_count) k WHERE t.transfer_count > 0
    UNION ALL
    SELECT t.id, t.created_at + 3 * k * interval '1 hour', 'staff', 'redispatch', 'dispatched', 'dispatched', NULL,
      jsonb_build_object('unitId', t.unit_id, 'returnGranted', true, 'transferCount', k)
    FROM tickets t CROSS JOIN LATERAL generate_series(1, t.transfer_count) k
    WHERE t.transfer_count > 0 AND t.status <> 'transferred'`);
  await client.query(`INSERT INTO ticket_events (ticket_id, at, actor_type, action, from_status, to_status, reason, data)
    SELECT id, resolved_at + interval '2 days', 'staff', 'reopen', 'closed', 'reopened', '回访不满意',
      jsonb_build_object('round', round, 'tier', jsonb_build_object('from', tier, 'to', tier))
    FROM tickets WHERE round > 1`);
  await client.query(`INSERT INTO ticket_events (ticket_id, at, actor_type, action, from_status, to_status, reason, data)
    SELECT id, resolved_at - interval '1 day', 'staff', 'return_resolution', 'pending_review', 'accepted',
      '答复未说明处理结果', jsonb_build_object('unitId', unit_id)
    FROM tickets WHERE resolved_at IS NOT NULL AND abs(hashtext('rework' || id::text)) % 25 = 0`);
  await client.query(`INSERT INTO ticket_sla (ticket_id, resolve_yellow_at)
    SELECT id, resolve_yellow_at FROM tickets WHERE dispatched_at IS NOT NULL`);
}

/**
 * Recurring problems as they were counted before the people bound (migration 0051): every
 * (community, category, person) pair of the period hashed, the month's tickets merged with their
 * reporters. Kept here only as the same-run reference for the figure above.
 */
async function recurringEveryPair(db: RunningContext["database"]["db"], from: Date, to: Date) {
  const f = sql`${from.toISOString()}::timestamptz`;
  const t = sql`${to.toISOString()}::timestamptz`;
  const inPeriod = sql`tickets.created_at >= ${f} AND tickets.created_at < ${t}
    AND tickets.community_id IS NOT NULL AND tickets.status <> 'cancelled'`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return tx.execute(sql`WITH counted AS (
        SELECT community_id, category, count(*)::int AS tickets FROM tickets WHERE ${inPeriod}
        GROUP BY 1, 2 HAVING count(*) >= 2),
      people AS (
        SELECT community_id, category, count(*)::int AS reporters FROM (
          SELECT DISTINCT tickets.community_id, tickets.category, coalesce(r.resident_id, tickets.id) AS person
          FROM tickets LEFT JOIN ticket_reporters r
            ON r.ticket_created_at = tickets.created_at AND r.ticket_id = tickets.id
            AND r.ticket_created_at >= ${f} AND r.ticket_created_at < ${t}
          WHERE ${inPeriod}) x
        GROUP BY 1, 2)
      SELECT c.community_id, c.category, c.tickets, pe.reporters
      FROM counted c JOIN people pe USING (community_id, category)
      ORDER BY pe.reporters DESC, c.tickets DESC, c.community_id, c.category
      LIMIT 10`);
  });
}

/**
 * PostgreSQL CPU per survey write with the survey rollup's triggers (migration 0067) on and off,
 * alternated three times back to back on one connection: single-row statements as the survey
 * worker writes them, an update moving the row's key (satisfaction flipped), one moving none
 * (attempts), and an insert of one row (a round's survey).
 */
async function surveyWriteCosts(
  d: RunningContext["database"]["db"],
  pid: number,
  out: [string, number][],
): Promise<void> {
  const n = 300;
  const ids = (
    await d.execute<{ id: number }>(
      sql`SELECT id::int AS id FROM surveys WHERE status = 'answered' ORDER BY id LIMIT ${n}`,
    )
  ).rows.map((r) => r.id);
  const triggers = await d.execute(sql`SELECT 1 FROM pg_trigger WHERE tgname = 'surveys_day_counts_update'`);
  if (ids.length < n || !triggers.rows.length) return;
  let round = 1000;
  const writes: [string, (id: number) => Promise<unknown>][] = [
    [
      "survey update moving its key",
      (id) =>
        d.execute(sql`UPDATE surveys SET satisfaction = CASE satisfaction WHEN 'satisfied' THEN 'basically'
          ELSE 'satisfied' END WHERE id = ${id}`),
    ],
    [
      "survey update moving no key",
      (id) => d.execute(sql`UPDATE surveys SET attempts = attempts + 1 WHERE id = ${id}`),
    ],
    [
      "survey insert",
      (id) =>
        d.execute(sql`INSERT INTO surveys (ticket_id, resident_id, round, status, reporter_channel, unit_id, resolved_at)
          SELECT ticket_id, resident_id, ${round++}, 'scheduled', reporter_channel, unit_id, resolved_at
          FROM surveys WHERE id = ${id}`),
    ],
  ];
  const toggle = async (on: boolean) => {
    for (const op of ["insert", "update", "delete"])
      await d.execute(
        sql.raw(`ALTER TABLE surveys ${on ? "ENABLE" : "DISABLE"} TRIGGER surveys_day_counts_${op}`),
      );
  };
  const sums = new Map<string, number>();
  try {
    for (let pass = 0; pass < 3; pass++)
      for (const on of [true, false]) {
        await toggle(on);
        for (const [name, write] of writes) {
          await write(ids[0]!); // the statement's plan, outside the count
          const c0 = await backendCpuMs(pid);
          for (const id of ids) await write(id);
          const key = `${name}, triggers ${on ? "on" : "off"}`;
          sums.set(key, (sums.get(key) ?? 0) + ((await backendCpuMs(pid)) - c0) / ids.length / 3);
        }
      }
  } finally {
    await toggle(true);
  }
  for (const [name, ms] of sums) out.push([`  ${name}`, ms]);
}

/** User + system CPU of a local process in ms, from /proc (clock ticks of 10 ms). */
async function backendCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm the cache and the plan
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  const { ctx, stop } = await startBenchStack();
  try {
    const db = ctx.database.db;
    const now = ctx.now();
    const tz = ctx.config.jurisdiction.timezone;
    const seeded = await seed(ctx, now);
    const [{ n: total }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tickets`))
      .rows as [{ n: number }];
    console.log(
      `\n== Reports over ${total.toLocaleString("en")} tickets (embedded PostgreSQL; median of ${RUNS} runs)`,
    );
    console.log(
      `  seed: ${seeded.copySeconds.toFixed(1)} s COPY of the tickets (${COPY_CONNECTIONS} connection${COPY_CONNECTIONS === 1 ? "" : "s"}; CPU ${seeded.copyServerSeconds.toFixed(1)} s PostgreSQL, ${seeded.copyNodeSeconds.toFixed(1)} s this process generating and sending); then side by side ${seeded.relatedSeconds.toFixed(1)} s reporters, surveys, events and SLA rows ` +
        `and ${seeded.indexSeconds.toFixed(1)} s until the tickets' indexes were built (${INDEX_CONNECTIONS} connections, maintenance_work_mem ${INDEX_MEMORY}); ` +
        `${seeded.mergeSeconds.toFixed(1)} s merges; ${seeded.rollupSeconds.toFixed(1)} s the rollups and light marks; ` +
        `${seeded.vacuumSeconds.toFixed(1)} s VACUUM ANALYZE; ${seeded.seconds.toFixed(1)} s in all`,
    );
    console.log(
      `  index builds: ${seeded.builds.map((b) => `${b.name} ${b.seconds.toFixed(1)} s`).join(", ")}`,
    );
    if (SEED_ONLY) return;

    const history = (
      await db.execute<{ transferred: number; waiting: number; reopened: number; reworked: number }>(
        sql`SELECT (SELECT count(*) FROM tickets WHERE transfer_count > 0)::int AS transferred,
          (SELECT count(*) FROM tickets WHERE status IN ('transferred', 'reopened'))::int AS waiting,
          (SELECT count(*) FROM tickets WHERE round > 1)::int AS reopened,
          (SELECT count(*) FROM ticket_events WHERE action = 'return_resolution')::int AS reworked`,
      )
    ).rows[0]!;
    console.log(
      `  history: ${history.transferred.toLocaleString("en")} transferred, ${history.reopened.toLocaleString("en")} reopened, ` +
        `${history.reworked.toLocaleString("en")} returned for rework; ${history.waiting.toLocaleString("en")} waiting after a transfer or reopening`,
    );

    const leader: StaffPrincipal = { id: "bench-leader", role: "leader", unitId: null };
    const street = [...ctx.config.units.values()].find((u) => u.level === "street")!;
    const streetStaff: StaffPrincipal = { id: "bench-street", role: "unit", unitId: street.id };
    // The last complete week and month: what the weekly and monthly reviews read.
    const today = localDate(now, tz);
    const week = periodOf("week", addDays(today, -7), tz);
    const month = periodOf("month", addDays(today, -today.day), tz);
    const someRef = (
      await db.execute<{ ref: string }>(
        sql`SELECT ref FROM tickets ORDER BY created_at DESC LIMIT 1 OFFSET 5000`,
      )
    ).rows[0]!.ref;
    const community = [...ctx.config.units.values()].find((u) => u.level === "community")!.id;

    const countAll = await median(() => db.execute(sql`SELECT count(*) FROM tickets`));
    const byRef = await median(() => findTicket(db, someRef));
    const figures: [string, number, number][] = [];
    const time = async (name: string, target: number, fn: () => Promise<unknown>) => {
      figures.push([name, await median(fn), target]);
    };
    await time("dashboard, week (leader)", 200, () => buildOverview(ctx, leader, week));
    await time("dashboard, month (leader)", 200, () => buildOverview(ctx, leader, month));
    await time("dashboard, month (street office)", 200, () => buildOverview(ctx, streetStaff, month));
    // The dashboard's parts, so a slow dashboard says where its time goes.
    // Since 0065 summed from the open tickets' light marks; the same counted from the tickets.
    await time("  part: open tickets' lights", 200, () => openLights(ctx, null));
    await time("  part: open lights, from tickets", 200, () => openLightsOfTickets(ctx, []));
    await time("  part: open lights, street office", 200, () =>
      openLights(ctx, visibleUnitIds(ctx.config, streetStaff)),
    );
    await time("  part: open lights, street, tickets", 200, () =>
      openLightsOfTickets(ctx, ticketScopeSql(ctx.config, streetStaff, { assisting: false })),
    );
    {
      const [marks, counted] = [await openLights(ctx, null), await openLightsOfTickets(ctx, [])];
      console.log(
        `  open lights: ${JSON.stringify(marks)} from the marks, ${JSON.stringify(counted)} from the tickets` +
          (JSON.stringify(marks) === JSON.stringify(counted) ? "" : " (DIFFER)"),
      );
    }
    await time("  part: daily series, month", 200, () => dailySeries(ctx, month, null));
    // The same two figures read from the tickets, as before the daily rollup (and as any period that
    // does not start and end at local midnight still is).
    await time("  part: daily series, no rollup", 200, () => dailySeriesOfTickets(ctx, month, null));
    await time("  part: received/closed, no rollup", 200, () =>
      receivedAndClosedOfTickets(db, { from: month.from, to: month.to, unitIds: null }),
    );
    await time("  part: late tickets, month", 200, () =>
      lateTickets(ctx, db, { from: month.from, to: month.to, unitIds: null }),
    );
    await time("  part: safety questions, month", 200, () =>
      safetyQuestions(db, { from: month.from, to: month.to, unitIds: null }),
    );
    await time("rates by unit, month", 200, () =>
      computeRates(db, ctx.config, { from: month.from, to: month.to, unitIds: null, groupBy: "unit" }),
    );
    // The same rates with the month's surveys grouped from the survey table, as before the survey
    // rollup (migration 0067), and as any period not made of whole local days still is.
    await time("  part: rates, surveys from the table", 200, () =>
      computeRates(
        db,
        ctx.config,
        { from: month.from, to: month.to, unitIds: null, groupBy: "unit" },
        undefined,
        "surveys",
      ),
    );
    {
      const q = { from: month.from, to: month.to, unitIds: null, groupBy: "unit" } as const;
      const [rolled, counted] = [
        await computeRates(db, ctx.config, q),
        await computeRates(db, ctx.config, q, undefined, "surveys"),
      ];
      console.log(
        `  rates: ${rolled.total.surveyed} surveyed, ${rolled.total.answered} answered, ${rolled.total.pending} pending from the rollup; ` +
          (JSON.stringify(rolled) === JSON.stringify(counted)
            ? "the same from the surveys"
            : "DIFFERENT from the surveys"),
      );
    }
    await time("unit ranking, month", 200, () => unitRanking(ctx, db, month, null));
    await time("  part: assisted units, month", 200, () =>
      db.execute(
        sql`SELECT u.unit_id, count(*) FROM tickets, unnest(tickets.assist_unit_ids) AS u(unit_id)
            WHERE created_at >= ${month.from.toISOString()} AND created_at < ${month.to.toISOString()}
              AND status NOT IN ('merged', 'cancelled') AND assist_unit_ids <> '{}' GROUP BY 1`,
      ),
    );
    // As the dashboard asks (every unit): the groups' tickets from their rollup (migration 0063).
    await time("recurring problems, month", 200, () =>
      recurringProblemsOf(db, ctx.config, { from: month.from, to: month.to, scope: [], unitIds: null }),
    );
    // The same without the rollup: the month's tickets grouped from tickets_created_idx.
    await time("  part: recurring, no rollup", 200, () =>
      recurringProblemsOf(db, ctx.config, { from: month.from, to: month.to, scope: [] }),
    );
    // The previous query, in the same run: every (group, person) pair of the month hashed.
    await time("  part: recurring, every pair", 200, () => recurringEveryPair(db, month.from, month.to));
    {
      const bound = await recurringProblemsOf(db, ctx.config, {
        from: month.from,
        to: month.to,
        scope: [],
        unitIds: null,
      });
      const every = await recurringEveryPair(db, month.from, month.to);
      const key = (c: {
        community_id?: string;
        communityId?: string;
        category: string;
        tickets: number;
        reporters: number;
      }) => `${c.communityId ?? c.community_id}/${c.category}/${c.tickets}/${c.reporters}`;
      const same = JSON.stringify(bound.map(key)) === JSON.stringify(every.rows.map((r) => key(r as never)));
      console.log(
        `  recurring problems: the rollup's and the every-pair query ${same ? "agree" : "DISAGREE"}`,
      );
    }
    const inbox = async (
      f: TicketFilter,
      extra: { cursor?: Cursor; extraWhere?: SQL[]; units?: string[] } = {},
    ) => listTickets(db, f, { limit: 50, ...extra });
    await time("inbox: newest 50", 50, () => inbox({}));
    await time("inbox: open statuses", 50, () => inbox({ status: ["received", "dispatched", "accepted"] }));
    await time("inbox: triage queue", 50, () => inbox({ triage: true, status: ["received"] }));
    await time("inbox: one unit, open", 50, () =>
      inbox({ unitId: [community], status: ["dispatched", "accepted"] }),
    );
    await time("inbox: community + category", 50, () =>
      inbox({ communityId: [community], category: ["heating"] }),
    );
    await time("inbox: urgent", 50, () => inbox({ urgency: ["urgent"] }));
    await time("inbox: last week by channel", 50, () =>
      inbox({ channel: ["hotline"], from: week.from, to: week.to }),
    );
    await time("inbox: page 2 (cursor)", 50, async () => {
      const first = await inbox({ status: ["closed"] });
      const [at, id] = JSON.parse(Buffer.from(first.nextCursor!, "base64url").toString()) as [string, string];
      return inbox({ status: ["closed"] }, { cursor: { createdAt: new Date(at), id } });
    });
    await time("inbox: word search", 50, () => inbox({ q: "问题42" }));
    // One ticket's own words: nothing to find among the newest tickets, so without an index of the
    // words the search reads every ticket.
    await time("inbox: word search, rare word", 50, () => inbox({ q: `第${Math.floor(N / 3) + 1}件` }));
    await time("inbox: word search, one character", 50, () => inbox({ q: "楼" }));
    await time("inbox: by reference", 50, () => inbox({ q: someRef }));
    // The console's other filters (console/js/views/inbox.js): tier, the 督办 mark, today's period.
    const todayStart = new Date(now.getTime() - (now.getTime() % DAY));
    await time("inbox: tier (major)", 50, () => inbox({ tier: ["major"] }));
    await time("inbox: supervised", 50, () => inbox({ supervised: true }));
    await time("inbox: today", 50, () => inbox({ from: todayStart }));
    await time("inbox: category, last 30 days", 50, () =>
      inbox({ category: ["heating"], from: new Date(now.getTime() - 30 * DAY) }),
    );
    // A unit's staff see their own and the tickets they assist (req.staffScope, src/auth/scope.ts):
    // a department handles about one ticket in a hundred, so its pages are the longest walks.
    const dept = [...ctx.config.units.values()].find((u) => u.level === "department")!;
    const deptScope = ticketScopeSql(ctx.config, { id: "bench-dept", role: "unit", unitId: dept.id });
    const streetScope = ticketScopeSql(ctx.config, streetStaff);
    // As the inbox route asks for a unit's staff (listTickets' units, migration 0064).
    const deptUnits = visibleUnitIds(ctx.config, { id: "bench-dept", role: "unit", unitId: dept.id })!;
    const streetUnits = visibleUnitIds(ctx.config, streetStaff)!;
    await time("inbox: department staff, newest", 50, () => inbox({}, { units: deptUnits }));
    await time("inbox: department staff, closed", 50, () =>
      inbox({ status: ["closed"] }, { units: deptUnits }),
    );
    // The same page read with the scope as one condition, as before migration 0064.
    await time("  part: dept. closed, one condition", 50, () =>
      inbox({ status: ["closed"] }, { extraWhere: deptScope }),
    );
    await time("inbox: street staff, open", 50, () =>
      inbox({ status: ["dispatched", "accepted"] }, { units: streetUnits }),
    );
    await time("  part: street open, one condition", 50, () =>
      inbox({ status: ["dispatched", "accepted"] }, { extraWhere: streetScope }),
    );
    await time("inbox: merged, channel + category", 50, () =>
      inbox({ status: ["merged"], channel: ["web"], category: ["heating"] }),
    );
    // The centre's search by a resident's number (src/auth/personal-search.ts): their phone, a
    // number written in a ticket's text, five digits of a number.
    const phone = (
      await db.execute<{ phone: string }>(
        sql`SELECT phone FROM residents WHERE phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 1000`,
      )
    ).rows[0]!.phone;
    const written = (
      await db.execute<{ digits: string }>(
        sql`SELECT substring(description FROM '1[3-9][0-9]{9}') AS digits FROM tickets
            WHERE description LIKE '%联系电话%' ORDER BY id LIMIT 1`,
      )
    ).rows[0]!.digits;
    await time("inbox: by a reporter's phone", 50, () => inbox({ personalDigits: phone }));
    await time("inbox: by a number in the text", 50, () => inbox({ personalDigits: written }));
    await time("inbox: by five digits", 50, () => inbox({ personalDigits: written.slice(3, 8) }));
    // What the inbox route adds to each page: the lights of its fifty tickets (src/sla/live-lights.ts).
    const page = await inbox({ status: ["dispatched", "accepted"] });
    await time("inbox: lights of a page", 50, () => lightsOf(ctx, db, page.items));
    // The centre's queues (src/tickets/centre-queues.ts, as the routes send them): 督办, manual triage, resolutions waiting for review, return requests.
    await time("queue: supervision (督办)", 50, () => supervisionPage(ctx, db, [], 100));
    await time("queue: triage", 50, () => triageQueue(db, 100));
    await time("queue: reviews (办结审核)", 50, () => reviewQueue(db, 100));
    await time("queue: returns (退单审核)", 50, () => returnQueue(db, 100));
    // The search by a number as it was before migration 0060, one condition on every ticket: once,
    // not a median (it reads the whole table each time).
    {
      const like = `%${phone}%`;
      const t0 = performance.now();
      await db.execute(sql`SELECT * FROM tickets
        WHERE regexp_replace(upper(translate(description, '０１２３４５６７８９ｘＸ', '0123456789XX')), '[^0-9X]', '', 'g') LIKE ${like}
          OR EXISTS (SELECT 1 FROM ticket_reporters tr JOIN residents r ON r.id = tr.resident_id
            WHERE tr.ticket_id = tickets.id AND (r.phone LIKE ${like} OR tr.callback_phone LIKE ${like}))
        ORDER BY created_at DESC, id DESC LIMIT 51`);
      figures.push(["  part: by phone, every ticket (once)", performance.now() - t0, 50]);
    }

    // PostgreSQL's CPU per call of the report queries, read from the server process's own counters:
    // on a shared machine wall times follow the neighbours' load, CPU much less. One connection,
    // parallel workers off, so every plan node runs in the process that is measured.
    const cpuFigures: [string, number][] = [];
    {
      const url = (ctx.database.pool as unknown as { options: { connectionString: string } }).options
        .connectionString;
      const one = openDatabase(url, { max: 1 });
      try {
        await one.db.execute(sql`SET max_parallel_workers_per_gather = 0`);
        const pid = (await one.db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`)).rows[0]!.pid;
        const cpu = async (name: string, fn: (d: typeof one.db) => Promise<unknown>) => {
          await fn(one.db);
          const calls = Math.max(10, RUNS * 4);
          const c0 = await backendCpuMs(pid);
          for (let i = 0; i < calls; i++) await fn(one.db);
          cpuFigures.push([name, ((await backendCpuMs(pid)) - c0) / calls]);
        };
        await cpu("SELECT count(*) over the tickets", (d) => d.execute(sql`SELECT count(*) FROM tickets`));
        await cpu("recurring problems, month", (d) =>
          recurringProblemsOf(d, ctx.config, { from: month.from, to: month.to, scope: [], unitIds: null }),
        );
        await cpu("rates by unit, month", (d) =>
          computeRates(d, ctx.config, { from: month.from, to: month.to, unitIds: null, groupBy: "unit" }),
        );
        await cpu("  rates, surveys from the table", (d) =>
          computeRates(
            d,
            ctx.config,
            { from: month.from, to: month.to, unitIds: null, groupBy: "unit" },
            undefined,
            "surveys",
          ),
        );
        await cpu("unit ranking, month", (d) => unitRanking(ctx, d, month, null));
        await surveyWriteCosts(one.db, pid, cpuFigures);
      } finally {
        await one.close();
      }
    }
    console.log(
      `  ceilings: SELECT count(*) over the tickets ${countAll.toFixed(1)} ms; one ticket by reference ${byRef.toFixed(2)} ms`,
    );
    for (const [name, ms, target] of figures)
      console.log(
        `  ${name.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms  (target < ${target} ms${ms < target ? "" : ", MISSED"}; ` +
          `${(ms / countAll).toFixed(2)}× count(*), ${(ms / byRef).toFixed(0)}× lookup)`,
      );

    console.log(`  PostgreSQL CPU per call (one connection, no parallel workers):`);
    for (const [name, ms] of cpuFigures)
      console.log(`  ${name.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms CPU`);

    if (EXPLAIN) {
      const stored = storedLightSql(now);
      for (const [label, q] of [
        [
          "rates: tickets of the month by unit",
          sql`SELECT unit_id, count(*) FROM tickets WHERE created_at >= ${month.from.toISOString()} AND created_at < ${month.to.toISOString()} AND status NOT IN ('merged','cancelled') GROUP BY unit_id`,
        ],
        [
          "dashboard: open tickets' lights",
          sql`SELECT count(*), count(*) FILTER (WHERE ${stored.red}), count(*) FILTER (WHERE ${stored.yellow}),
                count(*) FILTER (WHERE ${stored.overdue}), count(*) FILTER (WHERE ${stored.needsCode})
              FROM tickets
              WHERE tickets.status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review')`,
        ],
        [
          "late tickets of the month by unit",
          lateTicketsSql(now, { from: month.from, to: month.to, unitIds: null }),
        ],
        [
          "inbox: word search",
          sql`SELECT * FROM tickets WHERE ${sql.join(ticketFilterSql({ q: "问题42" }), sql` AND `)} ORDER BY created_at DESC, id DESC LIMIT 51`,
        ],
        [
          "inbox: word search, rare word",
          sql`SELECT * FROM tickets WHERE ${sql.join(ticketFilterSql({ q: `第${Math.floor(N / 3) + 1}件` }), sql` AND `)} ORDER BY created_at DESC, id DESC LIMIT 51`,
        ],
        [
          "inbox: one unit, open",
          sql`SELECT * FROM tickets WHERE unit_id = ${community} AND status IN ('dispatched','accepted') ORDER BY created_at DESC, id DESC LIMIT 51`,
        ],
      ] as const) {
        const plan = await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`);
        console.log(
          `\n  EXPLAIN ANALYZE ${label}:\n${plan.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`,
        );
      }
    }
    if (KEEP) {
      const url = (ctx.database.pool as unknown as { options: { connectionString: string } }).options
        .connectionString;
      console.log(
        `\n  the seeded cluster stays up at ${url} (now was ${now.toISOString()}); Ctrl-C stops it`,
      );
      await new Promise<void>((resolve) => {
        process.once("SIGINT", () => resolve());
        process.once("SIGTERM", () => resolve());
      });
    }
  } finally {
    await stop();
  }
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
