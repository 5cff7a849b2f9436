import path from "node:path";
import { Command } from "commander";
import { ConfigError } from "../domain/config.js";
import { EnvError, parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";

export function configCommand(): Command {
  const config = new Command("config").description("configuration tools");
  config
    .command("check")
    .description("validate environment variables and config files; print every problem found")
    .option("--config <dir>", "directory holding taxonomy.json and jurisdiction.json")
    .action(async (opts: { config?: string }) => {
      const problems: string[] = [];
      let dir = opts.config;
      try {
        const env = parseEnv(process.env);
        dir ??= env.CONFIG_DIR;
      } catch (err) {
        if (!(err instanceof EnvError)) throw err;
        problems.push(err.message);
      }
      dir = path.resolve(dir ?? "./config");
      try {
        const c = await loadDomainConfig(dir);
        if (!problems.length)
          process.stdout.write(
            `OK: ${dir}\n  taxonomy: ${c.taxonomy.categories.length} categories\n` +
              `  jurisdiction "${c.jurisdiction.name}": ${c.jurisdiction.units.length} units, time zone ${c.jurisdiction.timezone}\n`,
          );
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        problems.push(`Invalid config file ${err.message}`);
      }
      if (problems.length) {
        process.stderr.write(`${problems.join("\n")}\n`);
        process.exit(1);
      }
    });
  return config;
}
