import type { SQL } from "drizzle-orm";
import type { TicketRow } from "../db/repositories/tickets.repository.js";

/** The signed-in staff member, set by the access-control plugin on every staff API request. */
export interface StaffPrincipal {
  id: string;
  role: "admin" | "dispatcher" | "unit" | "leader";
  unitId: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    staff?: StaffPrincipal;
    /** Extra WHERE clauses limiting ticket queries to what this staff member may see. */
    staffScope?: () => SQL[];
    /** Whether this staff member may see one ticket. */
    canSeeTicket?: (t: TicketRow) => boolean;
  }
}
