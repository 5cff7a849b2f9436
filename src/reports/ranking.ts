import type { Queryable } from "../db/client.js";
import type { AppContext } from "../runtime/context.js";
import { computeRates, type RatesRow } from "./compute-rates.js";
import { lateTickets } from "./late-tickets.js";

export interface UnitRanking {
  rank: number;
  unitId: string;
  unitName: string;
  received: number;
  closed: number;
  closureRate: number | null;
  /** Tickets of the period with a stage finished late or still pending past its deadline. */
  late: number;
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
 * order); units without tickets or surveys in the period are left out.
 */
export function rankUnits(rows: RatesRow[], lateByUnit: Map<string, number>): UnitRanking[] {
  const ranking = rows
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
        onTimeRate: r.received ? Math.max(0, 1 - late / r.received) : null,
        responseRate: r.responseRate,
        resolutionRate: r.resolutionRate,
        satisfactionRate: r.satisfactionRate,
        score: null,
      };
      row.score = rankingScore(row);
      return row;
    })
    .sort(
      (a, b) =>
        (b.score ?? -1) - (a.score ?? -1) || b.received - a.received || a.unitId.localeCompare(b.unitId),
    );
  ranking.forEach((r, i) => (r.rank = i + 1));
  return ranking;
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
