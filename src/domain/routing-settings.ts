import { z } from "zod";
import { TierRules } from "./tier-rules.js";

/**
 * The optional `routing` section of the config (config/routing.json): tier rules for routing and
 * the thresholds of duplicate detection. Every key is optional; the defaults are the domain modules'.
 */
export const DuplicateSettings = z
  .strictObject({
    /** Score from which the centre is offered a merge (0..1). */
    suggestAt: z.number().min(0).max(1).optional(),
    /** Score from which a new ticket is merged without asking (0..1); above 1 disables auto-merge. */
    autoMergeAt: z.number().min(0).max(1.01).optional(),
    /** How far apart in time two reports may be, in hours. */
    windowHours: z.number().positive().optional(),
    /** How far apart two located reports may be, in metres. */
    radiusMeters: z.number().positive().optional(),
  })
  .refine((d) => d.suggestAt === undefined || d.autoMergeAt === undefined || d.suggestAt <= d.autoMergeAt, {
    message: "suggestAt must not be above autoMergeAt",
  });
export type DuplicateSettings = z.infer<typeof DuplicateSettings>;

export const RoutingSettings = z.strictObject({
  /** Replaces the default tier rules entirely when present (an empty list disables raising). */
  tierRules: TierRules.optional(),
  duplicates: DuplicateSettings.optional(),
});
export type RoutingSettings = z.infer<typeof RoutingSettings>;
