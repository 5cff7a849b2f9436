import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { staffSessions, staffUsers } from "../db/schema/index.js";
import { forgetCachedSessions } from "./session-forget.js";
import type { StaffPrincipal } from "./staff-principal.js";

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** 32 random bytes, base64url: what the cookie or the Bearer header carries. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Opens a session (browser) or an API token (integrations); returns the clear token once. */
export async function createSession(
  db: Queryable,
  staffId: string,
  now: Date,
  opts: { kind?: "session" | "api"; lifetimeMs: number; label?: string },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + opts.lifetimeMs);
  // Housekeeping at each sign-in: this user's sessions dead for a week are deleted, so the table
  // does not grow without bound (a week keeps recent ones for investigations).
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  await db
    .delete(staffSessions)
    .where(
      and(
        eq(staffSessions.staffId, staffId),
        or(
          lt(staffSessions.expiresAt, sql`${weekAgo}::timestamptz`),
          lt(staffSessions.revokedAt, sql`${weekAgo}::timestamptz`),
        ),
      ),
    );
  const [row] = await db
    .insert(staffSessions)
    .values({
      tokenHash: tokenHash(token),
      staffId,
      kind: opts.kind ?? "session",
      label: opts.label ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    })
    .returning({ id: staffSessions.id });
  return { token, id: row!.id, expiresAt };
}

export interface ResolvedSession {
  sessionId: string;
  kind: "session" | "api";
  staff: StaffPrincipal & { username: string; displayName: string };
  /** When the session was last seen (after this request's touch, if any) and when it ends. */
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * The staff member behind a token, or null when the token is unknown, revoked, expired (absolute),
 * idle for too long (browser sessions only) or its account is disabled. Touches last_seen_at at
 * most once a minute so a busy console does not write on every request.
 */
export async function resolveToken(
  db: Queryable,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({
      id: staffSessions.id,
      kind: staffSessions.kind,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
      staffId: staffUsers.id,
      role: staffUsers.role,
      unitId: staffUsers.unitId,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      disabled: staffUsers.disabled,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash(token)),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row || row.disabled) return null;
  if (row.kind === "session" && now.getTime() - row.lastSeenAt.getTime() >= policy.idleMs) return null;
  let lastSeenAt = row.lastSeenAt;
  if (now.getTime() - row.lastSeenAt.getTime() >= 60_000) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, row.id));
    lastSeenAt = now;
  }
  return {
    sessionId: row.id,
    lastSeenAt,
    expiresAt: row.expiresAt,
    kind: row.kind,
    staff: {
      id: row.staffId,
      role: row.role,
      unitId: row.unitId,
      username: row.username,
      displayName: row.displayName,
    },
  };
}

export async function revokeSession(db: Queryable, sessionId: string, now: Date): Promise<void> {
  forgetCachedSessions();
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)));
}

/** Signs a staff member out everywhere (password change, account disabled). */
export async function revokeAllSessions(db: Queryable, staffId: string, now: Date): Promise<void> {
  forgetCachedSessions();
  await db
    .update(staffSessions)
    .set({ revokedAt: sql`coalesce(${staffSessions.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(staffSessions.staffId, staffId));
}
