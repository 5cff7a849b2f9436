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

/**
 * The review policy's categories that the taxonomy does not know, as "key: problem" lines (the
 * service refuses to start with them, and `config check` says the same).
 */
export function reviewPolicyProblems(policy: ReviewPolicy, categoryCodes: ReadonlySet<string>): string[] {
  return policy.categories.flatMap((code, i) =>
    categoryCodes.has(code)
      ? []
      : [
          `policy.review.categories.${i}: unknown category "${code}" (use a category code from taxonomy.json)`,
        ],
  );
}
