import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childServePort } from "../support/child-port.js";
import { envWithoutFaketime } from "../support/faketime.js";

const CLI = path.resolve("bin/zhitong.js");
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-serve-"));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>): Run {
  let out = "";
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...envWithoutFaketime(), LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out");
}

/** Processes whose command line mentions our data directory (postgres or redis-server). */
function processesUsing(dir: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes(dir) && !l.includes("ps -eo"));
}

async function serveAndStop(role: string): Promise<{ output: string; code: number | null; ready: number }> {
  const port = await childServePort();
  const r = run(["serve", "--role", role], { DATA_DIR: dataDir, PORT: String(port) });
  const started = Date.now();
  let ready = 0;
  await waitFor(async () => {
    if (r.child.exitCode !== null) return true;
    const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    ready = res?.status ?? 0;
    return ready === 200;
    // A first start initialises PostgreSQL and applies every migration: minutes on a machine busy
    // with other work, which this test must survive (it checks that the server starts, not how fast).
  }, 180_000).catch(() => {});
  const elapsed = Date.now() - started;
  r.child.kill("SIGINT");
  const code = await r.exited;
  return { output: r.output(), code, ready: ready === 200 ? elapsed : -1 };
}

describe("zhitong serve on the embedded default", () => {
  it("starts PostgreSQL and Redis itself, serves /readyz 200, and leaves nothing running after Ctrl-C", async () => {
    const { output, code, ready } = await serveAndStop("all");
    expect(ready).toBeGreaterThan(0);
    expect(output).toContain("Zhitong is running (role: all).");
    expect(output).toMatch(/API docs\s+http:\/\/127\.0\.0\.1:\d+\/docs/);
    expect(code).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);

  it("starts again on the same data directory (api role only)", async () => {
    const { output, code, ready } = await serveAndStop("api");
    expect(ready).toBeGreaterThan(0);
    expect(output).toContain("Workers         none in this process");
    expect(code).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);
});

describe("zhitong serve refuses to start with a clear message", () => {
  it("names PostgreSQL and how to fix it when DATABASE_URL points nowhere", async () => {
    const port = await childServePort();
    const r = run(["serve"], {
      DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/zt`,
      REDIS_URL: "redis://127.0.0.1:1",
    });
    expect(await r.exited).toBe(1);
    expect(r.output()).toMatch(
      /cannot reach PostgreSQL at 127\.0\.0\.1:\d+ \(DATABASE_URL\).*unset it to use the embedded PostgreSQL/,
    );
    expect(r.output()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("names the variable and the fix for an invalid setting, never its value", async () => {
    const r = run(["serve"], { PORT: "http" });
    expect(await r.exited).toBe(1);
    expect(r.output()).toContain("PORT: must be a whole number between 0 and 65535");
    expect(r.output()).toContain("README.md");
  }, 30_000);

  it("refuses to start in production mode without the deployment's secrets", async () => {
    const r = run(["serve"], { NODE_ENV: "production", LOG_HASH_SALT: "", WEB_CHAT_SECRET: "" });
    expect(await r.exited).toBe(1);
    expect(r.output()).toContain("LOG_HASH_SALT: must be set in production");
    expect(r.output()).toContain("WEB_CHAT_SECRET: must be set in production");
    expect(r.output()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("names the file and key of an invalid config file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "zhitong-cfg-"));
    execFileSync("cp", ["config/taxonomy.json", dir]);
    const j = JSON.parse(execFileSync("cat", ["config/jurisdiction.json"], { encoding: "utf8" }));
    j.units[5].parent = "street.nowhere";
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(path.join(dir, "jurisdiction.json"), JSON.stringify(j)),
    );
    const r = run(["config", "check"], { CONFIG_DIR: dir });
    expect(await r.exited).toBe(1);
    expect(r.output()).toContain('  - jurisdiction.json: units.5.parent: unknown unit id "street.nowhere"');
    await rm(dir, { recursive: true, force: true });
  }, 30_000);
});
