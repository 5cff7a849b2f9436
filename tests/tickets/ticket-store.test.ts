import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tickets } from "../../src/db/schema/index.js";
import { AppError } from "../../src/domain/app-error.js";
import type { Actor } from "../../src/domain/ticket-lifecycle.js";
import {
  applyTicketAction,
  inTicketTransaction,
  TICKET_CONFLICT,
  TICKET_WRITE_ATTEMPTS,
} from "../../src/tickets/ticket-store.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, fileTicket, reload } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
const ROUTER: Actor = { role: "system", id: "router" };
let t: TestEnv;
let seq = 0;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const opts = () => ({ now: clock.now(), reopenRaisesTier: true });

async function newTicket() {
  seq++;
  return fileTicket(t, { summary: `鲁溪${seq}号楼路灯不亮` }, `1390001${String(seq).padStart(4, "0")}`);
}

/** Another writer changes the ticket behind the back of a transaction that has already read it. */
async function bumpVersion(id: string) {
  await t.ctx.database.db
    .update(tickets)
    .set({ version: sql`${tickets.version} + 1` })
    .where(eq(tickets.id, id));
}

describe("the ticket write path", () => {
  it("applies a lifecycle action: new state, version + 1 and one event", async () => {
    const ticket = await newTicket();
    const row = await t.ctx.database.db.transaction((tx) =>
      applyTicketAction(tx, ticket, { type: "dispatch", unitId: "community.luxi" }, ROUTER, opts()),
    );
    expect(row).toMatchObject({
      status: "dispatched",
      unitId: "community.luxi",
      version: ticket.version + 1,
    });
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='dispatch'`,
      ),
    ).toBe(1);
  });

  it("refuses an action the lifecycle does not allow and changes nothing", async () => {
    const ticket = await newTicket();
    const err = await t.ctx.database.db
      .transaction((tx) => applyTicketAction(tx, ticket, { type: "close", reason: "测试" }, ROUTER, opts()))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(409);
    expect(await reload(t, ticket.id)).toMatchObject({ status: "received", version: ticket.version });
  });

  it("reports a lost compare-and-set with the one conflict code, whoever writes", async () => {
    const ticket = await newTicket();
    await bumpVersion(ticket.id);
    const err = await t.ctx.database.db
      .transaction((tx) =>
        applyTicketAction(tx, ticket, { type: "dispatch", unitId: "community.luxi" }, ROUTER, opts()),
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: TICKET_CONFLICT, status: 409 });
    expect((await reload(t, ticket.id)).status).toBe("received");
  });

  it("re-runs a worker's transaction that lost the race, reading the ticket again", async () => {
    const ticket = await newTicket();
    let attempts = 0;
    const row = await inTicketTransaction(t.ctx.database.db, async (tx) => {
      attempts++;
      const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticket.id));
      // The first attempt loses: somebody else wrote the ticket after this transaction read it.
      if (attempts === 1) await bumpVersion(ticket.id);
      return applyTicketAction(tx, fresh!, { type: "dispatch", unitId: "community.luxi" }, ROUTER, opts());
    });
    expect(attempts).toBe(2);
    expect(row.status).toBe("dispatched");
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='dispatch'`,
      ),
    ).toBe(1);
  });

  it("gives up after a bounded number of lost races and leaves the ticket untouched", async () => {
    const ticket = await newTicket();
    let attempts = 0;
    const err = await inTicketTransaction(t.ctx.database.db, async (tx) => {
      attempts++;
      const [fresh] = await tx.select().from(tickets).where(eq(tickets.id, ticket.id));
      await bumpVersion(ticket.id);
      return applyTicketAction(tx, fresh!, { type: "dispatch", unitId: "community.luxi" }, ROUTER, opts());
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: TICKET_CONFLICT });
    expect(attempts).toBe(TICKET_WRITE_ATTEMPTS);
    expect((await reload(t, ticket.id)).status).toBe("received");
  });

  it("does not retry other errors", async () => {
    let attempts = 0;
    const err = await inTicketTransaction(t.ctx.database.db, async () => {
      attempts++;
      throw new AppError("TICKET.INVALID_TRANSITION", "no", 409);
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "TICKET.INVALID_TRANSITION" });
    expect(attempts).toBe(1);
  });
});
