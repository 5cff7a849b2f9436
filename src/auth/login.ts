import { eq, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { staffUsers } from "../db/schema/index.js";
import { burnPasswordCheck, verifyPassword } from "./password.js";
import { findStaffByUsername, type StaffUserRow } from "./staff.repository.js";

export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

export type LoginOutcome =
  | { ok: true; user: StaffUserRow }
  | { ok: false; reason: "bad_credentials" | "locked" | "disabled"; user?: StaffUserRow; lockedUntil?: Date };

/**
 * Checks a username and password. Counts consecutive failures per account; reaching
 * `maxFailures` locks the account for `lockMs` (even the right password is refused meanwhile), so
 * guessing one account's password from many addresses is slow too. A success resets the count.
 */
export async function checkLogin(
  db: Queryable,
  username: string,
  password: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<LoginOutcome> {
  const user = await findStaffByUsername(db, username);
  if (!user) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "bad_credentials" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "locked", user, lockedUntil: user.lockedUntil };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (valid && user.disabled) return { ok: false, reason: "disabled", user };
  if (valid) {
    await db
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(staffUsers.id, user.id));
    return { ok: true, user };
  }
  // Atomic increment: parallel wrong guesses cannot slip past the limit.
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const [after] = await db
    .update(staffUsers)
    .set({
      failedLogins: sql`CASE WHEN ${staffUsers.failedLogins} + 1 >= ${policy.maxFailures} THEN 0 ELSE ${staffUsers.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${staffUsers.failedLogins} + 1 >= ${policy.maxFailures} THEN ${lockUntil.toISOString()}::timestamptz ELSE ${staffUsers.lockedUntil} END`,
    })
    .where(eq(staffUsers.id, user.id))
    .returning({ lockedUntil: staffUsers.lockedUntil });
  if (after?.lockedUntil && after.lockedUntil > now)
    return { ok: false, reason: "locked", user, lockedUntil: after.lockedUntil };
  return { ok: false, reason: "bad_credentials", user };
}
