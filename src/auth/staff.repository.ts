import { eq, sql } from "drizzle-orm";
import { AppError, conflict } from "../domain/app-error.js";
import type { DomainConfig } from "../domain/config.js";
import type { Queryable } from "../db/client.js";
import { staffUsers } from "../db/schema/index.js";
import { hashPassword, passwordProblem } from "./password.js";
import type { StaffRole } from "./roles.js";

export type StaffUserRow = typeof staffUsers.$inferSelect;

export interface NewStaffUser {
  username: string;
  displayName?: string;
  role: StaffRole;
  unitId?: string | null;
  password: string;
  /** The WeCom member who signs in as this account on the mobile page (`user add --wecom-userid`). */
  wecomUserId?: string | null;
}

/** WeCom's userid (账号): 1–64 letters, digits, _ . @ -; WeCom compares them case-insensitively. */
export const WECOM_USERID_PATTERN = /^[A-Za-z0-9_.@-]{1,64}$/;

function normalizeWecomUserId(raw: string | null | undefined): string | null {
  if (raw === undefined || raw === null) return null;
  const id = raw.trim();
  if (!WECOM_USERID_PATTERN.test(id))
    throw new AppError(
      "STAFF.INVALID_WECOM_USERID",
      "--wecom-userid: the member's 账号 in WeCom (1–64 letters, digits, _ . @ -)",
    );
  return id.toLowerCase();
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/**
 * Creates a console account. Unit staff must name a unit of the jurisdiction; the other roles work
 * for the centre and must not. Throws AppError (400/409) for bad input, writes nothing then.
 */
export async function createStaffUser(
  db: Queryable,
  config: DomainConfig,
  input: NewStaffUser,
  now: Date,
): Promise<StaffUserRow> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username))
    throw new AppError(
      "STAFF.INVALID_USERNAME",
      "username: 3–40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
    );
  const problem = passwordProblem(input.password, { userInputs: [username, input.displayName ?? ""] });
  if (problem) throw new AppError("STAFF.WEAK_PASSWORD", problem);
  const unitId = input.unitId ?? null;
  if (input.role === "unit") {
    if (!unitId) throw new AppError("STAFF.UNIT_REQUIRED", "unit staff need --unit <unit id>");
    if (!config.units.has(unitId))
      throw new AppError("STAFF.UNKNOWN_UNIT", `no unit "${unitId}" in jurisdiction.json`);
  } else if (unitId) {
    throw new AppError("STAFF.UNIT_NOT_ALLOWED", `role ${input.role} works for the centre: leave --unit out`);
  }
  const wecomUserId = normalizeWecomUserId(input.wecomUserId);
  if (wecomUserId && (await findStaffByWecomUserId(db, wecomUserId)))
    throw conflict("STAFF.WECOM_USERID_TAKEN", `WeCom userid "${wecomUserId}" belongs to another account`);
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(staffUsers)
    .values({
      username,
      displayName: input.displayName?.trim() || username,
      role: input.role,
      unitId,
      passwordHash,
      wecomUserId,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: staffUsers.username })
    .returning();
  if (!row) throw conflict("STAFF.USERNAME_TAKEN", `username "${username}" already exists`);
  return row;
}

export async function findStaffByUsername(
  db: Queryable,
  username: string,
): Promise<StaffUserRow | undefined> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.username, username.trim().toLowerCase()))
    .limit(1);
  return row;
}

export async function findStaffById(db: Queryable, id: string): Promise<StaffUserRow | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row;
}

/** The account a WeCom member signs in as (userids compared case-insensitively, as WeCom does). */
export async function findStaffByWecomUserId(
  db: Queryable,
  wecomUserId: string,
): Promise<StaffUserRow | undefined> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(sql`lower(${staffUsers.wecomUserId}) = ${wecomUserId.trim().toLowerCase()}`)
    .limit(1);
  return row;
}

/** Links (or with null unlinks) a WeCom member to an existing account. */
export async function setStaffWecomUserId(
  db: Queryable,
  username: string,
  raw: string | null,
  now: Date,
): Promise<StaffUserRow> {
  const user = await findStaffByUsername(db, username);
  if (!user) throw new AppError("STAFF.NOT_FOUND", `no user "${username}"`, 404);
  const wecomUserId = normalizeWecomUserId(raw);
  const holder = wecomUserId ? await findStaffByWecomUserId(db, wecomUserId) : undefined;
  if (holder && holder.id !== user.id)
    throw conflict("STAFF.WECOM_USERID_TAKEN", `WeCom userid "${wecomUserId}" belongs to another account`);
  const [row] = await db
    .update(staffUsers)
    .set({ wecomUserId, updatedAt: now })
    .where(eq(staffUsers.id, user.id))
    .returning();
  return row!;
}
