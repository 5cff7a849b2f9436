import { describe, expect, it } from "vitest";
import { computeLights, lightInstants, type LightInput } from "../../src/domain/lights.js";
import type { TicketStatus } from "../../src/domain/ticket-status.js";

const H = 3_600_000;
const T0 = Date.parse("2026-11-23T02:00:00Z");

/** A deterministic pseudo-random stream, so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomTicket(rand: () => number): Omit<LightInput, "now"> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const at = (h: number) => new Date(T0 + h * H);
  const maybe = (h: number) => (rand() < 0.5 ? at(h) : null);
  const status = pick<TicketStatus>(["dispatched", "accepted", "resolved", "received", "transferred"]);
  // Deadlines in every order, including a "due soon" instant after the deadline and a red before yellow.
  return {
    status,
    dispatchedAt: rand() < 0.9 ? at(0) : null,
    acceptedAt: maybe(Math.floor(rand() * 80)),
    firstContactAt: maybe(Math.floor(rand() * 5)),
    resolvedAt: maybe(Math.floor(rand() * 300)),
    deadlines: {
      firstContactBy: at(0.5 + Math.floor(rand() * 3)),
      acceptYellowAt: at(Math.floor(rand() * 60)),
      acceptRedAt: at(Math.floor(rand() * 60)),
      resolveYellowAt: at(Math.floor(rand() * 250)),
      resolveBy: at(Math.floor(rand() * 250)),
    },
  };
}

describe("light instants", () => {
  it("say, for every instant, the light and the overdue state that computeLights computes", () => {
    const rand = rng(42);
    let checked = 0;
    for (let n = 0; n < 2000; n++) {
      const t = randomTicket(rand);
      const i = lightInstants(t);
      const instants = [t.deadlines.firstContactBy, t.deadlines.acceptYellowAt, t.deadlines.acceptRedAt]
        .concat([t.deadlines.resolveYellowAt, t.deadlines.resolveBy])
        .map((d) => d.getTime());
      // Just before, at and after every threshold, and far before and after all of them.
      const nows = instants.flatMap((x) => [x - 1, x, x + 1]).concat([T0 - 100 * H, T0 + 1000 * H]);
      for (const ms of nows) {
        const now = new Date(ms);
        const want = computeLights({ ...t, now });
        const light =
          i.redAt && i.redAt <= now ? "red" : i.yellowAt && i.yellowAt <= now ? "yellow" : "green";
        expect({ light, overdue: i.overdueAt !== null && i.overdueAt <= now }).toEqual({
          light: want.light,
          overdue: want.overdue.length > 0,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it("are empty while no unit's clock runs", () => {
    const rand = rng(7);
    const t = randomTicket(rand);
    for (const status of ["received", "resolved", "closed", "transferred", "reopened"] as const)
      expect(lightInstants({ ...t, status })).toEqual({ yellowAt: null, redAt: null, overdueAt: null });
    expect(lightInstants({ ...t, status: "dispatched", dispatchedAt: null }).redAt).toBeNull();
  });

  it("drop a stage once it is done: an accepted ticket can no longer turn red for acceptance", () => {
    const at = (h: number) => new Date(T0 + h * H);
    const deadlines = {
      firstContactBy: at(0.5),
      acceptYellowAt: at(24),
      acceptRedAt: at(48),
      resolveYellowAt: at(144),
      resolveBy: at(168),
    };
    const base = { dispatchedAt: at(0), firstContactAt: null, resolvedAt: null, deadlines };
    expect(lightInstants({ ...base, status: "dispatched", acceptedAt: null })).toEqual({
      yellowAt: at(0.5),
      redAt: at(48),
      overdueAt: at(0.5),
    });
    expect(
      lightInstants({ ...base, status: "accepted", acceptedAt: at(2), firstContactAt: at(0.2) }),
    ).toEqual({ yellowAt: at(144), redAt: at(168), overdueAt: at(168) });
  });
});
