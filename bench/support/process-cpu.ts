import { readdirSync, readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Queryable } from "../../src/db/client.js";

/**
 * CPU time (ms) spent so far by this process and by the PostgreSQL server behind `db` (postmaster
 * and all its children), read from /proc. On a shared, loaded machine throughput swings with
 * everyone else's work; CPU per unit of work does much less, so benches print both. Linux only
 * (elsewhere: null).
 */
export async function cpuSnapshot(db: Queryable): Promise<{ selfMs: number; postgresMs: number } | null> {
  try {
    const { rows } = await db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
    const postmaster = stat(rows[0]!.pid).ppid;
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    let postgres = 0;
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const s = stat(Number(name));
        // The postmaster's own figure includes the backends it has reaped (a pool that connected
        // and left during the measurement), the others' only their own time.
        if (s.pid === postmaster) postgres += (s.ticks + s.reapedTicks) * tick;
        else if (s.ppid === postmaster) postgres += s.ticks * tick;
      } catch {
        // The process ended meanwhile.
      }
    }
    const self = process.cpuUsage();
    return { selfMs: (self.user + self.system) / 1000, postgresMs: postgres };
  } catch {
    return null;
  }
}

function stat(pid: number): {
  pid: number;
  ppid: number;
  name: string;
  ticks: number;
  sysTicks: number;
  reapedTicks: number;
} {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces: fields start after its closing parenthesis.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return {
    pid,
    ppid: Number(fields[1]),
    name: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")),
    ticks: Number(fields[11]) + Number(fields[12]),
    sysTicks: Number(fields[12]),
    reapedTicks: Number(fields[13]) + Number(fields[14]),
  };
}

/**
 * CPU time (ms) of process `pid` itself and of all its live descendants (a bench server's embedded
 * PostgreSQL and Redis), read from /proc; also the process's system (kernel) share, and the
 * descendants' time by command name (`postgres`, `redis-server`). Linux only (elsewhere: null).
 *
 * The system share is what syscalls (socket writes and reads, epoll) cost the process itself. A
 * V8 profile shows more than that in `writevGeneric`: its samples are taken on wall time, so a
 * write that wakes the reader on a busy two-core machine and is preempted there is sampled while
 * the process is not on a CPU at all.
 */
export function processTreeCpu(
  pid: number,
): { selfMs: number; selfSysMs: number; descendantsMs: number; byName: Map<string, number> } | null {
  try {
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    const all: ReturnType<typeof stat>[] = [];
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        all.push(stat(Number(name)));
      } catch {
        // The process ended meanwhile.
      }
    }
    const tree = new Set([pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of all)
        if (!tree.has(p.pid) && tree.has(p.ppid)) {
          tree.add(p.pid);
          grew = true;
        }
    }
    let descendants = 0;
    const byName = new Map<string, number>();
    for (const p of all)
      if (p.pid !== pid && tree.has(p.pid)) {
        descendants += p.ticks * tick;
        byName.set(p.name, (byName.get(p.name) ?? 0) + p.ticks * tick);
      }
    const self = stat(pid);
    return { selfMs: self.ticks * tick, selfSysMs: self.sysTicks * tick, descendantsMs: descendants, byName };
  } catch {
    return null;
  }
}
