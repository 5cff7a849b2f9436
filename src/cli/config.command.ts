import path from "node:path";
import { Command } from "commander";
import { useHolidaySchedule } from "../domain/centre-holidays.js";
import { formatProblems, preflight } from "../runtime/config-preflight.js";
import { checkPostgres, checkRedis } from "../runtime/infrastructure.js";
import { wecomAppConfig } from "../notify/wecom/wecom.config.js";
import { probeWecom } from "../notify/wecom/wecom-probe.js";
import { loadHolidaySchedule } from "../runtime/load-domain-config.js";
import { missingHolidayWarning, missingHolidayYears } from "../domain/holiday-coverage.js";
import { reportFatal } from "./fatal.js";
import { configInit } from "./config-init.js";
import { renderHolidayCalendar } from "./holiday-calendar.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

export function configCommand(): Command {
  const config = new Command("config").description(COMMAND_SUMMARIES.config);
  config
    .command("check")
    .description("validate environment variables and config files; print every problem found")
    .option("--config <dir>", "directory holding taxonomy.json and jurisdiction.json")
    .option("--date <YYYY-MM-DD>", "check holiday data for this date's year and the next (default: today)")
    .option("--no-connect", "do not try to reach DATABASE_URL, REDIS_URL and the WeCom API")
    .action(async (opts: { config?: string; date?: string; connect: boolean }) => {
      const pf = await preflight(process.env, opts.config ? { configDir: opts.config } : {});
      // serve refuses unreachable servers too; say so here, with the same words.
      if (opts.connect && pf.env) {
        const reach = [
          ...(pf.env.DATABASE_URL ? [checkPostgres(pf.env.DATABASE_URL)] : []),
          ...(pf.env.REDIS_URL ? [checkRedis(pf.env.REDIS_URL)] : []),
        ];
        for (const r of await Promise.allSettled(reach))
          if (r.status === "rejected") pf.problems.push(`environment: ${(r.reason as Error).message}`);
        // A warning, not a problem: serve starts without WeCom (units get SMS), so check must too.
        const wecom = wecomAppConfig(pf.env);
        const refused = wecom ? await probeWecom(wecom) : null;
        if (refused) pf.warnings.push(refused);
      }
      for (const w of pf.warnings) process.stderr.write(`warning: ${w}\n`);
      if (pf.jurisdiction) {
        useHolidaySchedule(pf.holidays ?? null);
        const now = opts.date ? new Date(`${opts.date}T12:00:00Z`) : new Date();
        for (const year of missingHolidayYears(now, pf.jurisdiction.timezone))
          process.stderr.write(`warning: ${missingHolidayWarning(year)}\n`);
      }
      if (pf.problems.length) {
        process.stderr.write(`${formatProblems(pf.problems)}\n`);
        process.exit(1);
      }
      process.stdout.write(
        `OK: ${pf.configDir}\n  taxonomy: ${pf.taxonomy!.categories.length} categories\n` +
          `  jurisdiction "${pf.jurisdiction!.name}": ${pf.jurisdiction!.units.length} units, time zone ${pf.jurisdiction!.timezone}\n` +
          (pf.duty
            ? `  duty roster: ${pf.duty.officers.length} officers, ${pf.duty.shifts.length} weekly shifts, ${pf.duty.overrides.length} overrides\n`
            : `  duty roster: none (alarms go to ${pf.jurisdiction!.policy.dutyUnit})\n`),
      );
    });
  config
    .command("init")
    .description("write a config directory for a district from its national division code (区划代码)")
    .requiredOption("--division <code>", "6-digit county/district code, e.g. 620102")
    .requiredOption("--out <dir>", "directory to write jurisdiction.json (and taxonomy.json, faq.json) to")
    .option("--template <file>", "departments, utilities and policy (default: config/templates/units.json)")
    .option("--force", "overwrite an existing jurisdiction.json")
    .action(async (opts: { division: string; out: string; template?: string; force?: boolean }) => {
      const lines = await configInit(opts).catch(reportFatal);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  config
    .command("holidays")
    .description("show a year's working-day calendar as deadlines count it (holidays and 调休)")
    .requiredOption("--year <year>", "the year, e.g. 2027")
    .option("--config <dir>", "directory holding holidays.json (default: CONFIG_DIR or ./config)")
    .action(async (opts: { year: string; config?: string }) => {
      const year = Number(opts.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        process.stderr.write(
          `--year: "${opts.year}" is not a year between 2000 and 2100, e.g. --year 2027\n`,
        );
        process.exit(1);
      }
      const dir = path.resolve(opts.config ?? (process.env.CONFIG_DIR || "./config"));
      const schedule = await loadHolidaySchedule(dir).catch(reportFatal);
      const source = schedule?.years.find((y) => y.year === year)?.source;
      process.stdout.write(renderHolidayCalendar(year, source));
    });
  return config;
}
