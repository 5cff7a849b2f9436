import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Units from config/jurisdiction.json, upserted at boot so tickets can reference them by id. */
export const units = pgTable("units", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  level: text("level").notNull(),
  parentId: text("parent_id"),
  phone: text("phone"),
  places: jsonb("places").$type<string[]>().notNull().default([]),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
