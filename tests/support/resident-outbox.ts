import { asc, eq, sql } from "drizzle-orm";
import { messages, residentIdentities } from "../../src/db/schema/index.js";
import type { AppContext } from "../../src/runtime/context.js";

/** Everything the bot and the stages queued for the resident at one channel address, oldest first. */
export async function textsToResident(ctx: AppContext, address: string): Promise<string[]> {
  const rows = await ctx.database.db
    .select({ text: messages.text })
    .from(messages)
    .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
    .where(sql`${messages.direction} = 'out' AND ${residentIdentities.address} = ${address}`)
    .orderBy(asc(messages.id));
  return rows.map((r) => r.text ?? "");
}
