import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The bin's own freshness rule, exercised on a throw-away tree (never on the repository's files).
import { distState } from "../../bin/dist-layout.js";
import { COMMAND_SUMMARIES } from "../../src/cli/command-list.js";
import { envWithoutFaketime } from "../support/faketime.js";

const root = path.resolve(".");
const BIN = path.join(root, "bin", "zhitong.js");
// Inside the repository so that compiled files find node_modules by walking up, as dist/ does.
const scratch = path.join(root, "node_modules", ".cache", `zhitong-built-cli-${process.pid}`);
const built = path.join(scratch, "dist");
const SOURCES_NOTICE = "running the TypeScript sources instead";

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function node(args: string[], env: NodeJS.ProcessEnv = {}, input = ""): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...envWithoutFaketime(), LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * A module hook for a child process that records every file it loads: ES modules as they load, and
 * CommonJS files (what the extract bundle requires) from require's cache when the process exits.
 */
async function recordLoads(name: string): Promise<{ hook: string; loadedUrls(): Promise<string[]> }> {
  const loaded = path.join(scratch, `loaded-${name}.txt`);
  const hooks = path.join(scratch, `record-loads-${name}.mjs`);
  const hook = path.join(scratch, `register-hooks-${name}.mjs`);
  await writeFile(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(loaded)}, url + "\\n");
  return next(url, context);
}
`,
  );
  await writeFile(
    hook,
    `import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
register(${JSON.stringify(pathToFileURL(hooks).href)});
const { Module } = createRequire(import.meta.url)("node:module");
process.on("exit", () => {
  const files = Object.keys(Module._cache).map((f) => pathToFileURL(f).href + "\\n");
  appendFileSync(${JSON.stringify(loaded)}, files.join(""));
});
`,
  );
  return { hook, loadedUrls: async () => (await readFile(loaded, "utf8")).split("\n").filter(Boolean) };
}

/** None of the loaded files' URLs contains any of `parts`. */
function expectNoneLoaded(urls: string[], parts: string[]): void {
  for (const part of parts)
    expect(
      urls.filter((u) => u.includes(part)),
      part,
    ).toEqual([]);
}

beforeAll(async () => {
  await mkdir(scratch, { recursive: true });
  const build = await node(["scripts/build.js", "--out", built]);
  expect(build.code, build.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the built CLI (npm run build → dist/)", () => {
  it("compiles every source file and links the data the code reads by path", async () => {
    const info = JSON.parse(await readFile(path.join(built, "build-info.json"), "utf8"));
    expect(info.files).toBeGreaterThan(100);
    expect(existsSync(path.join(built, "src", "cli.js"))).toBe(true);
    expect(existsSync(path.join(built, "channels", "registry.js"))).toBe(true);
    // Assets that live beside the sources are copied; folders outside them are reached through links.
    expect(existsSync(path.join(built, "channels", "web", "page", "index.html"))).toBe(true);
    for (const linked of ["drizzle/meta/_journal.json", "console/index.html", "config/taxonomy.json"]) {
      expect(existsSync(path.join(built, linked)), linked).toBe(true);
    }
    // A finished build leaves no staging or previous folder behind.
    expect((await readdir(scratch)).sort()).toEqual(["dist"]);
  });

  it("`zhitong --help` runs the build, lists every command and loads no command's module", async () => {
    const { hook, loadedUrls } = await recordLoads("help");
    const r = await node(["--import", hook, BIN, "--help"], { ZHITONG_DIST_DIR: built });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain(SOURCES_NOTICE);
    for (const [name, summary] of Object.entries(COMMAND_SUMMARIES)) {
      expect(r.stdout).toContain(name);
      expect(r.stdout.replace(/\s+/g, " ")).toContain(summary);
    }
    const urls = await loadedUrls();
    expect(urls.some((u) => u.includes("/dist/src/cli.js"))).toBe(true);
    expect(urls.filter((u) => u.includes("/src/cli/") && u.includes(".command."))).toEqual([]);
    expectNoneLoaded(urls, [
      "/src/intake/",
      "/src/server",
      "node_modules/fastify/",
      "node_modules/drizzle-orm/",
    ]);
  });

  it("`zhitong help extract` shows the command's own options", async () => {
    const r = await node([BIN, "help", "extract"], { ZHITONG_DIST_DIR: built });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("--jsonl");
    expect(r.stdout).toContain("--channel");
  });

  it("`zhitong extract` from the build turns one message into a structured complaint", async () => {
    const { hook, loadedUrls } = await recordLoads("extract");
    const r = await node(
      ["--import", hook, BIN, "extract", "--engine", "offline"],
      { ZHITONG_DIST_DIR: built },
      "幸福里小区3号楼门口的路灯坏了一个星期了，晚上黑漆漆的",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain(SOURCES_NOTICE);
    const complaint = JSON.parse(r.stdout);
    expect(complaint.engine).toBe("offline");
    expect(complaint.description).toContain("路灯");
    expect(typeof complaint.category).toBe("string");
    // extract runs from the bundle alone (one file the runner compiles, so no module hook sees it),
    // none of the file-by-file build; and a command that never serves requires neither the
    // channels' protocol packages (the WeChat module's XML parser) nor the server's.
    const urls = await loadedUrls();
    expect(urls.some((u) => u.endsWith("/bin/bundle-runner.js"))).toBe(true);
    expectNoneLoaded(urls, [
      "/src/",
      "/channels/",
      "node_modules/fast-xml-parser/",
      "node_modules/openai/",
      "node_modules/fastify/",
      "node_modules/bullmq/",
      "node_modules/pg/",
      "node_modules/ioredis/",
      "node_modules/pino/",
    ]);
    // Packages the bundle inlines show only as esbuild's "// node_modules/<name>/…" markers: extract
    // counts no working days, so the holiday calendar must not be in the bundle at all.
    expect(await readFile(path.join(built, "bundle", "cli.cjs"), "utf8")).not.toContain(
      "node_modules/chinese-days/",
    );
  }, 60_000);

  it("`zhitong extract` from the build reads a place by its sound, with pinyin-pro only where its tables cannot tell", async () => {
    // 西胜 sounds like 西盛: the windows are read from the tables written ahead of time.
    const table = await recordLoads("extract-sound");
    const r = await node(
      ["--import", table.hook, BIN, "extract", "--engine", "offline"],
      { ZHITONG_DIST_DIR: built },
      "西胜社区3号楼门口的路灯坏了一个星期了，晚上黑漆漆的",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).location.community).toBe("community.xisheng");
    expectNoneLoaded(await table.loadedUrls(), ["node_modules/pinyin-pro/"]);
    // 々 reads as whatever stands before it: pinyin-pro itself is required, from the bundle.
    const loaded = await recordLoads("extract-pinyin");
    const p = await node(
      ["--import", loaded.hook, BIN, "extract", "--engine", "offline"],
      { ZHITONG_DIST_DIR: built },
      "西々家园3号楼门口的路灯坏了",
    );
    expect(p.code, p.stderr).toBe(0);
    expect(JSON.parse(p.stdout).location.community).toBe("community.xisheng");
    expect((await loaded.loadedUrls()).some((u) => u.includes("node_modules/pinyin-pro/"))).toBe(true);
  }, 60_000);

  it("the bundle is plain ASCII and V8 takes the build's code cache for it", async () => {
    const bundle = path.join(built, "bundle", "cli.cjs");
    // One non-ASCII character makes V8 keep the whole source as two-byte text.
    expect(/[\u0080-\uffff]/.test(await readFile(bundle, "utf8"))).toBe(false);
    const probe = path.join(scratch, "code-cache-probe.mjs");
    await writeFile(
      probe,
      `import { runBundle } from ${JSON.stringify(pathToFileURL(path.join(root, "bin", "bundle-runner.js")).href)};
const { cache } = runBundle(process.env.PROBE_BUNDLE);
process.on("exit", () => process.stderr.write("code cache: " + cache + "\\n"));
`,
    );
    const message = "幸福里小区3号楼门口的路灯坏了一个星期了";
    const args = [probe, "extract", "--engine", "offline"];
    const cached = await node(args, { PROBE_BUNDLE: bundle }, message);
    expect(cached.code, cached.stderr).toBe(0);
    expect(cached.stderr).toContain("code cache: used");
    // A copy elsewhere is offered no cache (V8 would name the build's file in its stack traces),
    // and compiled from its source it answers the same.
    const copy = path.join(scratch, "dist", "bundle", "copy.cjs");
    await writeFile(copy, await readFile(bundle));
    const uncached = await node(args, { PROBE_BUNDLE: copy }, message);
    expect(uncached.code, uncached.stderr).toBe(0);
    expect(uncached.stderr).toContain("code cache: none");
    expect(uncached.stdout).toBe(cached.stdout);
    await rm(copy);
  }, 60_000);

  it("`extract --engine openai` from the build finds its prompt files and falls back when the LLM refuses", async () => {
    // A stand-in for an OpenAI-compatible endpoint: records the request, answers 400 (not retried).
    const requests: Array<{ url: string; body: string }> = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        requests.push({ url: req.url ?? "", body });
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "model not found", type: "invalid_request_error" } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const r = await node(
        [BIN, "extract", "--engine", "openai"],
        {
          ZHITONG_DIST_DIR: built,
          LLM_BASE_URL: `http://127.0.0.1:${port}/v1`,
          LLM_API_KEY: "test-key",
          LLM_MODEL: "test-model",
        },
        "幸福里小区3号楼门口的路灯坏了一个星期了",
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain(SOURCES_NOTICE);
      // The prompt was read (through dist/prompts) and sent: the request carries the rendered messages.
      expect(requests.length).toBeGreaterThan(0);
      expect(requests[0]!.url).toContain("/chat/completions");
      const sent = JSON.parse(requests[0]!.body) as { messages: Array<{ content: unknown }> };
      expect(sent.messages.length).toBeGreaterThan(0);
      expect(JSON.stringify(sent.messages)).toContain("路灯");
      expect(r.stderr).toContain("offline engine answered");
      expect(JSON.parse(r.stdout).engine).toBe("offline");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it("an unknown command is refused with the list of commands, without loading any", async () => {
    const r = await node([BIN, "exract"], { ZHITONG_DIST_DIR: built });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown command 'exract'");
    expect(r.stderr).toContain("extract");
  });

  it("with no build, the bin says to run `npm run build` and runs the sources instead", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "zhitong-no-build-"));
    try {
      const r = await node([BIN, "--help"], { ZHITONG_DIST_DIR: empty });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(SOURCES_NOTICE);
      expect(r.stderr).toContain("npm run build");
      expect(r.stdout).toContain("extract");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }, 60_000);

  it("`--out` without a folder is refused and builds nothing", async () => {
    const r = await node(["scripts/build.js", "--out"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out needs a directory");
  });
});

describe("when the bin trusts dist/", () => {
  let tree: string;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    tree = await mkdtemp(path.join(os.tmpdir(), "zhitong-freshness-"));
    for (const dir of ["src/cli", "channels/web/page", "scripts", "bin", "dist"]) {
      await mkdir(path.join(tree, dir), { recursive: true });
    }
    for (const file of [
      "src/cli.ts",
      "src/cli/a.ts",
      "channels/web/page/chat.js",
      "scripts/build.js",
      "bin/dist-layout.js",
      "bin/bundle-runner.js",
    ]) {
      await writeFile(path.join(tree, file), "");
      await utimes(path.join(tree, file), at("2026-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"));
    }
  });
  afterAll(async () => {
    await rm(tree, { recursive: true, force: true });
  });

  const stamp = (sourcesNewest: unknown) =>
    writeFile(path.join(tree, "dist", "build-info.json"), JSON.stringify({ sourcesNewest }));

  it("a build made from the current sources is fresh", async () => {
    await stamp(at("2026-01-01T00:00:00Z").getTime());
    expect(distState(tree, path.join(tree, "dist"))).toBe("fresh");
  });

  it("an edited source, an edited asset beside the sources, or an edited build file make it stale", async () => {
    await stamp(at("2026-01-01T00:00:00Z").getTime());
    for (const file of [
      "src/cli/a.ts",
      "channels/web/page/chat.js",
      "scripts/build.js",
      "bin/dist-layout.js",
      "bin/bundle-runner.js",
    ]) {
      await utimes(path.join(tree, file), at("2026-02-01T00:00:00Z"), at("2026-02-01T00:00:00Z"));
      expect(distState(tree, path.join(tree, "dist")), file).toBe("stale");
      await utimes(path.join(tree, file), at("2026-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"));
    }
  });

  it("a build shipped without the sources beside it is trusted", async () => {
    const bare = await mkdtemp(path.join(os.tmpdir(), "zhitong-build-only-"));
    try {
      await mkdir(path.join(bare, "dist"));
      await writeFile(path.join(bare, "dist", "build-info.json"), JSON.stringify({ sourcesNewest: 1 }));
      expect(distState(bare, path.join(bare, "dist"))).toBe("fresh");
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it("a build interrupted before its stamp, or a damaged stamp, counts as no build", async () => {
    await rm(path.join(tree, "dist", "build-info.json"), { force: true });
    expect(distState(tree, path.join(tree, "dist"))).toBe("missing");
    await writeFile(path.join(tree, "dist", "build-info.json"), "{not json");
    expect(distState(tree, path.join(tree, "dist"))).toBe("missing");
    await stamp("yesterday");
    expect(distState(tree, path.join(tree, "dist"))).toBe("missing");
  });
});
