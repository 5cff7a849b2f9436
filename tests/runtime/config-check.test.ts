import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envWithoutFaketime } from "../support/faketime.js";
import { preflight } from "../../src/runtime/config-preflight.js";

// `config check` must refuse everything `serve` refuses, with the same words: each case below is
// run through both commands, and both must print the same list of problems.
const CLI = path.resolve("bin/zhitong.js");
let root: string;

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        ...envWithoutFaketime(),
        LOG_LEVEL: "warn",
        DATA_DIR: path.join(root, "data"),
        PORT: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** The "Configuration problems" block of an output. */
function block(out: string): string {
  const m = /Configuration problems \(\d+\):\n[\s\S]*?try again\./.exec(out);
  return m ? m[0] : `(no problem block in: ${out.slice(0, 400)})`;
}

/** Per file: `{ "a.0.b": value }` edits of the shipped file, or a whole new content. */
type Files = Record<string, Record<string, unknown> | { replace: unknown }>;

function setPath(obj: unknown, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let at = obj as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

async function configDir(name: string, edits: Files = {}): Promise<string> {
  const dir = path.join(root, name);
  await cp("config", dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    let next: unknown;
    if ("replace" in edit) next = edit.replace;
    else {
      next = JSON.parse(await readFile(full, "utf8"));
      for (const [k, v] of Object.entries(edit)) setPath(next, k, v);
    }
    await writeFile(full, typeof next === "string" ? next : JSON.stringify(next));
  }
  return dir;
}

interface Case {
  name: string;
  env?: Record<string, string>;
  files?: Files;
  expected: string[];
}

const cases: Case[] = [
  {
    name: "an invalid FAQ regular expression",
    files: { "faq.json": { "entries.1.patterns.0": "(多久" } },
    expected: ["faq.json: entries.1.patterns.0: not a valid regular expression"],
  },
  {
    name: "SMS_PROVIDER without its credentials",
    env: { SMS_PROVIDER: "tencent", TENCENT_SECRET_ID: "AKIDexample" },
    expected: [
      "environment: SMS_PROVIDER=tencent needs TENCENT_SECRET_KEY, TENCENT_SMS_SDK_APP_ID, TENCENT_SMS_SIGN_NAME: set them from the provider's console, or unset SMS_PROVIDER to send no SMS",
    ],
  },
  {
    name: "a category handled by a unit that does not exist",
    files: { "taxonomy.json": { "categories.0.handler": "dept.nowhere" } },
    expected: [
      'taxonomy.json: categories.0.handler: unknown unit id "dept.nowhere" (add it to jurisdiction.json or use "community")',
    ],
  },
  {
    name: "a unit whose parent does not exist",
    files: { "jurisdiction.json": { "units.5.parent": "street.nowhere" } },
    expected: [`jurisdiction.json: units.5.parent: unknown unit id "street.nowhere"`],
  },
  {
    name: "a unit's landmark placed on a street that is not one of its places",
    files: { "jurisdiction.json": { "units.5.streets": { 西盛家园: "西盛大道", 新城公寓: "西盛路" } } },
    expected: [
      'jurisdiction.json: units.5.streets.西盛家园: street "西盛大道" is not one of the places of "community.xisheng" (add it to places or correct the name)',
    ],
  },
  {
    name: "a holidays.json with a weekday as a make-up working day",
    files: {
      "holidays.json": {
        replace: {
          version: 1,
          years: [
            {
              year: 2027,
              source: "test",
              holidays: [{ name: "春节", from: "2027-02-08", to: "2027-02-12" }],
              workdays: [{ date: "2027-02-09", name: "春节" }],
            },
          ],
        },
      },
    },
    expected: [
      "holidays.json: years.0.workdays.0.date: 2027-02-09 is a weekday; list only the Saturdays and Sundays worked (调休上班)",
    ],
  },
  {
    name: "a review policy naming an unknown category",
    files: { "jurisdiction.json": { "policy.review": { categories: ["property", "lifts"] } } },
    expected: [
      'jurisdiction.json: policy.review.categories.1: unknown category "lifts" (use a category code from taxonomy.json)',
    ],
  },
  {
    name: "a duty roster with a bad phone and a shift for nobody",
    files: {
      "duty.json": {
        replace: {
          officers: [{ id: "wang", name: "王丽", phone: "王丽的手机" }],
          shifts: [{ officer: "zhao", days: ["mon"], from: "08:00", to: "20:00" }],
        },
      },
    },
    expected: [
      "duty.json: officers.0.phone: a phone number, e.g. 13912345678 or 0931-8881234",
      'duty.json: shifts.0.officer: unknown officer id "zhao" (list the person under "officers")',
    ],
  },
  {
    name: "a config file that is not JSON",
    files: { "routing.json": { replace: "{ tiers: " } },
    expected: ["routing.json: not valid JSON"],
  },
  {
    name: "INTAKE_ENGINE=openai without an endpoint, and a missing model file",
    env: {
      INTAKE_ENGINE: "openai",
      LLM_MODEL: "deepseek-chat",
      INTAKE_MODEL_FILE: "/nonexistent/model.json",
    },
    expected: [
      "environment: INTAKE_ENGINE=openai needs LLM_BASE_URL (and usually LLM_API_KEY), or set INTAKE_ENGINE=offline",
      "environment: INTAKE_MODEL_FILE: missing: /nonexistent/model.json",
    ],
  },
  {
    name: "a Twilio webhook token without the public URL, and a malformed variable",
    env: { TWILIO_AUTH_TOKEN: "tw-secret-value-123", PORT: "http" },
    expected: [
      "environment: PORT: must be a whole number between 0 and 65535",
      "environment: PUBLIC_BASE_URL: required when TWILIO_AUTH_TOKEN is set",
    ],
  },
];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "zhitong-check-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("config check and serve refuse the same configurations with the same message", () => {
  cases.forEach((c, i) => {
    it(
      c.name,
      async () => {
        const dir = await configDir(`case${i}`, c.files);
        const env = { CONFIG_DIR: dir, ...c.env };
        const [check, serve] = await Promise.all([cli(["config", "check"], env), cli(["serve"], env)]);
        expect(check.code, check.out).toBe(1);
        expect(serve.code, serve.out).toBe(1);
        for (const line of c.expected) expect(block(check.out)).toContain(line);
        expect(block(serve.out)).toBe(block(check.out));
        expect(check.out).not.toMatch(/\n\s+at /);
        // Secrets are never echoed.
        expect(check.out).not.toContain("tw-secret-value-123");
      },
      180_000,
    );
  });

  it("lists every problem of every file and of the environment in one run, each once", async () => {
    const dir = await configDir("all", {
      "faq.json": { "entries.0.patterns": ["[", "("] },
      "taxonomy.json": { "categories.0.handler": "dept.nowhere" },
      "jurisdiction.json": { "units.5.parent": "street.nowhere", timezone: "Mars/Olympus" },
    });
    const pf = await preflight(
      { CONFIG_DIR: dir, SMS_PROVIDER: "aliyun", PORT: "70000", LOG_LEVEL: "loud" },
      { configDir: dir },
    );
    expect(pf.problems).toEqual([
      "environment: PORT: must be a whole number between 0 and 65535",
      "environment: LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent",
      "environment: SMS_PROVIDER=aliyun needs ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET, ALIYUN_SMS_SIGN_NAME: set them from the provider's console, or unset SMS_PROVIDER to send no SMS",
      "jurisdiction.json: timezone: not an IANA time zone, e.g. Asia/Shanghai",
      'jurisdiction.json: units.5.parent: unknown unit id "street.nowhere" (parent of "community.xisheng")',
      "faq.json: entries.0.patterns.0: not a valid regular expression",
      "faq.json: entries.0.patterns.1: not a valid regular expression",
      'taxonomy.json: categories.0.handler: unknown unit id "dept.nowhere" (add it to jurisdiction.json or use "community")',
    ]);
  });

  it("reports unreachable servers, as serve refuses them, in the same words", async () => {
    const dir = await configDir("unreachable");
    const env = {
      CONFIG_DIR: dir,
      DATABASE_URL: "postgres://u:p@127.0.0.1:1/zt",
      REDIS_URL: "redis://127.0.0.1:2",
    };
    const [check, serve] = await Promise.all([cli(["config", "check"], env), cli(["serve"], env)]);
    expect(check.code).toBe(1);
    expect(serve.code).toBe(1);
    const pg = /cannot reach PostgreSQL at 127\.0\.0\.1:1 \(DATABASE_URL\)[^\n]*/.exec(check.out)?.[0];
    expect(pg).toBeDefined();
    expect(serve.out).toContain(pg);
    expect(check.out).toContain("cannot reach Redis at 127.0.0.1:2 (REDIS_URL): connect ECONNREFUSED");
    expect(check.out).not.toMatch(/\n\s+at /);
    const offline = await cli(["config", "check", "--no-connect"], env);
    expect(offline.code, offline.out).toBe(0);
  }, 180_000);

  it("warns (without refusing) when a template-only SMS provider lacks templates for some purposes", async () => {
    const dir = await configDir("templates");
    const pf = await preflight(
      {
        SMS_PROVIDER: "tencent",
        TENCENT_SECRET_ID: "id",
        TENCENT_SECRET_KEY: "key",
        TENCENT_SMS_SDK_APP_ID: "1400000000",
        TENCENT_SMS_SIGN_NAME: "直通",
        UNIT_SMS_TEMPLATES:
          "dispatch=1001,reminder=1002,escalation=1003,reopen=1004,digest=1005,alarm=1006,red_alarm=1007," +
          "assist=1008,review_return=1009,return_refused=1010,urgency_raised=1011",
        SMS_TEMPLATE_REPLY: "2001:text",
        SMS_TEMPLATE_STATUS: "2002:text",
        SMS_TEMPLATE_SURVEY: "2003:text",
      },
      { configDir: dir },
    );
    expect(pf.problems).toEqual([]);
    expect(pf.warnings.filter((w) => !w.startsWith("duty.json"))).toEqual([
      "SMS_TEMPLATE_NOTICE: SMS_PROVIDER=tencent sends approved templates only: SMS to residents for these purposes will fail until each names an approved template",
    ]);
  });

  it("warns when the duty roster leaves hours uncovered, and not when it covers the week", async () => {
    const officers = [{ id: "wang", name: "王丽", phone: "13900009001" }];
    const gapped = await configDir("duty-gaps", {
      "duty.json": {
        replace: {
          officers,
          shifts: [
            { officer: "wang", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:30", to: "17:30" },
          ],
        },
      },
    });
    const pf = await preflight({}, { configDir: gapped });
    expect(pf.problems).toEqual([]);
    const duty = pf.warnings.filter((w) => w.startsWith("duty.json"));
    expect(duty).toHaveLength(1);
    expect(duty[0]).toContain("周五 17:30–周一 08:30");
    expect(duty[0]).toContain("policy.dutyUnit");

    const full = await configDir("duty-full", {
      "duty.json": {
        replace: {
          officers,
          shifts: [
            {
              officer: "wang",
              days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
              from: "00:00",
              to: "24:00",
            },
          ],
        },
      },
    });
    const ok = await preflight({}, { configDir: full });
    expect(ok.warnings.filter((w) => w.startsWith("duty.json"))).toEqual([]);
    // Without a roster the operator is told where alarms go instead.
    const none = await preflight({}, { configDir: await configDir("duty-none") });
    expect(none.warnings.filter((w) => w.startsWith("duty.json"))).toEqual([
      expect.stringContaining("no duty roster"),
    ]);
  });

  it("accepts the shipped configuration, and serve gets past the check with it", async () => {
    const dir = await configDir("good");
    const pf = await preflight({ CONFIG_DIR: dir }, { configDir: dir });
    expect(pf.problems).toEqual([]);
    const check = await cli(["config", "check"], { CONFIG_DIR: dir });
    expect(check.code, check.out).toBe(0);
    expect(check.out).toContain("OK: ");
  }, 180_000);

  it("accepts a two-level model file as INTAKE_MODEL_FILE, compressed or not", async () => {
    const dir = await configDir("model");
    const shipped = path.resolve("data/intake/category-model.json.gz");
    const plain = path.join(dir, "model.json");
    await writeFile(plain, gunzipSync(await readFile(shipped)));
    for (const file of [shipped, plain]) {
      const pf = await preflight({ CONFIG_DIR: dir, INTAKE_MODEL_FILE: file }, { configDir: dir });
      expect(pf.problems).toEqual([]);
    }
  });

  it("accepts a kind model as INTAKE_KIND_MODEL_FILE and names a category model given in its place", async () => {
    const dir = await configDir("kind-model");
    const kind = path.resolve("data/intake/kind-model.json.gz");
    expect(
      (await preflight({ CONFIG_DIR: dir, INTAKE_KIND_MODEL_FILE: kind }, { configDir: dir })).problems,
    ).toEqual([]);
    const wrong = path.resolve("data/intake/category-model.json.gz");
    const pf = await preflight({ CONFIG_DIR: dir, INTAKE_KIND_MODEL_FILE: wrong }, { configDir: dir });
    expect(pf.problems.join("\n")).toMatch(/INTAKE_KIND_MODEL_FILE: not a kind model/);
  });
});
