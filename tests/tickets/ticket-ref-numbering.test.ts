import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { MIGRATIONS_DIR, openDatabase, runMigrations, type Database } from "../../src/db/client.js";
import { createTicket, findTicket } from "../../src/db/repositories/tickets.repository.js";
import type { Complaint } from "../../src/domain/complaint.schema.js";
import * as schema from "../../src/db/schema/index.js";
import type { Logger } from "pino";
import { keepTicketRefDaysPrepared, prepareTicketRefDays } from "../../src/tickets/ticket-ref-days.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const TZ = "Asia/Shanghai";
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const complaint = (summary: string): Complaint => ({
  kind: "complaint",
  category: "municipal",
  summary,
  description: summary,
  location: { text: null, community: null, lat: null, lng: null },
  urgency: "normal",
  contact: { name: null, phone: null },
  missing: [],
  confidence: {},
  engine: "staff",
});

async function file(db: Database["db"], summary: string, now: Date): Promise<string> {
  const row = await db.transaction((tx) =>
    createTicket(tx, {
      complaint: complaint(summary),
      channel: "hotline",
      actor: { type: "system", id: "test" },
      timeZone: TZ,
      now,
    }),
  );
  return row.ref;
}

describe("ticket reference numbers", () => {
  it("are unique when two connection pools file many tickets at the same moment", async () => {
    const other = openDatabase(t.databaseUrl, { max: 5 });
    try {
      const now = new Date("2026-11-24T03:00:00Z");
      const refs = await Promise.all(
        Array.from({ length: 40 }, (_, i) => file(i % 2 ? other.db : t.ctx.database.db, `路灯不亮${i}`, now)),
      );
      expect(new Set(refs).size).toBe(40);
      for (const ref of refs) expect(ref).toMatch(/^ZT20261124-\d{4}$/);
      const numbers = refs.map((r) => Number(r.slice(-4))).sort((a, b) => a - b);
      // Nothing rolled back, so nothing was skipped.
      expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await other.close();
    }
  });

  it("does not make a filing wait for another filing's transaction to commit", async () => {
    const other = openDatabase(t.databaseUrl, { max: 1 });
    const now = new Date("2026-11-25T03:00:00Z");
    let numbered!: (ref: string) => void;
    const firstRef = new Promise<string>((r) => (numbered = r));
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    try {
      // A long intake step: it has numbered its ticket but not committed yet, and then rolls back.
      const slow = other.db.transaction(async (tx) => {
        const row = await createTicket(tx, {
          complaint: complaint("井盖丢失"),
          channel: "hotline",
          actor: { type: "system", id: "test" },
          timeZone: TZ,
          now,
        });
        numbered(row.ref);
        await held;
        throw new Error("the intake step failed");
      });
      expect(await firstRef).toBe("ZT20261125-0001");
      // Another filing meanwhile completes at once instead of queueing behind it.
      const ref = await t.ctx.database.db.transaction(async (tx) => {
        await tx.execute("SET LOCAL lock_timeout = '2s'");
        return (
          await createTicket(tx, {
            complaint: complaint("井盖丢失"),
            channel: "hotline",
            actor: { type: "system", id: "test" },
            timeZone: TZ,
            now,
          })
        ).ref;
      });
      expect(ref).toBe("ZT20261125-0002");
      finish();
      await expect(slow).rejects.toThrow(/intake step failed/);
    } finally {
      finish();
      await other.close();
    }
    // The rolled-back filing's number stays unused: a documented gap, never a duplicate.
    expect(await file(t.ctx.database.db, "路灯又坏了", now)).toBe("ZT20261125-0003");
    expect(await findTicket(t.ctx.database.db, "ZT20261125-0001")).toBeUndefined();
  });

  it("starts again at 0001 at the centre's local midnight, on the injected clock", async () => {
    // 23:59:59 on the 26th in Shanghai, then one second later.
    const before = await file(t.ctx.database.db, "夜里噪音", new Date("2026-11-26T15:59:59Z"));
    const after = await file(t.ctx.database.db, "夜里噪音", new Date("2026-11-26T16:00:00Z"));
    const later = await file(t.ctx.database.db, "夜里噪音", new Date("2026-11-26T16:00:01Z"));
    expect(before).toBe("ZT20261126-0001");
    expect(after).toBe("ZT20261127-0001");
    expect(later).toBe("ZT20261127-0002");
  });

  it("refuses a malformed day with a clear error", async () => {
    const err = await t.ctx.database.db
      .execute("SELECT ticket_ref_next('2026-11-21; DROP TABLE tickets')")
      .catch((e: unknown) => e as Error & { cause?: Error });
    expect(String(err instanceof Error ? (err.cause ?? err) : err)).toMatch(/day must be YYYYMMDD/);
  });

  it("prepares the days around the clock when the service starts", async () => {
    const { rows } = await t.ctx.database.pool.query<{ relname: string }>(
      "SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'ticket_ref_seq_%' ORDER BY relname",
    );
    const names = rows.map((r) => r.relname);
    // The test clock reads 2026-11-21 10:00 in Shanghai: yesterday, today and a week ahead.
    for (const day of ["20261120", "20261121", "20261128"]) expect(names).toContain(`ticket_ref_seq_${day}`);
  });
});

describe("upgrading a database numbered by the old per-day counter", () => {
  let admin: pg.Client;
  let name: string;
  let dir: string;

  beforeAll(async () => {
    name = `t_${randomBytes(6).toString("hex")}`;
    admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    // The migrations as they were before the per-day sequences.
    dir = mkdtempSync(path.join(os.tmpdir(), "zt-old-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const journalFile = path.join(dir, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    const cut = journal.entries.findIndex((e) => e.tag === "0026_ticket_ref_sequences");
    expect(cut).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, cut);
    writeFileSync(journalFile, JSON.stringify(journal));
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps old references findable and continues the day after the counter's last number", async () => {
    const url = inject("pgAdminUrl").replace(/\/[^/]*$/, `/${name}`);
    const database = openDatabase(url, { max: 3 });
    try {
      const client = await database.pool.connect();
      try {
        await migrate(drizzle(client, { schema }), { migrationsFolder: dir });
        // Tickets numbered by the old code: the counter row says 41 were handed out today.
        await client.query(
          "INSERT INTO ticket_ref_counters (day, last) VALUES ('20261121', 41), ('20261120', 7)",
        );
        await client.query(
          `INSERT INTO tickets (ref, kind, category, summary, description, urgency, channel, engine)
           VALUES ('ZT20261121-0041', 'complaint', 'municipal', '旧工单', '旧工单', 'normal', 'hotline', 'staff')`,
        );
      } finally {
        client.release();
      }
      await runMigrations(database);

      expect((await findTicket(database.db, "ZT20261121-0041"))?.summary).toBe("旧工单");
      expect(await file(database.db, "升级后的第一张", new Date("2026-11-21T05:00:00Z"))).toBe(
        "ZT20261121-0042",
      );
      // A day the counter never saw starts at 0001.
      expect(await file(database.db, "第二天", new Date("2026-11-22T05:00:00Z"))).toBe("ZT20261122-0001");
      // Running the migrations again changes nothing.
      await runMigrations(database);
      expect(await file(database.db, "再来一张", new Date("2026-11-21T06:00:00Z"))).toBe("ZT20261121-0043");
    } finally {
      await database.close();
    }
  });
});

describe("preparing the days ahead", () => {
  it("logs and carries on when the database refuses, so a start is never blocked by it", async () => {
    const warnings: unknown[] = [];
    const log = { warn: (obj: unknown, msg: string) => warnings.push([obj, msg]) };
    const pool = { query: async () => Promise.reject(new Error("connection refused")) };
    const kept = keepTicketRefDaysPrepared(
      pool as unknown as pg.Pool,
      TZ,
      () => new Date("2026-11-21T02:00:00Z"),
      log as unknown as Logger,
    );
    await kept.ready;
    kept.stop();
    expect(warnings).toEqual([[{ err: "connection refused" }, "cannot prepare ticket reference days"]]);
  });

  it("names yesterday, today and the next seven days of the centre's calendar", async () => {
    const days: string[] = [];
    const pool = { query: async (_q: string, [day]: [string]) => void days.push(day) };
    // 23:30 on 30 November in Shanghai is still 15:30 UTC on the 30th.
    await prepareTicketRefDays(pool as unknown as pg.Pool, TZ, new Date("2026-11-30T15:30:00Z"));
    expect(days).toEqual([
      "20261129",
      "20261130",
      "20261201",
      "20261202",
      "20261203",
      "20261204",
      "20261205",
      "20261206",
      "20261207",
    ]);
  });
});
