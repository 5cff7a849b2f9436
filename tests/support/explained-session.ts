import pg from "pg";

/**
 * A PostgreSQL session that reports every statement's plan, the triggers' nested statements
 * included, with the rows each node handled (auto_explain at notice level): the rollup tests read
 * them to prove a trigger's plan stays linear for a bulk update after small ones.
 */
export async function explainedSession(
  databaseUrl: string,
): Promise<{ session: pg.Client; plans: string[] }> {
  const session = new pg.Client({ connectionString: databaseUrl });
  await session.connect();
  const plans: string[] = [];
  session.on("notice", (n) => plans.push(String(n.message)));
  await session.query("LOAD 'auto_explain'");
  await session.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on;
    SET auto_explain.log_timing = off; SET auto_explain.log_nested_statements = on;
    SET auto_explain.log_level = notice`);
  return { session, plans };
}
