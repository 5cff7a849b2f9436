import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { OUTBOUND_CLAIM_STATEMENT } from "../../src/channels-runtime/outbound-claims.js";
import { OUTBOUND_MARK_SENT_STATEMENT } from "../../src/channels-runtime/sent-marks.js";
import { NOTIFICATION_STATEMENTS } from "../../src/notify/notification-statements.js";
import { OUTBOX_RELAY_STATEMENTS } from "../../src/queue/outbox-relay.js";
import { PASSIVE_REPLY_STATUS_STATEMENT } from "../../src/channels-runtime/passive-reply-waiter.js";
import { plansOf } from "../support/prepared-plans.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

/**
 * The outbound claim, the sent marks, the notices' look-up and results, and the outbox relay's
 * skip and mark pass their id arrays through a scalar
 * sub-select, so PostgreSQL costs their custom and generic plans alike and, under the default
 * `plan_cache_mode`, keeps the generic one after five runs on a connection (with the arrays in view
 * it planned every run for ever: a custom plan costed for the few ids at hand always looked cheaper
 * than the generic one's guess of ten). Checked on tables big enough for the planner to care: the
 * plans are the same index probes either way, and the answers the same as the statement sent
 * unnamed (planned for its values on each run), before and after the switch, and after a
 * reconnect. The passive reply's fresh status read, once sent unnamed by the query builder (parsed
 * and planned on every call), is named and checked the same way. (The intake turns' load has its
 * own test, tests/intake/load-turns-plan.test.ts.)
 */
const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  const q = (s: string) => t.ctx.database.pool.query(s);
  await q(`INSERT INTO residents (id) SELECT gen_random_uuid() FROM generate_series(1, 2000)`);
  await q(`INSERT INTO messages (channel, direction, resident_id, kind, text, status, payload)
    SELECT 'sms', CASE WHEN g % 2 = 0 THEN 'in' ELSE 'out' END, a.ids[1 + g % 2000], 'text', 'x' || g,
      CASE WHEN g % 2 = 0 THEN 'received' ELSE 'queued' END,
      CASE WHEN g % 2 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('address', '139' || lpad((1 + g % 2000)::text, 8, '0')) END
    FROM generate_series(1, 20000) g, (SELECT array_agg(id ORDER BY id) AS ids FROM residents) a`);
  await q(`INSERT INTO resident_identities (resident_id, channel, address)
    SELECT id, 'sms', '139' || lpad((row_number() OVER (ORDER BY id))::text, 8, '0') FROM residents`);
  await q(`INSERT INTO notifications (recipient_type, unit_id, purpose, text, dedupe_key, created_at, updated_at)
    SELECT 'unit', u.ids[1 + g % array_length(u.ids, 1)], 'dispatch', 'n' || g, 'k' || g, now(), now()
    FROM generate_series(1, 5000) g, (SELECT array_agg(id) AS ids FROM units) u`);
  // The relay's rows: half relayed, half pending, each naming an outbound message as an outbound
  // job's payload does.
  await q(`INSERT INTO outbox (queue, job_name, job_id, payload, run_at, relayed_at)
    SELECT 'outbound', 'send', 'job-' || g, jsonb_build_object('messageId', (2 * g - 1)::text),
      now(), CASE WHEN g % 2 = 0 THEN now() END
    FROM generate_series(1, 10000) g`);
  await q(`ANALYZE`);
}, 300_000);
afterAll(async () => {
  await t.close();
});

interface Probe {
  name: string;
  text: string;
  /** Real parameters, fresh ids each call. */
  args: () => Promise<unknown[]>;
  /** Tables the plan must reach by index. */
  probed: string[];
  /** Indexes both plans must use (the partial ones a sub-plan is written for). */
  indexes?: string[];
}

async function ids(sql: string): Promise<string[]> {
  return (await t.ctx.database.pool.query<{ a: string[] }>(`SELECT array_agg(id) AS a FROM (${sql}) x`))
    .rows[0]!.a;
}

const PROBES: Probe[] = [
  {
    name: "outbound_claim_many",
    text: OUTBOUND_CLAIM_STATEMENT.text,
    args: async () => {
      const found = await ids(`SELECT id FROM messages WHERE direction = 'out' ORDER BY random() LIMIT 4`);
      return [
        found,
        found.map(() => "2026-11-23T02:00:00.000Z"),
        found.map(() => "2026-11-23T01:59:00.000Z"),
        found.map(() => null),
      ];
    },
    probed: ["messages", "resident_identities"],
  },
  {
    name: "outbound_mark_sent_many",
    text: OUTBOUND_MARK_SENT_STATEMENT.text,
    args: async () => {
      const found = await ids(`SELECT id FROM messages WHERE direction = 'out' ORDER BY random() LIMIT 4`);
      return [
        found,
        found.map(() => "2026-11-23T02:00:00.000Z"),
        found.map(() => "aliyun"),
        found.map(() => "{}"),
      ];
    },
    probed: ["messages"],
  },
  {
    name: "notifications_for_delivery",
    text: NOTIFICATION_STATEMENTS.find.text,
    args: async () => [await ids(`SELECT id FROM notifications ORDER BY random() LIMIT 3`)],
    probed: ["notifications"],
  },
  {
    name: "notification_results",
    text: NOTIFICATION_STATEMENTS.results.text,
    args: async () => {
      const found = await ids(`SELECT id FROM notifications ORDER BY random() LIMIT 3`);
      return [
        found,
        found.map((_, i) => i % 2 === 0),
        found.map(() => 1),
        found.map((_, i) => (i % 2 === 0 ? "aliyun" : null)),
        found.map((_, i) => (i % 2 === 0 ? "p-1" : null)),
        found.map(() => "2026-11-23T02:00:00.000Z"),
        found.map((_, i) => (i % 2 === 0 ? null : "timeout")),
        found.map(() => false),
      ];
    },
    probed: ["notifications"],
  },
  {
    name: "outbox_relay_skip_answered",
    text: OUTBOX_RELAY_STATEMENTS.skipAnswered.text,
    args: async () => [
      "2026-11-23T02:00:00.000Z",
      await ids(`SELECT id FROM outbox WHERE relayed_at IS NULL ORDER BY random() LIMIT 3`),
    ],
    probed: ["outbox", "messages"],
  },
  {
    name: "outbox_relay_mark_relayed",
    text: OUTBOX_RELAY_STATEMENTS.markRelayed.text,
    args: async () => [
      "2026-11-23T02:00:00.000Z",
      await ids(`SELECT id FROM outbox WHERE relayed_at IS NULL ORDER BY random() LIMIT 3`),
    ],
    probed: ["outbox"],
  },
  {
    name: "passive_reply_status",
    text: PASSIVE_REPLY_STATUS_STATEMENT.text,
    args: async () => [
      (await ids(`SELECT id FROM messages WHERE direction = 'out' ORDER BY random() LIMIT 1`))[0],
    ],
    probed: ["messages"],
  },
];

/** One run in a transaction rolled back (the claim writes), named or not. */
async function run(c: pg.ClientBase, p: Probe, values: unknown[], named: boolean): Promise<unknown[]> {
  await c.query("BEGIN");
  try {
    const { rows } = await c.query(named ? { name: p.name, text: p.text, values } : { text: p.text, values });
    return rows;
  } finally {
    await c.query("ROLLBACK");
  }
}

/** A plan's scans and joins, without costs, timings or parameter values. */
function shape(lines: string[]): string[] {
  return lines
    .map((l) =>
      l
        .replace(/\(cost=.*$/, "")
        .replace(/\(actual.*$/, "")
        .trim(),
    )
    .filter((l) => /Scan|Join|Nested Loop|Hash|Sort|Limit|Aggregate|LockRows|Update/.test(l))
    .map((l) => l.replace(/^->\s*/, ""));
}

function literal(c: pg.Client, v: unknown): string {
  if (v === null) return "NULL";
  if (Array.isArray(v))
    return c.escapeLiteral(`{${v.map((x) => (x === null ? "NULL" : `"${String(x)}"`)).join(",")}}`);
  return c.escapeLiteral(v instanceof Date ? v.toISOString() : String(v));
}

describe("statements over id arrays hidden in a sub-select, and the named status read", () => {
  for (const p of PROBES) {
    it(`${p.name}: custom and generic plans probe by index alike`, async () => {
      const c = new pg.Client({ connectionString: t.databaseUrl });
      await c.connect();
      try {
        const args = (await p.args()).map((v) => literal(c, v)).join(", ");
        await c.query(`PREPARE probe AS ${p.text}`);
        const explained: Record<string, string[]> = {};
        for (const mode of ["force_custom_plan", "force_generic_plan"]) {
          await c.query("BEGIN");
          await c.query(`SET LOCAL plan_cache_mode = ${mode}`);
          const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN ANALYZE EXECUTE probe(${args})`);
          await c.query("ROLLBACK");
          explained[mode] = rows.map((r) => r["QUERY PLAN"]);
        }
        const generic = explained.force_generic_plan!.join("\n");
        if (process.env.SHOW_PLAN) console.log(`${p.name}\n${generic}`);
        expect(shape(explained.force_generic_plan!)).toEqual(shape(explained.force_custom_plan!));
        for (const index of p.indexes ?? []) {
          expect(generic).toContain(index);
          expect(explained.force_custom_plan!.join("\n")).toContain(index);
        }
        for (const table of p.probed) {
          expect(generic).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
          expect(generic).toMatch(new RegExp(`Index( Only)? Scan( Backward)? using \\w+ on ${table}\\b`));
        }
      } finally {
        await c.end();
      }
    });

    it(`${p.name}: named, gives the unnamed statement's rows from custom plans, the generic plan and after a reconnect`, async () => {
      const one = openDatabase(t.databaseUrl, { max: 1 });
      const pool = one.pool;
      try {
        const compare = async () => {
          const c = await pool.connect();
          try {
            const values = await p.args();
            expect(await run(c, p, values, true)).toEqual(await run(c, p, values, false));
          } finally {
            c.release();
          }
        };
        for (let i = 0; i < 8; i++) await compare();
        const c = await pool.connect();
        let plans: Awaited<ReturnType<typeof plansOf>>;
        let rows: { pid: number }[];
        try {
          plans = await plansOf(c, p.name);
          ({ rows } = await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"));
        } finally {
          // Released before asserting: a connection still checked out would hold the pool's close
          // and turn a failed count into a timeout.
          c.release();
        }
        // Five custom plans, then the generic one kept: with the array in view it stayed custom.
        expect(plans).toEqual({ custom: 5, generic: 3 });
        await t.ctx.database.pool.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
        // The pool finds its connection dead, opens another and prepares the statement again.
        await waitFor(() => pool.totalCount === 0, 15_000, "the pool to drop its dead connection");
        await compare();
        for (let i = 0; i < 6; i++) await compare();
        const fresh = await pool.connect();
        try {
          expect((await plansOf(fresh, p.name))?.generic ?? 0).toBeGreaterThan(0);
        } finally {
          fresh.release();
        }
        expect((await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid).not.toBe(
          rows[0]!.pid,
        );
      } finally {
        await one.close();
      }
    });
  }
});
