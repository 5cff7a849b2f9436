import { and, gte, inArray, isNotNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketReporters, tickets } from "../db/schema/index.js";
import type { DomainConfig } from "../domain/config.js";
import { wholeDays } from "./day-counts-read.js";

export interface Cluster {
  communityId: string;
  communityName: string;
  category: string;
  categoryName: string;
  tickets: number;
  reporters: number;
  refs: string[];
  summaries: string[];
}

/**
 * 共性问题: tickets of one community and one category in the period, when there are at least two —
 * e.g. thirty households of one compound reporting weak heating. Merged duplicates count: each was
 * somebody's appeal. Reporters counts the people behind them, each once: a merge links the merged
 * ticket's reporters to the kept ticket as well, so counting per ticket would count them twice.
 */
export async function recurringProblems(
  db: Queryable,
  config: DomainConfig,
  rows: TicketRow[],
  /** How a summary is shown to the reader (personal data masked for their role). */
  showSummary: (t: TicketRow) => string = (t) => t.summary,
): Promise<Cluster[]> {
  const groups = new Map<string, TicketRow[]>();
  for (const t of rows) {
    if (!t.communityId || t.status === "cancelled") continue;
    const key = `${t.communityId}\u0000${t.category}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const big = [...groups.values()].filter((g) => g.length >= 2);
  const ids = big.flatMap((g) => g.map((t) => t.id));
  const links = ids.length
    ? await db
        .select({ ticketId: ticketReporters.ticketId, residentId: ticketReporters.residentId })
        .from(ticketReporters)
        .where(inArray(ticketReporters.ticketId, ids))
    : [];
  const reportersOf = new Map<string, string[]>();
  for (const l of links) reportersOf.set(l.ticketId, [...(reportersOf.get(l.ticketId) ?? []), l.residentId]);
  // A ticket a dispatcher typed in from a phone call may have no resident row: it is still one person.
  const people = (g: TicketRow[]) =>
    new Set(g.flatMap((t) => reportersOf.get(t.id) ?? [`ticket:${t.id}`])).size;
  const categoryName = (code: string) =>
    config.taxonomy.categories.find((c) => c.code === code)?.name ?? code;
  return big
    .map((g) => {
      const newest = [...g].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return {
        communityId: g[0]!.communityId!,
        communityName: config.units.get(g[0]!.communityId!)?.name ?? g[0]!.communityId!,
        category: g[0]!.category,
        categoryName: categoryName(g[0]!.category),
        tickets: g.length,
        reporters: people(g),
        refs: newest.slice(0, 5).map((t) => t.ref),
        summaries: [...new Set(newest.map(showSummary))].slice(0, 3),
      };
    })
    .sort((a, b) => b.reporters - a.reporters || b.tickets - a.tickets)
    .slice(0, 10);
}

/** How many of a cluster's newest tickets are read for its references and summaries. */
const NEWEST = 50;

/** What recurringProblemsOf() is asked. */
export interface RecurringQuery {
  from: Date;
  to: Date;
  /** WHERE clauses on `tickets` limiting what the reader sees (ticketScopeSql with assisting: false). */
  scope: SQL[];
  /**
   * The same scope as units whose led tickets the reader sees (null: all; visibleUnitIds), when the
   * caller knows it: then, for a period of whole local days, the tickets per group come from the
   * rollup (drizzle/0063_report_group_day_counts.sql). Left out, they are counted from the tickets.
   */
  unitIds?: string[] | null;
  /** The centre's zone, the rollup's days: needed with unitIds. */
  timeZone?: string;
}

/**
 * Tickets per (community, category) of the period, groups of at least two. From the rollup when the
 * query allows it: compacted counts and pending deltas summed, read only while the rollup is counted
 * in the query's zone (checked in the same statement, so in the same snapshot as the counts); else,
 * and also when that check fails, from the period's index range of the tickets.
 */
function countedSql(q: RecurringQuery, inPeriod: SQL): SQL {
  const fromTickets = sql`SELECT ${tickets.communityId} AS community_id, ${tickets.category} AS category, count(*)::int AS tickets
      FROM ${tickets} WHERE ${inPeriod} GROUP BY 1, 2 HAVING count(*) >= 2`;
  const days = q.unitIds !== undefined && q.timeZone ? wholeDays(q.from, q.to, q.timeZone) : null;
  if (!days || q.unitIds === undefined) return fromTickets;
  if (q.unitIds && !q.unitIds.length)
    return sql`SELECT NULL::text AS community_id, NULL::text AS category, 0 AS tickets WHERE false`;
  const units = q.unitIds ? sql`AND unit_id = ANY(${`{${q.unitIds.join(",")}}`}::text[])` : sql``;
  const range = sql`day >= ${days.fromDay}::date AND day < ${days.toDay}::date ${units}`;
  // A one-time filter each side: only one of the two branches is ever run.
  const rolled = sql`(SELECT coalesce((SELECT timezone = ${q.timeZone} FROM report_settings), false))`;
  return sql`SELECT community_id, category, sum(n)::int AS tickets FROM (
        SELECT community_id, category, n FROM ticket_group_day_counts WHERE ${range}
        UNION ALL
        SELECT community_id, category, n FROM ticket_group_day_deltas WHERE ${range}) u
      WHERE ${rolled}
      GROUP BY 1, 2 HAVING sum(n) >= 2
    UNION ALL
    SELECT * FROM (${fromTickets}) t WHERE NOT ${rolled}`;
}

/** The statement behind recurringProblemsOf(): the top ten groups with tickets and people. */
export function recurringGroupsSql(q: RecurringQuery): { inPeriod: SQL; query: SQL } {
  const inPeriod = and(
    gte(tickets.createdAt, q.from),
    lt(tickets.createdAt, q.to),
    isNotNull(tickets.communityId),
    ne(tickets.status, "cancelled"),
    ...q.scope,
  );
  const from = sql`${q.from.toISOString()}::timestamptz`;
  const to = sql`${q.to.toISOString()}::timestamptz`;
  // Counting people exactly hashes every (group, person) pair of the period, so each group is
  // bounded first. Each ticket brings at most one person through its first reporter (or itself,
  // without one); the others come from reporter rows beyond a ticket's first (marked `extra` by the
  // insert trigger, migration 0051; a merge adds such rows). So a group's people are at most its
  // tickets plus the distinct residents of its extra rows (the loose bound), and at most its
  // tickets plus those of them who are no ticket's first reporter in the group (the tight bound: a
  // merge within a group adds nobody). The tickets per group come from the rollup or the period's
  // index range; the extra rows, few, from a small partial index, each with its ticket's group
  // through the tickets' key.
  // People are then counted exactly for the ten groups with the highest loose bounds: the lowest of
  // those counts is at most the true tenth, so any group that can be in the top ten has both bounds
  // at least that high. Only the few other groups whose loose bound reaches it have their extra
  // residents checked against the group's first reporters (one look-up each through the residents'
  // index: checking every extra row of the period that way was most of this statement), and only
  // those whose tight bound still reaches it are counted too. The final order is the exact counts'.
  //
  // People of one group: a ticket without a reporter row (typed in by a dispatcher) is still one
  // person, its own id standing for them (ticket and resident ids are random UUIDs and never meet).
  const people = (g: string) => sql`LATERAL (
      SELECT count(*)::int AS reporters FROM (
        SELECT DISTINCT coalesce(r.resident_id, ${tickets.id}) FROM ${tickets}
          LEFT JOIN ${ticketReporters} r ON r.ticket_id = ${tickets.id}
         WHERE ${tickets.communityId} = ${sql.raw(g)}.community_id AND ${tickets.category} = ${sql.raw(g)}.category
           AND ${inPeriod}) d) p`;
  const query = sql`WITH counted AS (${countedSql(q, inPeriod!)}),
    extra_rows AS MATERIALIZED (
      SELECT k.community_id, k.category, r.resident_id
      FROM ${ticketReporters} r
      -- Each row's ticket by its key (LIMIT keeps the planner from scanning the month's tickets to
      -- hash them against a few hundred rows).
      CROSS JOIN LATERAL (
        SELECT ${tickets.communityId} AS community_id, ${tickets.category} AS category FROM ${tickets}
        WHERE ${tickets.id} = r.ticket_id AND ${inPeriod} LIMIT 1) k
      WHERE r.extra IS NOT FALSE AND r.ticket_created_at >= ${from} AND r.ticket_created_at < ${to}),
    extra AS (
      SELECT community_id, category, count(DISTINCT resident_id)::int AS extra FROM extra_rows GROUP BY 1, 2),
    bounded AS (
      SELECT c.community_id, c.category, c.tickets, c.tickets + coalesce(e.extra, 0) AS bound
      FROM counted c LEFT JOIN extra e USING (community_id, category)),
    first_ten AS (
      SELECT b.community_id, b.category, b.tickets, p.reporters
      FROM (SELECT * FROM bounded ORDER BY bound DESC, tickets DESC, community_id, category LIMIT 10) b
      CROSS JOIN ${people("b")}),
    threshold AS (
      SELECT CASE WHEN count(*) < 10 THEN 0 ELSE min(reporters) END AS at_least FROM first_ten),
    loose AS MATERIALIZED (
      SELECT b.community_id, b.category, b.tickets, th.at_least
      FROM bounded b, threshold th
      WHERE b.bound >= th.at_least
        AND NOT EXISTS (SELECT 1 FROM first_ten l
                        WHERE l.community_id = b.community_id AND l.category = b.category)),
    tight AS MATERIALIZED (
      SELECT l.community_id, l.category, l.tickets, l.tickets + (
          SELECT count(DISTINCT e.resident_id) FROM extra_rows e
          WHERE e.community_id = l.community_id AND e.category = l.category
            -- Whether the resident is some ticket's first reporter in the group: a LATERAL with
            -- LIMIT, one look-up through the residents' index (as NOT EXISTS, the planner may hash
            -- the whole period's reporters instead once the period is checked on them).
            AND NOT EXISTS (
              SELECT 1 FROM ${ticketReporters} f JOIN ${tickets} ON ${tickets.id} = f.ticket_id
              WHERE f.resident_id = e.resident_id AND f.extra IS FALSE
                -- The resident's other tickets are mostly of other periods: their row's own
                -- creation stamp drops them before their ticket is looked up.
                AND f.ticket_created_at >= ${from} AND f.ticket_created_at < ${to}
                AND ${tickets.communityId} = e.community_id AND ${tickets.category} = e.category
                AND ${inPeriod})) AS bound, l.at_least
      FROM loose l),
    contenders AS (
      SELECT b.community_id, b.category, b.tickets, p.reporters
      FROM (SELECT * FROM tight WHERE bound >= at_least) b
      CROSS JOIN ${people("b")})
    SELECT community_id, category, tickets, reporters
    FROM (SELECT * FROM first_ten UNION ALL SELECT * FROM contenders) x
    ORDER BY reporters DESC, tickets DESC, community_id, category
    LIMIT 10`;
  return { inPeriod: inPeriod!, query };
}

/** What a cluster shows of each of its newest tickets: the summary, masked by the caller. */
export interface ClusterTicket {
  summary: string;
  /** Only the contact's name is read: the masking hides it in the summary. */
  complaint: { contact?: { name?: string | null } } | null;
}

/**
 * Recurring problems among the tickets received in [from, to) that `scope` lets the reader see —
 * the same clusters as recurringProblems() over those tickets, grouped and counted in the database
 * so a busy month is not loaded row by row. Only the top clusters' newest tickets are read, for
 * their references and summaries (the three distinct summaries come from the newest fifty).
 */
export async function recurringProblemsOf(
  db: Queryable,
  config: DomainConfig,
  q: RecurringQuery,
  showSummary: (t: ClusterTicket) => string = (t) => t.summary,
): Promise<Cluster[]> {
  const { inPeriod, query } = recurringGroupsSql({ timeZone: config.jurisdiction.timezone, ...q });
  // Each group's distinct people are hashed apart (a few hundred to a few thousand in a busy month),
  // so the default work_mem holds them: no transaction around a SET LOCAL any more.
  const r = await db.execute<{ community_id: string; category: string; tickets: number; reporters: number }>(
    query,
  );
  if (!r.rows.length) return [];
  // The ten clusters' newest tickets in one statement, only the columns shown (a full row per ticket
  // carried the whole complaint: ten statements of fifty rows each cost more than the counting).
  const newest = await db.execute<{ g: number; ref: string; summary: string; contact_name: string | null }>(
    sql`SELECT g.n AS g, t.ref, t.summary, t.contact_name
      FROM unnest(${sql.param(r.rows.map((x) => x.community_id))}::text[],
                  ${sql.param(r.rows.map((x) => x.category))}::text[]) WITH ORDINALITY AS g(community_id, category, n)
      CROSS JOIN LATERAL (
        SELECT ${tickets.ref} AS ref, ${tickets.summary} AS summary,
               ${tickets.complaint} -> 'contact' ->> 'name' AS contact_name,
               ${tickets.createdAt} AS created_at, ${tickets.id} AS id
        FROM ${tickets}
        WHERE ${tickets.communityId} = g.community_id AND ${tickets.category} = g.category AND ${inPeriod}
        ORDER BY ${tickets.createdAt} DESC, ${tickets.id} DESC
        LIMIT ${NEWEST}) t
      -- Each group's newest first, as read below (ordered, not left to the plan).
      ORDER BY g.n, t.created_at DESC, t.id DESC`,
  );
  // Rows come in group order, each group's newest first (the ORDER BY above). A group shows its first five references
  // and its first three distinct summaries as the reader sees them: masking stops at the third
  // (masking every one of the fifty rows was most of this function's time).
  const refsOf = r.rows.map((): string[] => []);
  const summariesOf = r.rows.map(() => new Set<string>());
  for (const row of newest.rows) {
    const g = Number(row.g) - 1;
    const refs = refsOf[g]!;
    if (refs.length < 5) refs.push(row.ref);
    const summaries = summariesOf[g]!;
    if (summaries.size < 3)
      summaries.add(
        showSummary({ summary: row.summary, complaint: { contact: { name: row.contact_name } } }),
      );
  }
  const categoryName = (code: string) =>
    config.taxonomy.categories.find((c) => c.code === code)?.name ?? code;
  return r.rows.map((g, k) => ({
    communityId: g.community_id,
    communityName: config.units.get(g.community_id)?.name ?? g.community_id,
    category: g.category,
    categoryName: categoryName(g.category),
    tickets: g.tickets,
    reporters: g.reporters,
    refs: refsOf[k]!,
    summaries: [...summariesOf[k]!],
  }));
}
