import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { runZhitong } from "../support/run-cli.js";

let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.close();
});

/** Runs the real CLI (`zhitong …`) against this test's database. */
function zhitong(args: string[], stdin: string) {
  return runZhitong(args, { stdin, env: { DATABASE_URL: t.databaseUrl, NODE_ENV: "test" } });
}

describe("zhitong user", () => {
  it("creates the first admin with a password read from stdin, hashed with argon2id", async () => {
    const r = await zhitong(
      ["user", "add", "--username", "Admin", "--role", "admin", "--password-stdin"],
      "Very-secret-2026\n",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain('Created admin "admin"');
    const rows = await t.ctx.database.db.execute(
      sql`SELECT role, unit_id, password_hash FROM staff_users WHERE username = 'admin'`,
    );
    expect(rows.rows[0]).toMatchObject({ role: "admin", unit_id: null });
    expect((rows.rows[0] as { password_hash: string }).password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'staff.create'`,
    );
    expect((audit.rows[0] as { n: number }).n).toBe(1);
  }, 60_000);

  it("refuses unit staff without a known unit, and a weak password, creating nothing", async () => {
    const noUnit = await zhitong(
      [
        "user",
        "add",
        "--username",
        "unit01",
        "--role",
        "unit",
        "--unit",
        "community.nowhere",
        "--password-stdin",
      ],
      "Very-secret-2026\n",
    );
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr).toContain("STAFF.UNKNOWN_UNIT");
    const weak = await zhitong(
      ["user", "add", "--username", "disp02", "--role", "dispatcher", "--password-stdin"],
      "123\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("STAFF.WEAK_PASSWORD");
    const rows = await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM staff_users`);
    expect((rows.rows[0] as { n: number }).n).toBe(1);
  }, 60_000);

  it("links a unit worker to a WeCom member with --wecom-userid, and refuses a userid already linked", async () => {
    const r = await zhitong(
      [
        "user",
        "add",
        "--username",
        "xisheng-zw",
        "--role",
        "unit",
        "--unit",
        "community.xisheng",
        "--wecom-userid",
        "ZhangWei",
        "--password-stdin",
      ],
      "Very-secret-2026\n",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("(WeCom zhangwei)");
    const again = await zhitong(
      [
        "user",
        "add",
        "--username",
        "other-zw",
        "--role",
        "dispatcher",
        "--wecom-userid",
        "ZHANGWEI",
        "--password-stdin",
      ],
      "Very-secret-2026\n",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("STAFF.WECOM_USERID_TAKEN");
    const unlink = await zhitong(["user", "wecom", "--username", "xisheng-zw", "--clear"], "");
    expect(unlink.stdout).toContain("Unlinked");
    const link = await zhitong(["user", "wecom", "--username", "admin", "--wecom-userid", "ZhangWei"], "");
    expect(link.stdout).toContain('Linked "admin" to WeCom zhangwei');
    const rows = await t.ctx.database.db.execute(
      sql`SELECT username FROM staff_users WHERE wecom_userid = 'zhangwei'`,
    );
    expect(rows.rows).toEqual([{ username: "admin" }]);
  }, 90_000);
});
