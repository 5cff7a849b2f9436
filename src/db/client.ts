import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { installSafeTransactions } from "./safe-transaction.js";
import { forgetStaleStatements } from "./stale-statements.js";
import * as schema from "./schema/index.js";

installSafeTransactions();

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything that can run queries: the pool-backed Db or an open transaction. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * How long an idle pooled connection is kept. A new PostgreSQL session pays for itself on its
 * first statements: catalog loads, the trigger functions' compilation and a first plan of every
 * named statement (tens of milliseconds of the server's CPU each under load). The idle polls (the
 * intake claim, the outbox relay) reuse the most recently released connection, so at 30 s the rest
 * of a pool closed after every half-minute lull and the next burst opened and warmed them again: a
 * process that started more than 30 s before its first burst (the first of several processes)
 * paid its pool twice. Ten minutes keeps a pool through lulls and still shrinks it overnight.
 */
export const POOL_IDLE_TIMEOUT_MS = 10 * 60_000;

/**
 * Opens a pool. Errors on idle clients (server restart) are logged by the caller, never fatal.
 *
 * `genericPlans`: the pool's sessions run with `plan_cache_mode = force_generic_plan`, so a named
 * statement is planned once per connection instead of on every run. PostgreSQL's default keeps
 * re-planning a statement whose generic plan it estimates dearer than a plan for the values at hand,
 * as it does for statements over `unnest($1::…[])` (ten rows guessed, one to four sent): the
 * webhook's ingest statement was planned on every one of 40 runs on one connection, about as
 * long as it then ran. Only for pools whose every statement has a generic plan known to be good
 * (a test plans it with this setting on small tables); a statement sent unnamed (drizzle's) is
 * planned at each run either way, now without its values.
 */
export function openDatabase(
  url: string,
  opts: { max?: number; onError?: (err: Error) => void; genericPlans?: boolean } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS,
    ...(opts.genericPlans ? { options: "-c plan_cache_mode=force_generic_plan" } : {}),
  });
  pool.on("error", (err) => opts.onError?.(err));
  // pg-pool only listens for errors on idle clients; a checked-out client (e.g. mid-transaction)
  // whose server goes away would otherwise emit an unhandled 'error' and crash the process.
  pool.on("connect", (client) => client.on("error", (err) => opts.onError?.(err)));
  forgetStaleStatements(pool);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../drizzle");

/** Applies pending migrations from drizzle/ (idempotent; concurrent runners serialise on an advisory lock). */
export async function runMigrations(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    // Two processes booting at once (api + worker) must not race on the same migration. The key is
    // a plain integer literal: a numeric underscore (7_271_121) only parses on PostgreSQL 16+.
    await client.query("SELECT pg_advisory_lock(7271121)");
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query("SELECT pg_advisory_unlock(7271121)").catch(() => {});
    client.release();
  }
}
