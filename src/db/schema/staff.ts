import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { units } from "./units.js";

/** A staff account of the console: dispatchers, unit staff, leaders and administrators. */
export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    /** admin | dispatcher | unit | leader */
    role: text("role").$type<"admin" | "dispatcher" | "unit" | "leader">().notNull(),
    /** The unit a unit-staff account acts for; null for the centre's roles. */
    unitId: text("unit_id").references(() => units.id),
    /** argon2id PHC string; never logged, never returned by the API. */
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    /** Consecutive failed logins since the last success; reaching the limit locks the account a while. */
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** The WeCom member (userid, stored lower-case) who signs in as this account on the mobile page. */
    wecomUserId: text("wecom_userid"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_users_wecom_userid_uq").on(sql`lower(${t.wecomUserId})`)],
);

/**
 * Console sessions and integration API tokens. Only the SHA-256 of the random token is stored, so
 * a database dump cannot be replayed as a login.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    /** session (browser cookie, idle + absolute expiry) | api (Bearer token, absolute expiry only) */
    kind: text("kind").$type<"session" | "api">().notNull().default("session"),
    label: text("label"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

/** Failed sign-ins per key (account, address, or both; SHA-256 digests), for back-off. */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    key: text("key").primaryKey(),
    /** The account's own digest on its account and pair keys, so `user unlock` can clear them. */
    account: text("account"),
    failures: integer("failures").notNull().default(0),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("login_throttle_last_failure_idx").on(t.lastFailureAt),
    index("login_throttle_account_idx").on(t.account),
  ],
);
