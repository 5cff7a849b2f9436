import {
  addDays,
  formatLocalDate,
  isoWeek,
  isoWeekday,
  startOfLocalDay,
  type LocalDate,
} from "../domain/local-time.js";

export type PeriodKind = "week" | "month";

export interface Period {
  kind: PeriodKind;
  from: Date;
  to: Date;
  /** 2026年第47周（11月16日—11月22日） / 2026年11月 */
  label: string;
  /** Every local day of the period, "YYYY-MM-DD". */
  days: string[];
}

/** The week (Monday to Sunday, 周通报) or calendar month (月考评) containing `day`, in the centre's zone. */
export function periodOf(kind: PeriodKind, day: LocalDate, timeZone: string): Period {
  const start: LocalDate =
    kind === "week" ? addDays(day, 1 - isoWeekday(day)) : { year: day.year, month: day.month, day: 1 };
  const end: LocalDate =
    kind === "week"
      ? addDays(start, 7)
      : day.month === 12
        ? { year: day.year + 1, month: 1, day: 1 }
        : { year: day.year, month: day.month + 1, day: 1 };
  const days: string[] = [];
  for (let d = start; formatLocalDate(d) < formatLocalDate(end); d = addDays(d, 1))
    days.push(formatLocalDate(d));
  const md = (s: string) => `${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
  const label =
    kind === "week"
      ? `${start.year}年第${isoWeek(start)}周（${md(days[0]!)}—${md(days[days.length - 1]!)}）`
      : `${start.year}年${start.month}月`;
  return { kind, from: startOfLocalDay(start, timeZone), to: startOfLocalDay(end, timeZone), label, days };
}
