import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * drizzle's migrator applies only migrations whose journal time is later than the newest one a
 * database has already run. A migration numbered into a gap (0037 after 0043 shipped) must therefore
 * carry a later time than every migration before it in the journal, or an upgraded centre silently
 * skips it while fresh databases run it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("migration journal", () => {
  it("lists migrations in strictly increasing time, so an upgrade never skips one", async () => {
    const journal = JSON.parse(await readFile(path.join(root, "drizzle/meta/_journal.json"), "utf8")) as {
      entries: { tag: string; when: number }[];
    };
    for (let i = 1; i < journal.entries.length; i++) {
      const [before, after] = [journal.entries[i - 1]!, journal.entries[i]!];
      expect(after.when, `${after.tag} must come later than ${before.tag}`).toBeGreaterThan(before.when);
    }
  });
});
