import { z } from "zod";
import { Kind, Tier, Urgency } from "../domain/taxonomy.schema.js";
import { TicketStatus } from "../domain/ticket-status.js";
import { channelNames } from "../../channels/registry.js";

/** Dates a query may name: the service's own era, so that year 0 or 275760 never reaches PostgreSQL. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
const inEra = (v: string) => {
  const t = Date.parse(v);
  return Number.isFinite(t) && t >= EARLIEST && t < LATEST;
};
const ERA_MESSAGE = "must be a date between 1970 and 2099";

/** An instant with offset, e.g. 2026-11-21T10:00:00+08:00. */
export const Instant = z.iso.datetime({ offset: true }).refine(inEra, ERA_MESSAGE);
/** A calendar day, e.g. 2026-11-21 (impossible days such as 02-30 are refused by z.iso.date). */
export const Day = z.iso.date().refine(inEra, ERA_MESSAGE);

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const TicketView = z.object({
  id: z.uuid(),
  ref: z.string(),
  kind: z.string(),
  category: z.string(),
  summary: z.string(),
  description: z.string(),
  location: z.object({
    text: z.string().nullable(),
    community: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  }),
  urgency: z.string(),
  /** When the duty contact was alarmed about this emergency (no unit could be resolved). */
  alarmedAt: z.iso.datetime().nullable(),
  tier: z.string(),
  status: TicketStatus,
  unitId: z.string().nullable(),
  triage: z.boolean(),
  supervised: z.boolean(),
  round: z.number(),
  transferCount: z.number(),
  /** Assisting units (协办) beside the lead unit `unitId` (主办). */
  assistUnitIds: z.array(z.string()),
  /** The holding unit's return request (退单申请) waiting for the centre, if any. */
  returnRequest: z.object({ at: z.iso.datetime(), reason: z.string().nullable() }).nullable(),
  mergedIntoId: z.string().nullable(),
  channel: z.string(),
  engine: z.string(),
  /** The engine's top categories with their evidence; empty when the engine gave none. */
  categoryCandidates: z.array(
    z.object({ category: z.string(), confidence: z.number(), evidence: z.array(z.string()) }),
  ),
  /** The engine's confidence in the kind (0–1); null when a person filed the ticket. */
  kindConfidence: z.number().nullable(),
  deadlines: z.object({
    firstContact: z.iso.datetime().nullable(),
    acceptYellow: z.iso.datetime().nullable(),
    acceptRed: z.iso.datetime().nullable(),
    resolve: z.iso.datetime().nullable(),
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TicketView = z.infer<typeof TicketView>;

export const TicketEventView = z.object({
  id: z.number(),
  at: z.iso.datetime(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorUnitId: z.string().nullable(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  /** A progress note's photos (staff-only URLs); absent on other events. */
  photos: z
    .array(z.object({ id: z.uuid(), url: z.string(), thumbnailUrl: z.string().nullable() }))
    .optional(),
});

export const CreateTicketBody = z.strictObject({
  kind: Kind.default("complaint"),
  category: z.string().min(1).describe("Category code from the taxonomy"),
  summary: z.string().trim().min(1).max(30),
  description: z.string().trim().min(1).max(4000),
  location: z.strictObject({
    text: z.string().trim().min(1).max(200).nullable().default(null),
    community: z.string().nullable().default(null).describe("Community unit id"),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lng: z.number().min(-180).max(180).nullable().default(null),
  }),
  urgency: Urgency.default("normal"),
  tier: Tier.optional(),
  contact: z
    .strictObject({
      name: z.string().trim().min(1).max(50).nullable().default(null),
      phone: z
        .string()
        .regex(/^\+?\d{5,15}$/, "digits only, e.g. 13912345678")
        .nullable()
        .default(null)
        .describe("The caller's own number: finds or creates the resident"),
      callback: z
        .strictObject({
          phone: z.string().regex(/^\d{5,15}$/, "digits only, e.g. 13912345678"),
          for: z.literal("relative"),
        })
        .nullable()
        .optional()
        .describe(
          "A relative's number the caller asks to be called back on for this ticket; kept on the ticket's reporter, never on the resident's profile (needs `phone`)",
        ),
    })
    .refine((c) => !c.callback || c.phone, {
      message: "a callback number needs the caller's own phone (the reporter it belongs to)",
      path: ["callback"],
    })
    .default({ name: null, phone: null }),
  // A channel module name (channels/registry.ts) or staff entry.
  channel: z.enum(["staff", ...channelNames]).default("hotline"),
});
export type CreateTicketBody = z.infer<typeof CreateTicketBody>;

const csv = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50))
    .optional();

export const ListTicketsQuery = z.strictObject({
  status: csv(TicketStatus),
  unit: csv(z.string()),
  category: csv(z.string()),
  tier: csv(Tier),
  channel: csv(z.string()),
  urgency: csv(Urgency),
  community: csv(z.string()),
  triage: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  supervised: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
