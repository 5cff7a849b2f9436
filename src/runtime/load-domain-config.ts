import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildDomainConfig, ConfigError, type DomainConfig } from "../domain/config.js";

/** Reads config/taxonomy.json and config/jurisdiction.json from a directory and validates both. */
export async function loadDomainConfig(dir: string): Promise<DomainConfig> {
  const [taxonomy, jurisdiction] = await Promise.all([
    readJson(path.join(dir, "taxonomy.json")),
    readJson(path.join(dir, "jurisdiction.json")),
  ]);
  // Optional: config/routing.json (tier rules, duplicate thresholds); absent → defaults.
  const routingFile = path.join(dir, "routing.json");
  const routing = existsSync(routingFile) ? await readJson(routingFile) : undefined;
  return buildDomainConfig(taxonomy, jurisdiction, routing);
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
