import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A person who reported something. Name and phone are personal data: never logged in clear. */
export const residents = pgTable("residents", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name"),
  phone: text("phone"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** How a resident is reached on one channel: a WeChat openid, a phone number, a web session. */
export const residentIdentities = pgTable(
  "resident_identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    residentId: uuid("resident_id")
      .notNull()
      .references(() => residents.id),
    channel: text("channel").notNull(),
    address: text("address").notNull(),
    /** Non-essential messages (surveys, notices) stop after 退订/TD/STOP. */
    optedOutAt: timestamp("opted_out_at", { withTimezone: true }),
    /** Last time the resident wrote to us on this channel (WeChat's 48-hour window). */
    lastInboundAt: timestamp("last_inbound_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("resident_identities_channel_address_uq").on(t.channel, t.address),
    index("resident_identities_resident_idx").on(t.residentId),
  ],
);
