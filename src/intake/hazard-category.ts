import type { Hazard } from "./urgency-rules.js";

/*
 * An emergency must reach a unit that can act. The classifier, trained on everyday complaints,
 * reads "楼道里有很大的煤气味" as a smell (pollution) or nothing at all (other); the danger itself
 * says who must come.
 */
const OWNERS: Partial<Record<Hazard, readonly string[]>> = {
  gas: ["gas_supply"],
  electric: ["power_supply"],
  missing: ["public_order", "social_assistance"],
  flood: ["municipal", "public_order"],
  violence: ["public_order"],
  self_harm: ["public_order", "social_assistance"],
};

/**
 * The category an emergency must carry (possibly the classifier's own choice, which the danger then
 * confirms), or null when the danger says nothing about who must come and the classifier's choice stands.
 */
export function categoryForHazard(hazard: Hazard | null, text: string, current: string): string | null {
  if (!hazard) return null;
  // "电体困人": a lift misspelt by the input method is still a lift.
  if (hazard === "trapped" && /电(梯|体|题|提|替)|dianti|dian ti/i.test(text)) return "property";
  const owners = OWNERS[hazard];
  if (owners) return owners.includes(current) ? current : owners[0]!;
  // Fire, injury, poisoning, trapped behind a door: keep a plausible reading, never "other".
  return current === "other" ? "public_order" : null;
}
