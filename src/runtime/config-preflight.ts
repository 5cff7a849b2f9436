import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { SMS_PROVIDER_NEEDS } from "../../channels/sms/create-sms-provider.js";
import { describeIssues } from "../domain/config.js";
import { HolidaySchedule, indexHolidaySchedule, type HolidayIndex } from "../domain/holiday-schedule.js";
import { Jurisdiction } from "../domain/jurisdiction.schema.js";
import { reviewPolicyProblems } from "../domain/review-policy.js";
import { DutyRoster } from "../domain/duty-roster.schema.js";
import { rosterGaps } from "../domain/duty-roster.js";
import { RoutingSettings } from "../domain/routing-settings.js";
import { Taxonomy } from "../domain/taxonomy.schema.js";
import { FaqFile } from "../intake/dialogue/faq.js";
import { CategoryModelFile } from "../intake/category-model.js";
import { KindModelFile } from "../intake/kind-model.js";
import { readModelText } from "../intake/model-file.js";
import { wecomEnvProblems } from "../notify/wecom/wecom.config.js";
import { checkEnv, type Env } from "./env.schema.js";
import { UNIT_TEMPLATES } from "../notify/unit-texts.js";

/**
 * Everything `serve` would refuse, found in one pass: every environment variable, every rule that
 * ties variables together, and every config file, each problem once with its key and the fix.
 * `zhitong config check` prints this; `zhitong serve` runs it first and stops with the same lines,
 * so a configuration that passes the check never fails at start-up for a configuration reason.
 */
export interface Preflight {
  /** "where: key: problem (fix)" lines; empty when the configuration is usable. */
  problems: string[];
  /** Settings that start but will fail some sends (printed by `config check`, logged by `serve`). */
  warnings: string[];
  configDir: string;
  env?: Env;
  /** Validated files, for the summary and the holiday warning (absent when the file has problems). */
  taxonomy?: Taxonomy;
  jurisdiction?: Jurisdiction;
  holidays?: HolidayIndex;
  duty?: DutyRoster;
}

export async function preflight(
  source: NodeJS.ProcessEnv,
  opts: { configDir?: string } = {},
): Promise<Preflight> {
  const problems: string[] = [];
  const { env, problems: envProblems } = checkEnv(source);
  problems.push(...envProblems.map((p) => `environment: ${p}`));
  // Read the raw strings, so these rules are checked even when another variable is malformed.
  const raw = (key: string) => (source[key] === "" ? undefined : source[key]);
  problems.push(...(await envRules(raw)).map((p) => `environment: ${p}`));

  const configDir = path.resolve(opts.configDir ?? raw("CONFIG_DIR") ?? "./config");
  const out: Preflight = { problems, warnings: envWarnings(raw), configDir, ...(env ? { env } : {}) };
  const rawFiles = new Map<string, unknown>();
  const file = async <S extends z.ZodType>(name: string, schema: S, required: boolean) => {
    const r = await readJsonFile(path.join(configDir, name), required);
    if ("value" in r) rawFiles.set(name, r.value);
    if ("problem" in r) {
      if (r.problem)
        problems.push(
          `${name}: ${r.problem}${r.missing ? " (set CONFIG_DIR, or create it with `npx zhitong config init`)" : ""}`,
        );
      return undefined;
    }
    const parsed = schema.safeParse(r.value);
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error.issues).map((p) => `${name}: ${p}`));
      return undefined;
    }
    return parsed.data as z.infer<S>;
  };
  const taxonomy = await file("taxonomy.json", Taxonomy, true);
  const jurisdiction = await file("jurisdiction.json", Jurisdiction, true);
  await file("routing.json", RoutingSettings, false);
  await file("faq.json", FaqFile, false);
  const holidays = await file("holidays.json", HolidaySchedule, false);
  const duty = await file("duty.json", DutyRoster, false);
  if (duty) {
    out.duty = duty;
    const gaps = rosterGaps(duty);
    if (gaps.length)
      out.warnings.push(
        `duty.json: shifts: nobody is on duty ${gaps.join(", ")}; alarms then go to the duty unit ` +
          "(policy.dutyUnit) by SMS. Add shifts (or dated overrides) to cover these hours",
      );
  } else if (!rawFiles.has("duty.json") && !problems.some((p) => p.startsWith("duty.json")))
    out.warnings.push(
      "duty.json: no duty roster: emergency and red-light alarms go to the duty unit (policy.dutyUnit) " +
        "by SMS. Add config/duty.json (see docs/going-live.md) to alarm the officer on duty",
    );
  if (taxonomy && rawFiles.has("jurisdiction.json")) {
    // Unit ids as written, even when another part of jurisdiction.json is wrong: one run tells all.
    const units = new Set(unitIds(rawFiles.get("jurisdiction.json")));
    taxonomy.categories.forEach((c, i) => {
      if (c.handler !== "community" && !units.has(c.handler))
        problems.push(
          `taxonomy.json: categories.${i}.handler: unknown unit id "${c.handler}" (add it to jurisdiction.json or use "community")`,
        );
    });
  }
  if (taxonomy && jurisdiction)
    problems.push(
      ...reviewPolicyProblems(
        jurisdiction.policy.review,
        new Set(taxonomy.categories.map((c) => c.code)),
      ).map((p) => `jurisdiction.json: ${p}`),
    );
  if (taxonomy) out.taxonomy = taxonomy;
  if (jurisdiction) {
    out.jurisdiction = jurisdiction;
    const silent = jurisdiction.units.filter((u) => !u.phone && u.level !== "city");
    if (silent.length)
      out.warnings.push(
        `jurisdiction.json: ${silent.length} of ${jurisdiction.units.length} units have no phone ` +
          `(e.g. ${silent[0]!.id} ${silent[0]!.name}): they get no dispatch or reminder SMS until you add one`,
      );
  }
  if (jurisdiction) out.warnings.push(...wecomWarnings(raw, jurisdiction));
  if (holidays) out.holidays = indexHolidaySchedule(holidays);
  out.problems = [...new Set(problems)];
  return out;
}

const UNIT_PURPOSES = Object.keys(UNIT_TEMPLATES);
const RESIDENT_PURPOSES = ["REPLY", "STATUS", "SURVEY", "NOTICE"] as const;

/** Aliyun and Tencent send approved templates only: a purpose without one cannot be sent at all. */
function envWarnings(raw: (key: string) => string | undefined): string[] {
  const provider = raw("SMS_PROVIDER");
  if (provider !== "aliyun" && provider !== "tencent") return [];
  const warnings: string[] = [];
  const unit = new Set((raw("UNIT_SMS_TEMPLATES") ?? "").split(",").map((p) => p.split("=")[0]));
  const missingUnit = UNIT_PURPOSES.filter((p) => !unit.has(p));
  if (missingUnit.length)
    warnings.push(
      `UNIT_SMS_TEMPLATES: SMS_PROVIDER=${provider} sends approved templates only, and none is set for ` +
        `${missingUnit.join(", ")}: those unit notifications will fail. Add e.g. "${missingUnit[0]}=SMS_123" ` +
        "with the template codes the provider approved",
    );
  const missingResident = RESIDENT_PURPOSES.filter((p) => !raw(`SMS_TEMPLATE_${p}`)).map(
    (p) => `SMS_TEMPLATE_${p}`,
  );
  if (missingResident.length)
    warnings.push(
      `${missingResident.join(", ")}: SMS_PROVIDER=${provider} sends approved templates only: ` +
        "SMS to residents for these purposes will fail until each names an approved template",
    );
  return warnings;
}

/** WeCom recipients without the app, or the app without recipients: starts, but nobody gets a card. */
function wecomWarnings(raw: (key: string) => string | undefined, j: Jurisdiction): string[] {
  const onWecom = j.units.filter((u) => u.wecom);
  if (!raw("WECOM_CORP_ID") && onWecom.length)
    return [
      `jurisdiction.json: ${onWecom.length} units name WeCom recipients (e.g. ${onWecom[0]!.id}) but WECOM_CORP_ID, ` +
        "WECOM_AGENT_ID and WECOM_AGENT_SECRET are not set: they are notified by SMS only",
    ];
  if (raw("WECOM_CORP_ID") && !onWecom.length)
    return [
      "jurisdiction.json: the WeCom app is configured but no unit has `wecom` recipients: every notice goes by SMS " +
        '(add e.g. "wecom": {"users": ["zhangwei"]} to a unit)',
    ];
  return [];
}

function unitIds(raw: unknown): string[] {
  const units = (raw as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) return [];
  return units
    .map((u) => (u as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === "string");
}

/** Rules between variables that the per-variable schema cannot express. */
async function envRules(raw: (key: string) => string | undefined): Promise<string[]> {
  const problems: string[] = [];
  const provider = raw("SMS_PROVIDER");
  if (provider && provider in SMS_PROVIDER_NEEDS) {
    const missing = SMS_PROVIDER_NEEDS[provider as keyof typeof SMS_PROVIDER_NEEDS].filter((k) => !raw(k));
    if (missing.length)
      problems.push(
        `SMS_PROVIDER=${provider} needs ${missing.join(", ")}: set ${missing.length > 1 ? "them" : "it"} ` +
          "from the provider's console, or unset SMS_PROVIDER to send no SMS",
      );
  }
  problems.push(...wecomEnvProblems(raw));
  if (raw("TWILIO_AUTH_TOKEN") && !raw("PUBLIC_BASE_URL"))
    problems.push(
      "PUBLIC_BASE_URL: required when TWILIO_AUTH_TOKEN is set (Twilio signs the public URL it calls), " +
        "e.g. https://zhitong.example.gov.cn",
    );
  if (raw("INTAKE_ENGINE") === "openai") {
    const missing = ["LLM_BASE_URL", "LLM_MODEL"].filter((k) => !raw(k));
    if (missing.length)
      problems.push(
        `INTAKE_ENGINE=openai needs ${missing.join(" and ")} (and usually LLM_API_KEY), or set INTAKE_ENGINE=offline`,
      );
  }
  const modelFile = raw("INTAKE_MODEL_FILE");
  if (modelFile) {
    const r = await readJsonFile(path.resolve(modelFile), true, readModelText);
    if ("problem" in r)
      problems.push(
        `INTAKE_MODEL_FILE: ${r.problem} (train one with \`npx zhitong intake train\` or unset it)`,
      );
    else if (!CategoryModelFile.safeParse(r.value).success)
      problems.push(
        "INTAKE_MODEL_FILE: not a category model written by `npx zhitong intake train` (retrain it or unset it)",
      );
  }
  const kindModelFile = raw("INTAKE_KIND_MODEL_FILE");
  if (kindModelFile) {
    const r = await readJsonFile(path.resolve(kindModelFile), true, readModelText);
    if ("problem" in r)
      problems.push(
        `INTAKE_KIND_MODEL_FILE: ${r.problem} (train one with \`npx zhitong intake train --from-history\` or unset it)`,
      );
    else if (!KindModelFile.safeParse(r.value).success)
      problems.push(
        "INTAKE_KIND_MODEL_FILE: not a kind model written by `npx zhitong intake train --from-history` (retrain it or unset it)",
      );
  }
  return problems;
}

async function readJsonFile(
  file: string,
  required: boolean,
  read: (file: string) => Promise<string> = (f) => readFile(f, "utf8"),
): Promise<{ value: unknown } | { problem: string | null; missing?: boolean }> {
  if (!existsSync(file)) return { problem: required ? `missing: ${file}` : null, missing: true };
  let text: string;
  try {
    text = await read(file);
  } catch (err) {
    return { problem: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { problem: `not valid JSON: ${(err as Error).message}` };
  }
}

/** The lines `config check` and `serve` print for a configuration with problems. */
export function formatProblems(problems: readonly string[]): string {
  return (
    `Configuration problems (${problems.length}):\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
    "Fix each one (the Configuration table in README.md lists every variable and file) and try again."
  );
}

export class PreflightError extends Error {
  override name = "PreflightError";
  constructor(readonly problems: readonly string[]) {
    super(formatProblems(problems));
  }
}
