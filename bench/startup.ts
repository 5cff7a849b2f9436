/**
 * Start-up: how long `zhitong --help`, `zhitong extract` of one message and `zhitong serve` (until
 * /readyz answers 200) take from process start, run from the build in dist/ and from the TypeScript
 * sources through tsx, against a bare `node -e 0` measured in the same run (the ceiling: no command
 * can start faster than Node itself). Prints figures; never fails on timing.
 *
 *   npm run bench -- startup     # STARTUP_RUNS (default 5) runs of each command, best and median
 */
import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import getPort from "get-port";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "zhitong.js");
const runs = Math.max(1, Number(process.env.STARTUP_RUNS ?? 5));
const MESSAGE = "幸福里小区3号楼门口的路灯坏了一个星期了，晚上黑漆漆的，老人出门不方便";

type Mode = "dist" | "sources";

/** The bin runs the build when it is fresh; pointing it at a folder with no build makes it run the sources. */
function envFor(mode: Mode): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  if (mode === "sources") env.ZHITONG_DIST_DIR = path.join(os.tmpdir(), "zhitong-no-build-here");
  else delete env.ZHITONG_DIST_DIR;
  return env;
}

function timeOnce(args: string[], env: NodeJS.ProcessEnv, input?: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, input, encoding: "utf8", cwd: root });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return ms;
}

function summarise(times: number[]): { best: number; median: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}

function measure(args: string[], env: NodeJS.ProcessEnv, input?: string): { best: number; median: number } {
  return summarise(Array.from({ length: runs }, () => timeOnce(args, env, input)));
}

/**
 * Starts `zhitong serve` on a data directory and returns the milliseconds until /readyz said 200.
 * A port taken between choosing and binding it (other processes on a shared machine) is retried.
 */
async function timeToReady(mode: Mode, dataDir: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await timeToReadyOnce(mode, dataDir);
    } catch (err) {
      if (attempt >= 3 || !String(err).includes("EADDRINUSE")) throw err;
    }
  }
}

async function timeToReadyOnce(mode: Mode, dataDir: string): Promise<number> {
  const port = await getPort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, "serve"], {
    env: { ...envFor(mode), DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
    cwd: root,
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${stderr.slice(0, 300)}`);
      const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (res?.status === 200) return Number(process.hrtime.bigint() - started) / 1e6;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("serve did not become ready within 180 s");
  } finally {
    child.kill("SIGINT");
    await exited;
  }
}

const fmt = (ms: number): string => `${Math.round(ms)} ms`.padStart(9);

export async function run(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.js")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  console.log(
    `\n== Start-up (${runs} runs each; best / median; load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`   ${build.stdout.trim()}`);

  const node = measure(["-e", "0"], process.env);
  console.log(`   node -e 0 (ceiling)                      ${fmt(node.best)} / ${fmt(node.median)}`);
  const rows: Array<[string, string[], string | undefined]> = [
    ["zhitong --help", [bin, "--help"], undefined],
    ["zhitong extract (one message)", [bin, "extract"], MESSAGE],
  ];
  for (const [label, args, input] of rows) {
    const built = measure(args, envFor("dist"), input);
    const sources = measure(args, envFor("sources"), input);
    console.log(
      `   ${label.padEnd(32)} dist ${fmt(built.best)} / ${fmt(built.median)}   sources ${fmt(sources.best)} / ${fmt(sources.median)}   ` +
        `dist ${(sources.best / built.best).toFixed(1)}× faster, ${(built.best / node.best).toFixed(1)}× bare node`,
    );
  }

  // Cold: a new data directory (PostgreSQL's initdb and every migration); warm: the same directory again.
  for (const mode of ["dist", "sources"] as const) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-startup-"));
    await chmod(dataDir, 0o755);
    try {
      const cold = await timeToReady(mode, dataDir);
      const warm = await timeToReady(mode, dataDir);
      console.log(`   serve → /readyz 200 (${mode.padEnd(7)})        cold ${fmt(cold)}   warm ${fmt(warm)}`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
