/**
 * What the ingest statement writes, record by record (figures for reports; nothing asserts on
 * time): one connection stores batches of new residents' messages (300 to warm up, 600 measured)
 * on a private stack; pg_walinspect sums the measured WAL by record type, per message. Index
 * entries show as Btree/INSERT_LEAF, rows as Heap/INSERT, ON CONFLICT's confirmations as
 * Heap/HEAP_CONFIRM, the foreign keys' row locks as Heap/LOCK. Also prints the statement's wall
 * time beside PostgreSQL's CPU: the difference is mostly the commit's WAL flush.
 *
 *   npx tsx bench/wechat-wal.ts              # WECHAT_WAL_BATCH=10 messages per statement
 */
import { storeInboundStatement } from "../src/channels-runtime/store-inbound-statement.js";
import { startBenchStack } from "./support/bench-stack.js";
import { newResidentEntries } from "./support/wechat-entries.js";
import { cpuSnapshot } from "./support/process-cpu.js";

const BATCH = Number(process.env.WECHAT_WAL_BATCH ?? 10);
const { ctx, stop } = await startBenchStack();
try {
  const pool = ctx.database.pool;
  await pool.query("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
  const entries = newResidentEntries();
  const entry = entries.next;
  const client = await pool.connect();
  const run = async (k: number) => {
    for (let j = 0; j < k; j++)
      await storeInboundStatement(client, Array.from({ length: BATCH }, entry), new Date());
  };
  await run(300);
  const lsn0 = (await pool.query("SELECT pg_current_wal_insert_lsn() AS l")).rows[0].l;
  const cpu0 = await cpuSnapshot(ctx.database.db);
  const from = entries.count();
  const t0 = performance.now();
  await run(600);
  const ms = performance.now() - t0;
  const cpu1 = await cpuSnapshot(ctx.database.db);
  const lsn1 = (await pool.query("SELECT pg_current_wal_insert_lsn() AS l")).rows[0].l;
  const stored = entries.count() - from;
  console.log(
    `batch ${BATCH}: ${(ms / 600).toFixed(2)} ms per statement, PG CPU ${((cpu1!.postgresMs - cpu0!.postgresMs) / stored).toFixed(3)} ms/msg`,
  );
  const { rows } = await pool.query(
    `SELECT "resource_manager/record_type" AS t, count, combined_size FROM pg_get_wal_stats($1, $2, true) WHERE count > 0 ORDER BY combined_size DESC`,
    [lsn0, lsn1],
  );
  for (const r of rows)
    console.log(
      `  ${r.t.padEnd(28)} ${(r.count / stored).toFixed(2)} rec/msg ${(r.combined_size / stored).toFixed(0)} B/msg`,
    );
  client.release();
} finally {
  await stop();
}
