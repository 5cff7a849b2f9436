import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Complaint } from "../../domain/complaint.schema.js";
import type { TicketStatus } from "../../domain/ticket-status.js";
import { conversations, messages } from "./conversations.js";
import { residents } from "./residents.js";
import { staffUsers } from "./staff.js";
import { units } from "./units.js";

/** A work order (派工单). `ref` is the number residents and staff quote, e.g. ZT20261121-0042. */
export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ref: text("ref").notNull().unique(),
    kind: text("kind").notNull(),
    category: text("category").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    locationText: text("location_text"),
    communityId: text("community_id").references(() => units.id),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    urgency: text("urgency").notNull(),
    tier: text("tier").notNull().default("general"),
    status: text("status").$type<TicketStatus>().notNull().default("received"),
    /** The unit responsible now; null until dispatched. */
    unitId: text("unit_id").references(() => units.id),
    /** True while the ticket waits in the centre's manual triage queue. */
    triage: boolean("triage").notNull().default(false),
    /** Marked for supervision (督办) in the leaders' list. */
    supervised: boolean("supervised").notNull().default(false),
    round: integer("round").notNull().default(1),
    transferCount: integer("transfer_count").notNull().default(0),
    /** Assisting units (协办单位) beside the lead unit (`unitId`, 主办): they read and add progress. */
    assistUnitIds: text("assist_unit_ids")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** A unit's request to hand the ticket back (退单), waiting for the centre's decision; null when none. */
    returnRequestedAt: timestamp("return_requested_at", { withTimezone: true }),
    returnReason: text("return_reason"),
    mergedIntoId: uuid("merged_into_id"),
    channel: text("channel").notNull(),
    engine: text("engine").notNull(),
    /** The structured complaint exactly as intake produced it (the audit trail of extraction). */
    complaint: jsonb("complaint").$type<Complaint>(),
    conversationId: uuid("conversation_id").references(() => conversations.id),
    firstContactDueAt: timestamp("first_contact_due_at", { withTimezone: true }),
    acceptYellowAt: timestamp("accept_yellow_at", { withTimezone: true }),
    acceptRedAt: timestamp("accept_red_at", { withTimezone: true }),
    resolveDueAt: timestamp("resolve_due_at", { withTimezone: true }),
    /** The resolution's "due soon" instant (also in ticket_sla), so the light instants need only this row. */
    resolveYellowAt: timestamp("resolve_yellow_at", { withTimezone: true }),
    /**
     * When the light turns yellow, red, and the ticket becomes overdue if nothing else happens
     * (src/domain/lights.ts lightInstants), rewritten by every update that moves a deadline or
     * finishes a stage: the dashboard counts lights with `<= now` instead of evaluating each ticket.
     * Null while no unit's clock runs, and on a running ticket not yet backfilled (computed in code).
     */
    lightYellowAt: timestamp("light_yellow_at", { withTimezone: true }),
    lightRedAt: timestamp("light_red_at", { withTimezone: true }),
    lightOverdueAt: timestamp("light_overdue_at", { withTimezone: true }),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
    firstContactAt: timestamp("first_contact_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /**
     * When the duty contact was last alarmed because no unit holds this emergency (it could not be
     * routed, or its unit sent it back). A cache: `duty_alarms` is the record; raiseDutyAlarm sets
     * this to the latest such `raised_at` in the same transaction, so lists need no join.
     */
    alarmedAt: timestamp("alarmed_at", { withTimezone: true }),
    /**
     * The house numbers the summary and description name ("号楼", "3号楼"…: houseNumberTokens),
     * written at filing so the duplicate search gates other buildings in SQL. Null when not worked
     * out (rows filed before migration 0058 until backfilled, or whose text changed): the search
     * then keeps the candidate and the worker's own gate decides.
     */
    dupNumbers: text("dup_numbers").array(),
    /** Optimistic concurrency: every update bumps it, so two simultaneous actions cannot both win. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also INCLUDE (community_id, category, status, unit_id): drizzle/0041_report_day_counts.sql.
    index("tickets_created_idx").on(t.createdAt, t.id),
    index("tickets_status_idx").on(t.status),
    // (unit, status) first; created_at and id give a unit's list its order (0064).
    index("tickets_unit_idx").on(t.unitId, t.status, t.createdAt, t.id),
    // (community_id, category): the leading part of tickets_community_category_created_idx (0058).
    index("tickets_urgency_idx")
      .on(t.urgency)
      .where(sql`${t.urgency} <> 'normal'`),
    index("tickets_assist_units_idx").using("gin", t.assistUnitIds),
    index("tickets_return_requested_idx")
      .on(t.returnRequestedAt)
      .where(sql`${t.returnRequestedAt} IS NOT NULL`),
    index("tickets_pending_review_idx")
      .on(t.updatedAt)
      .where(sql`${t.status} = 'pending_review'`),
    // The word search's characters and character pairs (drizzle/0054_ticket_word_search.sql).
    index("tickets_text_grams_idx").using(
      "gin",
      sql`ticket_text_grams(${t.summary}, ${t.description}, ${t.locationText})`,
    ),
    // Report indexes (migration 0027; drizzle cannot spell their INCLUDE columns): the period's
    // tickets and the open tickets' lights, each read from the index alone.
    index("tickets_report_idx").on(t.createdAt),
    index("tickets_open_light_instants_idx")
      .on(t.unitId)
      .where(
        sql`${t.status} IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review')`,
      ),
    // Also INCLUDE (status, unit_id, dup_numbers): drizzle/0051 and 0058.
    index("tickets_community_category_created_idx").on(t.communityId, t.category, t.createdAt, t.id),
    index("tickets_urgent_created_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.urgency} <> 'normal'`),
    index("tickets_assisted_created_idx")
      .on(t.createdAt)
      .where(sql`${t.assistUnitIds} <> '{}'`),
    index("tickets_triage_created_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.triage}`),
  ],
);

/** Everyone who reported a ticket's problem: all of them get its status messages and its survey. */
export const ticketReporters = pgTable(
  "ticket_reporters",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    residentId: uuid("resident_id")
      .notNull()
      .references(() => residents.id),
    channel: text("channel").notNull(),
    conversationId: uuid("conversation_id").references(() => conversations.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The ticket's own creation instant, set by a trigger on insert (migration 0043): recurring
     * problems read a period's reporters as one index range.
     */
    ticketCreatedAt: timestamp("ticket_created_at", { withTimezone: true }),
    /**
     * Whether the ticket already had a reporter when this row was added (set by the same trigger,
     * migration 0051; null until the backfill marks rows written before it): recurring problems bound
     * a group's people by its tickets plus these rows.
     */
    extra: boolean("extra"),
    /**
     * The number this reporter asked to be called back on about this ticket when it is not their
     * own (a relative's they named), and whose it is (migration 0057). Personal data: masked for
     * staff, revealed as the profile phone is, never logged. Null: call the resident's own phone.
     */
    callbackPhone: text("callback_phone"),
    callbackFor: text("callback_for").$type<"relative">(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.residentId] }),
    index("ticket_reporters_resident_idx").on(t.residentId),
    // Also INCLUDE (resident_id): drizzle/0041_report_day_counts.sql.
    index("ticket_reporters_ticket_created_idx").on(t.ticketCreatedAt, t.ticketId),
  ],
);

/** Append-only history of a ticket: who did what, when and why. UPDATE and DELETE are refused by a trigger. */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** resident | staff | system */
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    /** The unit the actor acted for, when staff. */
    actorUnitId: text("actor_unit_id"),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("ticket_events_ticket_idx").on(t.ticketId, t.id)],
);

/**
 * Per-day counters that numbered tickets before the per-day sequences (migration 0026): read once
 * per day, by the day's first ticket, so a sequence never reuses a number the counter handed out.
 */
export const ticketRefCounters = pgTable("ticket_ref_counters", {
  day: text("day").primaryKey(),
  last: integer("last").notNull(),
});

/**
 * The resident's messages a ticket was made from (the draft's turns, a hotline transcript): the
 * ticket's transcript shows these and the bot's replies to them, never the rest of a conversation.
 */
export const ticketMessages = pgTable(
  "ticket_messages",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id),
  },
  (t) => [
    primaryKey({ name: "ticket_messages_pk", columns: [t.ticketId, t.messageId] }),
    index("ticket_messages_message_idx").on(t.messageId),
  ],
);

/**
 * The `Idempotency-Key` of a staff member's ticket creation: the same key files one ticket, committed
 * with it (drizzle/0038_ticket_idempotency_keys.sql).
 */
export const ticketIdempotencyKeys = pgTable(
  "ticket_idempotency_keys",
  {
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    key: text("key").notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text("request_hash").notNull(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.key] }),
    index("ticket_idempotency_keys_created_idx").on(t.createdAt),
  ],
);
