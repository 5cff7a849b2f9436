import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { queueResidentMessage } from "../../src/notify/queue-resident-message.js";
import { queueDispatchNotices, type DispatchNotice } from "../../src/routing/dispatch-notices.js";
import { slaJobId } from "../../src/sla/schedule.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

async function resident(channel: string, address: string, lastInboundAt: string | null) {
  const r = await t.ctx.database.db.transaction((tx) => findOrCreateResident(tx, channel, address));
  await rows(
    t,
    `UPDATE resident_identities SET last_inbound_at = ${lastInboundAt ? `'${lastInboundAt}'` : "NULL"}
      WHERE id = '${r.identityId}'`,
  );
  return r;
}

function notice(ticketId: string, residentIds: string[], over: Partial<DispatchNotice> = {}): DispatchNotice {
  return {
    ticketId,
    unitId: "community.xisheng",
    unitText: "【直通】新工单",
    params: { ref: "ZT-TEST", summary: "电梯坏了", deadline: "11月30日" },
    dedupeKey: `dispatch:${ticketId}:v2`,
    residentIds,
    residentText: "您反映的问题已转交西盛社区处理。",
    slaCheckAt: new Date("2026-11-23T03:00:00Z"),
    now: t.ctx.now(),
    ...over,
  };
}

interface MessageRow {
  id: number;
  channel: string;
  resident_id: string;
  text: string;
  payload: Record<string, unknown>;
  status: string;
}

describe("a dispatch's notices in one statement", () => {
  it("writes what queueResidentMessage and queueUnitNotification would, with their outbox jobs", async () => {
    const ticket = await fileTicket(t, {}, "13900007001");
    // One resident on two channels, last heard on WeChat; a hotline caller, answered by SMS.
    const both = await resident("wechat", "openid-notices-1", "2026-11-23T01:00:00Z");
    await t.ctx.database.db.transaction((tx) =>
      findOrCreateResident(tx, "sms", "13900007002").then(async (r) => {
        await rows(
          t,
          `UPDATE resident_identities SET resident_id = '${both.residentId}' WHERE id = '${r.identityId}'`,
        );
      }),
    );
    await rows(
      t,
      `UPDATE resident_identities SET last_inbound_at = '2026-11-22T01:00:00Z' WHERE address = '13900007002'`,
    );
    const caller = await resident("hotline", "13900007003", null);

    await t.ctx.database.db.transaction((tx) =>
      queueDispatchNotices(tx, [notice(ticket.id, [both.residentId, caller.residentId])]),
    );

    const sent = await rows<MessageRow>(
      t,
      `SELECT id, channel, resident_id, text, payload, status FROM messages
        WHERE direction = 'out' AND payload->>'ticketId' = '${ticket.id}' ORDER BY id`,
    );
    // The reference: the same messages through the one-message-at-a-time path, rolled back.
    const reference: Omit<MessageRow, "id">[] = [];
    await t.ctx.database.db
      .transaction(async (tx) => {
        for (const residentId of [both.residentId, caller.residentId])
          await queueResidentMessage(tx, {
            residentId,
            text: "您反映的问题已转交西盛社区处理。",
            purpose: "status",
            ticketId: ticket.id,
            at: t.ctx.now(),
          });
        const r = await tx.execute(
          sql.raw(`SELECT channel, resident_id, text, payload, status FROM messages
            WHERE direction = 'out' AND payload->>'ticketId' = '${ticket.id}' AND id > ${sent.at(-1)!.id} ORDER BY id`),
        );
        reference.push(...(r.rows as Omit<MessageRow, "id">[]));
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(sent.map(({ id: _id, ...m }) => m)).toEqual(reference);
    expect(sent.map((m) => m.channel)).toEqual(["wechat", "sms"]);

    const [ntf] = await rows<{ id: number; purpose: string; template_code: string; unit_id: string }>(
      t,
      `SELECT id, purpose, template_code, unit_id FROM notifications WHERE ticket_id = '${ticket.id}'`,
    );
    expect(ntf).toMatchObject({
      purpose: "dispatch",
      template_code: "ZT_UNIT_DISPATCH",
      unit_id: "community.xisheng",
    });
    const jobs = await rows<{
      queue: string;
      job_id: string;
      payload: Record<string, unknown>;
      run_at: Date | null;
    }>(
      t,
      `SELECT queue, job_id, payload, run_at FROM outbox
        WHERE job_id IN ('ntf_${ntf!.id}', ${sent.map((m) => `'out_${m.id}'`).join(",")},
                         '${slaJobId(ticket.id, new Date("2026-11-23T03:00:00Z"))}')
        ORDER BY queue, job_id`,
    );
    expect(jobs.map((j) => ({ ...j, run_at: j.run_at && new Date(j.run_at) }))).toEqual([
      {
        queue: "notify",
        job_id: `ntf_${ntf!.id}`,
        payload: { notificationId: Number(ntf!.id) },
        run_at: null,
      },
      ...sent.map((m) => ({
        queue: "outbound",
        job_id: `out_${m.id}`,
        payload: { messageId: Number(m.id) },
        run_at: null,
      })),
      {
        queue: "sla",
        job_id: slaJobId(ticket.id, new Date("2026-11-23T03:00:00Z")),
        payload: { ticketId: ticket.id },
        run_at: new Date("2026-11-23T03:00:00Z"),
      },
    ]);
  });

  it("writes several tickets' notices at once and adds no second unit notice for the same dispatch", async () => {
    const a = await fileTicket(t, { summary: "西盛家园8号楼电梯坏了" }, "13900007011");
    const b = await fileTicket(t, { summary: "西盛家园9号楼电梯坏了" }, "13900007012");
    const ra = await resident("sms", "13900007011", null);
    const rb = await resident("sms", "13900007012", null);
    const list = [notice(a.id, [ra.residentId]), notice(b.id, [rb.residentId], { slaCheckAt: null })];
    await t.ctx.database.db.transaction((tx) => queueDispatchNotices(tx, list));
    await t.ctx.database.db.transaction((tx) => queueDispatchNotices(tx, [list[0]!]));
    const counts = await rows<{ ticket_id: string; n: number }>(
      t,
      `SELECT ticket_id, count(*)::int AS n FROM notifications WHERE ticket_id IN ('${a.id}', '${b.id}')
        GROUP BY 1 ORDER BY 2`,
    );
    expect(counts.map((c) => c.n)).toEqual([1, 1]);
    const slaJobs = await rows<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM outbox WHERE queue = 'sla' AND payload->>'ticketId' IN ('${a.id}', '${b.id}')`,
    );
    expect(slaJobs[0]!.n).toBe(1);
  });

  it("writes nothing for an empty list and a resident without any identity", async () => {
    const ticket = await fileTicket(t, { summary: "西盛家园10号楼电梯坏了" }, "13900007021");
    await t.ctx.database.db.transaction((tx) => queueDispatchNotices(tx, []));
    const [nobody] = await rows<{ id: string }>(t, `INSERT INTO residents DEFAULT VALUES RETURNING id`);
    await t.ctx.database.db.transaction((tx) => queueDispatchNotices(tx, [notice(ticket.id, [nobody!.id])]));
    const sent = await rows(t, `SELECT id FROM messages WHERE resident_id = '${nobody!.id}'`);
    expect(sent).toEqual([]);
  });
});
