import type { Queryable } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";
import type { StaffPrincipal } from "./staff-principal.js";

export interface AuditEntry {
  /** Who acted; null for anonymous events such as a failed login for an unknown username. */
  staff: StaffPrincipal | null;
  action: string;
  at: Date;
  ticketId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  /** Context of the action. Never the personal data itself (no phones, names, message text). */
  data?: Record<string, unknown>;
}

/**
 * Appends one line to the audit log. Call it in the same transaction as the action it records, so
 * an action and its audit line are committed together. Ticket actions additionally write
 * ticket_events (see tickets.repository appendEvent); this log also covers reads of personal data.
 */
export async function audit(tx: Queryable, e: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: e.at,
    staffId: e.staff?.id ?? null,
    role: e.staff?.role ?? null,
    unitId: e.staff?.unitId ?? null,
    action: e.action,
    ticketId: e.ticketId ?? null,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    ip: e.ip ?? null,
    requestId: e.requestId ?? null,
    data: e.data ?? {},
  });
}

/** The request facts an audit line carries: `audit(tx, { ...requestAudit(req), action, ... })`. */
export function requestAudit(req: {
  staff?: StaffPrincipal;
  ip: string;
  id: string;
}): Pick<AuditEntry, "staff" | "ip" | "requestId"> {
  return { staff: req.staff ?? null, ip: req.ip, requestId: req.id };
}
