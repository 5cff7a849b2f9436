import type { Policy } from "./jurisdiction.schema.js";

export type ReviewPolicy = Policy["review"];

/**
 * Whether a unit's resolution of this ticket waits for the centre's approval (办结审核) before the
 * resident is told and surveyed: its category, tier or urgency is listed in the policy.
 */
export function needsReview(
  policy: ReviewPolicy,
  ticket: { category: string; tier: string; urgency: string },
): boolean {
  return (
    policy.categories.includes(ticket.category) ||
    (policy.tiers as readonly string[]).includes(ticket.tier) ||
    (policy.urgencies as readonly string[]).includes(ticket.urgency)
  );
}
