import { Command } from "commander";
import { openDatabase, runMigrations } from "../db/client.js";
import { parseEnv } from "../runtime/env.schema.js";
import { startInfrastructure } from "../runtime/infrastructure.js";
import { createLogger } from "../runtime/logger.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

export function migrateCommand(): Command {
  return new Command("migrate").description(COMMAND_SUMMARIES.migrate).action(async () => {
    const env = parseEnv(process.env);
    const log = createLogger({ LOG_LEVEL: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
    const infra = await startInfrastructure(env, log, { redis: false, attach: true });
    const database = openDatabase(infra.databaseUrl);
    try {
      await runMigrations(database);
      process.stdout.write("Migrations applied.\n");
    } finally {
      await database.close();
      await infra.stop();
    }
  });
}
