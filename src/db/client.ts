import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { installSafeTransactions } from "./safe-transaction.js";
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

/** Opens a pool. Errors on idle clients (server restart) are logged by the caller, never fatal. */
export function openDatabase(
  url: string,
  opts: { max?: number; onError?: (err: Error) => void } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (err) => opts.onError?.(err));
  // pg-pool only listens for errors on idle clients; a checked-out client (e.g. mid-transaction)
  // whose server goes away would otherwise emit an unhandled 'error' and crash the process.
  pool.on("connect", (client) => client.on("error", (err) => opts.onError?.(err)));
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
