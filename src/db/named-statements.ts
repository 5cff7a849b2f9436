import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import type { NodePgSession } from "drizzle-orm/node-postgres";
import type { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";
import type { Queryable } from "./client.js";

/**
 * Runs a drizzle statement as a named prepared statement on its connection: parsed once per
 * connection and, once PostgreSQL settles on a generic plan (after five runs under the default
 * `plan_cache_mode`), planned once instead of on every call. An unnamed statement is parsed and
 * planned at each run, which for routing's statements over `jsonb_to_recordset($1::jsonb)` bought
 * nothing: the planner guesses a hundred rows for that function with or without the value.
 *
 * Only for statements whose generic plan is as good as a custom one (every value that shapes the
 * plan written into the text, not a parameter; a test compares the plans). The name is the
 * prefix and a hash of the text, so a statement built in several shapes (the route write's CTEs
 * vary with what changes) gets one name per shape: node-postgres refuses one name for two texts.
 *
 * Rows come back exactly as from `execute` (drizzle's own prepared query, its type parsers).
 */
export async function executeNamed<T extends Record<string, unknown> = Record<string, unknown>>(
  q: Queryable,
  prefix: string,
  statement: SQL,
): Promise<pg.QueryResult<T>> {
  const session = (q as unknown as { session: NodePgSession<Record<string, unknown>, never> }).session;
  const query = (session as unknown as { dialect: PgDialect }).dialect.sqlToQuery(statement);
  const prepared = session.prepareQuery(query, undefined, statementName(prefix, query.sql), false);
  return (await prepared.execute()) as unknown as pg.QueryResult<T>;
}

const names = new Map<string, string>();
const NAMES_MAX = 512;

function statementName(prefix: string, text: string): string {
  const known = names.get(text);
  if (known) return known;
  const name = `${prefix}_${createHash("sha1").update(text).digest("hex").slice(0, 12)}`;
  if (names.size >= NAMES_MAX) names.clear();
  names.set(text, name);
  return name;
}
