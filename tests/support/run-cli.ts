import { spawn } from "node:child_process";

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
  /** How the CLI is started: from its sources by default, `["bin/zhitong.js"]` for the built one. */
  entry?: readonly string[];
}

/** Runs `zhitong …` as a separate process, the way an operator would, and collects what it printed. */
export function runZhitong(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const entry = options.entry ?? ["--import", "tsx", "src/cli.ts"];
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
