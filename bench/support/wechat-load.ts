/**
 * The WeChat load generator, in a process of its own: signing and encrypting every push and
 * autocannon's own work would otherwise run on the server's event loop and be counted against the
 * server. Started by bench/wechat.ts; prints one JSON line with autocannon's figures and this
 * process's CPU time, so the bench can say whether the generator was itself the bottleneck.
 *
 * The pushes are signed and encrypted before the clock starts (WeChat's work, not the server's):
 * during the run the generator only sends bytes, so it takes as little of the two cores the server
 * and PostgreSQL share as it can. Past the prepared ones (a faster server than `prepare` pushes per
 * second allows for) it signs on the fly again.
 *
 *   node --import tsx bench/support/wechat-load.ts <url> <connections> <seconds> <openid-prefix> [prepare-per-second]
 */
import autocannon from "autocannon";
import { BENCH_TEXTS as TEXTS, wechatPush } from "./wechat-push.js";

export interface WechatLoadResult {
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
  /** CPU the generator used during the run, in percent of one core. */
  cpuPercent: number;
  /** CPU the generator used during the run, in ms. */
  cpuMs: number;
  /** Pushes signed during the run because the prepared ones ran out. */
  signedDuringRun: number;
}

const [url, connections, seconds, prefix, preparePerSecond] = process.argv.slice(2);
let counter = 0;
const next = () => {
  const n = ++counter;
  return wechatPush(`${prefix}${String(n).padStart(10, "0")}`, TEXTS[n % TEXTS.length]!);
};
const prepared = Array.from({ length: Number(preparePerSecond ?? 4000) * Number(seconds) }, next);
let used = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await autocannon({
  url: url!,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      method: "POST",
      headers: { "content-type": "text/xml" },
      // One push from a new resident each time (unique MsgId and openid).
      setupRequest: (req) => ({ ...req, ...(used < prepared.length ? prepared[used++]! : next()) }),
    },
  ],
});
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const out: WechatLoadResult = {
  ok: result["2xx"],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  seconds: Number(seconds),
  cpuPercent: (100 * (cpu.user + cpu.system)) / 1e6 / elapsed,
  cpuMs: (cpu.user + cpu.system) / 1000,
  signedDuringRun: Math.max(0, counter - prepared.length),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
