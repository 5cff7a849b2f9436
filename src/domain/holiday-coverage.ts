import { hasHolidayData } from "./deadlines.js";
import { localDate } from "./local-time.js";

/**
 * The years (this one and the next, in the centre's time zone) whose official holidays are
 * unknown: deadlines in them would count Monday–Friday only, Spring Festival and 调休 ignored.
 */
export function missingHolidayYears(now: Date, timeZone: string): number[] {
  const year = localDate(now, timeZone).year;
  return [year, year + 1].filter((y) => !hasHolidayData(y));
}

/** The warning `config check` and start-up print for a year without holiday data. */
export function missingHolidayWarning(year: number): string {
  return (
    `holidays.json: no holiday data for ${year}: working-day deadlines in ${year} would count Monday–Friday ` +
    `only (Spring Festival and 调休 ignored). Add the State Council's ${year} schedule to config/holidays.json ` +
    `(see docs/going-live.md), or upgrade the chinese-days package once it covers ${year}.`
  );
}
