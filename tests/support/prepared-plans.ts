import type pg from "pg";

/**
 * How often PostgreSQL planned a named statement on the connection asked, custom and generic
 * (`pg_prepared_statements` is per session); undefined when that session has not prepared it.
 */
export async function plansOf(
  session: pg.Pool | pg.ClientBase,
  name: string,
): Promise<{ generic: number; custom: number } | undefined> {
  const { rows } = await session.query<{ generic: string; custom: string }>(
    `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements WHERE name = $1`,
    [name],
  );
  return rows[0] ? { generic: Number(rows[0].generic), custom: Number(rows[0].custom) } : undefined;
}
