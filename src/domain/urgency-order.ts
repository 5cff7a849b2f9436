import { URGENCY_CODES, type Urgency } from "./taxonomy.schema.js";

/**
 * Whether `a` is graver than `than` (特急 > 紧急 > 一般). Urgency only ever rises after filing (a late
 * hotline segment, a resident's addition, a merged turn): every such check reads this one order.
 */
export function moreUrgent(a: Urgency, than: Urgency): boolean {
  return order(a) < order(than);
}

// URGENCY_CODES lists the gravest first; an unknown code (bad data) counts as the mildest.
function order(u: Urgency): number {
  const i = URGENCY_CODES.indexOf(u);
  return i < 0 ? URGENCY_CODES.length : i;
}
