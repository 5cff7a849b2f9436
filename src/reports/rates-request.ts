import type { StaffPrincipal } from "../auth/staff-principal.js";
import { visibleUnitIds } from "../auth/scope.js";
import { AppError, forbidden } from "../domain/app-error.js";
import { parseDayOrInstant } from "../domain/local-time.js";
import type { AppContext } from "../runtime/context.js";
import { computeRates, unitWithDescendants, type RatesRow } from "./compute-rates.js";

export interface RatesRequest {
  unit?: string;
  /** A date (local midnight) or a timestamp; default: 30 days before `to`. */
  from?: string;
  /** A date (local midnight) or a timestamp; default: now. */
  to?: string;
  groupBy: "unit" | "none";
}

export interface RatesAnswer {
  from: string;
  to: string;
  unit: string | null;
  rows: RatesRow[];
  total: RatesRow;
}

/**
 * The rates a staff member asked for, limited to what they may see: a unit includes its
 * descendants; unit staff get their own unit(s) only. Refusals are 400 (bad period or unit) or 403.
 */
export async function ratesForStaff(
  ctx: AppContext,
  staff: StaffPrincipal,
  q: RatesRequest,
): Promise<RatesAnswer> {
  const tz = ctx.config.jurisdiction.timezone;
  const day = (s: string) => {
    try {
      return parseDayOrInstant(s, tz);
    } catch {
      throw new AppError("REPORT.INVALID_DATE", `"${s}" is not a calendar date`, 400);
    }
  };
  const to = q.to ? day(q.to) : ctx.now();
  const from = q.from ? day(q.from) : new Date(to.getTime() - 30 * 86_400_000);
  if (from.getTime() >= to.getTime())
    throw new AppError("REPORT.INVALID_PERIOD", "from must be before to", 400);
  if (q.unit && !ctx.config.units.has(q.unit))
    throw new AppError("REPORT.UNKNOWN_UNIT", `"${q.unit}" is not a unit id`, 400);
  const visible = visibleUnitIds(ctx.config, staff);
  let unitIds = q.unit ? unitWithDescendants(ctx.config, q.unit) : null;
  if (visible !== null) {
    if (q.unit && !visible.includes(q.unit)) throw forbidden("AUTH.FORBIDDEN", "只能查看本单位的统计");
    unitIds = (unitIds ?? visible).filter((u) => visible.includes(u));
  }
  const r = await computeRates(ctx.database.db, ctx.config, { from, to, unitIds, groupBy: q.groupBy });
  return { from: from.toISOString(), to: to.toISOString(), unit: q.unit ?? null, ...r };
}
