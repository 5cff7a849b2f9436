import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { staffUsers } from "../db/schema/index.js";
import { burnPasswordCheck, verifyPassword } from "./password.js";
import { findStaffByUsername, type StaffUserRow } from "./staff.repository.js";

export type LoginOutcome =
  | { ok: true; user: StaffUserRow }
  | { ok: false; reason: "bad_credentials" | "disabled"; user?: StaffUserRow };

/**
 * Checks a username and password, costing the same time whether or not the account exists.
 * Throttling of repeated failures is the caller's (login-throttle.ts), before this is called.
 */
export async function checkLogin(
  db: Queryable,
  username: string,
  password: string,
  now: Date,
): Promise<LoginOutcome> {
  const user = await findStaffByUsername(db, username);
  if (!user) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "bad_credentials" };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (valid && user.disabled) return { ok: false, reason: "disabled", user };
  if (!valid) return { ok: false, reason: "bad_credentials", user };
  await db.update(staffUsers).set({ lastLoginAt: now }).where(eq(staffUsers.id, user.id));
  return { ok: true, user };
}
