import type { HolidayIndex } from "./holiday-schedule.js";

/**
 * The centre's own holiday schedule (config/holidays.json), installed once when the config is
 * loaded. It is process-wide on purpose, like the time zone: every deadline of the deployment —
 * dispatch, extensions, the console's lights, the sweep — must count the same working days, and a
 * call site that forgot to pass it would silently fall back to Monday–Friday.
 *
 * Kept apart from deadlines.ts so that loading a config does not load the chinese-days package:
 * commands that never count working days (`extract`) start without it.
 */
let centreSchedule: HolidayIndex | null = null;

/** Working-day answers already computed; they depend on the schedule, so a new one clears them. */
export const workdayCache = new Map<string, boolean>();

export function useHolidaySchedule(index: HolidayIndex | null): void {
  centreSchedule = index;
  workdayCache.clear();
}

export function centreHolidaySchedule(): HolidayIndex | null {
  return centreSchedule;
}
