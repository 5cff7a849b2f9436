import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

/** Lints `code` as if it were the file at `filePath`, with the repository's real ESLint config. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer boundaries (eslint no-restricted-imports)", () => {
  it("refuses infrastructure and outside imports in src/domain", async () => {
    expect(
      await restrictedImports(
        "src/domain/probe.ts",
        'import { db } from "../db/client.js";\nexport const x = db;\n',
      ),
    ).toEqual([expect.stringContaining("src/domain is pure")]);
    expect(
      await restrictedImports(
        "src/domain/probe.ts",
        'import { and } from "drizzle-orm";\nexport const x = and;\n',
      ),
    ).toEqual([expect.stringContaining("no infrastructure")]);
    expect(
      await restrictedImports(
        "src/domain/probe.ts",
        'import { readFile } from "node:fs/promises";\nexport const x = readFile;\n',
      ),
    ).toHaveLength(1);
  });

  it("accepts what the domain may use", async () => {
    expect(
      await restrictedImports(
        "src/domain/probe.ts",
        'import { z } from "zod";\nimport { Kind } from "./taxonomy.schema.js";\nexport const x = [z, Kind];\n',
      ),
    ).toEqual([]);
  });

  it("refuses src/ in channel modules and accepts the port", async () => {
    expect(
      await restrictedImports(
        "channels/wechat/probe.ts",
        'import { messages } from "../../src/db/schema/index.js";\nexport const x = messages;\n',
      ),
    ).toEqual([expect.stringContaining("only through channels/port.ts")]);
    expect(
      await restrictedImports(
        "channels/wechat/probe.ts",
        'import type { ChannelPort } from "../port.js";\nexport type X = ChannelPort;\n',
      ),
    ).toEqual([]);
  });
});

describe("no import cycles (dependency-cruiser)", () => {
  const depcruise = path.join(ROOT, "node_modules/.bin/depcruise");
  const config = path.join(ROOT, ".dependency-cruiser.cjs");

  it("fails on a deliberate cycle", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "zt-cycle-"));
    try {
      await mkdir(path.join(dir, "src"));
      await writeFile(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { module: "nodenext" } }),
      );
      await writeFile(path.join(dir, "src/a.ts"), 'import { b } from "./b.js";\nexport const a = () => b;\n');
      await writeFile(path.join(dir, "src/b.ts"), 'import { a } from "./a.js";\nexport const b = () => a;\n');
      const failure = await run(depcruise, ["src", "--config", config], { cwd: dir }).then(
        () => null,
        (error: { code: number; stdout: string }) => error,
      );
      expect(failure?.code).not.toBe(0);
      expect(failure?.stdout).toContain("no-circular");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("passes on the repository", async () => {
    const { stdout } = await run(depcruise, ["src", "channels", "console/js", "--config", config], {
      cwd: ROOT,
    });
    expect(stdout).toContain("no dependency violations found");
  }, 120_000);
});
