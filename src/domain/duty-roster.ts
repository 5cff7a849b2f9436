import { formatInZone, isoWeekday, localDate } from "./local-time.js";
import {
  WEEKDAYS,
  type DutyOfficer,
  type DutyRoster,
  type DutyShift,
  type Weekday,
} from "./duty-roster.schema.js";

export interface OnDuty {
  officer: DutyOfficer;
  /** Which entry put them on duty: a dated override or a weekly shift. */
  via: "override" | "shift";
}

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const WEEKDAY_LABEL: Record<Weekday, string> = {
  mon: "周一",
  tue: "周二",
  wed: "周三",
  thu: "周四",
  fri: "周五",
  sat: "周六",
  sun: "周日",
};

/**
 * The officer on duty at `instant`, read on the centre's wall clock (`timeZone`): a dated override
 * running then wins, else the first weekly shift that covers it; null when the roster has a gap
 * (the caller then alarms the fallback duty unit).
 */
export function officerOnDuty(
  roster: DutyRoster | undefined,
  instant: Date,
  timeZone: string,
): OnDuty | null {
  if (!roster) return null;
  const byId = new Map(roster.officers.map((o) => [o.id, o]));
  // "YYYY-MM-DD HH:mm" strings order like the instants they name, so overrides compare as text.
  const local = formatInZone(instant, timeZone, "yyyy-MM-dd HH:mm");
  for (const o of roster.overrides)
    if (o.from <= local && local < o.to && byId.has(o.officer))
      return { officer: byId.get(o.officer)!, via: "override" };
  const minuteOfWeek =
    (isoWeekday(localDate(instant, timeZone)) - 1) * DAY_MINUTES + minutes(local.slice(11));
  for (const s of roster.shifts)
    if (shiftCovers(s, minuteOfWeek) && byId.has(s.officer))
      return { officer: byId.get(s.officer)!, via: "shift" };
  return null;
}

/**
 * The hours of a week no weekly shift covers, as "周二 08:00–09:00" (dated overrides do not count:
 * they fill one day, not every week). Empty when the roster is 7×24.
 */
export function rosterGaps(roster: DutyRoster): string[] {
  const covered = new Array<boolean>(WEEK_MINUTES).fill(false);
  for (const s of roster.shifts)
    for (let m = 0; m < WEEK_MINUTES; m++) if (!covered[m] && shiftCovers(s, m)) covered[m] = true;
  const firstCovered = covered.indexOf(true);
  if (firstCovered < 0) return ["全周无人值班 (no weekly shifts)"];
  const gaps: string[] = [];
  // Start the scan at a covered minute so a gap running over Sunday midnight is reported once.
  let gapStart: number | null = null;
  for (let i = 1; i <= WEEK_MINUTES; i++) {
    const m = (firstCovered + i) % WEEK_MINUTES;
    if (!covered[m] && gapStart === null) gapStart = m;
    if (covered[m] && gapStart !== null) {
      const from = at(gapStart);
      const to = at(m, true);
      gaps.push(`${from.day} ${from.time}–${to.day === from.day ? "" : `${to.day} `}${to.time}`);
      gapStart = null;
    }
  }
  return gaps;
}

/** Whether a weekly shift covers a minute of the week (0 = Monday 00:00, local time). */
export function shiftCovers(s: DutyShift, minuteOfWeek: number): boolean {
  const day = Math.floor(minuteOfWeek / DAY_MINUTES);
  const m = minuteOfWeek % DAY_MINUTES;
  const start = minutes(s.from);
  const end = minutes(s.to);
  const on = (d: number) => s.days.includes(WEEKDAYS[(d + 7) % 7]!);
  if (start < end) return on(day) && m >= start && m < end;
  // Crosses midnight (or runs 24 h from `from` when from = to): tonight's part and last night's tail.
  return (on(day) && m >= start) || (on(day - 1) && m < end);
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function at(minuteOfWeek: number, isEnd = false): { day: string; time: string } {
  let day = Math.floor(minuteOfWeek / DAY_MINUTES);
  let m = minuteOfWeek % DAY_MINUTES;
  // An end at midnight reads better as "24:00" of the day before.
  if (isEnd && m === 0) {
    day = (day + 6) % 7;
    m = DAY_MINUTES;
  }
  const time = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return { day: WEEKDAY_LABEL[WEEKDAYS[day]!], time };
}
