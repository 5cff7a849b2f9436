import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * `DATA_DIR/instance.json`: written by `zhitong serve` while it runs its embedded PostgreSQL and/or
 * Redis, so that other commands on the same DATA_DIR (`zhitong user add`, `zhitong migrate`) use
 * that running server instead of trying to start a second one on the same cluster directory.
 * It holds the local URLs (127.0.0.1 only, fixed local password) and the owner's pid; the file is
 * readable by its owner only.
 */
const InstanceState = z.object({
  pid: z.number().int().positive(),
  startedAt: z.string(),
  databaseUrl: z.string().optional(),
  redisUrl: z.string().optional(),
});
export type InstanceState = z.infer<typeof InstanceState>;

const FILE = "instance.json";

export function instanceStateFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), FILE);
}

export async function writeInstanceState(dataDir: string, state: InstanceState): Promise<void> {
  const file = instanceStateFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename: a reader never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

/** The state of a Zhitong that is still running on `dataDir`, or null (none, unreadable, or its process is gone). */
export async function readRunningInstance(dataDir: string): Promise<InstanceState | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(instanceStateFile(dataDir), "utf8"));
  } catch {
    return null;
  }
  const parsed = InstanceState.safeParse(raw);
  if (!parsed.success || !isAlive(parsed.data.pid)) return null;
  return parsed.data;
}

/** Removes the file if it is still this process's (a newer instance may have replaced it). */
export async function removeInstanceState(dataDir: string, pid = process.pid): Promise<void> {
  const file = instanceStateFile(dataDir);
  try {
    const state = InstanceState.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (state.success && state.data.pid !== pid) return;
  } catch {
    // Unreadable or absent: nothing of ours to keep.
  }
  await rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
