import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { createTicket } from "../../src/db/repositories/tickets.repository.js";
import { conversations, messages } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** The backfill statement of migration 0013, run again over tickets filed without links. */
function backfill(): string {
  const file = readFileSync("drizzle/0013_ticket_messages.sql", "utf8");
  const statement = file.split("--> statement-breakpoint").find((s) => s.includes("INSERT INTO"));
  if (!statement) throw new Error("no backfill statement in 0013_ticket_messages.sql");
  return statement;
}

describe("linking tickets filed before ticket_messages existed", () => {
  it("gives each ticket the inbound messages written since the conversation's previous ticket", async () => {
    const db = t.ctx.database.db;
    const at = (min: number) => new Date(clock.now().getTime() + min * 60_000);
    const ids = await db.transaction(async (tx) => {
      const { residentId } = await findOrCreateResident(tx, "wechat", "oWX_legacy");
      const [conv] = await tx
        .insert(conversations)
        .values({ residentId, channel: "wechat", createdAt: at(0), updatedAt: at(0), lastMessageAt: at(0) })
        .returning();
      const say = async (text: string, min: number) => {
        const [m] = await tx
          .insert(messages)
          .values({
            channel: "wechat",
            direction: "in",
            conversationId: conv!.id,
            residentId,
            text,
            createdAt: at(min),
          })
          .returning({ id: messages.id });
        return m!.id;
      };
      const file = async (summary: string, min: number) =>
        createTicket(tx, {
          complaint: {
            kind: "complaint",
            category: "other",
            summary,
            description: summary,
            location: { text: null, community: null, lat: null, lng: null },
            urgency: "normal",
            contact: { name: null, phone: null },
            missing: [],
            confidence: {},
            engine: "offline",
          },
          channel: "wechat",
          residentId,
          conversationId: conv!.id,
          actor: { type: "resident", id: residentId },
          timeZone: "Asia/Shanghai",
          now: at(min),
        });
      const m1 = await say("油烟太大", 1);
      const m2 = await say("1", 2);
      const first = await file("油烟太大", 2);
      const m3 = await say("路灯坏了", 3);
      const m4 = await say("1", 4);
      const second = await file("路灯坏了", 4);
      const m5 = await say("谢谢", 5);
      return { first: first.id, second: second.id, m: [m1, m2, m3, m4, m5] };
    });
    await db.execute(sql.raw(backfill()));
    await db.execute(sql.raw(backfill())); // idempotent
    const rows = await db.execute(
      sql`SELECT ticket_id, message_id FROM ticket_messages WHERE ticket_id IN (${ids.first}, ${ids.second}) ORDER BY message_id`,
    );
    expect(rows.rows.map((r) => [r.ticket_id, Number(r.message_id)])).toEqual([
      [ids.first, ids.m[0]],
      [ids.first, ids.m[1]],
      [ids.second, ids.m[2]],
      [ids.second, ids.m[3]],
    ]);
  });
});
