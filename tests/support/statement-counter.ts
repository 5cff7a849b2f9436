import type pg from "pg";

export interface StatementCounter {
  /** Statements sent since the last reset (their first 80 characters, or a prepared statement's name), in order. */
  readonly statements: string[];
  /**
   * The statements of transactions only (BEGIN … COMMIT/ROLLBACK, whatever connection), without
   * what other parts of the process (the outbox relay) sent meanwhile on other connections.
   */
  transactions(): string[][];
  reset(): void;
  stop(): void;
}

/**
 * Counts the statements the pool's connections send to PostgreSQL (the real server answers them;
 * nothing is replaced). Every client the pool hands out is wrapped, idle ones included.
 */
export function countStatements(pool: pg.Pool): StatementCounter {
  const statements: string[] = [];
  const sent: { client: number; text: string }[] = [];
  let clients = 0;
  const wrapped = new Set<pg.PoolClient>();
  const wrap = (client: pg.PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const clientNo = ++clients;
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (active) {
        const q = args[0];
        // A named prepared statement is counted by its name: its text is sent only once per connection.
        const query = q as { text?: string; name?: string } | undefined;
        const text = typeof q === "string" ? q : (query?.name ?? query?.text ?? "");
        const short = text.trim().replace(/\s+/g, " ").slice(0, 80);
        statements.push(short);
        sent.push({ client: clientNo, text: short });
      }
      return original(...args);
    };
  };
  let active = true;
  const onAcquire = (client: pg.PoolClient) => wrap(client);
  pool.on("acquire", onAcquire);
  return {
    statements,
    transactions: () => {
      const done: string[][] = [];
      const open = new Map<number, string[]>();
      for (const { client, text } of sent) {
        const verb = text.split(" ")[0]!.toLowerCase();
        if (verb === "begin") open.set(client, [text]);
        else if (open.has(client)) {
          open.get(client)!.push(text);
          if (verb === "commit" || verb === "rollback") {
            done.push(open.get(client)!);
            open.delete(client);
          }
        }
      }
      return done;
    },
    reset: () => {
      statements.length = 0;
      sent.length = 0;
    },
    stop: () => {
      active = false;
      pool.off("acquire", onAcquire);
    },
  };
}
