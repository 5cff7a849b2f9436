import pg from "pg";

export interface InsertCeiling {
  rowsPerSec: number;
  rows: number;
  p50: number;
  p99: number;
}

/**
 * The machine's ceiling for durable single-row writes, measured on the stack under test: `clients`
 * connections each looping `INSERT … ON CONFLICT DO NOTHING` (autocommit, synchronous commit) for
 * `seconds`. Benches print their figures as a ratio to this, so a noisy machine does not hide a
 * regression.
 */
export async function measureInsertCeiling(
  connectionString: string,
  clients: number,
  seconds: number,
): Promise<InsertCeiling> {
  const pool = new pg.Pool({ connectionString, max: clients });
  try {
    await pool.query(
      `CREATE TABLE IF NOT EXISTS bench_ceiling (channel text NOT NULL, message_id text NOT NULL,
         text text, payload jsonb, created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (channel, message_id))`,
    );
    let n = 0;
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
    const loop = async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const id = String(++n);
          const t0 = performance.now();
          await client.query(
            "INSERT INTO bench_ceiling (channel, message_id, text, payload) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            [
              "wechat",
              id,
              "西盛家园3号楼暖气不热",
              JSON.stringify({ provider: "wechat", raw: { MsgId: id } }),
            ],
          );
          latencies.push(performance.now() - t0);
        }
      } finally {
        client.release();
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, loop));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const q = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? NaN;
    await pool.query("DROP TABLE bench_ceiling");
    return { rowsPerSec: latencies.length / elapsed, rows: latencies.length, p50: q(0.5), p99: q(0.99) };
  } finally {
    await pool.end();
  }
}
