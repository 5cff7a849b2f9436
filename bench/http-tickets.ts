/**
 * Staff API ticket creation (POST /api/v1/tickets) on the embedded stack, against a bare fastify
 * hello-world route measured in the same run: requests/s, latency p50/p99, peak RSS, and the ratio
 * to the framework's ceiling on this machine. Prints figures; never fails on timing.
 *
 *   npx tsx bench/http-tickets.ts          # BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 20)
 */
import { load, startBenchServer } from "./support/measure.js";

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

const ticket = JSON.stringify({
  category: "heating",
  summary: "西盛家园暖气不热",
  description: "西盛家园3号楼暖气不热好几天了，室温只有十四度。",
  location: { text: "西盛家园3号楼", community: "community.xisheng" },
  contact: { name: "王先生", phone: "13912345678" },
});

export async function run(): Promise<void> {
  const hello = await startBenchServer("hello");
  const ceiling = await load({ url: `http://127.0.0.1:${hello.port}/hello`, duration, connections });
  const helloRss = hello.peakRssMiB();
  await hello.stop();

  const server = await startBenchServer("zhitong");
  const create = await load({
    url: `http://127.0.0.1:${server.port}/api/v1/tickets`,
    method: "POST",
    headers: { "content-type": "application/json", cookie: server.cookie ?? "" },
    body: ticket,
    duration,
    connections,
  });
  const rss = server.peakRssMiB();
  await server.stop();

  console.log(
    `\n== HTTP: POST /api/v1/tickets (embedded PostgreSQL + Redis, ${connections} connections, ${duration} s)`,
  );
  console.log(
    `  tickets created: ${create.requestsPerSec} req/s, p50 ${create.p50} ms, p99 ${create.p99} ms, ` +
      `${create.total} requests, non-2xx ${create.non2xx}, errors ${create.errors}, server peak RSS ${rss} MiB`,
  );
  console.log(
    `  fastify hello-world ceiling: ${ceiling.requestsPerSec} req/s, p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms, peak RSS ${helloRss} MiB`,
  );
  console.log(
    `  ratio: ticket creation runs at ${((create.requestsPerSec / ceiling.requestsPerSec) * 100).toFixed(1)}% of the framework ceiling`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
