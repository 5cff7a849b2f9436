/**
 * The webhook's two halves, each in isolation, as CPU per message (figures for reports; nothing
 * asserts on time). Steadier than bench/wechat.ts on a loaded machine, which moves throughput
 * several-fold but CPU time much less:
 *   1. verify + parse + the route's validation of one safe-mode push, in this process (4,000 pushes,
 *      three rounds);
 *   2. PostgreSQL's CPU and WAL per message of the ingest statement: 4 connections storing batches
 *      of 3 new residents' messages (6,000 to warm up, then 6,000 measured), on a private stack.
 *
 *   npx tsx bench/wechat-parts.ts        # run it on each tree to compare, alternating
 */
import { InboundMessage } from "../channels/channel.js";
import { createWechatAdapter } from "../channels/wechat/wechat.adapter.js";
import type { RawRequest } from "../channels/channel.js";
import { pgSafe } from "../src/channels-runtime/pg-safe.js";
import { storeInboundStatement } from "../src/channels-runtime/store-inbound-statement.js";
import { startBenchStack } from "./support/bench-stack.js";
import { newResidentEntries } from "./support/wechat-entries.js";
import { cpuSnapshot } from "./support/process-cpu.js";
import { BENCH_WECHAT, wechatPush } from "./support/wechat-push.js";

function pushes(): void {
  const adapter = createWechatAdapter({
    token: BENCH_WECHAT.token,
    appid: BENCH_WECHAT.appid,
    encodingAesKey: BENCH_WECHAT.aesKey,
    maxSkewSeconds: 300,
  });
  const n = 4000;
  const requests = Array.from({ length: n }, (_, i) => {
    const p = wechatPush(`oParts${i}`, "西盛家园3号楼暖气不热");
    return {
      method: "POST",
      url: p.path,
      query: Object.fromEntries(new URL(`http://x${p.path}`).searchParams),
      headers: {},
      rawBody: Buffer.from(p.body),
    } as unknown as RawRequest;
  });
  for (let round = 0; round < 3; round++) {
    const batch = requests.map((r) => ({ ...r }));
    const cpu0 = process.cpuUsage();
    for (const r of batch) {
      if (!adapter.verify(r).ok) throw new Error("push refused");
      adapter.parse(r).map((m) => InboundMessage.parse(pgSafe(m)));
    }
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `verify + parse + validate: ${((cpu.user + cpu.system) / n).toFixed(1)} µs CPU per push (${n} pushes)`,
    );
  }
}

async function statement(): Promise<void> {
  const { ctx, stop } = await startBenchStack();
  try {
    const pool = ctx.database.pool;
    const entries = newResidentEntries();
    const entry = entries.next;
    const per = 6000;
    const writer = async (until: number) => {
      const client = await pool.connect();
      try {
        while (entries.count() < until)
          await storeInboundStatement(client, [entry(), entry(), entry()], new Date());
      } finally {
        client.release();
      }
    };
    await writer(per);
    const wal0 = (await pool.query("SELECT wal_records, wal_bytes FROM pg_stat_wal")).rows[0];
    const cpu0 = await cpuSnapshot(ctx.database.db);
    const from = entries.count();
    await Promise.all(Array.from({ length: 4 }, () => writer(2 * per)));
    const cpu1 = await cpuSnapshot(ctx.database.db);
    const wal1 = (await pool.query("SELECT wal_records, wal_bytes FROM pg_stat_wal")).rows[0];
    const stored = entries.count() - from;
    console.log(
      `ingest statement, batches of 3: PostgreSQL ${cpu0 && cpu1 ? ((cpu1.postgresMs - cpu0.postgresMs) / stored).toFixed(3) : "–"} ms CPU, ` +
        `${((wal1.wal_records - wal0.wal_records) / stored).toFixed(1)} WAL records, ` +
        `${((wal1.wal_bytes - wal0.wal_bytes) / stored).toFixed(0)} WAL bytes per message (${stored} messages)`,
    );
  } finally {
    await stop();
  }
}

pushes();
await statement();
