import type { Complaint } from "../domain/complaint.schema.js";
import type { DomainConfig } from "../domain/config.js";
import type { TicketDeadlines } from "../domain/deadlines.js";
import { routeComplaint, type RouteDecision, type RoutingInput } from "../domain/routing.js";
import type { Tier, Urgency } from "../domain/taxonomy.schema.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { deadlinesFor } from "./deadlines-memo.js";

/** A routing decision with the deadlines it would get if dispatched at `dispatchedAt`. */
export interface RoutePlan extends RouteDecision {
  unitName: string;
  /** Null for a triage decision: no unit holds it, no clock runs. */
  deadlines: TicketDeadlines | null;
}

/**
 * The one routing code path, shared by the route worker, the centre's automatic re-dispatch and
 * `zhitong route`: routeComplaint with the config's routing section, then the deadlines of the tier.
 */
export function planRoute(input: RoutingInput, config: DomainConfig, dispatchedAt: Date): RoutePlan {
  const decision = routeComplaint(input, config, { tierRules: config.routing?.tierRules });
  const unit = config.units.get(decision.unit);
  const deadlines = decision.triage
    ? null
    : deadlinesFor(config, { dispatchedAt, tier: decision.tier, urgency: input.urgency });
  return { ...decision, unitName: unit?.name ?? decision.unit, deadlines };
}

/** Routing input from a structured complaint (the output of `zhitong extract`). */
export function complaintRoutingInput(
  c: Complaint,
  extra: { reporterCount?: number; tier?: Tier } = {},
): RoutingInput {
  return {
    kind: c.kind,
    category: c.category,
    summary: c.summary,
    description: c.description,
    urgency: c.urgency,
    location: { text: c.location.text, community: c.location.community },
    ...extra,
  };
}

/** Routing input from a stored ticket. */
export function ticketRoutingInput(t: TicketRow, reporterCount: number): RoutingInput {
  return {
    kind: t.kind as RoutingInput["kind"],
    category: t.category,
    summary: t.summary,
    description: t.description,
    urgency: t.urgency as Urgency,
    location: { text: t.locationText, community: t.communityId },
    reporterCount: Math.max(1, reporterCount),
    tier: t.tier as Tier,
    // The engine's doubt only counts while the category is still the engine's own.
    categoryConfidence:
      t.engine !== "staff" && t.complaint && t.complaint.category === t.category
        ? t.complaint.confidence.category
        : undefined,
  };
}
