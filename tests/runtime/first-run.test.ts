import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childServePort } from "../support/child-port.js";
import { envWithoutFaketime } from "../support/faketime.js";
import { waitFor } from "../support/wait-for.js";

// The README's first run, step by step, with the real CLI: `npm start` (zhitong serve) on an empty
// DATA_DIR, `npx zhitong user add` in another terminal while it runs, then sign in over HTTP.
const CLI = path.resolve("bin/zhitong.js");
const PASSWORD = "First-admin-2026";
// A first start initialises a PostgreSQL cluster and runs every migration; with two suites at once on
// two cores that came close to two minutes, so the wait only bounds a hang and never races a slow start.
const START_WAIT_MS = 240_000;
let dataDir: string;
let serve: ChildProcess | undefined;

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>, stdin?: string): Run {
  let out = "";
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...envWithoutFaketime(), LOG_LEVEL: "warn", DATA_DIR: dataDir, ...env },
    stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-first-run-"));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill("SIGINT");
  await rm(dataDir, { recursive: true, force: true });
});

describe("first run as the README says", () => {
  it("start, add the first admin while it runs, sign in", async () => {
    const port = await childServePort();
    const s = run(["serve"], { PORT: String(port) });
    serve = s.child;
    await waitFor(
      () => s.output().includes("Zhitong is running") || s.child.exitCode !== null,
      START_WAIT_MS,
      "start",
    );
    expect(s.output()).toContain("Zhitong is running (role: all).");
    // An empty database: the start-up message says how to get in.
    expect(s.output()).toContain("npx zhitong user add --username admin --role admin");
    expect(existsSync(path.join(dataDir, "instance.json"))).toBe(true);

    const add = run(
      ["user", "add", "--username", "admin", "--role", "admin", "--password-stdin"],
      {},
      PASSWORD,
    );
    expect(await add.exited, add.output()).toBe(0);

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith("zt_session="))!
      .split(";")[0]!;
    const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: "admin", role: "admin" });

    // A second `npm start` on the same DATA_DIR is refused with what to do, and the first keeps running.
    const second = run(["serve"], { PORT: String(await childServePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Zhitong \(pid \d+\) is already running on DATA_DIR/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    s.child.kill("SIGINT");
    expect(await s.exited).toBe(0);
    expect(existsSync(path.join(dataDir, "instance.json"))).toBe(false);
  }, 420_000);

  it("after a crash, a state file with a dead pid is ignored: the CLI starts the embedded server itself", async () => {
    // A pid that is surely not running (the state a kill -9 leaves behind).
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.once("exit", r));
    await writeFile(
      path.join(dataDir, "instance.json"),
      JSON.stringify({
        pid: dead.pid,
        startedAt: "2026-12-01T00:00:00Z",
        databaseUrl: "postgres://x:y@127.0.0.1:1/z",
      }),
    );
    const add = run(
      ["user", "add", "--username", "dispatcher1", "--role", "dispatcher", "--password-stdin"],
      {},
      PASSWORD,
    );
    expect(await add.exited, add.output()).toBe(0);
    // Next start: an administrator exists, so no first-admin hint.
    const port = await childServePort();
    const s = run(["serve", "--role", "api"], { PORT: String(port) });
    serve = s.child;
    await waitFor(
      () => s.output().includes("Zhitong is running") || s.child.exitCode !== null,
      START_WAIT_MS,
      "start",
    );
    expect(s.output()).not.toContain("No administrator account yet");
    expect(JSON.parse(await readFile(path.join(dataDir, "instance.json"), "utf8")).pid).toBe(s.child.pid);
    s.child.kill("SIGINT");
    expect(await s.exited).toBe(0);
  }, 420_000);
});
