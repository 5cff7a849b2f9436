import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";

/**
 * Who runs an embedded server: `<dir>.owner.json` next to its data directory records the Node
 * process that started it and the server's pid. After a `kill -9` of that Node process the file
 * tells the next start that the server still running is an orphan (its owner is gone) and may be
 * stopped, rather than another live instance's server that must be left alone.
 */
export interface OwnerRecord {
  owner: number;
  child: number;
}

export function ownerFile(dir: string): string {
  return `${dir}.owner.json`;
}

export async function writeOwner(dir: string, child: number): Promise<void> {
  await writeFile(ownerFile(dir), JSON.stringify({ owner: process.pid, child } satisfies OwnerRecord));
}

export async function clearOwner(dir: string): Promise<void> {
  await rm(ownerFile(dir), { force: true });
}

/**
 * Stops the server a killed instance left running on `dir`; throws when a live instance owns it.
 * `expect` is a word of the server's command line (`postgres`, `redis-server`): a pid reused by an
 * unrelated process is never signalled.
 */
export async function reclaimOrphan(
  dir: string,
  opts: { expect: string; signal: NodeJS.Signals; what: string; log?: (line: string) => void },
): Promise<void> {
  let record: OwnerRecord;
  try {
    record = JSON.parse(await readFile(ownerFile(dir), "utf8")) as OwnerRecord;
  } catch {
    return;
  }
  if (!isAlive(record.child) || !commandMentions(record.child, opts.expect)) {
    await clearOwner(dir);
    return;
  }
  if (record.owner !== process.pid && isAlive(record.owner) && commandMentions(record.owner, "node")) {
    throw new Error(
      `another ${opts.what} (pid ${record.child}) is already using ${dir}, started by a running Zhitong ` +
        `(pid ${record.owner}). Stop that instance, or set DATA_DIR to a different directory.`,
    );
  }
  opts.log?.(
    `stopping orphaned ${opts.what} (pid ${record.child}) left by a killed Zhitong (pid ${record.owner})`,
  );
  await stopProcess(record.child, opts.signal);
  await clearOwner(dir);
}

/** Signals `pid` and waits for it to exit; SIGKILL after `graceMs`. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs = 30_000): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  if (await exited(pid, graceMs)) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return;
  }
  await exited(pid, 5000);
}

async function exited(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the process's command line contains `word`. Where /proc is missing (macOS), the answer
 * is yes: the pid check alone decides, as before.
 */
function commandMentions(pid: number, word: string): boolean {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    // A zombie (exited, not yet reaped) has an empty command line and is as good as gone.
    return cmd.includes(word);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== "ENOENT" || !readableProc();
  }
}

function readableProc(): boolean {
  try {
    readFileSync("/proc/self/cmdline");
    return true;
  } catch {
    return false;
  }
}
