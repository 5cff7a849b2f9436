import { afterAll, beforeAll, expect, it } from "vitest";
import type pg from "pg";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** The ticket rows the route write sends (its first JSON parameter), captured as sent. */
function captureTicketRows(pool: pg.Pool): { rows: Record<string, unknown>[]; stop: () => void } {
  const rows: Record<string, unknown>[] = [];
  const onAcquire = (client: pg.PoolClient) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const q = args[0] as { text?: string; values?: unknown[] } | string;
      const text = typeof q === "string" ? q : (q.text ?? "");
      const values =
        (typeof q === "string" ? undefined : q.values) ?? (args[1] as unknown[] | undefined) ?? [];
      if (text.includes("upd0 AS")) {
        const json = values.find((v) => typeof v === "string" && v.startsWith("[{"));
        rows.push(...(JSON.parse(json as string) as Record<string, unknown>[]));
      }
      return original(...args);
    };
  };
  pool.on("acquire", onAcquire);
  return { rows, stop: () => pool.off("acquire", onAcquire) };
}

it("sends a new ticket's dispatch without the columns it leaves as they were, and stores the same row", async () => {
  const ticket = await fileTicket(t, {}, "13900000951");
  const capture = captureTicketRows(t.ctx.database.pool);
  try {
    expect((await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 })).outcome).toBe("dispatched");
  } finally {
    capture.stop();
  }
  const [row] = capture.rows;
  // Unchanged (tier, triage, transfer count, assisting units) and still-empty clocks are not sent.
  expect(Object.keys(row!).sort()).toEqual(
    [
      "__id",
      "__version",
      "accept_red_at",
      "accept_yellow_at",
      "dispatched_at",
      "first_contact_due_at",
      "light_overdue_at",
      "light_red_at",
      "light_yellow_at",
      "resolve_due_at",
      "resolve_yellow_at",
      "status",
      "unit_id",
    ].sort(),
  );
  const after = await reload(t, ticket.id);
  expect(after).toMatchObject({
    status: "dispatched",
    unitId: "community.xisheng",
    tier: "general",
    triage: false,
    transferCount: 0,
    assistUnitIds: [],
    acceptedAt: null,
    version: ticket.version + 1,
  });
  expect(after.dispatchedAt?.toISOString()).toBe("2026-11-23T02:00:00.000Z");
  expect(after.lightYellowAt).not.toBeNull();
});
