import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import { getISOWeek } from "date-fns/getISOWeek";

/**
 * Calendar dates and wall-clock times in the jurisdiction's time zone (config
 * `jurisdiction.timezone`), never the server's. Every conversion between an instant and a local
 * date, day boundary or displayed time goes through here; zone rules come from @date-fns/tz
 * (the platform's Intl data), so a zone with daylight saving time is handled too.
 */

/** A calendar date without a time or zone: what a wall calendar in the jurisdiction shows. */
export interface LocalDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** The calendar date of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const z = new TZDate(instant.getTime(), timeZone);
  return { year: z.getFullYear(), month: z.getMonth() + 1, day: z.getDate() };
}

/** The instant at which `d` begins (00:00) in `timeZone`. */
export function startOfLocalDay(d: LocalDate, timeZone: string): Date {
  return new Date(TZDate.tz(timeZone, d.year, d.month - 1, d.day).getTime());
}

/** The date `n` calendar days after `d` (n may be negative). */
export function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function nextDay(d: LocalDate): LocalDate {
  return addDays(d, 1);
}

/** "2026-10-08" */
export function formatLocalDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function parseLocalDate(s: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  // Round-trip through the calendar so "2026-02-30" is refused instead of rolling over to March.
  if (!d || formatLocalDate(addDays(d, 0)) !== s) throw new Error(`not a YYYY-MM-DD date: ${s}`);
  return d;
}

/** `instant` formatted in `timeZone` with a date-fns pattern, e.g. "M月d日 HH:mm". */
export function formatInZone(instant: Date, timeZone: string, pattern: string): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern);
}

/** "20261121": the local day as ticket references and daily digests name it. */
export function localDay(instant: Date, timeZone: string): string {
  // A batch of intake turns files its tickets within a second or so, and reading the zone's rules
  // is most of the cost. Zone offsets and their changes fall on whole seconds, so no local day
  // begins inside a second: the day of the instant's second is the day of the instant.
  const second = Math.floor(instant.getTime() / 1000);
  if (second !== lastDay.second || timeZone !== lastDay.timeZone)
    lastDay = { second, timeZone, day: formatInZone(instant, timeZone, "yyyyMMdd") };
  return lastDay.day;
}

let lastDay = { second: NaN, timeZone: "", day: "" };

/**
 * A report boundary: "2026-11-01" is midnight in `timeZone`; a full ISO timestamp (with its offset)
 * is taken as it is. Throws on anything else.
 */
export function parseDayOrInstant(s: string, timeZone: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return startOfLocalDay(parseLocalDate(s), timeZone);
  const t = new Date(s);
  if (Number.isNaN(t.getTime())) throw new Error(`not a date or timestamp: ${s}`);
  return t;
}

// A process-local noon has the same calendar day whatever zone the server runs in.
const calendarNoon = (d: LocalDate) => new Date(d.year, d.month - 1, d.day, 12);

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: LocalDate): number {
  return getISODay(calendarNoon(d));
}

/** ISO-8601 week number: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(d: LocalDate): number {
  return getISOWeek(calendarNoon(d));
}
