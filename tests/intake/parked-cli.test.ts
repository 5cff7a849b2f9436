import os from "node:os";
import { inject } from "vitest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { backlogPhone as phone, storeReceivedSms, waitFor } from "./support/inbound.js";
import { FlakyIntake, messageState, reviveAudits } from "./support/parking.js";
import { runZhitong } from "../support/run-cli.js";

/**
 * `zhitong intake parked` and `zhitong intake revive`, run as the operator runs them (a child
 * process on this test's database and Redis prefix) while a real intake worker runs here.
 */
let t: TestEnv;
let intake: FlakyIntake;

beforeAll(async () => {
  t = await createTestEnv({
    env: { INTAKE_RETRY_BASE_MS: "20", INTAKE_MAX_ATTEMPTS: "3", INTAKE_POLL_MS: "200" },
  });
  intake = new FlakyIntake(t);
});
afterEach(async () => {
  await intake.stop();
  intake.failing.clear();
});
afterAll(async () => {
  await t.close();
});

/** Runs the real CLI on this test's database and Redis prefix. */
function zhitong(args: string[], env: Record<string, string> = {}) {
  return runZhitong(args, {
    env: {
      DATABASE_URL: t.databaseUrl,
      REDIS_URL: inject("redisUrl"),
      QUEUE_PREFIX: t.prefix,
      NODE_ENV: "test",
      ...env,
    },
  });
}

describe("zhitong intake parked / revive", { timeout: 120_000 }, () => {
  it("lists parked messages without their text or sender, revives one, wakes the worker and audits the operator", async () => {
    const [from1, from2] = [phone(4, 1), phone(4, 2)];
    const first = await storeReceivedSms(t.ctx, from1, "西胜家园路灯不亮了，我的电话13812345678");
    const second = await storeReceivedSms(t.ctx, from2, "井盖丢了");
    await intake.park([first, second]);

    const list = await zhitong(["intake", "parked"]);
    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("2 parked intake messages");
    const row = list.stdout.split("\n").find((l) => l.startsWith(`${first} `));
    expect(row?.split(/\s{2,}/)).toEqual([
      String(first),
      "sms",
      "text",
      expect.any(String),
      expect.any(String),
      "3",
      "Error",
    ]);
    for (const secret of ["路灯", "井盖", "13812345678", from1, from2])
      expect(list.stdout).not.toContain(secret);

    intake.failing.clear();
    await intake.start();
    const revived = await zhitong(["intake", "revive", String(first)]);
    expect(revived.stderr).toBe("");
    expect(revived.code).toBe(0);
    expect(revived.stdout).toContain(`Revived 1 parked message: ${first}.`);
    expect(revived.stdout).toMatch(/Woke the intake workers \(\d+ listening\)/);
    await waitFor(async () => (await messageState(t, first)).status === "processed", 15_000, "answered");
    expect(await messageState(t, first)).toMatchObject({ replies: 1, attempts: null });
    expect(await messageState(t, second)).toMatchObject({ status: "failed" });
    expect((await reviveAudits(t)).at(-1)).toMatchObject({
      staff_id: null,
      role: null,
      target_id: String(first),
      data: { via: "cli", operator: expect.stringContaining(os.userInfo().username), messageIds: [first] },
    });

    // Twice: nothing is done the second time, and the operator is told why.
    const again = await zhitong(["intake", "revive", String(first)]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Message ${first} is not parked (status processed): left as it is.`);
    expect(again.stdout).toContain("Nothing was revived.");
    expect(await reviveAudits(t)).toHaveLength(1);
  });

  it("refuses an unknown id, a malformed one and a missing one with exit code 2, changing nothing", async () => {
    const parked = await storeReceivedSms(t.ctx, phone(4, 3), "噪音扰民");
    await intake.park([parked]);
    const unknown = await zhitong(["intake", "revive", String(parked), "987654321"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      "zhitong intake revive: no inbound message with id 987654321; nothing was changed\n",
    );
    const malformed = await zhitong(["intake", "revive", "12a"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("not a message id: 12a");
    const none = await zhitong(["intake", "revive"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("give the ids of parked messages, or --all");
    expect(await messageState(t, parked)).toMatchObject({ status: "failed", attempts: 3 });
  });

  it("revives --all with Redis unreachable: the operator is told, and the worker's idle poll takes them", async () => {
    await intake.start();
    const parked = (await zhitong(["intake", "parked", "--json"])).stdout;
    const ids = (JSON.parse(parked) as { items: { id: number }[] }).items.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const r = await zhitong(["intake", "revive", "--all"], { REDIS_URL: "redis://127.0.0.1:1" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Revived ${ids.length} parked message`);
    expect(r.stdout).toContain("Could not reach Redis to wake the intake workers");
    await waitFor(
      async () => {
        for (const id of ids) if ((await messageState(t, id)).status !== "processed") return false;
        return true;
      },
      15_000,
      "every revived message answered",
    );
    expect((await reviveAudits(t)).at(-1)).toMatchObject({
      data: { via: "cli", all: true, messageIds: ids },
    });
    const empty = await zhitong(["intake", "parked"]);
    expect(empty.stdout).toBe("No parked intake messages.\n");
  });
});
