import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { freeLocalPort } from "./free-port.js";
import { clearOwner, reclaimOrphan, writeOwner } from "./process-owner.js";

export interface EmbeddedRedisHandle {
  url: string;
  /** The redis-server's pid (for the watchdog). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedRedisOptions {
  dir: string;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  /** Fixed port (a restart on the same address); a free one by default. */
  port?: number;
  /**
   * Ports this process will listen on itself later (the HTTP port): a free port is picked before
   * they are bound, so without this the server could take the one the API is about to listen on.
   */
  reservedPorts?: number[];
  onLog?: (line: string) => void;
}

/**
 * Spawns `redis-server` on 127.0.0.1 and a free port with append-only persistence in `dir`,
 * so queued and delayed jobs survive a restart of `npm start`.
 */
export async function startEmbeddedRedis(opts: EmbeddedRedisOptions): Promise<EmbeddedRedisHandle> {
  const dir = path.resolve(opts.dir);
  await mkdir(dir, { recursive: true });
  // Two servers on one append-only file would corrupt it: stop the one a killed instance left.
  await reclaimOrphan(dir, {
    expect: "redis-server",
    signal: "SIGTERM",
    what: "redis-server",
    ...(opts.onLog ? { log: opts.onLog } : {}),
  });
  const port = opts.port ?? (await freeLocalPort(opts.reservedPorts));
  const args = [
    "--bind",
    "127.0.0.1",
    "--port",
    String(port),
    "--dir",
    dir,
    "--appendonly",
    opts.ephemeral ? "no" : "yes",
    "--save",
    "",
    // BullMQ requires that Redis never evicts its keys.
    "--maxmemory-policy",
    "noeviction",
    "--protected-mode",
    "yes",
    "--daemonize",
    "no",
  ];
  let child: ChildProcess;
  try {
    child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    throw missingRedis(err);
  }
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      opts.onLog?.(chunk.toString("utf8").trimEnd());
      if (out.includes("Ready to accept connections")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (err) => reject(missingRedis(err)));
    child.once("exit", (code) =>
      reject(new Error(`redis-server exited during start (code ${code}). Output:\n${out.slice(-2000)}`)),
    );
  });
  // A Ctrl-C reaches the whole process group, but a crash of Node must not leave Redis behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  if (child.pid) await writeOwner(dir, child.pid);
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      await clearOwner(dir);
      if (opts.ephemeral) await rm(dir, { recursive: true, force: true });
    },
  };
}

function missingRedis(err: unknown): Error {
  if ((err as NodeJS.ErrnoException)?.code === "ENOENT")
    return new Error(
      "redis-server is not installed. Run `npm run setup` (installs Debian's redis-server), " +
        "install Redis yourself, or set REDIS_URL to an existing Redis server.",
    );
  return err instanceof Error ? err : new Error(String(err));
}
