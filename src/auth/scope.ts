import { inArray, sql, type SQL } from "drizzle-orm";
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

/** WHERE clauses for ticket queries (ANDed by the caller). */
export function ticketScopeSql(config: DomainConfig, staff: StaffPrincipal): SQL[] {
  const ids = visibleUnitIds(config, staff);
  if (ids === null) return [];
  if (!ids.length) return [sql`false`];
  return [inArray(tickets.unitId, ids)];
}

export function canSeeTicket(
  config: DomainConfig,
  staff: StaffPrincipal,
  ticket: { unitId: string | null },
): boolean {
  const ids = visibleUnitIds(config, staff);
  return ids === null || (ticket.unitId !== null && ids.includes(ticket.unitId));
}
