import { arrayOverlaps, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DomainConfig } from "../domain/config.js";
import { tickets } from "../db/schema/index.js";
import type { StaffPrincipal } from "./staff-principal.js";

/**
 * The units whose tickets a staff member may see; null = every ticket (centre roles and leaders).
 * Unit staff see their own unit's tickets; a street office also sees its communities' tickets,
 * because the street supervises them (街道统筹). Departments and communities see only their own.
 */
export function visibleUnitIds(config: DomainConfig, staff: StaffPrincipal): string[] | null {
  if (staff.role !== "unit") return null;
  if (!staff.unitId) return [];
  const unit = config.units.get(staff.unitId);
  if (!unit) return [];
  const ids = [unit.id];
  if (unit.level === "street")
    for (const u of config.units.values()) if (u.parent === unit.id) ids.push(u.id);
  return ids;
}

/**
 * WHERE clauses for ticket queries (ANDed by the caller). Unit staff also see the tickets their
 * unit assists (协办); reports pass `assisting: false`, because a unit's figures are the tickets it
 * leads (assisting is counted apart, see src/reports/ranking.ts).
 */
export function ticketScopeSql(
  config: DomainConfig,
  staff: StaffPrincipal,
  opts: { assisting?: boolean } = {},
): SQL[] {
  const ids = visibleUnitIds(config, staff);
  if (ids === null) return [];
  if (!ids.length) return [sql`false`];
  if (opts.assisting === false) return [inArray(tickets.unitId, ids)];
  return [or(inArray(tickets.unitId, ids), arrayOverlaps(tickets.assistUnitIds, ids))!];
}

export function canSeeTicket(
  config: DomainConfig,
  staff: StaffPrincipal,
  ticket: { unitId: string | null; assistUnitIds?: readonly string[] },
): boolean {
  const ids = visibleUnitIds(config, staff);
  if (ids === null) return true;
  if (ticket.unitId !== null && ids.includes(ticket.unitId)) return true;
  return (ticket.assistUnitIds ?? []).some((u) => ids.includes(u));
}
