import { readFile } from "node:fs/promises";
import { z } from "zod";
import { isOneShot } from "../channels-runtime/channel-rules.js";
import { Channel, type Complaint } from "../domain/complaint.schema.js";
import {
  duplicateSearchCategories,
  holdAcrossUnrankedCategory,
  holdWithoutCommunity,
  prepareCandidate,
  searchedTogether,
  scoreDuplicate,
  weighedCategories,
  type DuplicateOptions,
  type DuplicateScore,
} from "../domain/duplicate-score.js";
import type { ExtractionEngine } from "./extraction-engine.js";
import { normalizeText } from "./normalize-text.js";
import { splitComplaints } from "./split-complaints.js";

/**
 * One report of a pair. Hand-labelled sides give the category, community and place the route worker
 * would see; a raw side gives only what the resident sent (text and channel), and the engine reads it.
 */
const Side = z.object({
  text: z.string().min(1),
  channel: Channel.optional(),
  category: z.string().optional(),
  community: z.string().nullable().optional(),
  place: z.string().nullable().default(null),
});
type Side = z.infer<typeof Side>;
/** Two reports and whether a person would merge them. */
export const DuplicatePair = z.object({
  a: Side,
  b: Side,
  label: z.enum(["merge", "never"]),
  note: z.string().optional(),
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export interface DuplicateEvaluation {
  merge: { total: number; autoMerged: number; suggested: number };
  never: { total: number; autoMerged: number; suggested: number };
  rows: {
    label: string;
    score: number;
    suggestion: string;
    /** The reason that decided the outcome: the gate that parted the pair, or the similarity. */
    reason: string;
    a: string;
    b: string;
    /** What the engine made of each side (engine path only): category, community and place per ticket. */
    read?: { a: string; b: string };
  }[];
  /** Engine path only: why pairs could not meet before the text was compared. */
  engine?: {
    name: string;
    /** Reports filed with no community: the route worker searches no duplicates for them. */
    sidesWithoutCommunity: number;
    /** Reports the bot would split into several tickets. */
    sidesSplit: number;
    /** Pairs, by label, the worker never compares: two communities, or no community and other categories. */
    neverCompared: { merge: number; never: number };
  };
}

/** Whether a side carries the fields the route worker reads, so no engine is needed. */
export function handLabelled(side: Side): boolean {
  return side.category !== undefined && side.community !== undefined;
}

function emptyEvaluation(): DuplicateEvaluation {
  return {
    merge: { total: 0, autoMerged: 0, suggested: 0 },
    never: { total: 0, autoMerged: 0, suggested: 0 },
    rows: [],
  };
}

function count(r: DuplicateEvaluation, label: "merge" | "never", s: DuplicateScore): void {
  const bucket = r[label];
  bucket.total++;
  if (s.suggestion === "auto_merge") bucket.autoMerged++;
  if (s.suggestion === "suggest_merge") bucket.suggested++;
}

/** Scores every hand-labelled pair as the route worker would (same time, same options). */
export function evaluateDuplicates(
  pairs: readonly DuplicatePair[],
  options: DuplicateOptions = {},
): DuplicateEvaluation {
  const at = new Date(0);
  const r = emptyEvaluation();
  for (const [i, p] of pairs.entries()) {
    if (!handLabelled(p.a) || !handLabelled(p.b))
      throw new Error(`pair ${i + 1} has no category or community: score it through an engine (--engine)`);
    const a = { ...p.a, category: p.a.category!, community: p.a.community!, createdAt: at };
    const b = { ...p.b, category: p.b.category!, community: p.b.community!, createdAt: at };
    const s = holdWithoutCommunity(scoreDuplicate(a, b, options), a, b, options);
    count(r, p.label, s);
    r.rows.push({
      label: p.label,
      score: s.score,
      suggestion: s.suggestion,
      reason: decidedBy(s),
      a: p.a.text,
      b: p.b.text,
    });
  }
  return r;
}

/**
 * The tickets the bot files for one message: the same normalisation, the same split into several
 * problems and the same sharing of a place named once as the dialogue's first turn (`startDrafts`
 * in dialogue/run-turn.ts); a channel whose caller cannot be asked (a hotline transcript) is read in
 * one piece, as the bot's one-shot path does. Kept in step with the dialogue by hand: the dialogue
 * does this inside a conversation with state this evaluation does not have.
 */
export async function ticketsOf(
  engine: ExtractionEngine,
  text: string,
  channel: string,
): Promise<Complaint[]> {
  const clean = normalizeText(text);
  const segments = isOneShot(channel) ? [clean] : splitComplaints(clean);
  const complaints: Complaint[] = [];
  for (const segment of segments) complaints.push(await engine.extract({ text: segment, channel }));
  const placed = complaints.find((c) => c.location.community);
  for (const c of complaints)
    if (!c.location.community && placed) c.location = { ...placed.location, text: placed.location.text };
  return complaints;
}

/** The last reason: the gate that stopped scoring, or the text similarity when none did. */
function decidedBy(s: DuplicateScore): string {
  return s.reasons.at(-1)?.code ?? "";
}

const RANK = { none: 0, suggest_merge: 1, auto_merge: 2 } as const;
const NOT_COMPARED: DuplicateScore = { score: 0, sameProblem: false, suggestion: "none", reasons: [] };

/**
 * Scores raw pairs on the real path: each side is read by the engine as the bot reads a new message,
 * and the fields the route worker's duplicate search uses are taken from the resulting tickets (text =
 * summary + description, category, community, place text, coordinates). The worker searches open
 * tickets of the same community (every category; the scorer gates another category's ticket unless
 * both name the same problem) and, when either ticket has no community, the searched categories of
 * any community, held to a suggestion (searchedTogether, holdWithoutCommunity);
 * `a` is filed first, so `b` is the new ticket scored against it. When a side becomes several
 * tickets, the pair counts as its strongest outcome: one auto-merge among them merges two reports.
 */
export async function evaluateDuplicatesThroughEngine(
  pairs: readonly DuplicatePair[],
  engine: ExtractionEngine,
  options: DuplicateOptions = {},
): Promise<DuplicateEvaluation> {
  const at = new Date(0);
  const r = emptyEvaluation();
  const stats = {
    name: engine.name,
    sidesWithoutCommunity: 0,
    sidesSplit: 0,
    neverCompared: { merge: 0, never: 0 },
  };
  for (const p of pairs) {
    const [as, bs] = await Promise.all(
      [p.a, p.b].map((side) => ticketsOf(engine, side.text, side.channel ?? "wechat")),
    );
    for (const tickets of [as!, bs!]) {
      if (tickets.length > 1) stats.sidesSplit++;
      if (tickets.some((c) => !c.location.community)) stats.sidesWithoutCommunity++;
    }
    // Only the new ticket's ranking is known to the worker's search (older rows are loaded without it).
    const view = (c: Complaint, isNew = false) =>
      prepareCandidate({
        text: `${c.summary} ${c.description}`,
        description: c.description,
        category: c.category,
        community: c.location.community,
        place: c.location.text,
        createdAt: at,
        lat: c.location.lat,
        lng: c.location.lng,
        ...(isNew ? { ranked: weighedCategories(c.candidates) } : {}),
      });
    let best = NOT_COMPARED;
    let compared = false;
    for (const older of as!)
      for (const newer of bs!) {
        // The worker searches every category of the community (the ranked ones deeper than the
        // rest), and across communities the searched categories when either ticket has none; the
        // scorer decides whether the older ticket names the same problem.
        const place = (c: Complaint) => ({ category: c.category, community: c.location.community });
        if (!searchedTogether(place(newer), place(older), newer.candidates)) continue;
        compared = true;
        const [nv, ov] = [view(newer, true), view(older)];
        const scored = scoreDuplicate(nv, ov, options);
        const s = holdWithoutCommunity(
          duplicateSearchCategories(newer.category, newer.candidates).includes(older.category)
            ? scored
            : holdAcrossUnrankedCategory(scored, options),
          nv,
          ov,
          options,
        );
        if (
          best === NOT_COMPARED ||
          RANK[s.suggestion] > RANK[best.suggestion] ||
          (s.suggestion === best.suggestion && s.score > best.score)
        )
          best = s;
      }
    if (!compared) stats.neverCompared[p.label]++;
    count(r, p.label, best);
    const read = (cs: Complaint[]) =>
      cs.map((c) => `${c.category}/${c.location.community ?? "-"}/${c.location.text ?? "-"}`).join(" + ");
    r.rows.push({
      label: p.label,
      score: best.score,
      suggestion: best.suggestion,
      reason: compared ? decidedBy(best) : "not compared",
      a: p.a.text,
      b: p.b.text,
      read: { a: read(as!), b: read(bs!) },
    });
  }
  r.engine = stats;
  return r;
}

export function formatDuplicateEvaluation(r: DuplicateEvaluation, verbose = false): string {
  const lines = [
    `merge pairs  ${r.merge.total}: auto-merged ${r.merge.autoMerged}, suggested ${r.merge.suggested}, missed ${r.merge.total - r.merge.autoMerged - r.merge.suggested}`,
    `never pairs  ${r.never.total}: auto-merged ${r.never.autoMerged}, suggested ${r.never.suggested}, kept apart ${r.never.total - r.never.autoMerged - r.never.suggested}`,
  ];
  if (r.engine)
    lines.push(
      `engine ${r.engine.name}: ${r.engine.sidesWithoutCommunity} reports without a community, ${r.engine.sidesSplit} split into several tickets, pairs never compared (other communities, or no community and other categories): ${r.engine.neverCompared.merge} merge, ${r.engine.neverCompared.never} never`,
    );
  if (verbose)
    for (const x of r.rows) {
      lines.push(
        `  [${x.label}] ${x.score.toFixed(2)} ${x.suggestion.padEnd(13)} ${x.reason} ${x.a} ｜ ${x.b}`,
      );
      if (x.read) lines.push(`      read as ${x.read.a} ｜ ${x.read.b}`);
    }
  return lines.join("\n");
}

export async function readDuplicatePairs(file: string): Promise<DuplicatePair[]> {
  const out: DuplicatePair[] = [];
  (await readFile(file, "utf8")).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = DuplicatePair.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}
