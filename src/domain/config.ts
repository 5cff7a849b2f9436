import type { z } from "zod";
import { Jurisdiction, type Unit } from "./jurisdiction.schema.js";
import { Taxonomy } from "./taxonomy.schema.js";
import { RoutingSettings } from "./routing-settings.js";
import { HolidaySchedule } from "./holiday-schedule.js";
import { reviewPolicyProblems } from "./review-policy.js";
import { DutyRoster } from "./duty-roster.schema.js";

/** Taxonomy and jurisdiction, validated together (the taxonomy names handler units). */
export interface DomainConfig {
  taxonomy: Taxonomy;
  jurisdiction: Jurisdiction;
  units: ReadonlyMap<string, Unit>;
  /** Optional `routing` section (tier rules, duplicate thresholds); defaults apply when absent. */
  routing?: RoutingSettings;
  /** Optional `holidays.json`: the State Council's schedule for years `chinese-days` does not know. */
  holidays?: HolidaySchedule;
  /** Optional `duty.json`: who is on duty (值班) when; absent → alarms go to `policy.dutyUnit`. */
  duty?: DutyRoster;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Turns zod issues into "key: problem" lines an operator can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
}

/** Validates raw taxonomy and jurisdiction objects; throws ConfigError naming each bad key. */
export function buildDomainConfig(
  rawTaxonomy: unknown,
  rawJurisdiction: unknown,
  rawRouting?: unknown,
  rawHolidays?: unknown,
  rawDuty?: unknown,
): DomainConfig {
  const t = Taxonomy.safeParse(rawTaxonomy);
  if (!t.success) throw new ConfigError("taxonomy.json", describeIssues(t.error.issues));
  const j = Jurisdiction.safeParse(rawJurisdiction);
  if (!j.success) throw new ConfigError("jurisdiction.json", describeIssues(j.error.issues));
  const units = new Map(j.data.units.map((u) => [u.id, u]));
  const problems: string[] = [];
  t.data.categories.forEach((c, i) => {
    if (c.handler !== "community" && !units.has(c.handler))
      problems.push(
        `categories.${i}.handler: unknown unit id "${c.handler}" (add it to jurisdiction.json or use "community")`,
      );
  });
  if (problems.length) throw new ConfigError("taxonomy.json", problems);
  const reviewProblems = reviewPolicyProblems(
    j.data.policy.review,
    new Set(t.data.categories.map((c) => c.code)),
  );
  if (reviewProblems.length) throw new ConfigError("jurisdiction.json", reviewProblems);
  let routing: RoutingSettings | undefined;
  if (rawRouting !== undefined) {
    const r = RoutingSettings.safeParse(rawRouting);
    if (!r.success) throw new ConfigError("routing.json", describeIssues(r.error.issues));
    routing = r.data;
  }
  let holidays: HolidaySchedule | undefined;
  if (rawHolidays !== undefined) {
    const h = HolidaySchedule.safeParse(rawHolidays);
    if (!h.success) throw new ConfigError("holidays.json", describeIssues(h.error.issues));
    holidays = h.data;
  }
  let duty: DutyRoster | undefined;
  if (rawDuty !== undefined) {
    const d = DutyRoster.safeParse(rawDuty);
    if (!d.success) throw new ConfigError("duty.json", describeIssues(d.error.issues));
    duty = d.data;
  }
  return {
    taxonomy: t.data,
    jurisdiction: j.data,
    units,
    ...(routing ? { routing } : {}),
    ...(holidays ? { holidays } : {}),
    ...(duty ? { duty } : {}),
  };
}
