import { startBenchStack } from "../bench/support/bench-stack.js";
const { ctx, stop } = await startBenchStack({});
const pool = ctx.database.pool;
await pool.query(`INSERT INTO residents (id) SELECT gen_random_uuid() FROM generate_series(1, 2000)`);
await pool.query(`INSERT INTO messages (channel, provider, channel_message_id, direction, resident_id, kind, text, payload, status)
  SELECT 'sms', 'x', 'c' || g, 'in', r.id, 'text', '路灯不亮了', '{}', 'received'
  FROM generate_series(1, 2000) g JOIN LATERAL (SELECT id FROM residents OFFSET (g - 1) % 2000 LIMIT 1) r ON true`);
// Half processed one by one in small transactions, as the worker would (dead index entries left behind).
for (let i = 0; i < 1000; i += 32)
  await pool.query(`UPDATE messages SET status = 'processed' WHERE id IN (SELECT id FROM messages WHERE status = 'received' ORDER BY id LIMIT 32)`);
const claim = `SELECT m.id FROM messages m
  WHERE m.direction = 'in' AND m.status = 'received'
    AND ($2::bigint IS NULL OR m.id = $2::bigint)
    AND (m.resident_id IS NULL OR m.id = (SELECT e.id FROM messages e WHERE e.resident_id = m.resident_id
      AND e.direction = 'in' AND e.status = 'received' ORDER BY e.id LIMIT 1))
    AND NOT EXISTS (SELECT 1 FROM intake_attempts a WHERE a.message_id = m.id AND a.retry_at > now())
  ORDER BY m.id LIMIT $1 FOR UPDATE OF m SKIP LOCKED`;
const c = await pool.connect();
for (let k = 0; k < 7; k++) {
  await c.query("BEGIN");
  const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${claim}`, [32, null]);
  await c.query("ROLLBACK");
  if (k === 0 || k === 6) console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
}
c.release();
await stop();
