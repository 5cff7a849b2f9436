import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Durable per-channel state a channel module keeps through the port (e.g. a provider's pull cursor). */
export const channelState = pgTable(
  "channel_state",
  {
    channel: text("channel").notNull(),
    key: text("key").notNull(),
    value: text("value"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "channel_state_pk", columns: [t.channel, t.key] })],
);
