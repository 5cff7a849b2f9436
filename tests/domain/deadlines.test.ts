import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  computeDeadlines,
  deadlineAfterRaise,
  extendDeadline,
  hasHolidayData,
  isWorkingDay,
  type DeadlinePolicy,
} from "../../src/domain/deadlines.js";
import { localDate, parseLocalDate, startOfLocalDay } from "../../src/domain/local-time.js";

const TZ = "Asia/Shanghai";
const policy: DeadlinePolicy = {
  acceptWithinHours: { yellow: 24, red: 48 },
  firstContactMinutes: 30,
  resolveWorkingDays: { general: 5, major: 10, difficult: 15, cross: 15 },
  resolveHours: { emergency: 24, urgent: 72 },
};

/** An instant written as Beijing wall time, so the tests read like the calendar on the wall. */
const bj = (wall: string) => new Date(`${wall}+08:00`);

describe("working days", () => {
  it("treats an adjusted-workday Saturday (调休) as a working day", () => {
    expect(isWorkingDay(parseLocalDate("2026-10-10"))).toBe(true);
    expect(isWorkingDay(parseLocalDate("2026-02-14"))).toBe(true);
  });

  it("treats a weekday inside the National Day holiday as a day off", () => {
    expect(isWorkingDay(parseLocalDate("2026-10-05"))).toBe(false);
  });

  it("does not count the starting day", () => {
    expect(addWorkingDays(parseLocalDate("2026-11-16"), 1)).toEqual(parseLocalDate("2026-11-17"));
  });

  it("reads the calendar the same way whatever time zone the server runs in", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/Los_Angeles";
      // 2026-05-06 is the first working day after the Labour Day holiday; read west of UTC it must not
      // become 5 May (a holiday).
      expect(isWorkingDay(parseLocalDate("2026-05-06"))).toBe(true);
      expect(isWorkingDay(parseLocalDate("2026-05-05"))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("knows which years have an official holiday schedule", () => {
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2040)).toBe(false);
  });
});

describe("local dates in the jurisdiction's time zone", () => {
  it("puts 00:30 in Beijing on the Beijing date although UTC is still on the previous day", () => {
    expect(localDate(new Date("2026-11-19T16:30:00Z"), TZ)).toEqual(parseLocalDate("2026-11-20"));
  });

  it("starts a Beijing day at 16:00 UTC of the previous day", () => {
    expect(startOfLocalDay(parseLocalDate("2026-10-14"), TZ).toISOString()).toBe("2026-10-13T16:00:00.000Z");
  });
});

describe("resolution deadlines in working days", () => {
  it("skips the 2026 National Day holiday and counts the make-up Saturday", () => {
    // 30 Sep dispatched; 1–7 Oct off; 8, 9, 10 (Sat, 调休), 12, 13 Oct are the five working days.
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-09-30T10:00:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-10-14T00:00:00"));
    expect(d.resolveBasis).toBe("working_days");
  });

  it("skips the 2025 National Day holiday of eight days", () => {
    // 1–8 Oct 2025 off; 9, 10, 11 (Sat, 调休), 13, 14 Oct.
    const d = computeDeadlines(
      { dispatchedAt: bj("2025-09-30T15:00:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2025-10-15T00:00:00"));
  });

  it("counts the Sunday make-up day before the 2025 National Day holiday", () => {
    // Fri 26 Sep; Sun 28 Sep is a working day; 29, 30 Sep, 9, 10 Oct complete the five.
    const d = computeDeadlines(
      { dispatchedAt: bj("2025-09-26T11:00:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2025-10-11T00:00:00"));
  });

  it("counts both make-up Saturdays around the 2026 Spring Festival", () => {
    // Fri 13 Feb; Sat 14 Feb (调休) is day 1; 15–23 Feb off; 24–27 Feb are days 2–5.
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-02-13T18:00:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-02-28T00:00:00"));
  });

  it("gives a major ticket across the 2026 Spring Festival ten working days including Sat 28 Feb", () => {
    // Days 1–5 as above, then Sat 28 Feb (调休), 2, 3, 4, 5 Mar.
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-02-13T18:00:00"), tier: "major", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-03-06T00:00:00"));
  });

  it("counts the Sunday make-up day before the 2025 Spring Festival", () => {
    // Fri 24 Jan; Sun 26 Jan (调休), Mon 27 Jan; 28 Jan–4 Feb off; 5, 6, 7 Feb.
    const d = computeDeadlines(
      { dispatchedAt: bj("2025-01-24T16:00:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2025-02-08T00:00:00"));
  });

  it("starts counting a Friday-evening dispatch on Monday", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-11-20T21:30:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-11-28T00:00:00"));
  });

  it("treats a dispatch at 00:30 Beijing time as a Friday dispatch even though it is Thursday in UTC", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-11-20T00:30:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-11-28T00:00:00"));
  });

  it("turns resolution yellow at the start of the last working day", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-11-20T21:30:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.resolveYellowAt).toEqual(bj("2026-11-27T00:00:00"));
  });

  it("adds approved extension days to the tier's working days", () => {
    const d = computeDeadlines(
      {
        dispatchedAt: bj("2026-11-20T21:30:00"),
        tier: "general",
        urgency: "normal",
        extensionWorkingDays: 2,
      },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-12-02T00:00:00"));
  });
});

describe("urgent and emergency tickets", () => {
  it("gives an emergency 24 calendar hours even during a holiday", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-10-02T09:00:00"), tier: "general", urgency: "emergency" },
      policy,
      TZ,
    );
    expect(d).toMatchObject({ resolveBy: bj("2026-10-03T09:00:00"), resolveBasis: "hours" });
  });

  it("gives an urgent ticket 72 hours when that is shorter than its working days", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-09-30T10:00:00"), tier: "general", urgency: "urgent" },
      policy,
      TZ,
    );
    expect(d.resolveBy).toEqual(bj("2026-10-03T10:00:00"));
  });

  it("keeps the working-day deadline when it is shorter than the urgency hours", () => {
    const tight = { ...policy, resolveWorkingDays: { ...policy.resolveWorkingDays, general: 1 } };
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-11-16T10:00:00"), tier: "general", urgency: "urgent" },
      tight,
      TZ,
    );
    expect(d).toMatchObject({ resolveBy: bj("2026-11-18T00:00:00"), resolveBasis: "working_days" });
  });

  it("turns an hours deadline yellow at 80 % of the window", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-10-02T09:00:00"), tier: "general", urgency: "emergency" },
      policy,
      TZ,
    );
    expect(d.resolveYellowAt).toEqual(bj("2026-10-03T04:12:00"));
  });
});

describe("contact and acceptance deadlines", () => {
  it("expects first contact 30 minutes and acceptance within 24/48 calendar hours of dispatch", () => {
    const d = computeDeadlines(
      { dispatchedAt: bj("2026-11-20T21:30:00"), tier: "general", urgency: "normal" },
      policy,
      TZ,
    );
    expect(d.firstContactBy).toEqual(bj("2026-11-20T22:00:00"));
    expect(d.acceptYellowAt).toEqual(bj("2026-11-21T21:30:00"));
    expect(d.acceptRedAt).toEqual(bj("2026-11-22T21:30:00"));
  });
});

describe("extensions", () => {
  it("adds working days after the last day of the current deadline", () => {
    // Due end of Tue 13 Oct 2026; +3 → 14, 15, 16 Oct.
    expect(extendDeadline(bj("2026-10-14T00:00:00"), 3, TZ)).toEqual(bj("2026-10-17T00:00:00"));
  });

  it("extends across a holiday", () => {
    // Due end of Wed 30 Sep 2026; +1 → Thu 8 Oct.
    expect(extendDeadline(bj("2026-10-01T00:00:00"), 1, TZ)).toEqual(bj("2026-10-09T00:00:00"));
  });

  it("extends an hours deadline to the end of a later working day", () => {
    expect(extendDeadline(bj("2026-11-20T15:00:00"), 1, TZ)).toEqual(bj("2026-11-24T00:00:00"));
  });

  it("leaves a deadline alone for zero days", () => {
    expect(extendDeadline(bj("2026-11-20T15:00:00"), 0, TZ)).toEqual(bj("2026-11-20T15:00:00"));
  });

  it("refuses a negative extension", () => {
    expect(() => extendDeadline(bj("2026-11-20T15:00:00"), -1, TZ)).toThrow();
  });
});

describe("a running ticket whose urgency rises after dispatch", () => {
  const dispatched = computeDeadlines(
    { dispatchedAt: bj("2026-11-16T09:00:00"), tier: "general", urgency: "normal" },
    policy,
    TZ,
  );

  it("counts the urgency's hours from the raise, not from dispatch", () => {
    const raisedAt = bj("2026-11-18T15:00:00");
    const after = deadlineAfterRaise(dispatched, raisedAt, "emergency", policy);
    expect(after).toEqual({
      resolveBy: bj("2026-11-19T15:00:00"),
      resolveYellowAt: new Date(raisedAt.getTime() + 0.8 * 24 * 3_600_000),
      resolveBasis: "hours",
    });
  });

  it("never gives the unit more time than it already had", () => {
    // Raised a day before the everyday deadline: 72 hours would end after it.
    expect(deadlineAfterRaise(dispatched, bj("2026-11-22T12:00:00"), "urgent", policy)).toBeNull();
    expect(deadlineAfterRaise(dispatched, bj("2026-11-18T15:00:00"), "normal", policy)).toBeNull();
  });
});
