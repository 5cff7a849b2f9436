import { describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";

describe("the browser test harness", () => {
  it("fails with instructions to run npm run setup when chromium is missing, instead of skipping", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(/npm run setup/);
  });
});
