import path from "node:path";
import { Command } from "commander";
import { openDatabase, runMigrations } from "../db/client.js";
import { ensureDayCounts, rebuildDayCounts } from "../reports/day-counts.js";
import { backfillReporterExtra } from "../reports/reporter-extra.js";
import { backfillHouseNumbers } from "../routing/house-numbers.js";
import { parseEnv } from "../runtime/env.schema.js";
import { startInfrastructure } from "../runtime/infrastructure.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { createLogger } from "../runtime/logger.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

export function migrateCommand(): Command {
  return new Command("migrate")
    .description(COMMAND_SUMMARIES.migrate)
    .option(
      "--rebuild-report-counts",
      "recount the reports' rollups (daily counts, recurring problems' groups, the open tickets' light marks) from the tickets (safe at any time; ticket writes wait a few seconds)",
    )
    .action(async (opts: { rebuildReportCounts?: boolean }) => {
      const env = parseEnv(process.env);
      const log = createLogger({ LOG_LEVEL: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
      const infra = await startInfrastructure(env, log, { redis: false, attach: true });
      const database = openDatabase(infra.databaseUrl);
      try {
        await runMigrations(database);
        process.stdout.write("Migrations applied.\n");
        // Migration 0058's column for the open tickets filed before it (the numbers need code).
        const { updated: numbered } = await backfillHouseNumbers(database.db);
        if (numbered > 0) process.stdout.write(`House numbers worked out for ${numbered} open tickets.\n`);
        // The rollup counts local days: it needs the centre's zone, which lives in the config.
        const tz = (await loadDomainConfig(path.resolve(env.CONFIG_DIR))).jurisdiction.timezone;
        if (opts.rebuildReportCounts) {
          const started = performance.now();
          const { rows } = await rebuildDayCounts(database.db, tz);
          const s = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(
            `Report rollup rebuilt in ${s} s (${rows} rows of the rollups and light marks, zone ${tz}).\n`,
          );
          const marked = performance.now();
          const { updated } = await backfillReporterExtra(database.db);
          const m = ((performance.now() - marked) / 1000).toFixed(1);
          process.stdout.write(`Reporter rows marked for the people bound in ${m} s (${updated} rows).\n`);
        } else if (await ensureDayCounts(database.db, tz)) {
          process.stdout.write(`Report rollup built (zone ${tz}).\n`);
        }
      } finally {
        await database.close();
        await infra.stop();
      }
    });
}
