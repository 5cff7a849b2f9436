import type { SQL } from "drizzle-orm";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";

// What the access-control plugin attaches to every staff API request.
declare module "fastify" {
  interface FastifyRequest {
    staff?: StaffPrincipal;
    /** Extra WHERE clauses limiting ticket queries to what this staff member may see. */
    staffScope?: () => SQL[];
    /** Whether this staff member may see one ticket. */
    canSeeTicket?: (t: TicketRow) => boolean;
  }
}
