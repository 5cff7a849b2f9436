/**
 * Start-up: how long `zhitong --help`, `zhitong extract` of one message and `zhitong serve` (until
 * /readyz answers 200) take from process start, run from the build in dist/ and from the TypeScript
 * sources through tsx, against a bare `node -e 0` measured in the same run (the ceiling: no command
 * can start faster than Node itself). Prints figures; never fails on timing.
 *
 * Wall-clock time on a shared machine says more about the neighbours than about Zhitong, so each
 * command's own CPU time (user + system, read by the process itself at exit) is printed beside it.
 *
 *   npm run bench -- startup     # STARTUP_RUNS (default 5) runs of each command, best and median
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

const CPU_MARK = "startup-bench-cpu-ms=";
/** Loaded before the measured program: at exit it reports the process's own CPU time on stderr. */
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  `import { writeSync } from "node:fs";
   process.on("exit", () => { const u = process.cpuUsage();
     writeSync(2, "\\n${CPU_MARK}" + (u.user + u.system) / 1000 + "\\n"); });`,
)}`;

interface Timing {
  best: number;
  median: number;
  cpu: number;
}

function timeOnce(args: string[], env: NodeJS.ProcessEnv, input?: string): { wall: number; cpu: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", REPORT_CPU, ...args], {
    env,
    input,
    encoding: "utf8",
    cwd: root,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const cpu = Number(r.stderr.split(CPU_MARK)[1]?.trim() ?? NaN);
  return { wall, cpu };
}

function measure(args: string[], env: NodeJS.ProcessEnv, input?: string): Timing {
  const samples = Array.from({ length: runs }, () => timeOnce(args, env, input));
  const walls = samples.map((s) => s.wall).sort((a, b) => a - b);
  return {
    best: walls[0] ?? NaN,
    median: walls[Math.floor(walls.length / 2)] ?? NaN,
    cpu: Math.min(...samples.map((s) => s.cpu)),
  };
}

interface Ready {
  wall: number;
  /** CPU time the Zhitong process itself used until then (Linux), without PostgreSQL and Redis. */
  cpu: number;
}

/** user + system time of a running process from /proc (Linux; NaN elsewhere). */
function processCpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th,
    // in clock ticks (USER_HZ, 100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Starts `zhitong serve` on a data directory and returns the milliseconds until /readyz said 200.
 * A port taken between choosing and binding it (other processes on a shared machine) is retried.
 */
async function timeToReady(mode: Mode, dataDir: string): Promise<Ready> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await timeToReadyOnce(mode, dataDir);
    } catch (err) {
      if (attempt >= 3 || !String(err).includes("EADDRINUSE")) throw err;
    }
  }
}

async function timeToReadyOnce(mode: Mode, dataDir: string): Promise<Ready> {
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
      if (res?.status === 200) {
        return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: processCpuMs(child.pid) };
      }
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
    `\n== Start-up (${runs} runs each; wall best / median, cpu best; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(`   ${build.stdout.trim()}`);

  const node = measure(["-e", "0"], process.env);
  console.log(
    `   node -e 0 (ceiling)              wall ${fmt(node.best)} / ${fmt(node.median)}   cpu ${fmt(node.cpu)}`,
  );
  const rows: Array<[string, string[], string | undefined]> = [
    ["zhitong --help", [bin, "--help"], undefined],
    ["zhitong extract (one message)", [bin, "extract"], MESSAGE],
  ];
  for (const [label, args, input] of rows) {
    const built = measure(args, envFor("dist"), input);
    const sources = measure(args, envFor("sources"), input);
    console.log(
      `   ${label.padEnd(32)} dist    wall ${fmt(built.best)} / ${fmt(built.median)}   cpu ${fmt(built.cpu)}   ` +
        `(${(built.cpu / node.cpu).toFixed(1)}× bare node's cpu)\n` +
        `   ${"".padEnd(32)} sources wall ${fmt(sources.best)} / ${fmt(sources.median)}   cpu ${fmt(sources.cpu)}   ` +
        `(dist needs ${((100 * built.cpu) / sources.cpu).toFixed(0)} % of the sources' cpu)`,
    );
  }

  // Cold: a new data directory (PostgreSQL's initdb and every migration); warm: the same directory again.
  for (const mode of ["dist", "sources"] as const) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-startup-"));
    await chmod(dataDir, 0o755);
    try {
      const cold = await timeToReady(mode, dataDir);
      const warm: Ready[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) warm.push(await timeToReady(mode, dataDir));
      const bestWall = Math.min(...warm.map((w) => w.wall));
      const bestCpu = Math.min(...warm.map((w) => w.cpu));
      console.log(
        `   serve → /readyz 200 (${mode.padEnd(7)})  cold wall ${fmt(cold.wall)}   ` +
          `warm wall best ${fmt(bestWall)} of ${warm.length}   Zhitong process cpu ${fmt(bestCpu)}`,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
