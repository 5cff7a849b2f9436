import { z } from "zod";
import { StaffRole } from "./roles.js";

/** The signed-in staff member, as a session resolves it: who, in which role, for which unit. */
export const StaffPrincipal = z.object({
  id: z.string(),
  role: StaffRole,
  unitId: z.string().nullable(),
});
export type StaffPrincipal = z.infer<typeof StaffPrincipal>;
