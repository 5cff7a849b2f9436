import type { Queryable } from "../db/client.js";
import type { AppContext } from "../runtime/context.js";
import { computeRates, type RatesRow } from "./compute-rates.js";
import { lateTickets } from "./late-tickets.js";

export interface UnitRanking {
  /** 1, 2, …; null when the unit received too few tickets in the period to be ranked (样本不足). */
  rank: number | null;
  unitId: string;
  unitName: string;
  received: number;
  closed: number;
  closureRate: number | null;
  /**
   * Tickets of the period with a stage finished late or still pending past its deadline, counted
   * against the lead unit (主办) only: an assisting unit is never blamed for the lead's delay.
   */
  late: number;
  /** Tickets of the period the unit assisted (协办); shown beside the score, not part of it. */
  assisted: number;
  onTimeRate: number | null;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** 0..100: 办结率 40 %, 按时率 30 %, 满意率 30 % (missing rates left out and the weights rescaled). */
  score: number | null;
}

const WEIGHTS = { closure: 40, onTime: 30, satisfaction: 30 } as const;

export function rankingScore(
  r: Pick<UnitRanking, "closureRate" | "onTimeRate" | "satisfactionRate">,
): number | null {
  const parts: [number | null, number][] = [
    [r.closureRate, WEIGHTS.closure],
    [r.onTimeRate, WEIGHTS.onTime],
    [r.satisfactionRate, WEIGHTS.satisfaction],
  ];
  const present = parts.filter((p): p is [number, number] => p[0] !== null);
  if (!present.length) return null;
  const w = present.reduce((s, p) => s + p[1], 0);
  return Math.round((present.reduce((s, p) => s + p[0] * p[1], 0) / w) * 10000) / 100;
}

/**
 * The units of the period ranked by score (then volume, then id, so equal units keep a stable
 * order); units without tickets, surveys or assisted tickets in the period are left out. Units that
 * received fewer than `minTickets` follow the ranked ones without a rank (样本不足), in the same
 * order. Lateness counts against the lead unit only (`lateByUnit` is keyed by `tickets.unit_id`);
 * assisting (协办) is listed beside the score and never lowers it.
 */
export function rankUnits(
  rows: RatesRow[],
  lateByUnit: Map<string, number>,
  minTickets = 1,
  assistedByUnit: ReadonlyMap<string, number> = new Map(),
  nameOf: (unitId: string) => string = (id) => id,
): UnitRanking[] {
  const scored = rows
    .filter((r): r is RatesRow & { unitId: string } => r.unitId !== null && r.received + r.surveyed > 0)
    .map((r) => {
      const late = lateByUnit.get(r.unitId) ?? 0;
      const row: UnitRanking = {
        rank: 0,
        unitId: r.unitId,
        unitName: r.unitName ?? r.unitId,
        received: r.received,
        closed: r.closed,
        closureRate: r.closureRate,
        late,
        assisted: assistedByUnit.get(r.unitId) ?? 0,
        onTimeRate: r.received ? Math.max(0, 1 - late / r.received) : null,
        responseRate: r.responseRate,
        resolutionRate: r.resolutionRate,
        satisfactionRate: r.satisfactionRate,
        score: null,
      };
      row.score = rankingScore(row);
      return row;
    });
  // A unit that only assisted in the period still shows its part, with no score of its own.
  const listed = new Set(scored.map((r) => r.unitId));
  for (const [unitId, assisted] of assistedByUnit)
    if (!listed.has(unitId) && assisted > 0)
      scored.push({
        rank: null,
        unitId,
        unitName: nameOf(unitId),
        received: 0,
        closed: 0,
        closureRate: null,
        late: 0,
        assisted,
        onTimeRate: null,
        responseRate: null,
        resolutionRate: null,
        satisfactionRate: null,
        score: null,
      });
  const ranking = scored.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) || b.received - a.received || a.unitId.localeCompare(b.unitId),
  );
  const ranked = ranking.filter((r) => r.received >= minTickets);
  ranked.forEach((r, i) => (r.rank = i + 1));
  const unranked = ranking.filter((r) => r.received < minTickets);
  unranked.forEach((r) => (r.rank = null));
  return [...ranked, ...unranked];
}

/** The ranking of a period on its own (the dashboard builds it from figures it already has). */
export async function unitRanking(
  ctx: AppContext,
  db: Queryable,
  period: { from: Date; to: Date },
  unitIds: string[] | null,
): Promise<UnitRanking[]> {
  const [rates, late] = await Promise.all([
    computeRates(db, ctx.config, { from: period.from, to: period.to, unitIds, groupBy: "unit" }),
    lateTickets(ctx, db, { from: period.from, to: period.to, unitIds }),
  ]);
  return rankUnits(rates.rows, late.byUnit);
}
