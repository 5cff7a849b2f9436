import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis } from "../../src/runtime/embedded-redis.js";
import { withoutFaketime } from "./faketime.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    redisUrl: string;
  }
}

/**
 * Starts a throw-away PostgreSQL and redis-server on free ports in a temp directory (never the
 * user's .data), provides their URLs to the tests, and removes both at the end of the run.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "zhitong-test-"));
  // Run as root, PostgreSQL runs as the "postgres" user, which must be able to enter this directory.
  await chmod(root, 0o755);
  const redis = await withoutFaketime(() =>
    startEmbeddedRedis({ dir: path.join(root, "redis"), ephemeral: true }),
  );
  const pg = await startEmbeddedPostgres({
    dir: path.join(root, "pg"),
    database: "postgres",
    ephemeral: true,
  });
  project.provide("pgAdminUrl", pg.url);
  project.provide("redisUrl", redis.url);
  return async () => {
    await Promise.all([pg.stop(), redis.stop()]);
  };
}
