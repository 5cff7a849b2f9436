import { and, count, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { staffUsers } from "../db/schema/index.js";

/**
 * What `zhitong serve` prints when nobody can sign in yet: on a fresh database there is no
 * console account, and the console's sign-in page cannot create one.
 */
export async function firstAdminHint(db: Db): Promise<string[]> {
  const [row] = await db
    .select({ n: count() })
    .from(staffUsers)
    .where(and(eq(staffUsers.role, "admin"), eq(staffUsers.disabled, false)));
  if ((row?.n ?? 0) > 0) return [];
  return [
    "No administrator account yet. In another terminal (leave this one running), create the first one:",
    "  npx zhitong user add --username admin --role admin",
    "then sign in to the console with it.",
  ];
}
