import { sql } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { pgError } from "../db/pg-error.js";

/** PostgreSQL's lock_not_available: a NOWAIT lock that another transaction holds. */
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * Takes SHARE locks on `tickets` and `surveys` in the caller's transaction without ever waiting for
 * one while holding the other. Writers take the two tables in both orders (a resolution writes the
 * ticket, then its surveys; an answer writes the survey, then settles the ticket), so no fixed order
 * is safe, and one `LOCK TABLE tickets, surveys` takes them one after the other. Instead: wait for one,
 * try the other with NOWAIT; when it is busy, roll back to the savepoint (which releases the first,
 * so the writer holding the second can finish) and wait for the busy one next. A writer may wait on
 * us, but we never wait while holding what it holds, so no cycle can form.
 */
export async function shareLockTicketsAndSurveys(tx: Tx): Promise<{ attempts: number }> {
  let [first, second] = ["tickets", "surveys"];
  for (let attempts = 1; ; attempts++) {
    try {
      await tx.transaction(async (sp) => {
        await sp.execute(sql.raw(`LOCK TABLE ${first} IN SHARE MODE`));
        await sp.execute(sql.raw(`LOCK TABLE ${second} IN SHARE MODE NOWAIT`));
      });
      return { attempts };
    } catch (e) {
      if (pgError(e)?.code !== LOCK_NOT_AVAILABLE) throw e;
      [first, second] = [second, first];
    }
  }
}
