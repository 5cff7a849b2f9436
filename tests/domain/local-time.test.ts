import { describe, expect, it } from "vitest";
import {
  addDays,
  formatInZone,
  isoWeek,
  isoWeekday,
  localDate,
  localDay,
  parseDayOrInstant,
  parseLocalDate,
  startOfLocalDay,
} from "../../src/domain/local-time.js";

const SH = "Asia/Shanghai";

describe("local time in the jurisdiction's zone", () => {
  it("takes the local calendar day, not the server's or UTC's", () => {
    // 23:30 in Shanghai on 21 November is still the 21st there, the 21st 15:30 in UTC.
    const at = new Date("2026-11-21T15:30:00Z");
    expect(localDate(at, SH)).toEqual({ year: 2026, month: 11, day: 21 });
    // 00:30 in Shanghai on the 22nd is the 21st in UTC.
    expect(localDay(new Date("2026-11-21T16:30:00Z"), SH)).toBe("20261122");
  });

  it("finds local midnight, also in a zone with daylight saving time", () => {
    expect(startOfLocalDay({ year: 2026, month: 11, day: 22 }, SH).toISOString()).toBe(
      "2026-11-21T16:00:00.000Z",
    );
    // Europe/Berlin: CEST (+2) in July, CET (+1) in November.
    expect(startOfLocalDay({ year: 2026, month: 7, day: 1 }, "Europe/Berlin").toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(startOfLocalDay({ year: 2026, month: 11, day: 1 }, "Europe/Berlin").toISOString()).toBe(
      "2026-10-31T23:00:00.000Z",
    );
  });

  it("formats wall-clock times in the zone", () => {
    expect(formatInZone(new Date("2026-11-22T02:00:00Z"), SH, "M月d日 HH:mm")).toBe("11月22日 10:00");
  });

  it("does calendar arithmetic across months and years", () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(isoWeekday({ year: 2026, month: 11, day: 23 })).toBe(1); // a Monday
    expect(isoWeek({ year: 2026, month: 11, day: 18 })).toBe(47);
    expect(isoWeek({ year: 2027, month: 1, day: 1 })).toBe(53); // still the last week of 2026
  });

  it("reads report boundaries: a date is local midnight, a timestamp is taken as given", () => {
    expect(parseDayOrInstant("2026-11-01", SH).toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parseDayOrInstant("2026-11-01T08:00:00+08:00", SH).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("refuses dates that are not on the calendar", () => {
    expect(() => parseLocalDate("2026-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => parseLocalDate("2026-1-5")).toThrow();
    expect(() => parseDayOrInstant("yesterday", SH)).toThrow();
  });
});
