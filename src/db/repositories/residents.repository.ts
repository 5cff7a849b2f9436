import { and, eq, or, sql } from "drizzle-orm";
import type { Queryable } from "../client.js";
import { residentIdentities, residents } from "../schema/index.js";

export interface ResidentRef {
  residentId: string;
  identityId: string;
}

/**
 * Finds the resident behind a channel address (openid, phone, web session) or creates one.
 * Race-safe: two first messages at once converge on one identity through the unique index.
 */
export async function findOrCreateResident(
  tx: Queryable,
  channel: string,
  address: string,
  profile: { name?: string | null; phone?: string | null } = {},
): Promise<ResidentRef> {
  const existing = await tx
    .select({ residentId: residentIdentities.residentId, identityId: residentIdentities.id })
    .from(residentIdentities)
    .where(and(eq(residentIdentities.channel, channel), eq(residentIdentities.address, address)))
    .limit(1);
  if (existing[0]) {
    await updateProfile(tx, existing[0].residentId, profile);
    return existing[0];
  }
  const [resident] = await tx
    .insert(residents)
    .values({ name: profile.name ?? null, phone: profile.phone ?? null })
    .returning({ id: residents.id });
  const inserted = await tx
    .insert(residentIdentities)
    .values({ residentId: resident!.id, channel, address })
    .onConflictDoNothing({ target: [residentIdentities.channel, residentIdentities.address] })
    .returning({ id: residentIdentities.id });
  if (inserted[0]) return { residentId: resident!.id, identityId: inserted[0].id };
  // Lost the race: another transaction created the identity first; use theirs.
  await tx.delete(residents).where(eq(residents.id, resident!.id));
  return findOrCreateResident(tx, channel, address, profile);
}

/** Fills in name/phone when newly learnt; never erases what is known. */
export async function updateProfile(
  tx: Queryable,
  residentId: string,
  profile: { name?: string | null; phone?: string | null },
): Promise<void> {
  if (!profile.name && !profile.phone) return;
  await tx
    .update(residents)
    .set({
      name: profile.name ? profile.name : sql`${residents.name}`,
      phone: profile.phone ? profile.phone : sql`${residents.phone}`,
      updatedAt: new Date(),
    })
    // Only when something changes: a resident who calls every day would otherwise have their row
    // locked by each filing until it commits, and their filings would queue behind one another.
    .where(
      and(
        eq(residents.id, residentId),
        or(
          profile.name ? sql`${residents.name} IS DISTINCT FROM ${profile.name}` : undefined,
          profile.phone ? sql`${residents.phone} IS DISTINCT FROM ${profile.phone}` : undefined,
        ),
      ),
    );
}
