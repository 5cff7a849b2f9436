import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childServePort } from "../support/child-port.js";
import { envWithoutFaketime } from "../support/faketime.js";
import { buildJurisdiction } from "../../src/config-init/build-jurisdiction.js";
import { communityNames } from "../../src/config-init/division-names.js";
import { UnitTemplate } from "../../src/config-init/unit-template.js";
import { Jurisdiction } from "../../src/domain/jurisdiction.schema.js";
import { waitFor } from "../support/wait-for.js";

const CLI = path.resolve("bin/zhitong.js");
let root: string;

function run(args: string[], env: Record<string, string> = {}) {
  let out = "";
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...envWithoutFaketime(), LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "zhitong-init-"));
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("names residents use for a committee", () => {
  it.each([
    ["畅家巷社区居委会", "畅家巷社区", "畅家巷"],
    ["东关社区居民委员会", "东关社区", "东关"],
    ["何家庄村委会", "何家庄村", "何家庄"],
    ["红星村民委员会", "红星村", "红星"],
    ["苗圃居委会", "苗圃社区", "苗圃"],
    ["东村委会", "东村", undefined],
    ["西固城生活区", "西固城生活区", undefined],
  ])("%s → %s (%s)", (official, name, short) => {
    expect(communityNames(official)).toEqual({ name, ...(short ? { short } : {}) });
  });
});

describe("a jurisdiction from division data", () => {
  it("nests committees under their towns, leaves shared short names out and validates", async () => {
    const template = UnitTemplate.parse(JSON.parse(await readFile("config/templates/units.json", "utf8")));
    const built = buildJurisdiction(
      {
        code: "620121",
        name: "永登县",
        province: "甘肃省",
        city: "兰州市",
        streets: [
          { code: "620121100", name: "城关镇" },
          { code: "620121101", name: "红城镇" },
        ],
        villages: [
          { code: "620121100001", name: "南街社区居委会", streetCode: "620121100" },
          { code: "620121100201", name: "高家湾村委会", streetCode: "620121100" },
          { code: "620121101201", name: "高家湾村委会", streetCode: "620121101" },
          { code: "620121101202", name: "玉山村委会", streetCode: "620121101" },
        ],
      },
      template,
    );
    expect(Jurisdiction.safeParse(built.jurisdiction).success).toBe(true);
    const byId = new Map(built.jurisdiction.units.map((u) => [u.id, u]));
    expect(byId.get("centre")?.name).toBe("永登县社会治理指挥中心");
    expect(byId.get("city")?.name).toBe("兰州市社会治理综合指挥中心");
    expect(byId.get("community.620121101202")).toMatchObject({
      name: "玉山村",
      parent: "street.620121101",
      places: ["玉山"],
    });
    expect(byId.get("community.620121100201")?.places).toEqual([]);
    expect(built.ambiguous).toEqual(["高家湾"]);
    // Every unit the taxonomy hands work to exists.
    const taxonomy = JSON.parse(await readFile("config/taxonomy.json", "utf8")) as {
      categories: { handler: string }[];
    };
    for (const c of taxonomy.categories)
      if (c.handler !== "community") expect(byId.has(c.handler)).toBe(true);
  });
});

describe("zhitong config init --division 620102 (兰州市城关区, a real code)", () => {
  it("writes a config that config check accepts and serve runs with", async () => {
    const out = path.join(root, "chengguan");
    const init = run(["config", "init", "--division", "620102", "--out", out]);
    expect(await init.exited, init.output()).toBe(0);
    expect(init.output()).toContain("甘肃省兰州市城关区 (620102)");
    const j = Jurisdiction.parse(JSON.parse(await readFile(path.join(out, "jurisdiction.json"), "utf8")));
    expect(j.name).toBe("城关区");
    const streets = j.units.filter((u) => u.level === "street");
    const communities = j.units.filter((u) => u.level === "community");
    expect(streets.length).toBeGreaterThan(20);
    expect(communities.length).toBeGreaterThan(100);
    const jiuquan = streets.find((s) => s.name === "酒泉路街道")!;
    expect(communities.find((c) => c.name === "畅家巷社区")).toMatchObject({
      parent: jiuquan.id,
      places: ["畅家巷"],
    });

    const check = run(["config", "check"], { CONFIG_DIR: out });
    expect(await check.exited, check.output()).toBe(0);
    expect(check.output()).toContain(`jurisdiction "城关区": ${j.units.length} units`);
    // Phones are not in the division codes: the check says so without refusing.
    expect(check.output()).toContain(`units have no phone`);

    const port = await childServePort();
    const serve = run(["serve", "--role", "api"], {
      CONFIG_DIR: out,
      DATA_DIR: path.join(root, "data"),
      PORT: String(port),
    });
    try {
      await waitFor(
        async () =>
          serve.child.exitCode !== null ||
          (await fetch(`http://127.0.0.1:${port}/readyz`).then(
            (r) => r.status === 200,
            () => false,
          )),
        120_000,
        "serve ready",
      );
      expect(serve.child.exitCode, serve.output()).toBeNull();
    } finally {
      serve.child.kill("SIGINT");
      expect(await serve.exited).toBe(0);
    }
  }, 240_000);

  it("refuses a malformed code, an unknown code and overwriting without --force, writing nothing", async () => {
    const out = path.join(root, "refusals");
    const bad = run(["config", "init", "--division", "62", "--out", out]);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('--division: "62" is not a 6-digit county/district code');
    const unknown = run(["config", "init", "--division", "629999", "--out", out]);
    expect(await unknown.exited).toBe(1);
    expect(unknown.output()).toContain("no county/district has code 629999");

    await run(["config", "init", "--division", "620102", "--out", out]).exited;
    await writeFile(path.join(out, "jurisdiction.json"), '{"edited": true}');
    const again = run(["config", "init", "--division", "620102", "--out", out]);
    expect(await again.exited).toBe(1);
    expect(again.output()).toContain("exists; edit it, choose another --out, or pass --force");
    expect(await readFile(path.join(out, "jurisdiction.json"), "utf8")).toBe('{"edited": true}');
    expect(again.output()).not.toMatch(/\n\s+at /);
  }, 240_000);
});
