import { sql, type SQL } from "drizzle-orm";
import type { PgTransactionConfig } from "drizzle-orm/pg-core";
import { NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import pg from "pg";
import { isStalePlan } from "./stale-statements.js";

/**
 * drizzle-orm 0.45's node-postgres `transaction()` runs BEGIN outside its try/finally: when the
 * server is unreachable BEGIN throws and the pooled client is never released, so every failed
 * transaction during an outage leaks a pool slot until the pool is exhausted and the service can
 * no longer recover.
 * This replaces the method once, process-wide, with a version that always releases the client and
 * destroys it after an error. Covered by tests/runtime/readiness.test.ts (PostgreSQL restart).
 */
export function installSafeTransactions(): void {
  const proto = NodePgSession.prototype as unknown as {
    transaction: unknown;
    __zhitongSafe?: boolean;
  };
  if (proto.__zhitongSafe) return;
  proto.__zhitongSafe = true;
  proto.transaction = async function transaction(
    this: {
      client: pg.Pool | pg.PoolClient;
      dialect: ConstructorParameters<typeof NodePgSession>[1];
      schema: ConstructorParameters<typeof NodePgSession>[2];
      options: ConstructorParameters<typeof NodePgSession>[3];
    },
    fn: (tx: NodePgTransaction<Record<string, unknown>, never>) => Promise<unknown>,
    config?: PgTransactionConfig,
  ) {
    const isPool = this.client instanceof pg.Pool;
    const client = isPool ? await (this.client as pg.Pool).connect() : null;
    const session = client
      ? new NodePgSession(client, this.dialect, this.schema, this.options)
      : (this as unknown as NodePgSession<Record<string, unknown>, never>);
    const tx = new NodePgTransaction(this.dialect, session as never, this.schema as never);
    let failure: unknown;
    try {
      await tx.execute(sql`begin${config ? sql` ${configSql(tx, config)}` : undefined}`);
      const result = await fn(tx as never);
      await tx.execute(sql`commit`);
      return result;
    } catch (err) {
      failure = err;
      await tx.execute(sql`rollback`).catch(() => {
        // The connection is gone: the server rolls back by itself; report the original error.
      });
      throw err;
    } finally {
      // pg-pool discards a client whose connection broke (`_queryable` false) instead of reusing it,
      // and one released with an error: a statement prepared on it went stale (stale-statements.ts).
      client?.release(isStalePlan(failure) ? (failure as Error) : undefined);
    }
  };
}

function configSql(tx: unknown, config: PgTransactionConfig): SQL {
  return (tx as { getTransactionConfigSQL(c: PgTransactionConfig): SQL }).getTransactionConfigSQL(config);
}
