import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childServePort } from "../support/child-port.js";
import { envWithoutFaketime } from "../support/faketime.js";

/**
 * `kill -9` of `zhitong serve` must not leave the embedded PostgreSQL and Redis blocking the next
 * start: the watchdog stops them when their parent is gone, and if the watchdog was killed too, the
 * next start finds the stale owner and stops the orphans itself.
 */
const CLI = path.resolve("bin/zhitong.js");
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-orphans-"));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  for (const line of processesUsing(dataDir)) {
    const pid = Number.parseInt(line.trim(), 10);
    if (pid > 0) process.kill(pid, "SIGKILL");
  }
  await rm(dataDir, { recursive: true, force: true });
});

interface Serve {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function serve(): Promise<Serve> {
  const port = await childServePort();
  let out = "";
  const child = spawn(process.execPath, [CLI, "serve", "--role", "api"], {
    env: { ...envWithoutFaketime(), LOG_LEVEL: "warn", DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, port, output: () => out, exited };
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function ready(s: Serve): Promise<void> {
  await waitFor(
    async () => {
      if (s.child.exitCode !== null) throw new Error(`serve exited:\n${s.output()}`);
      const res = await fetch(`http://127.0.0.1:${s.port}/readyz`).catch(() => null);
      return res?.status === 200;
    },
    90_000,
    "/readyz 200",
  );
}

/** Processes whose command line mentions our data directory (postgres, redis-server, the watchdog). */
function processesUsing(dir: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes(dir) && !l.includes("ps -eo"));
}

async function stop(s: Serve): Promise<void> {
  s.child.kill("SIGINT");
  expect(await s.exited).toBe(0);
}

describe("zhitong serve after kill -9", () => {
  it("stops the embedded servers when their parent is killed, and starts again", async () => {
    const first = await serve();
    await ready(first);
    first.child.kill("SIGKILL");
    await first.exited;
    await waitFor(() => processesUsing(dataDir).length === 0, 60_000, "orphans to stop");
    const second = await serve();
    await ready(second);
    await stop(second);
  }, 240_000);

  it("stops orphans left by a killed instance whose watchdog died too, and starts again", async () => {
    const first = await serve();
    await ready(first);
    const watchdog = Number.parseInt(await readFile(path.join(dataDir, "watchdog.pid"), "utf8"), 10);
    process.kill(watchdog, "SIGKILL");
    first.child.kill("SIGKILL");
    await first.exited;
    // PostgreSQL and Redis are still running, orphaned.
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);
    const second = await serve();
    await ready(second);
    expect(second.output()).not.toContain("already using");
    await stop(second);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);

  it("leaves a running instance's servers alone and refuses a second one on the same directory", async () => {
    const first = await serve();
    await ready(first);
    const second = await serve();
    expect(await second.exited).toBe(1);
    // Refused by the instance check, or failing that by the owner check of the servers.
    expect(second.output()).toMatch(/is already running|already using .*started by a running Zhitong/);
    const res = await fetch(`http://127.0.0.1:${first.port}/readyz`);
    expect(res.status).toBe(200);
    await stop(first);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);
});
