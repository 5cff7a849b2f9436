import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordProblem } from "../../src/auth/password.js";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { createStaff, TEST_PASSWORD } from "./staff-helpers.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { LOGIN_MAX_FAILURES: "3", LOGIN_LOCK_MINUTES: "15", LOGIN_RATE_PER_MINUTE: "10000" },
  });
  app = await buildApp(t.ctx, { docs: false });
  for (const u of ["real1", "victim1", "spread1", "patient1"]) await createStaff(t, u, "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const attempt = (username: string, password: string, ip: string) =>
  app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username, password },
    remoteAddress: ip,
  });
const shape = (r: LightMyRequestResponse) => `${r.statusCode} ${r.json().error?.code ?? "ok"}`;

describe("password policy", () => {
  it.each(["aaaaaaaaa1", "password123", "qwertyuiop1", "1qaz2wsx3edc", "woaini1314520", "abcdefghij1"])(
    "refuses the common or trivial %s",
    (pw) => expect(passwordProblem(pw)).not.toBeNull(),
  );
  it("refuses a password built on the username", () => {
    expect(passwordProblem("wangjianguo-2026", { userInputs: ["wangjianguo"] })).not.toBeNull();
  });
  it("refuses short ones and accepts strong ones, passphrases included", () => {
    expect(passwordProblem("Xq7#mP2v")).toMatch(/10/);
    expect(passwordProblem(TEST_PASSWORD)).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});

describe("sign-in answers tell nothing and nobody can lock an account", () => {
  it("answers an existing and an unknown account identically, attempt for attempt", async () => {
    const real: string[] = [];
    const ghost: string[] = [];
    for (let i = 0; i < 6; i++) {
      real.push(shape(await attempt("real1", `wrong-${i}`, "198.51.100.1")));
      ghost.push(shape(await attempt("ghost1", `wrong-${i}`, "198.51.100.2")));
    }
    expect(real).toEqual(ghost);
    expect(real).not.toContain("423 AUTH.LOCKED");
    expect(real.slice(0, 3)).toEqual(Array(3).fill("401 AUTH.INVALID_CREDENTIALS"));
    expect(real.at(-1)).toBe("429 AUTH.THROTTLED");
  });

  it("slows the guessing address down, with growing waits, but not the owner at another address", async () => {
    for (let i = 0; i < 3; i++) await attempt("victim1", `guess-${i}`, "203.0.113.66");
    const first = await attempt("victim1", TEST_PASSWORD, "203.0.113.66");
    expect(shape(first)).toBe("429 AUTH.THROTTLED");
    const wait1 = Number(first.headers["retry-after"]);
    expect(wait1).toBeGreaterThan(0);
    // The owner, elsewhere, signs in at once.
    expect((await attempt("victim1", TEST_PASSWORD, "192.0.2.10")).statusCode).toBe(200);
    // After the wait the guesser may try again; another failure doubles the wait.
    clock.advance(wait1 * 1000);
    expect(shape(await attempt("victim1", "guess-x", "203.0.113.66"))).toBe("401 AUTH.INVALID_CREDENTIALS");
    const second = await attempt("victim1", "guess-y", "203.0.113.66");
    expect(shape(second)).toBe("429 AUTH.THROTTLED");
    expect(Number(second.headers["retry-after"])).toBe(wait1 * 2);
  });

  it("throttles one address trying many accounts", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 25; i++)
      codes.push((await attempt(`user${i}`, "x-wrong-pass", "203.0.113.99")).statusCode);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(codes.at(-1)).toBe(429);
  });

  it("slows guesses at one account from many addresses only briefly, and a success clears it", async () => {
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 14; i++) last = await attempt("spread1", `guess-${i}`, `10.9.0.${i + 1}`);
    expect(shape(last!)).toBe("429 AUTH.THROTTLED");
    expect(Number(last!.headers["retry-after"])).toBeLessThanOrEqual(60);
    clock.advance(61_000);
    expect((await attempt("spread1", TEST_PASSWORD, "10.9.1.1")).statusCode).toBe(200);
    expect(shape(await attempt("spread1", "guess-z", "10.9.1.2"))).toBe("401 AUTH.INVALID_CREDENTIALS");
  });

  it("keeps the waits across a restart: they live in PostgreSQL, not in the process", async () => {
    for (let i = 0; i < 3; i++) await attempt("real1", `again-${i}`, "198.51.100.30");
    const restarted = await buildApp(t.ctx, { docs: false });
    try {
      const res = await restarted.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "real1", password: TEST_PASSWORD },
        remoteAddress: "198.51.100.30",
      });
      expect(shape(res)).toBe("429 AUTH.THROTTLED");
    } finally {
      await restarted.close();
    }
  });

  it("forgets old failures", async () => {
    for (let i = 0; i < 2; i++) await attempt("patient1", `typo-${i}`, "192.0.2.50");
    clock.advance(2 * 3_600_000);
    for (let i = 0; i < 2; i++)
      expect(shape(await attempt("patient1", `typo-${i}`, "192.0.2.50"))).toBe(
        "401 AUTH.INVALID_CREDENTIALS",
      );
    expect((await attempt("patient1", TEST_PASSWORD, "192.0.2.50")).statusCode).toBe(200);
  });
});
