import { z } from "zod";

/**
 * A centre's own copy of the State Council's holiday schedule (国务院办公厅关于部分节假日安排的通知),
 * `config/holidays.json`. The `chinese-days` package only knows the years it was released with;
 * the notice for the next year appears in November, so a centre types it in here instead of
 * waiting for a package upgrade. A year listed here replaces the package's data for that year.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2027-02-06")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date");

export const HolidayYear = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** The notice this year was copied from (title and document number), so a reviewer can check it. */
  source: z.string().min(1, "name the State Council notice the dates come from"),
  /** Days off (放假), each a closed range of dates; weekends inside a range are days off too. */
  holidays: z
    .array(z.strictObject({ name: z.string().min(1), from: isoDate, to: isoDate }))
    .min(1, "list the year's public holidays"),
  /** Weekend days worked instead (调休上班). */
  workdays: z.array(z.strictObject({ date: isoDate, name: z.string().min(1) })).default([]),
});
export type HolidayYear = z.infer<typeof HolidayYear>;

export const HolidaySchedule = z
  .strictObject({
    version: z.literal(1),
    note: z.string().optional(),
    years: z.array(HolidayYear).default([]),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<number>();
    s.years.forEach((y, i) => {
      if (seen.has(y.year))
        ctx.addIssue({
          code: "custom",
          path: ["years", i, "year"],
          message: `year ${y.year} is listed twice`,
        });
      seen.add(y.year);
      // New Year's Day may begin on 30 or 31 December of the year before; nothing strays further.
      const first = `${y.year - 1}-12-01`;
      const last = `${y.year + 1}-01-31`;
      const off = new Set<string>();
      y.holidays.forEach((h, j) => {
        const at = ["years", i, "holidays", j];
        if (h.from > h.to)
          ctx.addIssue({
            code: "custom",
            path: [...at, "to"],
            message: `ends (${h.to}) before it begins (${h.from})`,
          });
        else if (h.from < first || h.to > last)
          ctx.addIssue({
            code: "custom",
            path: [...at, "from"],
            message: `${h.from}…${h.to} is not in ${y.year}`,
          });
        else for (const d of datesBetween(h.from, h.to)) off.add(d);
      });
      y.workdays.forEach((w, j) => {
        const at = ["years", i, "workdays", j, "date"];
        if (!w.date.startsWith(`${y.year}-`) && (w.date < first || w.date > last))
          ctx.addIssue({ code: "custom", path: at, message: `${w.date} is not in ${y.year}` });
        else if (!isWeekend(w.date))
          ctx.addIssue({
            code: "custom",
            path: at,
            message: `${w.date} is a weekday; list only the Saturdays and Sundays worked (调休上班)`,
          });
        else if (off.has(w.date))
          ctx.addIssue({ code: "custom", path: at, message: `${w.date} is also inside a holiday` });
      });
    });
  });
export type HolidaySchedule = z.infer<typeof HolidaySchedule>;

/** Day-by-day answers from a validated schedule. */
export interface HolidayIndex {
  years: ReadonlySet<number>;
  /** date → the holiday's name, for days off. */
  off: ReadonlyMap<string, string>;
  /** date → the holiday's name, for weekend days worked. */
  on: ReadonlyMap<string, string>;
  source(year: number): string | undefined;
}

export function indexHolidaySchedule(s: HolidaySchedule): HolidayIndex {
  const off = new Map<string, string>();
  const on = new Map<string, string>();
  const sources = new Map<number, string>();
  for (const y of s.years) {
    sources.set(y.year, y.source);
    for (const h of y.holidays) for (const d of datesBetween(h.from, h.to)) off.set(d, h.name);
    for (const w of y.workdays) on.set(w.date, w.name);
  }
  return { years: new Set(sources.keys()), off, on, source: (year) => sources.get(year) };
}

function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}
