import path from "node:path";
import { Command, Option } from "commander";
import { eq } from "drizzle-orm";
import { clearAccount } from "../auth/login-throttle.js";
import { audit } from "../auth/audit.js";
import { STAFF_ROLES, type StaffRole } from "../auth/roles.js";
import { createSession, revokeAllSessions } from "../auth/sessions.js";
import { createStaffUser, findStaffByUsername, setStaffWecomUserId } from "../auth/staff.repository.js";
import { AppError } from "../domain/app-error.js";
import type { DomainConfig } from "../domain/config.js";
import { openDatabase, runMigrations, type Database } from "../db/client.js";
import { staffUsers } from "../db/schema/index.js";
import { parseEnv } from "../runtime/env.schema.js";
import { startInfrastructure, type Infrastructure } from "../runtime/infrastructure.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { createLogger } from "../runtime/logger.js";
import { syncUnits } from "../runtime/sync-units.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

/**
 * Opens the database (embedded when DATABASE_URL is unset), migrated and with units synced. `infra`
 * names the Redis of a running service too (REDIS_URL, or the one it started), without connecting.
 */
export async function withDatabase<T>(
  fn: (db: Database, config: DomainConfig, infra: Infrastructure) => Promise<T>,
): Promise<T> {
  const env = parseEnv(process.env);
  const log = createLogger({ LOG_LEVEL: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
  const config = await loadDomainConfig(path.resolve(env.CONFIG_DIR));
  const infra = await startInfrastructure(env, log, { redis: false, attach: true });
  const database = openDatabase(infra.databaseUrl);
  try {
    await runMigrations(database);
    await syncUnits(database.db, config);
    return await fn(database, config, infra);
  } finally {
    await database.close();
    await infra.stop();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Prompts without echo when stdin is a terminal; reads one line from a pipe otherwise. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return readStdin();
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = "";
      const onData = (buf: Buffer) => {
        for (const ch of buf.toString("utf8")) {
          if (ch === "\r" || ch === "\n") {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off("data", onData);
            process.stdout.write("\n");
            resolve(value);
            return;
          }
          if (ch === "\u0003") process.exit(130);
          if (ch === "\u007f") value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on("data", onData);
    });
  const first = await ask("Password: ");
  const again = await ask("Repeat password: ");
  if (first !== again) throw new AppError("STAFF.PASSWORD_MISMATCH", "the two passwords differ");
  return first;
}

const fail = (err: unknown): never => {
  if (err instanceof AppError) {
    process.stderr.write(`zhitong user: ${err.message} (${err.code})\n`);
    process.exit(1);
  }
  throw err;
};

/** `zhitong user add|token|disable|enable|unlock`: console accounts, from the command line. */
export function userCommand(): Command {
  const user = new Command("user").description(COMMAND_SUMMARIES.user);
  user
    .command("add")
    .description(
      "create a staff account (the first admin, too); the password is read without echo or from stdin",
    )
    .requiredOption("--username <name>", "login name: lower-case letters, digits, . _ -")
    .addOption(new Option("--role <role>", "role").choices([...STAFF_ROLES]).makeOptionMandatory())
    .option("--unit <unitId>", "unit id from jurisdiction.json (required for --role unit)")
    .option("--display-name <name>", "name shown in the console (default: the username)")
    .option("--wecom-userid <id>", "the member's 账号 in WeCom: signs in as this account on the mobile page")
    .option("--password-stdin", "read the password from standard input (for scripts)")
    .action(
      async (o: {
        username: string;
        role: StaffRole;
        unit?: string;
        displayName?: string;
        wecomUserid?: string;
        passwordStdin?: boolean;
      }) => {
        const password = await readPassword(Boolean(o.passwordStdin));
        await withDatabase(async (db, config) => {
          const row = await createStaffUser(
            db.db,
            config,
            {
              username: o.username,
              role: o.role,
              unitId: o.unit ?? null,
              displayName: o.displayName,
              password,
              wecomUserId: o.wecomUserid ?? null,
            },
            new Date(),
          );
          await audit(db.db, {
            staff: null,
            action: "staff.create",
            at: new Date(),
            targetType: "staff",
            targetId: row.id,
            data: { via: "cli", role: row.role, unitId: row.unitId, wecomUserId: row.wecomUserId },
          });
          process.stdout.write(
            `Created ${row.role} "${row.username}"${row.unitId ? ` of ${row.unitId}` : ""}` +
              `${row.wecomUserId ? ` (WeCom ${row.wecomUserId})` : ""}.\n`,
          );
        }).catch(fail);
      },
    );
  user
    .command("token")
    .description("issue an API token (Authorization: Bearer) for an integration acting as this user")
    .requiredOption("--username <name>")
    .option("--days <n>", "validity in days", "90")
    .option("--label <text>", "what the token is for")
    .action(async (o: { username: string; days: string; label?: string }) => {
      const days = Number(o.days);
      if (!Number.isInteger(days) || days < 1 || days > 730)
        fail(new AppError("STAFF.BAD_DAYS", "--days must be 1..730"));
      await withDatabase(async (db) => {
        const row = await findStaffByUsername(db.db, o.username);
        if (!row) throw new AppError("STAFF.NOT_FOUND", `no user "${o.username}"`);
        const t = await createSession(db.db, row.id, new Date(), {
          kind: "api",
          lifetimeMs: days * 86_400_000,
          label: o.label,
        });
        await audit(db.db, {
          staff: null,
          action: "staff.token_issued",
          at: new Date(),
          targetType: "staff",
          targetId: row.id,
          data: { via: "cli", days, label: o.label ?? null },
        });
        process.stdout.write(`${t.token}\n`);
        process.stderr.write(
          `Valid until ${t.expiresAt.toISOString()}. Store it now: it is not shown again.\n`,
        );
      }).catch(fail);
    });
  for (const [name, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const)
    user
      .command(name)
      .description(disabled ? "disable an account and end its sessions" : "enable a disabled account")
      .requiredOption("--username <name>")
      .action(async (o: { username: string }) => {
        await withDatabase(async (db) => {
          const row = await findStaffByUsername(db.db, o.username);
          if (!row) throw new AppError("STAFF.NOT_FOUND", `no user "${o.username}"`);
          await db.db
            .update(staffUsers)
            .set({ disabled, updatedAt: new Date() })
            .where(eq(staffUsers.id, row.id));
          if (disabled) await revokeAllSessions(db.db, row.id, new Date());
          await audit(db.db, {
            staff: null,
            action: `staff.${name}`,
            at: new Date(),
            targetType: "staff",
            targetId: row.id,
            data: { via: "cli" },
          });
          process.stdout.write(`${disabled ? "Disabled" : "Enabled"} "${row.username}".\n`);
        }).catch(fail);
      });
  user
    .command("wecom")
    .description("link an existing account to a WeCom member (or unlink with --clear)")
    .requiredOption("--username <name>")
    .option("--wecom-userid <id>", "the member's 账号 in WeCom")
    .option("--clear", "remove the link")
    .action(async (o: { username: string; wecomUserid?: string; clear?: boolean }) => {
      if (!o.clear === !o.wecomUserid)
        fail(new AppError("STAFF.BAD_OPTIONS", "give either --wecom-userid <id> or --clear"));
      await withDatabase(async (db) => {
        const row = await setStaffWecomUserId(db.db, o.username, o.clear ? null : o.wecomUserid!, new Date());
        await audit(db.db, {
          staff: null,
          action: "staff.wecom_link",
          at: new Date(),
          targetType: "staff",
          targetId: row.id,
          data: { via: "cli", wecomUserId: row.wecomUserId },
        });
        process.stdout.write(
          row.wecomUserId
            ? `Linked "${row.username}" to WeCom ${row.wecomUserId}.\n`
            : `Unlinked "${row.username}" from WeCom.\n`,
        );
      }).catch(fail);
    });
  user
    .command("unlock")
    .description("clear the sign-in waits of an account after too many failed logins")
    .requiredOption("--username <name>")
    .action(async (o: { username: string }) => {
      await withDatabase(async (db) => {
        const row = await findStaffByUsername(db.db, o.username);
        if (!row) throw new AppError("STAFF.NOT_FOUND", `no user "${o.username}"`);
        await db.db
          .update(staffUsers)
          .set({ failedLogins: 0, lockedUntil: null })
          .where(eq(staffUsers.id, row.id));
        await clearAccount(db.db, row.username);
        await audit(db.db, {
          staff: null,
          action: "staff.unlock",
          at: new Date(),
          targetType: "staff",
          targetId: row.id,
          data: { via: "cli" },
        });
        process.stdout.write(`Unlocked "${row.username}".\n`);
      }).catch(fail);
    });
  return user;
}
