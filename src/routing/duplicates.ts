import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeNamed } from "../db/named-statements.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import {
  clearlyDifferent,
  duplicateSearchCategories,
  HOUSE_NUMBER_KINDS,
  holdAcrossUnrankedCategory,
  holdWithoutCommunity,
  houseNumberTokensOfKind,
  prepareCandidate,
  scoreDuplicate,
  weighedCategories,
  type DuplicateOptions,
  type DuplicateScore,
} from "../domain/duplicate-score.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import type { DomainConfig } from "../domain/config.js";
import { createSegmenter, type Segmenter } from "../intake/segmenter.js";
import { duplicateGloss } from "../intake/duplicate-gloss.js";

/** The columns duplicate scoring reads (not the whole row: no complaint JSON for 200 candidates). */
type CandidateRow = Pick<
  TicketRow,
  | "id"
  | "ref"
  | "summary"
  | "description"
  | "category"
  | "communityId"
  | "locationText"
  | "createdAt"
  | "lat"
  | "lng"
>;

export interface DuplicateMatch {
  ticket: CandidateRow;
  score: DuplicateScore;
}

/** Thresholds from the config's `routing.duplicates` section (domain defaults otherwise). */
export function duplicateOptions(ctx: AppContext): DuplicateOptions {
  return duplicateScoring(ctx.config);
}

/** Cuts of recent texts: each candidate of a community is cut again for every new ticket there. */
const cuts = new WeakMap<Segmenter, Map<string, string[]>>();
const CUTS_MAX = 4096;

function remembered(seg: Segmenter, text: string): string[] {
  let known = cuts.get(seg);
  if (!known) cuts.set(seg, (known = new Map()));
  const hit = known.get(text);
  if (hit) return hit;
  const words = seg.cut(text);
  if (known.size >= CUTS_MAX) known.clear();
  known.set(text, words);
  return words;
}

const scorings = new WeakMap<DomainConfig, DuplicateOptions>();

/**
 * The scorer's options for a deployment: its thresholds, and jieba with its place names as words.
 * One object per config, so the scorer's remembered word vectors (kept per tokenizer) are reused.
 */
export function duplicateScoring(config: DomainConfig): DuplicateOptions {
  const known = scorings.get(config);
  if (known) return known;
  const places = config.jurisdiction.units.flatMap((u) => [u.name, ...u.places]);
  const seg = createSegmenter(places);
  const opts: DuplicateOptions = {
    ...config.routing?.duplicates,
    tokenize: (text) => remembered(seg, text),
    // Places only, not the units' names: 供电公司 or 区教育局 in both texts is no place in common.
    places: config.jurisdiction.units.flatMap((u) => u.places),
    streetOf: Object.assign({}, ...config.jurisdiction.units.map((u) => u.streets ?? {})),
    // An English or pinyin message is read by the concept tables through the Chinese of its words.
    gloss: duplicateGloss,
  };
  scorings.set(config, opts);
  return opts;
}

/**
 * Scores one made-up pair so that what the first route batch would otherwise load is loaded now, at
 * the worker's start: opencc's dictionaries (about 40 ms of CPU), the concept rules and jieba's.
 */
export function warmDuplicateScoring(config: DomainConfig): void {
  const at = new Date(0);
  const pair = (text: string) =>
    prepareCandidate({ text, place: null, category: "warm", community: "warm", createdAt: at });
  scoreDuplicate(pair("1号楼电梯坏了"), pair("1號樓電梯壞了"), duplicateScoring(config));
}

/**
 * Written into the text, not sent as parameters: the search is a named statement run from its
 * generic plan, which then knows the statuses as a custom plan did.
 */
const OPEN = sql.raw(OPEN_STATUSES.map((st) => `'${st.replace(/'/g, "''")}'`).join(", "));

/** Per house-number kind, the new ticket's numbers of that kind as `tickets.dup_numbers` spells them. */
const NUMBER_COLUMNS = sql.raw(HOUSE_NUMBER_KINDS.map((_, i) => `n${i} text[]`).join(", "));
/**
 * The scorer's number gate (clearlyDifferent: for every kind both texts name, a shared number),
 * applied to the candidates the bounded walk found, outside its LIMIT, so the walk and its 200 stay
 * what they were and only another building's tickets are dropped. A candidate whose numbers are not
 * worked out (null) is kept: the worker gates it as before.
 */
const NUMBER_GATE = sql.raw(
  [
    "c.dup_numbers IS NULL",
    `(${HOUSE_NUMBER_KINDS.map(
      (kind, i) =>
        `(cardinality(b.n${i}) = 0 OR NOT ('${kind}' = ANY(c.dup_numbers)) OR c.dup_numbers && b.n${i})`,
    ).join(" AND ")})`,
  ].join(" OR "),
);

/** Open tickets of the ticket's own and ranked categories looked at per ticket, newest first. */
const SEARCH_LIMIT = 200;
/**
 * Open tickets of the community's other categories looked at per ticket, newest first. Fewer: the
 * scorer keeps one of another category only when both name the same thing (crossCategoryMatch), and
 * a burst main filed as 供水 or 市政, or a hoarding as 建设施工 or 市容, is reported within hours.
 */
const OTHER_CATEGORIES_LIMIT = 50;

/**
 * One bounded walk of tickets_community_category_created_idx per category of `categories` (a text[]
 * column of b), backwards from the ticket's own time, merged to the newest `limit`.
 */
function walk(categories: SQL, limit: number): SQL {
  return sql`
          SELECT k.id, k.dup_numbers FROM unnest(${categories}) AS cat(category) CROSS JOIN LATERAL (
            SELECT t.id, t.dup_numbers, t.created_at FROM tickets t
             WHERE t.community_id = b.community_id AND t.category = cat.category
               AND t.id <> b.id AND t.status IN (${OPEN})
               AND t.created_at >= b.since AND t.created_at <= b.created_at
               AND (t.created_at, t.id) < (b.created_at, b.id)
             ORDER BY t.created_at DESC, t.id DESC
             LIMIT ${sql.raw(String(limit))}
          ) k
           ORDER BY k.created_at DESC, k.id DESC
           LIMIT ${sql.raw(String(limit))}`;
}

/**
 * Open tickets looked at per ticket across communities, when it or they have none: the newest of
 * its searched categories. Few: such a pair is offered only when both texts name one place.
 */
const LOOSE_LIMIT = 50;

/**
 * The bounded walks of tickets_community_category_created_idx for one ticket's pairs without a
 * shared community: its searched categories (b.categories) under every community of b.communities
 * (a ticket without community: every community of the deployment) and, always, under no community
 * (`community_id IS NULL` is an index range too). Merged to the newest LOOSE_LIMIT.
 *
 * The walk under no community is ordered by `community_id DESC` first (all NULL there, so the same
 * rows in the same order): `IS NULL` is an index condition but, unlike `=`, does not make the index's
 * first column constant for the planner, so by time alone the index gave no order and the planner
 * chose between sorting its rows and walking tickets_created_idx backwards, reading every ticket of
 * the window (a heap visit each) to find those without community. Below about a thousand tickets it
 * chose the second, and a connection kept that generic plan until its next invalidation: about 1,100
 * buffers for a one-ticket batch instead of about 300 in the pipeline bench. With the column in the
 * ORDER BY, the index's backward walk gives that order and stops at the limit, like the other walks.
 */
function looseWalk(): SQL {
  const limit = sql.raw(String(LOOSE_LIMIT));
  const window = sql`t.category = cat.category AND t.id <> b.id AND t.status IN (${OPEN})
               AND t.created_at >= b.since AND t.created_at <= b.created_at
               AND (t.created_at, t.id) < (b.created_at, b.id)`;
  return sql`
          SELECT k.id, k.dup_numbers FROM (
            SELECT l.* FROM unnest(b.communities) AS cm(community_id)
              CROSS JOIN unnest(b.categories) AS cat(category) CROSS JOIN LATERAL (
                SELECT t.id, t.dup_numbers, t.created_at FROM tickets t
                 WHERE t.community_id = cm.community_id AND ${window}
                 ORDER BY t.created_at DESC, t.id DESC
                 LIMIT ${limit}
              ) l
            UNION ALL
            SELECT l.* FROM unnest(b.categories) AS cat(category) CROSS JOIN LATERAL (
              SELECT t.id, t.dup_numbers, t.created_at FROM tickets t
               WHERE t.community_id IS NULL AND ${window}
               ORDER BY t.community_id DESC, t.created_at DESC, t.id DESC
               LIMIT ${limit}
            ) l
          ) k
           ORDER BY k.created_at DESC, k.id DESC
           LIMIT ${limit}`;
}

/**
 * For each ticket of a route batch: the open tickets of its community filed before it within the
 * window, scored against it, best first (all matches above "none": the caller drops those merged
 * meanwhile, then keeps the first few). The newest 200 of its category and those intake ranked next,
 * and the newest 50 of every other category: residents' words put one problem under categories the
 * classifier never ranked together (a pit in the road as 交通出行 and as 环境污染), and the scorer
 * keeps such a pair only when both name the same thing. A ticket without community, and those of a
 * community against tickets without one, are compared across communities by category and time
 * (looseWalk), and holdWithoutCommunity keeps such a pair apart unless the texts name one place.
 * Only older tickets are candidates, so two duplicates routed at the same moment can never merge
 * into each other.
 *
 * One statement for the whole batch: each ticket's candidates are found by the same bounded index
 * range as before (a LATERAL join over the batch, at most 200 each), and a candidate shared by many
 * tickets of the batch comes back once, with the ids of the tickets it is a candidate for.
 *
 * The order is the whole key of tickets_community_category_created_idx (newest first, then id), so
 * the search walks that index backwards and stops at the limit. Each of the ticket's categories is
 * walked on its own (at most 200 each) and the walks are merged to the newest 200: the same 200 as
 * one walk over all of them, but each walk keeps the index's order and reads only the window, where
 * `category = ANY(…)` had the matches sorted first, and on a table without statistics the planner
 * took the two-column (community, category) index and read every ticket of both, closed ones too.
 * The number gate (NUMBER_GATE) drops another building's tickets after the walks, so the 200 are
 * those the worker gated before; only the ones it would keep come back.
 * Candidates are grouped by id before their rows are read, so the grouping sorts ids, not texts.
 */
export async function findDuplicatesForBatch(
  tx: Queryable,
  ctx: AppContext,
  batch: readonly TicketRow[],
): Promise<Map<string, DuplicateMatch[]>> {
  const out = new Map<string, DuplicateMatch[]>();
  const searching = batch;
  if (searching.length === 0) return out;
  const opts = duplicateOptions(ctx);
  // The new ticket carries the categories intake also weighed for it: another of those is a doubt
  // the scorer may offer across (older rows are loaded without their complaint, so one-sided).
  const mine = new Map(
    searching.map((t) => [t.id, { ...candidate(t), ranked: weighedCategories(t.complaint?.candidates) }]),
  );
  const input = searchInput(ctx, searching, mine);
  const { rows: raw } = await executeNamed(tx, "routing_duplicate_search", duplicateSearchStatement(input));
  // Each candidate's scoring view built once per batch, not once per pair: its text is the key of
  // the scorer's remembered features, and a new string would be hashed again on every look-up.
  const byTicket = new Map<string, { row: CandidateRow; view: ReturnType<typeof candidate> }[]>();
  for (const r of raw) {
    const row: CandidateRow = {
      id: r.id as string,
      ref: r.ref as string,
      summary: r.summary as string,
      description: r.description as string,
      category: r.category as string,
      communityId: r.community_id as string | null,
      locationText: r.location_text as string | null,
      // Epoch milliseconds: parsing a timestamp text per candidate row cost more than the rest of it.
      createdAt: new Date(r.created_ms as number),
      lat: r.lat as number | null,
      lng: r.lng as number | null,
    };
    const c = { row, view: candidate(row) };
    // One string, split here: cheaper than the driver parsing a uuid array per candidate.
    for (const id of (r.for_ids as string).split(",")) {
      const list = byTicket.get(id);
      if (list) list.push(c);
      else byTicket.set(id, [c]);
    }
  }
  for (const ticket of searching) {
    const me = mine.get(ticket.id)!;
    // Most candidates are another building's: the first gates say so without scoring the pair, and
    // only the rest need ordering.
    const close = (byTicket.get(ticket.id) ?? []).filter((c) => !clearlyDifferent(me, c.view, opts));
    // Newest first, as the search of one ticket returned them: equal scores keep that order.
    close.sort(
      (a, b) => b.view.createdAt.getTime() - a.view.createdAt.getTime() || (a.row.id < b.row.id ? 1 : -1),
    );
    const ranked = duplicateSearchCategories(ticket.category, ticket.complaint?.candidates);
    const matches: DuplicateMatch[] = [];
    for (const { row, view } of close) {
      const scored = scoreDuplicate(me, view, opts);
      const score = holdWithoutCommunity(
        ranked.includes(row.category) ? scored : holdAcrossUnrankedCategory(scored, opts),
        me,
        view,
        opts,
      );
      if (score.suggestion !== "none") matches.push({ ticket: row, score });
    }
    out.set(
      ticket.id,
      matches.sort((a, b) => b.score.score - a.score.score),
    );
  }
  return out;
}

/** What the search statement reads of each ticket of the batch (its one parameter, as JSON rows). */
function searchInput(
  ctx: AppContext,
  batch: readonly TicketRow[],
  views: ReadonlyMap<string, ReturnType<typeof candidate>>,
): Record<string, unknown>[] {
  const communities = ctx.config.jurisdiction.units.filter((u) => u.level === "community").map((u) => u.id);
  const windowMs = (duplicateOptions(ctx).windowHours ?? 72) * 3_600_000;
  const categories = ctx.config.taxonomy.categories.map((c) => c.code);
  return batch.map((t) => {
    const me = views.get(t.id)!;
    const ranked = duplicateSearchCategories(t.category, t.complaint?.candidates);
    return {
      id: t.id,
      community_id: t.communityId,
      categories: ranked,
      others: t.communityId ? categories.filter((c) => !ranked.includes(c)) : [],
      communities: t.communityId ? [] : communities,
      created_at: t.createdAt.toISOString(),
      since: new Date(t.createdAt.getTime() - windowMs).toISOString(),
      ...Object.fromEntries(
        HOUSE_NUMBER_KINDS.map((kind, i) => [`n${i}`, houseNumberTokensOfKind(me, kind)]),
      ),
    };
  });
}

/** The search statement for a batch, as findDuplicatesForBatch sends it (for plan tests). */
export function duplicateSearchFor(ctx: AppContext, batch: readonly TicketRow[]): SQL {
  return duplicateSearchStatement(searchInput(ctx, batch, new Map(batch.map((t) => [t.id, candidate(t)]))));
}

/**
 * The batch's search as one statement (its rows: `input` as JSON). Every value that shapes its plan
 * is in the text (limits, statuses, the number gate's kinds); the one parameter is the batch, which
 * the planner guesses at a hundred rows whatever it holds, so the generic plan is the custom one
 * (`tests/routing/duplicate-search-plan.test.ts` runs both with a real batch).
 */
export function duplicateSearchStatement(input: readonly Record<string, unknown>[]): SQL {
  return sql`
    WITH b AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
        AS b(id uuid, community_id text, categories text[], others text[], communities text[],
             created_at timestamptz,
             since timestamptz,
             ${NUMBER_COLUMNS})
    ), c AS (
      SELECT b.id AS for_id, c.id
        FROM b CROSS JOIN LATERAL (
          (${walk(sql`b.categories`, SEARCH_LIMIT)})
          UNION ALL
          (${walk(sql`b.others`, OTHER_CATEGORIES_LIMIT)})
          UNION ALL
          (${looseWalk()})
        ) c
       WHERE ${NUMBER_GATE}
    )
    SELECT t.id, t.ref, t.summary, t.description, t.category, t.community_id, t.location_text,
           floor(extract(epoch FROM t.created_at) * 1000)::float8 AS created_ms, t.lat, t.lng, g.for_ids
      FROM (SELECT c.id, string_agg(c.for_id::text, ',') AS for_ids FROM c GROUP BY c.id) g
      JOIN tickets t ON t.id = g.id`;
}

function candidate(t: CandidateRow) {
  return prepareCandidate({
    text: `${t.summary} ${t.description}`,
    description: t.description,
    place: t.locationText,
    category: t.category,
    community: t.communityId,
    createdAt: t.createdAt,
    lat: t.lat,
    lng: t.lng,
  });
}
