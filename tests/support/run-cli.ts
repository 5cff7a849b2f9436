import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distState } from "../../bin/dist-layout.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface CliResult {
  /** The exit code; -1 when the process was killed by a signal. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to this process's environment (LOG_LEVEL defaults to silent). */
  env?: Record<string, string | undefined>;
  /** Written to the command's standard input, which is then closed. */
  stdin?: string;
  cwd?: string;
  /**
   * How the CLI is started: by default the build in dist/ when it is up to date (what `npm run setup`
   * leaves, and what an operator runs), the sources through tsx otherwise; `["bin/zhitong.js"]` for
   * the bin itself.
   */
  entry?: readonly string[];
}

/** Runs `zhitong …` as a separate process, the way an operator would, and collects what it printed. */
export function runZhitong(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const entry = options.entry ?? defaultEntry();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: options.cwd,
      env: { ...process.env, LOG_LEVEL: "silent", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/**
 * Starting the sources through tsx compiles the whole tree in every child, seconds of CPU per
 * command; the build starts in a fraction of that. The bin makes the same choice but says so on
 * stderr when it falls back, which tests expecting an empty stderr must not see: so it is made here.
 */
function defaultEntry(): readonly string[] {
  return distState(ROOT, path.join(ROOT, "dist")) === "fresh"
    ? [path.join(ROOT, "bin", "zhitong.js")]
    : ["--import", "tsx", path.join(ROOT, "src", "cli.ts")];
}
