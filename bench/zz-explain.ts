import { sql } from "drizzle-orm";
import { addDays, localDate } from "../src/domain/local-time.js";
import { periodOf } from "../src/reports/period.js";
import { backfillReporterExtra } from "../src/reports/reporter-extra.js";
import { recurringGroupsSql, recurringProblemsOf } from "../src/reports/recurring-problems.js";
import { startBenchStack } from "./support/bench-stack.js";
import { seed } from "./reports.js";

const { ctx, stop } = await startBenchStack();
try {
  const db = ctx.database.db;
  const now = ctx.now();
  await seed(ctx, now);
  const tz = ctx.config.jurisdiction.timezone;
  const today = localDate(now, tz);
  const month = periodOf("month", addDays(today, -today.day), tz);
  const q = { from: month.from, to: month.to, scope: [] };
  const time = async (label: string) => {
    const xs: number[] = [];
    for (let k = 0; k < 6; k++) {
      const t0 = performance.now();
      await recurringProblemsOf(db, ctx.config, q);
      xs.push(performance.now() - t0);
    }
    xs.sort((a, b) => a - b);
    const t0 = performance.now();
    await db.execute(sql`SELECT count(*) FROM tickets`);
    console.log(`${label}: recurring median ${xs[3]!.toFixed(1)} ms; count(*) ${(performance.now() - t0).toFixed(1)} ms`);
  };
  await time("marked");
  const plan = await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${recurringGroupsSql(q).query}`);
  console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  const [{ n }] = (await db.execute<{ n: number }>(sql`UPDATE ticket_reporters SET extra = NULL`)).rows as never as [{ n: number }];
  void n;
  await db.execute(sql`VACUUM ANALYZE ticket_reporters`);
  await time("unmarked (as right after the upgrade)");
  const t0 = performance.now();
  const r = await backfillReporterExtra(db);
  console.log(`backfill: ${r.updated} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.execute(sql`VACUUM ANALYZE ticket_reporters`);
  await time("after the backfill");
} finally {
  await stop();
}
