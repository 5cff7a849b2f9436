import { z } from "zod";
import { Kind, Urgency } from "./taxonomy.schema.js";

/**
 * Where a report came from: a channel module's name (the list is `channels/registry.ts`) or a
 * non-channel source (`staff`, `open311`). The domain does not enumerate them: the edges validate.
 */
export const Channel = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "a channel name");
export type Channel = z.infer<typeof Channel>;

export const ENGINES = ["offline", "openai", "staff"] as const;
export const Engine = z.enum(ENGINES);
export type Engine = z.infer<typeof Engine>;

export const COMPLAINT_FIELDS = [
  "kind",
  "category",
  "summary",
  "description",
  "location",
  "urgency",
  "contact",
] as const;
export const ComplaintField = z.enum(COMPLAINT_FIELDS);
export type ComplaintField = z.infer<typeof ComplaintField>;

export const Location = z.object({
  text: z.string().max(200).nullable().describe("The place as the resident said it, e.g. 西盛家园3号楼"),
  community: z
    .string()
    .nullable()
    .describe("Unit id of the community from the jurisdiction config, or null when unresolved"),
  lat: z.number().min(-90).max(90).nullable().describe("Latitude when known (WGS-84 or GCJ-02 as sent)"),
  lng: z.number().min(-180).max(180).nullable().describe("Longitude when known"),
});
export type Location = z.infer<typeof Location>;

/**
 * The number the resident asked to be called back on and whose it is: their own, or a relative's
 * (or a carer's) they named for it ("有事打我女儿电话…"). A neighbour's, a shop's or the property
 * company's number is never one.
 */
export const Callback = z.object({
  phone: z.string().max(20).describe("digits only"),
  for: z.enum(["self", "relative"]),
});
export type Callback = z.infer<typeof Callback>;

export const Contact = z.object({
  name: z.string().max(50).nullable().describe("The resident's name or how they want to be addressed"),
  phone: z
    .string()
    .max(20)
    .nullable()
    .describe("The resident's own phone number, digits only: their profile's, used to reach them"),
  callback: Callback.nullable()
    .optional()
    .describe(
      "A number to call back that is not the resident's own (a relative's they named), kept on the ticket only; absent or null: call `phone`",
    ),
});
export type Contact = z.infer<typeof Contact>;

/** Whom to call back about a report: the number the resident named for it, else their own. */
export function callbackOf(contact: Contact): Callback | null {
  if (contact.callback) return contact.callback;
  return contact.phone ? { phone: contact.phone, for: "self" } : null;
}

/** One of the engine's best category guesses, with the words that made it. */
export const CategoryCandidate = z.object({
  category: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string().max(20)).max(5),
});
export type CategoryCandidate = z.infer<typeof CategoryCandidate>;

/**
 * The structured complaint: the contract between intake and everything downstream
 * (routing, tickets, surveys). Category validity against the taxonomy is checked where the
 * taxonomy is known (see validateComplaintAgainstConfig in intake), not here.
 */
export const Complaint = z.object({
  kind: Kind.describe("Kind of appeal"),
  category: z.string().describe("Category code from the taxonomy, e.g. heating"),
  summary: z.string().max(30).describe("Dispatcher-ready summary, at most 30 characters"),
  description: z.string().max(4000).describe("The resident's facts, cleaned, nothing invented"),
  location: Location,
  urgency: Urgency.describe("emergency | urgent | normal"),
  contact: Contact,
  missing: z.array(ComplaintField).describe("Fields still needed before the ticket can be filed"),
  confidence: z
    .partialRecord(ComplaintField, z.number().min(0).max(1))
    .describe("Confidence per field, 0..1"),
  engine: Engine.describe("Which engine produced this complaint"),
  /**
   * The engine's top categories, most likely first, so a dispatcher can choose with one click
   * when the engine is unsure. Absent from engines that do not rank.
   */
  candidates: z.array(CategoryCandidate).max(3).optional(),
});
export type Complaint = z.infer<typeof Complaint>;
