/**
 * The passive-reply burst's residents, in a process of their own: N residents each send a push, wait
 * for the answer and send the next, until M pushes went out. Their fetches (connections, signing,
 * encrypting, reading answers) would otherwise run on the server's event loop and be counted as the
 * server's delay. Started by bench/wechat.ts; prints one JSON line. Times are epoch milliseconds
 * (`performance.timeOrigin + performance.now()`), comparable with the server's on the same machine.
 *
 *   node --import tsx bench/support/wechat-residents.ts <url> <residents> <pushes>
 */
import { BENCH_TEXTS as TEXTS, wechatPush } from "./wechat-push.js";

export interface WechatResidentsResult {
  /** Per push: its path (unique), when it was sent and when its whole answer was read. */
  answers: { path: string; sentAt: number; answeredAt: number; passive: boolean; ok: boolean }[];
  seconds: number;
}

const [url, residents, pushes] = process.argv.slice(2);
const epoch = () => performance.timeOrigin + performance.now();
const answers: WechatResidentsResult["answers"] = [];
let next = 0;
const started = performance.now();
const resident = async () => {
  while (next < Number(pushes)) {
    const n = ++next;
    const { path, body } = wechatPush(`oReply${String(n).padStart(10, "0")}`, TEXTS[n % TEXTS.length]!);
    const sentAt = epoch();
    const res = await fetch(url + path, { method: "POST", headers: { "content-type": "text/xml" }, body });
    const text = await res.text();
    answers.push({
      path,
      sentAt,
      answeredAt: epoch(),
      passive: text.includes("<Encrypt>"),
      ok: res.status === 200,
    });
  }
};
await Promise.all(Array.from({ length: Number(residents) }, resident));
const out: WechatResidentsResult = { answers, seconds: (performance.now() - started) / 1000 };
process.stdout.write(`${JSON.stringify(out)}\n`);
