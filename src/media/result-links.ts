import { randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { resultLinks } from "../db/schema/index.js";

/**
 * The token of a resolution's public result page, made (or its expiry pushed out) when the unit
 * resolves. 128 random bits: unguessable, and nothing in it says which ticket it is.
 */
export async function issueResultLink(
  db: Queryable,
  a: { ticketId: string; round: number; now: Date; validDays: number },
): Promise<string> {
  const expiresAt = new Date(a.now.getTime() + a.validDays * 24 * 3600 * 1000);
  const [row] = await db
    .insert(resultLinks)
    .values({
      token: randomBytes(16).toString("base64url"),
      ticketId: a.ticketId,
      round: a.round,
      expiresAt,
      createdAt: a.now,
    })
    .onConflictDoUpdate({
      target: [resultLinks.ticketId, resultLinks.round],
      // A second resolution of the same round (returned by review) keeps the link the resident may have.
      set: { expiresAt: sql`excluded.expires_at` },
    })
    .returning({ token: resultLinks.token });
  return row!.token;
}

/** The live link of a ticket's round, if one was issued and has not expired. */
export async function findResultToken(
  db: Queryable,
  ticketId: string,
  round: number,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .select({ token: resultLinks.token })
    .from(resultLinks)
    .where(
      and(eq(resultLinks.ticketId, ticketId), eq(resultLinks.round, round), gt(resultLinks.expiresAt, now)),
    );
  return row?.token ?? null;
}

/** The ticket and round a token opens, or null when it is unknown or expired. */
export async function openResultLink(
  db: Queryable,
  token: string,
  now: Date,
): Promise<{ ticketId: string; round: number } | null> {
  if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return null;
  const [row] = await db
    .select({ ticketId: resultLinks.ticketId, round: resultLinks.round })
    .from(resultLinks)
    .where(and(eq(resultLinks.token, token), gt(resultLinks.expiresAt, now)));
  return row ?? null;
}

/** `https://host/r/<token>` when the deployment's public address is configured. */
export function resultUrl(publicBaseUrl: string | undefined, token: string | null): string | null {
  if (!publicBaseUrl || !token) return null;
  return `${publicBaseUrl.replace(/\/+$/, "")}/r/${token}`;
}
