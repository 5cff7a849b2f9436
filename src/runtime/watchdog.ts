import { spawn } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface WatchedChild {
  pid: number;
  /** How to ask it to stop: SIGINT is PostgreSQL's fast shutdown, SIGTERM Redis' clean one. */
  signal: NodeJS.Signals;
}

export interface Watchdog {
  stop(): Promise<void>;
}

/**
 * The watchdog itself, run by `node -e` so it needs no build step or loader. Arguments: parent pid,
 * a label (the data directory, so `ps` shows whose it is), then `pid:SIGNAL` per child. It exits as
 * soon as every child is gone (a normal shutdown).
 */
const SOURCE = `
const [parent, , ...specs] = process.argv.slice(1);
const children = specs.map((s) => { const [pid, sig] = s.split(":"); return { pid: Number(pid), sig }; });
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === "EPERM"; } };
const signal = (pid, sig) => { try { process.kill(pid, sig); } catch {} };
const tick = setInterval(() => {
  if (children.every((c) => !alive(c.pid))) process.exit(0);
  if (alive(Number(parent))) return;
  clearInterval(tick);
  for (const c of children) signal(c.pid, c.sig);
  const end = Date.now() + 30000;
  setInterval(() => {
    const left = children.filter((c) => alive(c.pid));
    if (left.length === 0) process.exit(0);
    if (Date.now() > end) { for (const c of left) signal(c.pid, "SIGKILL"); process.exit(0); }
  }, 200);
}, 500);
`;

/**
 * Ties the embedded servers' life to this process. Node cannot set Linux's PR_SET_PDEATHSIG on the
 * children it spawns, and `kill -9` runs no exit handler, so a small detached process (its own
 * process group: a `kill -9` of ours, or Ctrl-C to our group, does not reach it) polls whether we
 * are alive and stops the servers cleanly when we are not. Its pid is kept in
 * `<DATA_DIR>/watchdog.pid` for operators.
 */
export async function startWatchdog(dataDir: string, children: readonly WatchedChild[]): Promise<Watchdog> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      SOURCE,
      String(process.pid),
      path.resolve(dataDir),
      ...children.map((c) => `${c.pid}:${c.signal}`),
    ],
    { detached: true, stdio: "ignore" },
  );
  child.unref();
  const pidFile = path.join(dataDir, "watchdog.pid");
  if (child.pid) await writeFile(pidFile, String(child.pid));
  return {
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await rm(pidFile, { force: true });
    },
  };
}
