import { z } from "zod";

export const STAFF_ROLES = ["admin", "dispatcher", "unit", "leader"] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/** Role names as the console shows them. */
export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: "系统管理员",
  dispatcher: "指挥中心调度员",
  unit: "承办单位",
  leader: "领导",
};

/** Roles that may read residents' names and phone numbers in clear (through an audited reveal). */
export const REVEAL_ALL_ROLES: readonly StaffRole[] = ["admin", "dispatcher"];
