import type pg from "pg";

export interface StatementCounter {
  /** Statements sent since the last reset, by their first words (BEGIN, INSERT …). */
  readonly statements: string[];
  reset(): void;
  stop(): void;
}

/**
 * Counts the statements the pool's connections send to PostgreSQL (the real server answers them;
 * nothing is replaced). Every client the pool hands out is wrapped, idle ones included.
 */
export function countStatements(pool: pg.Pool): StatementCounter {
  const statements: string[] = [];
  const wrapped = new Set<pg.PoolClient>();
  const wrap = (client: pg.PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (active) {
        const q = args[0];
        const text = typeof q === "string" ? q : ((q as { text?: string })?.text ?? "");
        statements.push(text.trim().replace(/\s+/g, " ").slice(0, 80));
      }
      return original(...args);
    };
  };
  let active = true;
  const onAcquire = (client: pg.PoolClient) => wrap(client);
  pool.on("acquire", onAcquire);
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      active = false;
      pool.off("acquire", onAcquire);
    },
  };
}
