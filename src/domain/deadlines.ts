import chineseDays from "chinese-days";
import { centreHolidaySchedule, workdayCache } from "./centre-holidays.js";
import type { Policy } from "./jurisdiction.schema.js";
import { formatLocalDate, localDate, nextDay, startOfLocalDay, type LocalDate } from "./local-time.js";
import type { Tier, Urgency } from "./taxonomy.schema.js";

/**
 * Deadlines of a dispatched ticket, from `policy` in the jurisdiction config.
 *
 * Conventions (they decide what "5 working days" means to a unit, so they are stated once here):
 * - All clocks start at `dispatchedAt`: the moment the unit received the order (and its SMS).
 * - First contact: `firstContactMinutes` calendar minutes after dispatch (a phone call, not a day count).
 * - Acceptance: yellow after `acceptWithinHours.yellow`, red after `.red`, in calendar hours — the
 *   centre's 24 h / 48 h rule does not pause for weekends.
 * - Resolution in working days: like the time-limit rule of Chinese administrative law (期间开始之日
 *   不计算在期间内), the dispatch day itself never counts. The deadline is the end of the Nth working
 *   day after the dispatch day, i.e. 00:00 local time of the following calendar day: the ticket is
 *   overdue from that instant on. A Friday-evening dispatch with 5 working days is due at the end of
 *   the next Friday; one dispatched on 30 September is counted from the first working day after
 *   the National Day holiday. Working days follow the State Council's holiday and adjusted-workday
 *   (调休) schedule via `chinese-days`: a make-up Saturday is a working day.
 * - Urgency: emergency and urgent tickets also get `resolveHours[urgency]` calendar hours from
 *   dispatch; the earlier of the two deadlines applies (emergencies do not wait for the holiday).
 * - Extensions add working days after the last day of the current deadline (see extendDeadline).
 * - Dates are local dates in the jurisdiction's time zone, never the server's: a ticket dispatched
 *   at 23:30 in Shanghai is dispatched "today" in Shanghai even though it is still the previous day
 *   in UTC.
 */
export interface TicketDeadlines {
  firstContactBy: Date;
  acceptYellowAt: Date;
  acceptRedAt: Date;
  /** Resolution "due soon" (yellow): the start of the last working day, or 80 % of an hours window. */
  resolveYellowAt: Date;
  /** The ticket is overdue for resolution from this instant on. */
  resolveBy: Date;
  /** Which rule set resolveBy: the tier's working days, or the urgency's hours (the shorter wins). */
  resolveBasis: "working_days" | "hours";
}

export interface DeadlineInput {
  dispatchedAt: Date;
  tier: Tier;
  urgency: Urgency;
  /** Working days granted by approved extensions in this round. */
  extensionWorkingDays?: number;
}

export type DeadlinePolicy = Pick<
  Policy,
  "acceptWithinHours" | "firstContactMinutes" | "resolveWorkingDays" | "resolveHours"
>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Computes every deadline of one handling round. */
export function computeDeadlines(
  input: DeadlineInput,
  policy: DeadlinePolicy,
  timeZone: string,
): TicketDeadlines {
  const start = input.dispatchedAt.getTime();
  const days = policy.resolveWorkingDays[input.tier];
  if (days === undefined) throw new Error(`policy.resolveWorkingDays has no entry for tier "${input.tier}"`);
  const total = days + (input.extensionWorkingDays ?? 0);
  const startDay = localDate(input.dispatchedAt, timeZone);
  const lastDay = addWorkingDays(startDay, total);
  let resolveBy = startOfLocalDay(nextDay(lastDay), timeZone);
  let resolveYellowAt = startOfLocalDay(lastDay, timeZone);
  let resolveBasis: TicketDeadlines["resolveBasis"] = "working_days";

  const hours = input.urgency === "normal" ? undefined : policy.resolveHours[input.urgency];
  if (hours !== undefined) {
    // Extensions stretch an urgent ticket's window too: the hours window moves by whole working days.
    const byHours =
      input.extensionWorkingDays && input.extensionWorkingDays > 0
        ? extendDeadline(new Date(start + hours * HOUR), input.extensionWorkingDays, timeZone).getTime()
        : start + hours * HOUR;
    if (byHours < resolveBy.getTime()) {
      resolveBy = new Date(byHours);
      resolveYellowAt = hoursYellow(start, byHours);
      resolveBasis = "hours";
    }
  }

  return {
    firstContactBy: new Date(start + policy.firstContactMinutes * MINUTE),
    acceptYellowAt: new Date(start + policy.acceptWithinHours.yellow * HOUR),
    acceptRedAt: new Date(start + policy.acceptWithinHours.red * HOUR),
    resolveYellowAt,
    resolveBy,
    resolveBasis,
  };
}

/**
 * The resolution deadline of a running ticket whose urgency rose after dispatch (a late hotline
 * segment): the unit was given the everyday deadline and hears of the danger only now, so the
 * urgency's hours count from `raisedAt`, not from dispatch. A ticket dispatched two days ago is not
 * overdue the moment it turns out to be an emergency, and a raise never gives the unit more time:
 * null when the current deadline is already the earlier one.
 */
export function deadlineAfterRaise(
  current: { resolveBy: Date },
  raisedAt: Date,
  urgency: Urgency,
  policy: Pick<DeadlinePolicy, "resolveHours">,
): Pick<TicketDeadlines, "resolveBy" | "resolveYellowAt" | "resolveBasis"> | null {
  if (urgency === "normal") return null;
  const start = raisedAt.getTime();
  const by = start + policy.resolveHours[urgency] * HOUR;
  if (by >= current.resolveBy.getTime()) return null;
  return {
    resolveBy: new Date(by),
    resolveYellowAt: hoursYellow(start, by),
    resolveBasis: "hours",
  };
}

/** "Due soon" for an hours window: after 80 % of it. */
function hoursYellow(start: number, by: number): Date {
  return new Date(start + Math.round((by - start) * 0.8));
}

/**
 * Moves a resolution deadline by `workingDays` working days: the new deadline is the end of the Nth
 * working day after the local day on which the current deadline falls (for an end-of-day deadline,
 * that is its last day, so "+3" on a Friday deadline means the end of Wednesday).
 */
export function extendDeadline(deadline: Date, workingDays: number, timeZone: string): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0)
    throw new Error("workingDays must be a whole number ≥ 0");
  if (workingDays === 0) return deadline;
  // An end-of-day deadline is 00:00 of the next day: step back 1 ms to land on its last day.
  const lastDay = localDate(new Date(deadline.getTime() - 1), timeZone);
  return startOfLocalDay(nextDay(addWorkingDays(lastDay, workingDays)), timeZone);
}

export { useHolidaySchedule } from "./centre-holidays.js";

/** Whether units work on that day in mainland China (weekends, holidays and 调休 make-up days applied). */
export function isWorkingDay(d: LocalDate): boolean {
  const key = formatLocalDate(d);
  let v = workdayCache.get(key);
  if (v === undefined) {
    v = computeWorkingDay(d, key);
    workdayCache.set(key, v);
  }
  return v;
}

function computeWorkingDay(d: LocalDate, key: string): boolean {
  const centreSchedule = centreHolidaySchedule();
  if (centreSchedule) {
    if (centreSchedule.off.has(key)) return false;
    if (centreSchedule.on.has(key)) return true;
    // A year the centre listed is complete: the package's (possibly older) data is not mixed in.
    if (centreSchedule.years.has(d.year)) {
      const dow = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
      return dow !== 0 && dow !== 6;
    }
  }
  // chinese-days parses "YYYY-MM-DD" as UTC midnight but reads it back with local getters, which
  // shifts the day on servers west of UTC. A process-local noon Date has the same calendar day in
  // both readings, whatever TZ the server runs in.
  return chineseDays.isWorkday(new Date(d.year, d.month - 1, d.day, 12));
}

/** Where the holidays of `year` come from: the centre's config, the chinese-days package, or nowhere. */
export function holidayDataSource(year: number): "config" | "chinese-days" | null {
  const centreSchedule = centreHolidaySchedule();
  if (centreSchedule?.years.has(year)) return "config";
  const known =
    chineseDays.getHolidaysInRange(new Date(year, 0, 1, 12), new Date(year, 11, 31, 12), false).length > 0;
  return known ? "chinese-days" : null;
}

/**
 * Whether the official holidays of `year` are known (from config/holidays.json or chinese-days).
 * Without them working days fall back to Monday–Friday, Spring Festival included: the State Council
 * publishes each year's schedule in November, and `config check` and start-up warn about a gap.
 */
export function hasHolidayData(year: number): boolean {
  return holidayDataSource(year) !== null;
}

/** The holiday a day belongs to (off or worked in lieu), e.g. "春节", or undefined. */
export function holidayName(d: LocalDate): string | undefined {
  const centreSchedule = centreHolidaySchedule();
  const key = formatLocalDate(d);
  if (centreSchedule) {
    const own = centreSchedule.off.get(key) ?? centreSchedule.on.get(key);
    if (own || centreSchedule.years.has(d.year)) return own;
  }
  // chinese-days names days "English,中文,length".
  const detail = chineseDays.getDayDetail(new Date(d.year, d.month - 1, d.day, 12)) as { name?: string };
  const parts = (detail.name ?? "").split(",");
  return parts.length === 3 ? parts[1] : undefined;
}

/** The Nth working day after `from` (not counting `from` itself); n = 0 returns `from`. */
export function addWorkingDays(from: LocalDate, n: number): LocalDate {
  let d = from;
  for (let left = n; left > 0;) {
    d = nextDay(d);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
