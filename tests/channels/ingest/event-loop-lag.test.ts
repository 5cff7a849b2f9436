import { describe, expect, it } from "vitest";
import { EventLoopLag } from "../../../src/channels-runtime/event-loop-lag.js";

describe("the event loop's recent delay", () => {
  it("reports a loop held busy for 300 ms as a delay of at least most of that", async () => {
    // A window far longer than the test: on a loaded machine the process may be descheduled for
    // longer than the shipped 250 ms window after the busy loop, and two window turns would forget it.
    const lag = new EventLoopLag({ windowMs: 60_000 });
    try {
      // The monitor measures from its timer's first run on.
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Held by this test itself, so the lower bound holds however loaded the machine is.
      const until = performance.now() + 300;
      while (performance.now() < until);
      // The monitor's own timer records the delay the next time it runs.
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(lag.recentMs()).toBeGreaterThanOrEqual(250);
    } finally {
      lag.close();
    }
  });
});
