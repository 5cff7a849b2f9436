import { sql } from "drizzle-orm";
import type { DomainConfig } from "../domain/config.js";
import type { Queryable } from "../db/client.js";
import { units } from "../db/schema/index.js";

/** Upserts the jurisdiction's units so tickets can reference them (config is the source of truth). */
export async function syncUnits(db: Queryable, config: DomainConfig): Promise<void> {
  const rows = config.jurisdiction.units.map((u) => ({
    id: u.id,
    name: u.name,
    level: u.level,
    parentId: u.parent ?? null,
    phone: u.phone ?? null,
    places: u.places,
    updatedAt: new Date(),
  }));
  await db
    .insert(units)
    .values(rows)
    .onConflictDoUpdate({
      target: units.id,
      set: {
        name: sql`excluded.name`,
        level: sql`excluded.level`,
        parentId: sql`excluded.parent_id`,
        phone: sql`excluded.phone`,
        places: sql`excluded.places`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
