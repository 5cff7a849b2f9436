import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { TicketFiler, ticketBatchStats, ticketFilerFor } from "../../src/tickets/ticket-filer.js";
import { fileStaffTicketAlone, type StaffFiling } from "../../src/tickets/staff-filing.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { waitFor } from "../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: ReturnType<typeof as>;
let staff: StaffPrincipal;
const extraPools: Database[] = [];

const body = (n: number, phone = `1390000${String(n).padStart(4, "0")}`) => ({
  category: "heating",
  summary: `西盛家园${n}号楼暖气不热`,
  description: `西盛家园${n}号楼暖气不热好几天了。`,
  location: { text: `西盛家园${n}号楼`, community: "community.xisheng" },
  contact: { name: "王建国", phone },
});

function filing(n: number, over: Partial<StaffFiling> = {}): StaffFiling {
  const b = body(n);
  return {
    ticketId: randomUUID(),
    complaint: {
      kind: "complaint",
      category: b.category,
      summary: b.summary,
      description: b.description,
      location: { ...b.location, lat: null, lng: null },
      urgency: "normal",
      contact: b.contact,
      missing: [],
      confidence: {},
      engine: "staff",
    },
    channel: "hotline",
    contact: b.contact,
    staff,
    idempotency: null,
    audit: { ip: "127.0.0.1", requestId: `req-${n}` },
    ...over,
  };
}

/** A filer of its own, on a pool of its own: another API process, or this one after a restart. */
function otherFiler(maxInFlight = 1): TicketFiler {
  const database = openDatabase(t.databaseUrl, { max: 4 });
  extraPools.push(database);
  return new TicketFiler(database, {
    maxBatch: 64,
    maxInFlight,
    timeZone: t.ctx.config.jurisdiction.timezone,
    now: t.ctx.now,
  });
}

async function n(query: string): Promise<number> {
  const r = await t.ctx.database.db.execute(sql.raw(query));
  return (r.rows[0] as { n: number }).n;
}

/** Every filed ticket has exactly its reporter, its event, its routing job and its audit line. */
async function expectWhole(): Promise<void> {
  const tickets = await n("SELECT count(*)::int AS n FROM tickets");
  expect(await n("SELECT count(DISTINCT ref)::int AS n FROM tickets")).toBe(tickets);
  expect(await n("SELECT count(*)::int AS n FROM ticket_events WHERE action = 'create'")).toBe(tickets);
  expect(await n("SELECT count(*)::int AS n FROM ticket_reporters")).toBe(tickets);
  expect(await n("SELECT count(*)::int AS n FROM outbox WHERE queue = 'route'")).toBe(tickets);
  expect(
    await n(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'api.post /api/v1/tickets' AND ticket_id IS NOT NULL AND NOT data ? 'replayed'",
    ),
  ).toBe(tickets);
  // The reporters' copy of the ticket's creation instant is set by its trigger in the shared statement too.
  expect(await n("SELECT count(*)::int AS n FROM ticket_reporters WHERE ticket_created_at IS NULL")).toBe(0);
  // The house numbers the duplicate search gates by are written with the ticket (each names its 号楼).
  expect(
    await n(
      "SELECT count(*)::int AS n FROM tickets WHERE dup_numbers IS NULL OR NOT dup_numbers @> '{号楼}'",
    ),
  ).toBe(0);
  // No resident without an identity, no identity without its resident.
  expect(
    await n(
      "SELECT count(*)::int AS n FROM residents r WHERE NOT EXISTS (SELECT 1 FROM resident_identities i WHERE i.resident_id = r.id)",
    ),
  ).toBe(0);
  expect(
    await n(
      "SELECT count(*)::int AS n FROM ticket_idempotency_keys k WHERE NOT EXISTS (SELECT 1 FROM tickets x WHERE x.id = k.ticket_id)",
    ),
  ).toBe(0);
}

beforeAll(async () => {
  t = await createTestEnv({ clock });
  app = await buildApp(t.ctx);
  const row = await createStaff(t, "dispatcher1", "dispatcher");
  staff = { id: row.id, role: "dispatcher", unitId: null };
  api = as(app, await login(app, "dispatcher1"));
});
afterAll(async () => {
  for (const d of extraPools) await d.close();
  await app.close();
  await t.close();
});

describe("POST /api/v1/tickets with group commit", () => {
  it("files concurrent creations in shared statements, each with its own reference number", async () => {
    const before = ticketBatchStats();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => api({ method: "POST", url: "/api/v1/tickets", payload: body(i) })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201));
    const refs = answers.map((a) => a.json().ref as string);
    expect(new Set(refs).size).toBe(40);
    for (const ref of refs) expect(ref).toMatch(/^ZT20261121-\d{4}$/);
    const after = ticketBatchStats();
    // They shared commits: fewer statements than filings.
    expect(after.batches - before.batches).toBeLessThan(40);
    expect(after.filings - before.filings).toBe(40);
    // The stored row is the one answered.
    const stored = await n(
      `SELECT count(*)::int AS n FROM tickets WHERE ref IN (${refs.map((r) => `'${r}'`).join(",")})`,
    );
    expect(stored).toBe(40);
    await expectWhole();
  });

  it("gathers the filings that arrive while a statement is out into one next statement", async () => {
    // The process's own filer, as the API uses it.
    const filer = ticketFilerFor(t.ctx.database, t.ctx.config.jurisdiction.timezone, t.ctx.now);
    const blocker = await t.ctx.database.pool.connect();
    try {
      // The filing statement writes an audit line: holding the table keeps the first one out.
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE audit_log IN SHARE MODE");
      const before = ticketBatchStats();
      const first = filer.file(filing(500));
      await waitFor(
        async () =>
          (await n(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
          )) > 0,
        15_000,
        "the first statement to wait for the lock",
      );
      // Fewer than the overlap threshold wait: they do not start half-empty statements beside the
      // first (one each, before), but gather for the next one, or for the slot a stall opens.
      const rest = Array.from({ length: 6 }, (_, i) => filer.file(filing(501 + i)));
      await blocker.query("COMMIT");
      const filed = await Promise.all([first, ...rest]);
      expect(filed.map((f) => f.outcome)).toEqual(Array(7).fill("new"));
      const after = ticketBatchStats();
      expect(after.filings - before.filings).toBe(7);
      expect(after.batches - before.batches).toBe(2);
    } finally {
      blocker.release();
    }
    await expectWhole();
  });

  it("fails one bad filing of a batch alone; the others are filed", async () => {
    const filer = otherFiler();
    const tickets = await n("SELECT count(*)::int AS n FROM tickets");
    // The first filing runs alone; the next ten queue meanwhile and share one statement, in which a
    // key of an unknown staff member breaks a foreign key at the statement's end.
    const first = filer.file(filing(100));
    const rest = Array.from({ length: 10 }, (_, i) =>
      filer.file(
        i === 4
          ? filing(101 + i, {
              staff: { ...staff, id: randomUUID() },
              idempotency: { key: "k-bad", requestHash: "h" },
            })
          : filing(101 + i),
      ),
    );
    const settled = await Promise.allSettled([first, ...rest]);
    expect(settled.map((s) => s.status)).toEqual([
      ...Array(5).fill("fulfilled"),
      "rejected",
      ...Array(5).fill("fulfilled"),
    ]);
    expect(await n("SELECT count(*)::int AS n FROM tickets")).toBe(tickets + 10);
    await expectWhole();
  });

  it("files one ticket for the same Idempotency-Key sent several times at once", async () => {
    const key = randomUUID();
    const payload = body(200);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        api({ method: "POST", url: "/api/v1/tickets", payload, headers: { "idempotency-key": key } }),
      ),
    );
    const ids = new Set(answers.map((a) => a.json().id as string));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(7);
    expect(await n(`SELECT count(*)::int AS n FROM tickets WHERE summary = '西盛家园200号楼暖气不热'`)).toBe(
      1,
    );
    // Later, with another body: refused, nothing filed.
    const other = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: body(201),
      headers: { "idempotency-key": key },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe("TICKET.IDEMPOTENCY_KEY_REUSED");
    expect(await n(`SELECT count(*)::int AS n FROM tickets WHERE summary = '西盛家园201号楼暖气不热'`)).toBe(
      0,
    );
    // A key that is not a plain token is the caller's mistake.
    const odd = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: body(202),
      headers: { "idempotency-key": "a b" },
    });
    expect(odd.statusCode).toBe(400);
    await expectWhole();
  });

  it("files one ticket for one key sent to two API processes at once", async () => {
    const a = otherFiler(4);
    const b = otherFiler(4);
    const key = { key: randomUUID(), requestHash: "same-body" };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).file(filing(300, { idempotency: key }))),
    );
    const ids = new Set(results.map((r) => ("ticket" in r ? r.ticket.id : "reused")));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.outcome === "new")).toHaveLength(1);
    await expectWhole();
  });

  it("leaves nothing half-filed when the database session dies mid-batch, and then files every filing once", async () => {
    const filer = otherFiler();
    // A caller known under another name: the batch will wait on their resident row, held here.
    const phone = "13955550000";
    await filer.file(filing(400, { contact: { name: "李四", phone } }));
    const holder = await t.ctx.database.pool.connect();
    const tickets = await n("SELECT count(*)::int AS n FROM tickets");
    const residents = await n("SELECT count(*)::int AS n FROM residents");
    try {
      await holder.query("BEGIN");
      await holder.query(
        "SELECT 1 FROM residents WHERE id = (SELECT resident_id FROM resident_identities WHERE address = $1) FOR UPDATE",
        [phone],
      );
      const first = filer.file(filing(401));
      // Retried one by one in this order after the kill: the filing waiting on the row comes last.
      const batch = [
        filer.file(filing(403)),
        filer.file(filing(404, { idempotency: { key: "k-crash", requestHash: "h" } })),
        filer.file(filing(402, { contact: { name: "李四四", phone } })),
      ];
      await first;
      // The shared statement is blocked on the held row: kill its session, as a crash would.
      await waitFor(
        async () =>
          (
            await holder.query(
              "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'WITH e AS%'",
            )
          ).rowCount === 1,
      );
      await holder.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'WITH e AS%'",
      );
      // The batch is retried filing by filing; the two not waiting on the held row are filed, and
      // nothing of the killed statement is left: one ticket each, no stray resident.
      await waitFor(async () => (await n("SELECT count(*)::int AS n FROM tickets")) === tickets + 3);
      expect(await n("SELECT count(*)::int AS n FROM residents")).toBe(residents + 3);
      await holder.query("ROLLBACK");
      const outcomes = await Promise.all(batch);
      expect(outcomes.map((o) => o.outcome)).toEqual(["new", "new", "new"]);
    } finally {
      holder.release();
    }
    expect(await n("SELECT count(*)::int AS n FROM tickets")).toBe(tickets + 4);
    await expectWhole();
    // After a restart, the client's retry of the keyed filing gets the same ticket back.
    const again = await otherFiler().file(filing(404, { idempotency: { key: "k-crash", requestHash: "h" } }));
    expect(again.outcome).toBe("replay");
    expect(await n("SELECT count(*)::int AS n FROM tickets")).toBe(tickets + 4);
  });
});

describe("POST /api/v1/tickets: a relative's number to call back", () => {
  const DAUGHTER = "13800005566";
  const withCallback = (n: number, callback: unknown) => ({
    ...body(n),
    contact: { name: "李桂英", phone: `1391111${String(n).padStart(4, "0")}`, callback },
  });
  const reporterOf = async (ticketId: string) =>
    (
      await t.ctx.database.db.execute(
        sql`SELECT r.callback_phone, r.callback_for, p.phone AS profile_phone
            FROM ticket_reporters r JOIN residents p ON p.id = r.resident_id WHERE r.ticket_id = ${ticketId}`,
      )
    ).rows as { callback_phone: string | null; callback_for: string | null; profile_phone: string }[];

  it("keeps it on the ticket's reporter, never on the caller's profile, once for a repeated key", async () => {
    const key = randomUUID();
    const payload = withCallback(300, { phone: DAUGHTER, for: "relative" });
    const first = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload,
      headers: { "idempotency-key": key },
    });
    const again = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload,
      headers: { "idempotency-key": key },
    });
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect(await reporterOf(first.json().id)).toEqual([
      { callback_phone: DAUGHTER, callback_for: "relative", profile_phone: "13911110300" },
    ]);
    // Staff see the number to call masked, and whose it is.
    const view = await api({ method: "GET", url: `/api/v1/tickets/${first.json().ref}` });
    expect(view.json().reporters[0]).toMatchObject({ phone: "138****5566", callbackFor: "relative" });
    expect(view.body).not.toContain(DAUGHTER);
    await expectWhole();
  });

  it("keeps it too when the filing is decided alone (after a shared statement could not)", async () => {
    const f = filing(301);
    const contact = {
      name: "李桂英",
      phone: "13911110301",
      callback: { phone: DAUGHTER, for: "relative" as const },
    };
    const outcome = await fileStaffTicketAlone(
      t.ctx.database,
      { ...f, contact, complaint: { ...f.complaint, contact } },
      t.ctx.config.jurisdiction.timezone,
      clock.now(),
    );
    expect(outcome.outcome).toBe("new");
    const ticketId = outcome.outcome === "new" ? outcome.ticket.id : "";
    expect(await reporterOf(ticketId)).toEqual([
      { callback_phone: DAUGHTER, callback_for: "relative", profile_phone: "13911110301" },
    ]);
  });

  it("refuses a callback without the caller's own number, or one that is not digits; files nothing", async () => {
    const tickets = await n("SELECT count(*)::int AS n FROM tickets");
    const noOwn = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        ...body(302),
        contact: { name: null, phone: null, callback: { phone: DAUGHTER, for: "relative" } },
      },
    });
    expect(noOwn.statusCode).toBe(400);
    expect(noOwn.body).toContain("callback");
    const letters = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: withCallback(303, { phone: "找我女儿", for: "relative" }),
    });
    expect(letters.statusCode).toBe(400);
    const self = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: withCallback(304, { phone: DAUGHTER, for: "self" }),
    });
    expect(self.statusCode).toBe(400);
    expect(await n("SELECT count(*)::int AS n FROM tickets")).toBe(tickets);
  });
});
