import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One PostgreSQL cluster and one Redis for the whole run (started in global setup); each test
    // file gets its own database and Redis key prefix, so files run in parallel without sharing state.
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share each fork's module graph instead of re-importing the whole tree per file:
    // importing was about half the suite's time (collect 903 s of 1,794 s in a loaded run), and
    // every file already gets its own database and Redis prefix, so nothing else needs isolating.
    isolate: false,
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: ["default"],
  },
});
