import { describe, expect, it } from "vitest";
import { computeLights, type LightInput } from "../../src/domain/lights.js";

const bj = (wall: string) => new Date(`${wall}+08:00`);

/** Dispatched Monday 16 Nov 2026 09:00; five working days to resolve (due end of Mon 23 Nov). */
const deadlines = {
  firstContactBy: bj("2026-11-16T09:30:00"),
  acceptYellowAt: bj("2026-11-17T09:00:00"),
  acceptRedAt: bj("2026-11-18T09:00:00"),
  resolveYellowAt: bj("2026-11-23T00:00:00"),
  resolveBy: bj("2026-11-24T00:00:00"),
};

const base: Omit<LightInput, "now"> = {
  status: "dispatched",
  dispatchedAt: bj("2026-11-16T09:00:00"),
  acceptedAt: null,
  firstContactAt: null,
  resolvedAt: null,
  deadlines,
};

const contacted = { firstContactAt: bj("2026-11-16T09:20:00") };
const accepted = { status: "accepted" as const, acceptedAt: bj("2026-11-16T10:00:00"), ...contacted };

describe("lights with a fixed clock", () => {
  it.each<[string, Partial<LightInput>, string, string, string[], string | null]>([
    ["a fresh dispatch", {}, "2026-11-16T09:10:00", "green", [], "2026-11-16T09:30:00"],
    ["a missed first call", {}, "2026-11-16T09:45:00", "yellow", ["first_contact"], "2026-11-17T09:00:00"],
    [
      "no acceptance after 24 h",
      contacted,
      "2026-11-17T10:00:00",
      "yellow",
      ["acceptance"],
      "2026-11-18T09:00:00",
    ],
    [
      "no acceptance at exactly 48 h",
      contacted,
      "2026-11-18T09:00:00",
      "red",
      ["acceptance"],
      "2026-11-23T00:00:00",
    ],
    ["an accepted order mid-way", accepted, "2026-11-20T15:00:00", "green", [], "2026-11-23T00:00:00"],
    [
      "an order on its last working day",
      accepted,
      "2026-11-23T08:00:00",
      "yellow",
      [],
      "2026-11-24T00:00:00",
    ],
    ["an order past its resolution deadline", accepted, "2026-11-24T00:00:00", "red", ["resolution"], null],
    [
      "a resolved order",
      { ...accepted, status: "resolved", resolvedAt: bj("2026-11-20T11:00:00") },
      "2026-11-30T00:00:00",
      "green",
      [],
      null,
    ],
    [
      "an order transferred back to the centre",
      { status: "transferred" },
      "2026-11-30T00:00:00",
      "green",
      [],
      null,
    ],
    [
      "a ticket not dispatched yet",
      { status: "received", dispatchedAt: null },
      "2026-11-30T00:00:00",
      "green",
      [],
      null,
    ],
    [
      "a closed ticket",
      { ...accepted, status: "closed", resolvedAt: bj("2026-11-20T11:00:00") },
      "2026-12-30T00:00:00",
      "green",
      [],
      null,
    ],
  ])("shows %s correctly", (_name, overrides, now, light, overdue, next) => {
    const r = computeLights({ ...base, ...overrides, now: bj(now) });
    expect(r.light).toBe(light);
    expect(r.overdue).toEqual(overdue);
    expect(r.nextCheckAt).toEqual(next === null ? null : bj(next));
  });
});

describe("stage details", () => {
  it("reports every overdue stage of an order nobody touched", () => {
    const r = computeLights({ ...base, now: bj("2026-11-25T09:00:00") });
    expect(r).toMatchObject({
      light: "red",
      overdue: ["acceptance", "first_contact", "resolution"],
      nextCheckAt: null,
    });
  });

  it("keeps a late acceptance on record after the unit accepts", () => {
    const r = computeLights({
      ...base,
      ...contacted,
      status: "accepted",
      acceptedAt: bj("2026-11-18T12:00:00"),
      now: bj("2026-11-19T09:00:00"),
    });
    expect(r.light).toBe("green");
    expect(r.stages[0]).toMatchObject({ stage: "acceptance", light: "red", done: true, late: true });
  });

  it("keeps a late resolution on record once resolved", () => {
    const r = computeLights({
      ...base,
      ...accepted,
      status: "resolved",
      resolvedAt: bj("2026-11-24T10:00:00"),
      now: bj("2026-11-25T09:00:00"),
    });
    expect(r.light).toBe("green");
    expect(r.stages[2]).toMatchObject({ stage: "resolution", light: "red", done: true, late: true });
  });

  it("does not mark pending stages late while the centre holds the ticket", () => {
    const r = computeLights({ ...base, status: "transferred", now: bj("2026-11-25T09:00:00") });
    expect(r.stages.every((s) => !s.late && s.light === "green")).toBe(true);
  });

  it("treats an accepted ticket without a stored acceptance time as accepted", () => {
    const r = computeLights({ ...base, ...contacted, status: "accepted", now: bj("2026-11-18T10:00:00") });
    expect(r).toMatchObject({ light: "green", overdue: [] });
  });

  it("schedules the next check at the first contact deadline before anything else", () => {
    const r = computeLights({ ...base, now: bj("2026-11-16T09:00:00") });
    expect(r.nextCheckAt).toEqual(bj("2026-11-16T09:30:00"));
  });
});
