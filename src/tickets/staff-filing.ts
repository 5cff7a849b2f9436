import { and, eq } from "drizzle-orm";
import { audit } from "../auth/audit.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import type { Database } from "../db/client.js";
import { findOrCreateResident } from "../db/repositories/residents.repository.js";
import { createTicket, type TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketIdempotencyKeys, tickets } from "../db/schema/index.js";
import type { Complaint } from "../domain/complaint.schema.js";

/** A ticket typed in by staff (POST /api/v1/tickets), ready to file. */
export interface StaffFiling {
  /** Made by the caller, so a batch can name it before the row exists. */
  ticketId: string;
  complaint: Complaint;
  channel: string;
  tier?: string;
  contact: { name: string | null; phone: string | null };
  staff: StaffPrincipal;
  /** `Idempotency-Key` and the SHA-256 of the request body, when the client sent a key. */
  idempotency: { key: string; requestHash: string } | null;
  audit: { ip: string; requestId: string };
}

/** What happened to one filing. */
export type FilingOutcome =
  | { outcome: "new" | "replay"; ticket: TicketRow }
  /** The key was used before with another request body: nothing filed. */
  | { outcome: "reused" };

class KeyTaken extends Error {}

/**
 * Files one staff ticket in its own transaction, through the same repository functions intake
 * uses, with its idempotency key and audit line. For the filings the one-statement batch could not
 * decide: this transaction waits for a concurrent one holding the same caller's identity or the same
 * key, then reads what it committed.
 */
export async function fileStaffTicketAlone(
  database: Database,
  f: StaffFiling,
  timeZone: string,
  now: Date,
): Promise<FilingOutcome> {
  const key = f.idempotency;
  try {
    const ticket = await database.db.transaction(async (tx) => {
      const resident = f.contact.phone
        ? await findOrCreateResident(tx, "sms", f.contact.phone, f.contact)
        : null;
      const created = await createTicket(tx, {
        complaint: f.complaint,
        channel: f.channel,
        residentId: resident?.residentId ?? null,
        tier: f.tier,
        actor: { type: "staff", id: f.staff.id, unitId: f.staff.unitId },
        timeZone,
        now,
        id: f.ticketId,
      });
      if (key) {
        // Waits for a concurrent holder of the key; finds it taken if that one committed.
        const claimed = await tx
          .insert(ticketIdempotencyKeys)
          .values({
            staffId: f.staff.id,
            key: key.key,
            requestHash: key.requestHash,
            ticketId: created.id,
            createdAt: now,
          })
          .onConflictDoNothing()
          .returning({ ticketId: ticketIdempotencyKeys.ticketId });
        if (claimed.length === 0) throw new KeyTaken();
      }
      await audit(tx, {
        staff: f.staff,
        action: "api.post /api/v1/tickets",
        at: now,
        ticketId: created.id,
        targetType: "ticket",
        targetId: created.id,
        ip: f.audit.ip,
        requestId: f.audit.requestId,
        data: { status: 201 },
      });
      return created;
    });
    return { outcome: "new", ticket };
  } catch (error) {
    if (!(error instanceof KeyTaken) || !key) throw error;
    return (await findKeyed(database, f.staff.id, key)) ?? Promise.reject(error);
  }
}

/** The ticket an earlier request filed under this key, or "reused" when its body differed. */
async function findKeyed(
  database: Database,
  staffId: string,
  key: { key: string; requestHash: string },
): Promise<FilingOutcome | null> {
  const [row] = await database.db
    .select({ hash: ticketIdempotencyKeys.requestHash, ticket: tickets })
    .from(ticketIdempotencyKeys)
    .innerJoin(tickets, eq(tickets.id, ticketIdempotencyKeys.ticketId))
    .where(and(eq(ticketIdempotencyKeys.staffId, staffId), eq(ticketIdempotencyKeys.key, key.key)));
  if (!row) return null;
  return row.hash === key.requestHash
    ? { outcome: "replay", ticket: row.ticket as TicketRow }
    : { outcome: "reused" };
}
