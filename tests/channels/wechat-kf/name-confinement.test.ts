import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A channel is one folder and one registry line: the 微信客服 module's id appears in no source file
 * outside its folder and channels/registry.ts (tests and documentation aside).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const NAME = ["wechat", "kf"].join("-");
const SOURCE_DIRS = ["src", "channels", "console", "bin", "scripts", "config", "prompts", "drizzle", "bench"];
const SOURCE_EXT = /\.(ts|js|mjs|cjs|json|html|css|sql)$/;
const ALLOWED = [`channels/${NAME}/`, "channels/registry.ts"];

async function* files(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(path.join(ROOT, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) yield* files(rel);
    else if (SOURCE_EXT.test(e.name)) yield rel;
  }
}

async function filesNaming(name: string): Promise<string[]> {
  const found: string[] = [];
  const roots = [
    ...SOURCE_DIRS,
    ...(await readdir(ROOT)).filter((f) => SOURCE_EXT.test(f) && !f.startsWith("package")),
  ];
  for (const root of roots) {
    const walk = SOURCE_EXT.test(root) ? [root] : files(root);
    for await (const file of walk) {
      if ((await readFile(path.join(ROOT, file), "utf8")).toLowerCase().includes(name)) found.push(file);
    }
  }
  return found;
}

describe("the 微信客服 module touches one folder and one registry line", () => {
  it(`names "${NAME}" only in its folder and the registry`, async () => {
    const found = await filesNaming(NAME);
    expect(found.filter((f) => !ALLOWED.some((a) => f === a || f.startsWith(a)))).toEqual([]);
    // Not vacuous: the scan does find the module and its registry line.
    expect(found).toContain("channels/registry.ts");
    expect(found.some((f) => f.startsWith(`channels/${NAME}/`))).toBe(true);
  });

  it("the scan would catch a leak (a name from the channel layer found in src/)", async () => {
    expect((await filesNaming("channels/registry.js")).some((f) => f.startsWith("src/"))).toBe(true);
  });
});
