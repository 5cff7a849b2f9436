import { holidayDataSource, holidayName, isWorkingDay } from "../domain/deadlines.js";
import { formatLocalDate, nextDay, type LocalDate } from "../domain/local-time.js";
import { missingHolidayWarning } from "../domain/holiday-coverage.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The working-day calendar of one year as the deadlines count it: where the data comes from, the
 * holidays, the weekend days worked (调休), and a month grid. `source` names the notice for a year
 * from config/holidays.json.
 */
export function renderHolidayCalendar(year: number, source?: string): string {
  const from = holidayDataSource(year);
  const out: string[] = [];
  if (from === "config")
    out.push(`${year}: holidays from config/holidays.json (${source ?? "no source given"})`);
  else if (from === "chinese-days") out.push(`${year}: holidays from the chinese-days package`);
  else out.push(`${year}: NO HOLIDAY DATA`, `warning: ${missingHolidayWarning(year)}`);

  const days: LocalDate[] = [];
  for (let d: LocalDate = { year, month: 1, day: 1 }; d.year === year; d = nextDay(d)) days.push(d);
  const off: { name: string; from: LocalDate; to: LocalDate; count: number }[] = [];
  const worked: LocalDate[] = [];
  for (const d of days) {
    const working = isWorkingDay(d);
    const name = holidayName(d);
    if (working && isWeekend(d)) worked.push(d);
    if (working || !name) continue;
    const last = off.at(-1);
    if (last && last.name === name && formatLocalDate(nextDay(last.to)) === formatLocalDate(d)) {
      last.to = d;
      last.count++;
    } else off.push({ name, from: d, to: d, count: 1 });
  }
  out.push("", "Days off (放假):");
  if (!off.length) out.push("  none known");
  for (const h of off)
    out.push(`  ${formatLocalDate(h.from)} … ${formatLocalDate(h.to)}  ${h.name} (${h.count} days)`);
  out.push("Weekend days worked (调休上班):");
  if (!worked.length) out.push("  none");
  for (const d of worked)
    out.push(`  ${formatLocalDate(d)} (${WEEKDAYS[dow(d)]})  ${holidayName(d) ?? ""}`.trimEnd());
  out.push(`Working days: ${days.filter(isWorkingDay).length} of ${days.length}`);
  out.push(
    "",
    "Legend: 12* day off on a weekday (holiday), 12+ weekend day worked (调休), plain weekend = off",
  );
  for (let month = 1; month <= 12; month++) out.push("", ...monthGrid(days.filter((d) => d.month === month)));
  return `${out.join("\n")}\n`;
}

function monthGrid(days: LocalDate[]): string[] {
  const first = days[0]!;
  const lines = [`${first.year}-${String(first.month).padStart(2, "0")}`, " Mon Tue Wed Thu Fri Sat Sun"];
  let row = "    ".repeat((dow(first) + 6) % 7);
  for (const d of days) {
    const working = isWorkingDay(d);
    const mark = !working && !isWeekend(d) ? "*" : working && isWeekend(d) ? "+" : " ";
    row += `${String(d.day).padStart(3)}${mark}`;
    if (dow(d) === 0) {
      lines.push(row.trimEnd());
      row = "";
    }
  }
  if (row) lines.push(row.trimEnd());
  return lines;
}

function dow(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function isWeekend(d: LocalDate): boolean {
  const w = dow(d);
  return w === 0 || w === 6;
}
