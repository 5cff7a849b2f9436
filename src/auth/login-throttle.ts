import { createHash } from "node:crypto";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { loginThrottle } from "../db/schema/index.js";

/** How one kind of key backs off: free below `threshold` failures, then waits doubling up to `maxDelayMs`. */
export interface BackOff {
  threshold: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface ThrottlePolicy {
  /** One address guessing one account: the tight limit. */
  pair: BackOff;
  /** One address trying many accounts. */
  address: BackOff;
  /** Many addresses guessing one account: short waits only, so nobody can lock the owner out. */
  account: BackOff;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

export function throttlePolicy(maxFailures: number, lockMinutes: number): ThrottlePolicy {
  const cap = lockMinutes * 60_000;
  return {
    pair: { threshold: maxFailures, firstDelayMs: 15_000, maxDelayMs: cap },
    address: { threshold: Math.max(20, maxFailures * 4), firstDelayMs: 15_000, maxDelayMs: cap },
    account: { threshold: maxFailures * 4, firstDelayMs: 5_000, maxDelayMs: Math.min(cap, 60_000) },
    forgetAfterMs: 3_600_000,
  };
}

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

const digest = (s: string) => createHash("sha256").update(s).digest("base64url");

/**
 * The keys of a sign-in attempt. The account key is the typed username, whether or not such an
 * account exists, so throttling answers the same for both and reveals nothing.
 */
export function throttleKeys(username: string, ip: string): ThrottleKeys {
  const user = username.trim().toLowerCase();
  return {
    pair: digest(`pair\n${user}\n${ip}`),
    address: digest(`addr\n${ip}`),
    account: digest(`user\n${user}`),
  };
}

/** The latest time any of the keys is blocked until, or null when the attempt may go ahead. */
export async function blockedUntil(db: Queryable, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await db
    .select({ until: loginThrottle.blockedUntil })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.key, Object.values(keys)), gt(loginThrottle.blockedUntil, now)));
  const times = rows.map((r) => r.until!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts a failure on every key (atomically) and sets each key's wait by its back-off. */
export async function recordFailure(
  db: Queryable,
  keys: ThrottleKeys,
  policy: ThrottlePolicy,
  now: Date,
): Promise<void> {
  const forgetBefore = new Date(now.getTime() - policy.forgetAfterMs);
  for (const kind of ["pair", "address", "account"] as const) {
    const backOff = policy[kind];
    const [row] = await db
      .insert(loginThrottle)
      .values({
        key: keys[kind],
        account: kind === "address" ? null : keys.account,
        failures: 1,
        lastFailureAt: now,
      })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.lastFailureAt} < ${forgetBefore.toISOString()}::timestamptz THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: loginThrottle.failures });
    const failures = row?.failures ?? 1;
    if (failures < backOff.threshold) continue;
    const delay = Math.min(
      backOff.maxDelayMs,
      backOff.firstDelayMs * 2 ** Math.min(30, failures - backOff.threshold),
    );
    await db
      .update(loginThrottle)
      .set({ blockedUntil: new Date(now.getTime() + delay) })
      .where(eq(loginThrottle.key, keys[kind]));
  }
}

/** A successful sign-in clears the account's own keys (the address key decays on its own). */
export async function recordSuccess(db: Queryable, keys: ThrottleKeys): Promise<void> {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [keys.pair, keys.account]));
}

/** Clears every wait on an account, from any address (`zhitong user unlock`). */
export async function clearAccount(db: Queryable, username: string): Promise<void> {
  const { account } = throttleKeys(username, "");
  await db.delete(loginThrottle).where(eq(loginThrottle.account, account));
}

/** Drops entries nobody has failed on for a day (called opportunistically). */
export async function pruneThrottle(db: Queryable, now: Date): Promise<void> {
  await db.delete(loginThrottle).where(lt(loginThrottle.lastFailureAt, new Date(now.getTime() - 86_400_000)));
}
