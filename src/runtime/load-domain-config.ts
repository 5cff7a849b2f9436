import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildDomainConfig, ConfigError, describeIssues, type DomainConfig } from "../domain/config.js";
import { useHolidaySchedule } from "../domain/centre-holidays.js";
import { HolidaySchedule, indexHolidaySchedule } from "../domain/holiday-schedule.js";

/**
 * Reads config/taxonomy.json and config/jurisdiction.json (and the optional routing.json and
 * holidays.json) from a directory, validates them, and installs the centre's holiday schedule for
 * the deadline calendar.
 */
export async function loadDomainConfig(dir: string): Promise<DomainConfig> {
  const [taxonomy, jurisdiction] = await Promise.all([
    readJson(path.join(dir, "taxonomy.json")),
    readJson(path.join(dir, "jurisdiction.json")),
  ]);
  // Optional: config/routing.json (tier rules, duplicate thresholds); absent → defaults.
  const routingFile = path.join(dir, "routing.json");
  const routing = existsSync(routingFile) ? await readJson(routingFile) : undefined;
  const holidays = await readHolidaysJson(dir);
  // Optional: config/duty.json (the duty roster); absent → alarms go to policy.dutyUnit.
  const dutyFile = path.join(dir, "duty.json");
  const duty = existsSync(dutyFile) ? await readJson(dutyFile) : undefined;
  const config = buildDomainConfig(taxonomy, jurisdiction, routing, holidays, duty);
  useHolidaySchedule(config.holidays ? indexHolidaySchedule(config.holidays) : null);
  return config;
}

/**
 * Validates and installs config/holidays.json alone (for `config holidays`, which must work while
 * another file is being fixed); returns it, or undefined when the file is absent.
 */
export async function loadHolidaySchedule(dir: string): Promise<HolidaySchedule | undefined> {
  const raw = await readHolidaysJson(dir);
  if (raw === undefined) return undefined;
  const h = HolidaySchedule.safeParse(raw);
  if (!h.success) throw new ConfigError("holidays.json", describeIssues(h.error.issues));
  useHolidaySchedule(indexHolidaySchedule(h.data));
  return h.data;
}

/** Optional: config/holidays.json (years chinese-days does not cover yet); absent → the package only. */
async function readHolidaysJson(dir: string): Promise<unknown> {
  const file = path.join(dir, "holidays.json");
  return existsSync(file) ? readJson(file) : undefined;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(path.basename(file), [
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)} (set CONFIG_DIR or copy the file from the examples)`,
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(path.basename(file), [`not valid JSON: ${(err as Error).message}`]);
  }
}
