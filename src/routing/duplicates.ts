import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketLinks, tickets } from "../db/schema/index.js";
import { scoreDuplicate, type DuplicateOptions, type DuplicateScore } from "../domain/duplicate-score.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import type { DomainConfig } from "../domain/config.js";
import { createSegmenter, type Segmenter } from "../intake/segmenter.js";

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
  const opts: DuplicateOptions = { ...config.routing?.duplicates, tokenize: (text) => remembered(seg, text) };
  scorings.set(config, opts);
  return opts;
}

const OPEN = sql.join(
  OPEN_STATUSES.map((st) => sql`${st}`),
  sql`, `,
);

/**
 * Open tickets of the same community and category filed before `ticket` within the window, scored
 * against it, best first. Only older tickets are candidates, so two duplicates routed at the same
 * moment can never merge into each other.
 */
export async function findDuplicates(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  limit = 5,
): Promise<DuplicateMatch[]> {
  if (!ticket.communityId) return [];
  const opts = duplicateOptions(ctx);
  const windowMs = (opts.windowHours ?? 72) * 3_600_000;
  // Hand-written once: the builder's cost per call was a large share of routing's CPU.
  const { rows: raw } = await tx.execute(sql`
    SELECT id, ref, summary, description, category, community_id, location_text, created_at, lat, lng
      FROM tickets
     WHERE community_id = ${ticket.communityId} AND category = ${ticket.category}
       AND id <> ${ticket.id}::uuid AND status IN (${OPEN})
       AND created_at >= ${new Date(ticket.createdAt.getTime() - windowMs).toISOString()}::timestamptz
       AND created_at <= ${ticket.createdAt.toISOString()}::timestamptz
       AND (created_at, id) < (${ticket.createdAt.toISOString()}::timestamptz, ${ticket.id}::uuid)
     ORDER BY created_at DESC
     LIMIT 200`);
  const rows: CandidateRow[] = raw.map((r) => ({
    id: r.id as string,
    ref: r.ref as string,
    summary: r.summary as string,
    description: r.description as string,
    category: r.category as string,
    communityId: r.community_id as string | null,
    locationText: r.location_text as string | null,
    createdAt: tickets.createdAt.mapFromDriverValue(r.created_at as string) as Date,
    lat: r.lat as number | null,
    lng: r.lng as number | null,
  }));
  const me = candidate(ticket);
  return rows
    .map((t) => ({ ticket: t, score: scoreDuplicate(me, candidate(t), opts) }))
    .filter((m) => m.score.suggestion !== "none")
    .sort((a, b) => b.score.score - a.score.score)
    .slice(0, limit);
}

function candidate(t: CandidateRow) {
  return {
    text: `${t.summary} ${t.description}`,
    place: t.locationText,
    category: t.category,
    community: t.communityId,
    createdAt: t.createdAt,
    lat: t.lat,
    lng: t.lng,
  };
}

/** Records "these look like the same problem" for the centre to decide (idempotent per pair). */
export async function suggestDuplicate(
  tx: Queryable,
  ticketId: string,
  m: DuplicateMatch,
  now: Date,
): Promise<void> {
  await tx
    .insert(ticketLinks)
    .values({
      ticketId,
      otherTicketId: m.ticket.id,
      status: "suggested",
      score: m.score.score,
      reasons: m.score.reasons,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [ticketLinks.ticketId, ticketLinks.otherTicketId] });
}
