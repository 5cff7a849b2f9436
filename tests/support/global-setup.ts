import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, runMigrations } from "../../src/db/client.js";
import { startEmbeddedPostgres } from "../../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis } from "../../src/runtime/embedded-redis.js";
import { withoutFaketime } from "./faketime.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** A migrated database on that server that test files clone (`CREATE DATABASE … TEMPLATE`). */
    pgTemplateDb: string;
    redisUrl: string;
  }
}

/**
 * Starts a throw-away PostgreSQL and redis-server on free ports in a temp directory (never the
 * user's .data), provides their URLs to the tests, and removes both — and every test's scratch folder — at the end
 * of the run.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "zhitong-test-"));
  // Run as root, PostgreSQL runs as the "postgres" user, which must be able to enter this directory.
  await chmod(root, 0o755);
  // Test files and the CLIs they spawn make scratch folders with os.tmpdir(); pointing it inside this
  // run's folder lets the teardown remove them all, instead of each file having to clean up its own.
  // Forked test workers inherit the environment as it is when they start, which is after this.
  const scratch = path.join(root, "tmp");
  await mkdir(scratch);
  process.env.TMPDIR = scratch;
  const redis = await withoutFaketime(() =>
    startEmbeddedRedis({ dir: path.join(root, "redis"), ephemeral: true }),
  );
  const pg = await startEmbeddedPostgres({
    dir: path.join(root, "pg"),
    database: "postgres",
    ephemeral: true,
    // A throw-away cluster: nothing in it has to survive a power cut, so no commit or CREATE DATABASE
    // waits for the disk. A killed server process still loses nothing: its writes are in the OS cache.
    settings: ["fsync=off"],
  });
  // Every test file used to migrate its own empty database from drizzle/ (dozens of migrations);
  // cloning one migrated here is a file copy. Nothing connects to the template after this, which
  // CREATE DATABASE … TEMPLATE requires.
  const template = "zt_template";
  const admin = openDatabase(pg.url, { max: 1 });
  await admin.pool.query(`CREATE DATABASE ${template}`);
  await admin.close();
  const templateDb = openDatabase(pg.url.replace(/\/[^/]*$/, `/${template}`), { max: 1 });
  await runMigrations(templateDb);
  await templateDb.close();
  project.provide("pgAdminUrl", pg.url);
  project.provide("pgTemplateDb", template);
  project.provide("redisUrl", redis.url);
  return async () => {
    await Promise.all([pg.stop(), redis.stop()]);
    await rm(root, { recursive: true, force: true });
  };
}
