import type { TicketDeadlines } from "./deadlines.js";
import { RUNNING_STATUSES, type TicketStatus } from "./ticket-status.js";

/**
 * Red/yellow lights (红黄灯督办) of a ticket, computed from durable state and a given `now` only, so a
 * sweep can rebuild every light from PostgreSQL and a delayed job can be scheduled at `nextCheckAt`.
 *
 * Stages and their lights while the stage is still pending:
 * - acceptance (签收): yellow from `acceptYellowAt` (the 24 h warning), red from `acceptRedAt` (48 h).
 *   Overdue from yellow on: the unit has already missed the 24 h acceptance limit.
 * - first contact (首次联系): yellow from `firstContactBy` — a reminder to phone the resident, never red
 *   on its own (the centre's rule for it is "remind", not "demand an explanation").
 * - resolution (办结): yellow from `resolveYellowAt` (due soon, not yet overdue), red and overdue from
 *   `resolveBy`.
 * The ticket's light is the worst light of its pending stages. The clocks run only while a unit holds
 * the ticket (dispatched, accepted); in every other status the light is green and nothing is
 * scheduled. A stage finished after its deadline keeps `late: true` for the unit's assessment.
 */
export type Light = "green" | "yellow" | "red";
export type Stage = "acceptance" | "first_contact" | "resolution";

export interface LightInput {
  status: TicketStatus;
  dispatchedAt: Date | null;
  acceptedAt: Date | null;
  firstContactAt: Date | null;
  resolvedAt: Date | null;
  deadlines: Pick<
    TicketDeadlines,
    "firstContactBy" | "acceptYellowAt" | "acceptRedAt" | "resolveYellowAt" | "resolveBy"
  >;
  now: Date;
}

export interface StageLight {
  stage: Stage;
  light: Light;
  /** The stage's work is done (accepted, contacted, resolved). */
  done: boolean;
  /** Done after its deadline, or still pending past it. */
  late: boolean;
  /** The instant the stage became (or becomes) overdue. */
  dueAt: Date;
}

export interface LightResult {
  light: Light;
  /** Pending stages past their deadline, in stage order. */
  overdue: Stage[];
  stages: StageLight[];
  /** The next instant the light or the overdue list could change without any action; null when none. */
  nextCheckAt: Date | null;
}

const RANK: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

export function computeLights(input: LightInput): LightResult {
  const { deadlines: d, now } = input;
  const running = RUNNING_STATUSES.includes(input.status) && input.dispatchedAt !== null;
  const t = now.getTime();
  const thresholds: number[] = [];

  const stage = (
    name: Stage,
    doneAt: Date | null,
    yellowAt: Date,
    redAt: Date | null,
    dueAt: Date,
  ): StageLight => {
    const done = doneAt !== null;
    const at = done ? doneAt.getTime() : t;
    let light: Light = "green";
    if (redAt && at >= redAt.getTime()) light = "red";
    else if (at >= yellowAt.getTime()) light = "yellow";
    if (!done && running) {
      for (const x of [yellowAt, redAt, dueAt]) if (x && x.getTime() > t) thresholds.push(x.getTime());
    }
    const counts = done || running;
    return {
      stage: name,
      light: counts ? light : "green",
      done,
      late: counts && at >= dueAt.getTime(),
      dueAt,
    };
  };

  // accepted status without a stored acceptedAt (legacy rows) still counts as accepted.
  const acceptedAt = input.acceptedAt ?? (input.status === "accepted" ? (input.dispatchedAt ?? now) : null);
  const stages: StageLight[] = [
    stage("acceptance", acceptedAt, d.acceptYellowAt, d.acceptRedAt, d.acceptYellowAt),
    stage("first_contact", input.firstContactAt, d.firstContactBy, null, d.firstContactBy),
    stage("resolution", input.resolvedAt, d.resolveYellowAt, d.resolveBy, d.resolveBy),
  ];

  if (!running) return { light: "green", overdue: [], stages, nextCheckAt: null };

  const pending = stages.filter((s) => !s.done);
  const light = pending.reduce<Light>((worst, s) => (RANK[s.light] > RANK[worst] ? s.light : worst), "green");
  const overdue = pending.filter((s) => s.late).map((s) => s.stage);
  const next = thresholds.length ? Math.min(...thresholds) : null;
  return { light, overdue, stages, nextCheckAt: next === null ? null : new Date(next) };
}

/**
 * The instants at which a ticket's light turns yellow and red and the ticket becomes overdue, if
 * nothing else happens: what computeLights says for any `now`, folded into three timestamps so a
 * database can count "red now" as `redAt <= now` over an index instead of evaluating every ticket.
 * For every `now`: light is red iff `redAt <= now`, else yellow iff `yellowAt <= now`, else green;
 * the overdue list is non-empty iff `overdueAt <= now`. All null while no unit's clock runs (the
 * light is then green whatever the time) or every stage is done.
 */
export interface LightInstants {
  yellowAt: Date | null;
  redAt: Date | null;
  overdueAt: Date | null;
}

export function lightInstants(input: Omit<LightInput, "now">): LightInstants {
  const none: LightInstants = { yellowAt: null, redAt: null, overdueAt: null };
  const running = RUNNING_STATUSES.includes(input.status) && input.dispatchedAt !== null;
  if (!running) return none;
  const d = input.deadlines;
  // Same legacy rule as computeLights: an accepted status without acceptedAt counts as accepted.
  const accepted = input.acceptedAt !== null || input.status === "accepted";
  const pending: { yellowAt: Date; redAt: Date | null; dueAt: Date }[] = [];
  if (!accepted) pending.push({ yellowAt: d.acceptYellowAt, redAt: d.acceptRedAt, dueAt: d.acceptYellowAt });
  if (input.firstContactAt === null)
    pending.push({ yellowAt: d.firstContactBy, redAt: null, dueAt: d.firstContactBy });
  if (input.resolvedAt === null)
    pending.push({ yellowAt: d.resolveYellowAt, redAt: d.resolveBy, dueAt: d.resolveBy });
  const earliest = (xs: (Date | null)[]) => {
    const ms = xs.filter((x): x is Date => x !== null).map((x) => x.getTime());
    return ms.length ? new Date(Math.min(...ms)) : null;
  };
  // A stage is at least yellow from its yellow instant, and from its red one should a policy ever
  // put red first.
  return {
    yellowAt: earliest(pending.flatMap((s) => [s.yellowAt, s.redAt])),
    redAt: earliest(pending.map((s) => s.redAt)),
    overdueAt: earliest(pending.map((s) => s.dueAt)),
  };
}
