import { afterEach, describe, expect, it } from "vitest";
import {
  computeDeadlines,
  hasHolidayData,
  holidayDataSource,
  isWorkingDay,
  useHolidaySchedule,
  type DeadlinePolicy,
} from "../../src/domain/deadlines.js";
import { parseLocalDate } from "../../src/domain/local-time.js";
import { describeIssues } from "../../src/domain/config.js";
import { HolidaySchedule, indexHolidaySchedule } from "../../src/domain/holiday-schedule.js";
import { missingHolidayYears } from "../../src/domain/holiday-coverage.js";
import { fictional2027 } from "./holiday-fixture.js";

const TZ = "Asia/Shanghai";
const policy: DeadlinePolicy = {
  acceptWithinHours: { yellow: 24, red: 48 },
  firstContactMinutes: 30,
  resolveWorkingDays: { general: 5, major: 10, difficult: 15, cross: 15 },
  resolveHours: { emergency: 24, urgent: 72 },
};
const bj = (wall: string) => new Date(`${wall}+08:00`);

function install(raw: unknown) {
  useHolidaySchedule(indexHolidaySchedule(HolidaySchedule.parse(raw)));
}

afterEach(() => useHolidaySchedule(null));

describe("the centre's holiday schedule (config/holidays.json)", () => {
  it("without it, 2027 has no data and a Spring Festival weekday counts as a working day", () => {
    expect(hasHolidayData(2027)).toBe(false);
    expect(isWorkingDay(parseLocalDate("2027-02-09"))).toBe(true);
    expect(missingHolidayYears(bj("2026-12-01T10:00:00"), TZ)).toEqual([2027]);
  });

  it("makes its holidays days off and its make-up Saturday a working day, in the deadlines too", () => {
    const input = {
      dispatchedAt: bj("2027-02-05T10:00:00"),
      tier: "general" as const,
      urgency: "normal" as const,
    };
    const before = computeDeadlines(input, policy, TZ);
    expect(before.resolveBy).toEqual(bj("2027-02-13T00:00:00"));

    install(fictional2027);
    expect(holidayDataSource(2027)).toBe("config");
    expect(isWorkingDay(parseLocalDate("2027-02-09"))).toBe(false);
    expect(isWorkingDay(parseLocalDate("2027-02-06"))).toBe(true);
    expect(isWorkingDay(parseLocalDate("2027-02-07"))).toBe(false);
    // Sat 6th (1), then Mon 15th … Thu 18th (2–5): due at the end of Thursday the 18th.
    expect(computeDeadlines(input, policy, TZ).resolveBy).toEqual(bj("2027-02-19T00:00:00"));
    expect(missingHolidayYears(bj("2026-12-01T10:00:00"), TZ)).toEqual([]);
  });

  it("leaves the years chinese-days knows to the package", () => {
    install(fictional2027);
    expect(holidayDataSource(2026)).toBe("chinese-days");
    expect(isWorkingDay(parseLocalDate("2026-10-05"))).toBe(false);
    expect(isWorkingDay(parseLocalDate("2026-10-10"))).toBe(true);
  });

  it("refuses mistakes with the key and the problem", () => {
    const bad = {
      version: 1,
      years: [
        {
          year: 2027,
          source: "",
          holidays: [
            { name: "春节", from: "2027-02-12", to: "2027-02-08" },
            { name: "清明", from: "2027-02-30", to: "2027-04-05" },
            { name: "国庆节", from: "2028-10-01", to: "2028-10-07" },
          ],
          workdays: [{ date: "2027-02-09", name: "春节" }],
        },
        { year: 2027, source: "again", holidays: [{ name: "元旦", from: "2027-01-01", to: "2027-01-01" }] },
      ],
    };
    const r = HolidaySchedule.safeParse(bad);
    expect(r.success).toBe(false);
    const lines = describeIssues(r.error!.issues);
    expect(lines).toEqual(
      expect.arrayContaining([
        "years.0.source: name the State Council notice the dates come from",
        "years.0.holidays.1.from: not a calendar date",
      ]),
    );
    // Refinements run once the shapes are right: check them on a well-formed but wrong file.
    const wrong = HolidaySchedule.safeParse({
      ...bad,
      years: [
        { ...bad.years[0], source: "x", holidays: [bad.years[0]!.holidays[0], bad.years[0]!.holidays[2]] },
        bad.years[1],
      ],
    });
    expect(describeIssues(wrong.error!.issues)).toEqual([
      "years.0.holidays.0.to: ends (2027-02-08) before it begins (2027-02-12)",
      "years.0.holidays.1.from: 2028-10-01…2028-10-07 is not in 2027",
      "years.0.workdays.0.date: 2027-02-09 is a weekday; list only the Saturdays and Sundays worked (调休上班)",
      "years.1.year: year 2027 is listed twice",
    ]);
  });
});
