import type pg from "pg";
import { pgError } from "./pg-error.js";

/**
 * PostgreSQL's answer when a named statement's columns changed type under it (a migration altered a
 * column it returns while this process kept the statement prepared): SQLSTATE 0A000, "cached plan
 * must not change result type". The statement stays broken on that connection until it is
 * deallocated, and node-postgres, which remembers it as parsed, would send it again on every use.
 */
export function isStalePlan(err: unknown): boolean {
  const found = pgError(err);
  return found?.code === "0A000" && found.message.includes("cached plan must not change result type");
}

interface Connection {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
}

/**
 * Makes one stale statement cost one failed call per pool, not one per connection. The failing
 * connection is dropped by its release (pg-pool drops a client released with an error; the safe
 * transaction releases it so); every other connection of the pool opened before that moment has
 * its prepared statements deallocated when it is next handed out, before its user's first query
 * (node-postgres runs a client's queries in order), so the next run parses and plans afresh
 * against the new columns. The failed call itself is retried by its caller as any failure is (a
 * route job by the queue, an intake turn by the intake worker's attempts).
 */
export function forgetStaleStatements(pool: pg.Pool): void {
  let epoch = 0;
  const seen = new WeakMap<pg.PoolClient, number>();
  pool.on("connect", (client) => seen.set(client, epoch));
  pool.on("release", (err, client) => {
    if (!isStalePlan(err)) return;
    epoch++;
    seen.set(client as pg.PoolClient, epoch);
  });
  pool.on("acquire", (client) => {
    if ((seen.get(client) ?? epoch) >= epoch) return;
    seen.set(client, epoch);
    const connection = (client as unknown as { connection: Connection }).connection;
    connection.parsedStatements = {};
    if (connection.submittedNamedStatements) connection.submittedNamedStatements = {};
    // Queued ahead of whatever the new holder sends; a failure here leaves the statement to fail
    // once more, as it would have anyway.
    client.query("DEALLOCATE ALL").catch(() => {});
  });
}
