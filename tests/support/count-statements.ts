import type pg from "pg";

export interface StatementCounter {
  /** Statements sent since the last `reset()`, in order (the SQL text, or the prepared statement's name). */
  readonly statements: string[];
  reset(): void;
}

/**
 * Counts the statements the application sends to PostgreSQL through a real pool: every client the
 * pool hands out has its `query` wrapped once (the statement still goes to the server unchanged).
 * Only what runs between `reset()` and the read is counted, so run the work being measured alone.
 */
export function countStatements(pool: pg.Pool): StatementCounter {
  const statements: string[] = [];
  const wrapped = new WeakSet<pg.PoolClient>();
  pool.on("acquire", (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string; name?: string };
      statements.push(typeof first === "string" ? first : (first.name ?? first.text ?? "?"));
      return query(...args);
    };
  });
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
  };
}
