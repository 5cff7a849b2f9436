import { z } from "zod";

/** Kinds of appeal (诉求类型). The set is fixed in code because routing and surveys branch on it. */
export const KIND_CODES = [
  "complaint",
  "help",
  "dispute",
  "consultation",
  "suggestion",
  "wish",
  "praise",
] as const;
export const Kind = z.enum(KIND_CODES);
export type Kind = z.infer<typeof Kind>;

export const TIER_CODES = ["general", "major", "difficult", "cross"] as const;
export const Tier = z.enum(TIER_CODES);
export type Tier = z.infer<typeof Tier>;

export const URGENCY_CODES = ["emergency", "urgent", "normal"] as const;
export const Urgency = z.enum(URGENCY_CODES);
export type Urgency = z.infer<typeof Urgency>;

export const Category = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and underscores, e.g. water_supply"),
  name: z.string().min(1),
  examples: z.string().default(""),
  /** A unit id, or "community" (the ticket's own community) or "centre". */
  handler: z.string().min(1),
});
export type Category = z.infer<typeof Category>;

export const Taxonomy = z
  .strictObject({
    version: z.literal(1),
    kinds: z.record(Kind, z.string()),
    categories: z.array(Category).min(1),
    tiers: z.record(Tier, z.string()),
    urgency: z.record(Urgency, z.string()),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.categories.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({
          code: "custom",
          path: ["categories", i, "code"],
          message: `duplicate category code "${c.code}"`,
        });
      seen.add(c.code);
    });
    if (!seen.has("other"))
      ctx.addIssue({
        code: "custom",
        path: ["categories"],
        message: 'a category with code "other" is required (the fallback for unclassifiable appeals)',
      });
  });
export type Taxonomy = z.infer<typeof Taxonomy>;
