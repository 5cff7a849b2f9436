import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACTION_LABEL, LABELS, URGENCY_LABEL } from "../../src/domain/labels.js";
import { TICKET_ACTIONS } from "../../src/domain/ticket-lifecycle.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|js)$/.test(name) ? [p] : [];
  });
}

/** Every event action written into a ticket's log anywhere in the code (appendEvent calls). */
function writtenEventActions(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles(path.join(ROOT, "src")), ...sourceFiles(path.join(ROOT, "channels"))]) {
    const text = readFileSync(file, "utf8");
    for (const call of text.matchAll(/appendEvent\(([\s\S]*?)\);/g))
      for (const m of call[1]!.matchAll(/action:\s*"([a-z_]+)"/g)) found.add(m[1]!);
  }
  return found;
}

describe("one Chinese label for every code", () => {
  it("names every lifecycle action and every other event a ticket's timeline can show", () => {
    const written = writtenEventActions();
    // The scan must actually see the calls, or this test would pass on nothing.
    expect(written).toContain("duty_alarm");
    expect(written).toContain("light");
    for (const action of [...TICKET_ACTIONS, ...written])
      expect(ACTION_LABEL, `event "${action}" has no label in src/domain/labels.ts`).toHaveProperty(action);
  });

  it("writes every label in Chinese, never a raw key", () => {
    for (const [group, table] of Object.entries(LABELS))
      for (const [code, label] of Object.entries(table)) {
        expect(label, `${group}.${code}`).toMatch(/\p{Script=Han}/u);
        expect(label).not.toContain(code);
      }
  });

  it("grades urgency 一般 < 紧急 < 特急, with no two codes sharing a name", () => {
    expect(URGENCY_LABEL).toEqual({ normal: "一般", urgent: "紧急", emergency: "特急" });
  });

  it("keeps urgency names out of the console's own code: it shows the server's labels", () => {
    for (const file of sourceFiles(path.join(ROOT, "console/js"))) {
      const text = readFileSync(file, "utf8");
      expect(text, path.relative(ROOT, file)).not.toMatch(/["'`](紧急|特急)["'`]/);
    }
  });
});
