import { describe, expect, it } from "vitest";
import { DutyRoster } from "../../src/domain/duty-roster.schema.js";
import { officerOnDuty, rosterGaps } from "../../src/domain/duty-roster.js";

const TZ = "Asia/Shanghai";
const roster = DutyRoster.parse({
  officers: [
    { id: "day", name: "白班 王丽", phone: "13900000001" },
    { id: "night", name: "夜班 李强", phone: "13900000002", wecomUserId: "liqiang" },
    { id: "holiday", name: "节日 赵敏", phone: "0931-8881234" },
  ],
  shifts: [
    { officer: "day", days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "20:00" },
    { officer: "night", days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "20:00", to: "08:00" },
  ],
  overrides: [{ officer: "holiday", from: "2027-02-06 08:00", to: "2027-02-07 08:00", note: "除夕" }],
});
// 2026-11-23 is a Monday; +08:00 is the centre's wall clock.
const at = (local: string) => new Date(`${local}+08:00`);
const who = (local: string, r = roster) => officerOnDuty(r, at(local), TZ)?.officer.id ?? null;

describe("duty roster resolution", () => {
  it("puts the day officer on from the first minute of the shift to the last", () => {
    expect(who("2026-11-23T08:00:00")).toBe("day");
    expect(who("2026-11-23T19:59:59")).toBe("day");
  });

  it("hands over at the shift edge: 20:00 belongs to the night shift, 07:59 still does", () => {
    expect(who("2026-11-23T20:00:00")).toBe("night");
    expect(who("2026-11-24T07:59:00")).toBe("night");
    expect(who("2026-11-24T08:00:00")).toBe("day");
  });

  it("follows a shift across midnight into the next day, also from Sunday into Monday", () => {
    expect(who("2026-11-23T23:59:00")).toBe("night");
    expect(who("2026-11-24T00:00:00")).toBe("night");
    expect(who("2026-11-30T03:00:00")).toBe("night"); // Monday 03:00, shift started Sunday 20:00
  });

  it("reads the centre's wall clock, not UTC", () => {
    // 00:30 UTC is 08:30 in Shanghai: the day shift.
    expect(officerOnDuty(roster, new Date("2026-11-23T00:30:00Z"), TZ)?.officer.id).toBe("day");
  });

  it("lets a dated override win over the weekly shifts while it runs, and only then", () => {
    expect(who("2027-02-06T07:59:00")).toBe("night");
    expect(who("2027-02-06T08:00:00")).toBe("holiday");
    expect(who("2027-02-06T23:00:00")).toBe("holiday");
    expect(officerOnDuty(roster, at("2027-02-06T12:00:00"), TZ)?.via).toBe("override");
    expect(who("2027-02-07T08:00:00")).toBe("day");
  });

  it("finds nobody in a gap, and nobody without a roster", () => {
    const weekdays = DutyRoster.parse({
      officers: [{ id: "day", name: "王丽", phone: "13900000001" }],
      shifts: [{ officer: "day", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:30", to: "17:30" }],
    });
    expect(who("2026-11-23T08:29:00", weekdays)).toBeNull();
    expect(who("2026-11-23T17:30:00", weekdays)).toBeNull();
    expect(who("2026-11-28T10:00:00", weekdays)).toBeNull(); // Saturday
    expect(officerOnDuty(undefined, at("2026-11-23T10:00:00"), TZ)).toBeNull();
  });
});

describe("duty roster gaps", () => {
  it("reports none for a 7×24 roster", () => {
    expect(rosterGaps(roster)).toEqual([]);
  });

  it("names each uncovered stretch of the week, a weekend running over midnight as one", () => {
    const r = DutyRoster.parse({
      officers: [{ id: "a", name: "甲", phone: "13900000001" }],
      shifts: [
        { officer: "a", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "20:00" },
        { officer: "a", days: ["mon", "tue", "wed", "thu"], from: "20:00", to: "08:00" },
      ],
    });
    // Friday 20:00 until Monday 08:00 is uncovered.
    expect(rosterGaps(r)).toEqual(["周五 20:00–周一 08:00"]);
  });

  it("says the whole week is open when there are no weekly shifts", () => {
    const r = DutyRoster.parse({ officers: [{ id: "a", name: "甲", phone: "13900000001" }] });
    expect(rosterGaps(r)).toHaveLength(1);
  });
});

describe("duty roster validation", () => {
  it("names the key and the problem of every mistake", () => {
    const r = DutyRoster.safeParse({
      officers: [
        { id: "a", name: "甲", phone: "call me" },
        { id: "a", name: "乙", phone: "13900000002" },
      ],
      shifts: [{ officer: "ghost", days: ["mon"], from: "8:00", to: "20:00" }],
      overrides: [{ officer: "a", from: "2027-02-06 08:00", to: "2027-02-05 08:00" }],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "officers.0.phone",
        "officers.1.id",
        "shifts.0.from",
        "shifts.0.officer",
        "overrides.0.to",
      ]),
    );
  });
});
