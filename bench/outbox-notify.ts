/**
 * What waking the outbox relay costs writers (figures only, nothing asserted), on a private embedded
 * PostgreSQL: `clients` connections each loop a transaction that records one outbox row, in three
 * ways, alternated so that a noisy machine hurts them alike:
 *   - notify-in-tx: `pg_notify` inside the writing transaction (what enqueue() did): the notifying
 *     transaction holds a database-wide lock through its commit, WAL flush included;
 *   - no-notify: the row only (what enqueue() and the ingest statement do now; the relay is kicked
 *     in-process and polls);
 *   - announce-after: the row, then after the commit a wake-up in a transaction of its own with
 *     asynchronous commit, as OutboxRelay.announce() sends (here once per transaction: the worst case,
 *     the relay coalesces them).
 *
 *   npx tsx bench/outbox-notify.ts      # OUTBOX_NOTIFY_CLIENTS=20 OUTBOX_NOTIFY_SECONDS=4 OUTBOX_NOTIFY_ROUNDS=2
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startBenchStack } from "./support/bench-stack.js";

const CLIENTS = Number(process.env.OUTBOX_NOTIFY_CLIENTS ?? 20);
const SECONDS = Number(process.env.OUTBOX_NOTIFY_SECONDS ?? 4);
const ROUNDS = Number(process.env.OUTBOX_NOTIFY_ROUNDS ?? 2);

type Mode = "notify-in-tx" | "no-notify" | "announce-after";

async function measure(pool: pg.Pool, mode: Mode, tag: string): Promise<number> {
  let n = 0;
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const loop = async (c: number) => {
    const client = await pool.connect();
    try {
      while (performance.now() < until) {
        const id = `${tag}_${c}_${++n}`;
        await client.query("BEGIN");
        await client.query(
          mode === "notify-in-tx"
            ? `WITH ins AS (INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('intake', 'intake', $1, '{}')
                 ON CONFLICT DO NOTHING RETURNING queue) SELECT pg_notify('zhitong_outbox', queue) FROM ins`
            : `INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('intake', 'intake', $1, '{}')
                 ON CONFLICT DO NOTHING`,
          [id],
        );
        await client.query("COMMIT");
        if (mode === "announce-after")
          await client.query("BEGIN; SET LOCAL synchronous_commit TO off; NOTIFY zhitong_outbox; COMMIT");
        done++;
      }
    } finally {
      client.release();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => loop(c)));
  return done / ((performance.now() - started) / 1000);
}

export async function run(): Promise<void> {
  const { ctx, stop } = await startBenchStack();
  const pool = new pg.Pool({ connectionString: ctx.database.pool.options.connectionString!, max: CLIENTS });
  // An idle connection's error (the server going away) must not end the process unreported.
  pool.on("error", (err) => console.error(`idle connection error: ${err.message}`));
  // A relay process listening, as in production (notifications are queued for it).
  const listener = await pool.connect();
  await listener.query("LISTEN zhitong_outbox");
  try {
    const results: Record<Mode, number[]> = { "notify-in-tx": [], "no-notify": [], "announce-after": [] };
    for (let r = 0; r < ROUNDS; r++)
      for (const mode of Object.keys(results) as Mode[])
        results[mode].push(await measure(pool, mode, `${mode}_${r}`));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const base = mean(results["no-notify"]);
    for (const [mode, xs] of Object.entries(results))
      console.log(
        `outbox write, ${CLIENTS} clients, ${mode}: ${mean(xs).toFixed(0)} tx/s ` +
          `(rounds: ${xs.map((x) => x.toFixed(0)).join(", ")}; ${((100 * mean(xs)) / base).toFixed(0)} % of no-notify)`,
      );
    console.log(`load average ${os.loadavg()[0]!.toFixed(2)}`);
  } finally {
    await listener.query("UNLISTEN zhitong_outbox");
    listener.release();
    await pool.end();
    await stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
