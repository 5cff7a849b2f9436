import { eq, sql } from "drizzle-orm";
import type { Complaint } from "../../src/domain/complaint.schema.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { createTicket, type TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { tickets } from "../../src/db/schema/index.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { afterAll, beforeAll } from "vitest";
import { createTestEnv, testClock, type TestClock, type TestEnv } from "../support/test-context.js";

export type ComplaintInput = Partial<Omit<Complaint, "location">> & {
  location?: Partial<Complaint["location"]>;
};

/** A structured complaint as intake would produce it; defaults describe a broken lift in 西盛社区. */
export function complaint(c: ComplaintInput = {}): Complaint {
  return {
    kind: "complaint",
    category: "property",
    summary: "西盛家园3号楼电梯坏了",
    description: "西盛家园3号楼电梯坏了三天了，老人上下楼很困难，物业一直不修。",
    urgency: "normal",
    contact: { name: null, phone: null },
    missing: [],
    confidence: {},
    engine: "offline",
    ...c,
    location: { text: "西盛家园3号楼", community: "community.xisheng", lat: null, lng: null, ...c.location },
  };
}

/** Files a ticket the way intake does (the route job goes to the outbox), reported by `phone` over SMS. */
export async function fileTicket(
  t: TestEnv,
  c: ComplaintInput = {},
  phone: string | null = "13900000001",
): Promise<TicketRow> {
  return t.ctx.database.db.transaction(async (tx) => {
    const resident = phone ? await findOrCreateResident(tx, "sms", phone, { phone }) : null;
    return createTicket(tx, {
      complaint: complaint(c),
      channel: "sms",
      residentId: resident?.residentId ?? null,
      actor: { type: "resident", id: resident?.residentId ?? null },
      timeZone: t.ctx.config.jurisdiction.timezone,
      now: t.ctx.now(),
    });
  });
}

export async function reload(t: TestEnv, id: string): Promise<TicketRow> {
  const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, id));
  return row!;
}

export async function rows<T = Record<string, unknown>>(t: TestEnv, query: string): Promise<T[]> {
  const r = await t.ctx.database.db.execute(sql.raw(query));
  return r.rows as T[];
}

/** The single number a `SELECT count(*)::int AS n …` query returns. */
/** The duplicate links a ticket holds to others, with their state (suggested, merged, dismissed). */
export function linksOf(t: TestEnv, id: string) {
  return rows<{ other_ticket_id: string; status: string }>(
    t,
    `SELECT other_ticket_id, status FROM ticket_links WHERE ticket_id = '${id}'`,
  );
}

export async function countOf(t: TestEnv, query: string): Promise<number> {
  const [row] = await rows<{ n: number }>(t, query);
  return row!.n;
}

/** Polls until `check` returns a value (workers run asynchronously); fails after `ms`. */
export { waitFor as eventually } from "../support/wait-for.js";

/**
 * Runs `fn` while every UPDATE of one ticket fails inside PostgreSQL (a real error in the middle of
 * whatever batch holds it), then removes the fault.
 */
export async function withPoisonedTicket<T>(t: TestEnv, ticketId: string, fn: () => Promise<T>): Promise<T> {
  await rows(
    t,
    `CREATE FUNCTION poison_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'poisoned ticket'; END $$`,
  );
  await rows(
    t,
    `CREATE TRIGGER poison_ticket BEFORE UPDATE ON tickets FOR EACH ROW
     WHEN (OLD.id = '${ticketId}') EXECUTE FUNCTION poison_ticket()`,
  );
  try {
    return await fn();
  } finally {
    await rows(t, "DROP TRIGGER poison_ticket ON tickets");
    await rows(t, "DROP FUNCTION poison_ticket()");
  }
}

/** A report at a named place, as intake would file it: the text is the description, its start the summary. */
export function reportAt(community: string, place: string) {
  return (category: string, text: string): ComplaintInput => ({
    category,
    summary: text.slice(0, 20),
    description: text,
    location: { community, text: place },
  });
}

/**
 * Files a report and routes it as the route worker would, then moves the clock on a quarter of an
 * hour, so the next report is a later one by another resident.
 */
export async function fileAndRoute(t: TestEnv, clock: TestClock, report: ComplaintInput, phone: string) {
  const ticket = await fileTicket(t, report, phone);
  const routed = await routeTicket(t.ctx, { ticketId: ticket.id });
  clock.advance(15 * 60_000);
  return { ticket, routed };
}

/**
 * A test file's environment for filing and routing reports one after another on a clock that starts at
 * `at`: started before the file's tests, closed after them. `suite.t` is the environment once started.
 */
export function routingSuite(at = "2026-12-01T02:00:00Z") {
  const clock = testClock(at);
  const suite = {
    clock,
    t: undefined as unknown as TestEnv,
    file: (report: ComplaintInput, phone: string) => fileAndRoute(suite.t, clock, report, phone),
  };
  beforeAll(async () => {
    suite.t = await createTestEnv({ clock });
  });
  afterAll(async () => {
    await suite.t.close();
  });
  return suite;
}
