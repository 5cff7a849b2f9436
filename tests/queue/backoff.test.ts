import { Backoffs, type BackoffOptions, type MinimalJob } from "bullmq";
import { describe, expect, it } from "vitest";
import { DEFAULT_JOB_OPTIONS } from "../../src/queue/queue-set.js";

// What BullMQ itself will compute for a failed job with the queues' default options.
const delayAfter = (attemptsMade: number) =>
  Backoffs.calculate(
    DEFAULT_JOB_OPTIONS.backoff as BackoffOptions,
    attemptsMade,
    new Error("gateway down"),
    {} as MinimalJob,
  ) as number;

describe("retry backoff of every queue", () => {
  it("doubles per attempt, each delay jittered within the upper half of its step", () => {
    for (let attempt = 1; attempt <= 7; attempt++) {
      const step = 1000 * 2 ** (attempt - 1);
      const seen = new Set<number>();
      for (let i = 0; i < 50; i++) {
        const d = delayAfter(attempt);
        expect(d).toBeGreaterThanOrEqual(step / 2);
        expect(d).toBeLessThanOrEqual(step);
        seen.add(d);
      }
      // Jitter: fifty failures at once do not all come back at the same instant.
      expect(seen.size).toBeGreaterThan(1);
    }
  });

  it("gives up after eight attempts", () => {
    expect(DEFAULT_JOB_OPTIONS.attempts).toBe(8);
  });
});
