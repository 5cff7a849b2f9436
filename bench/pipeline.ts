/**
 * End-to-end pipeline benchmark (figures for reports; nothing asserts on time). N residents each
 * file M reports through the WeChat webhook, answering the bot like a person (place, phone, "1" to
 * confirm); the bot's answers come back passively in the acknowledgement or through a fake WeChat
 * customer-service API. The service runs as real `zhitong serve --role api|worker` processes started
 * from the build in dist/ as `npm start` does (the bench builds first when dist/ is missing or older
 * than the sources), on one embedded PostgreSQL and one Redis. Units' dispatch SMS go out through
 * the Aliyun provider to a local fake of Aliyun's SendSms API (tests/channels/support), so the
 * outbound path is the one production runs, not the "no provider" failure path. Prints sustained messages/s and tickets/s, p50/p99 of the
 * acknowledgement, of message → bot reply and of confirmation → dispatched, answers past 4.5 s and
 * 5 s, peak RSS of each process, and checks that nothing was processed twice.
 *
 *   npm run bench -- pipeline                          # 1 API + 1 worker process
 *   npm run bench -- pipeline --api 2 --workers 2      # two of each on the same PostgreSQL and Redis
 *   npx tsx bench/pipeline.ts --residents 200 --reports 2
 *   PIPELINE_CPU_PROF=/tmp/prof npm run bench -- pipeline   # a V8 CPU profile of every serve process
 *   PIPELINE_STATEMENTS=1 npm run bench -- pipeline         # PostgreSQL statements and Redis commands per message
 *   PIPELINE_STATEMENTS=1 PIPELINE_WINDOW_AUTOVACUUM=off npm run bench -- pipeline --warmup 6
 *                                                           # no autovacuum inside the measured window
 *   npm run bench -- pipeline --warmup 4                    # steady state: 4 reports each first, not counted
 *   WECHAT_API_TIMEOUT_MS=300 npm run bench -- pipeline     # WeChat answers read after the timeout
 *
 * With --warmup W (or PIPELINE_WARMUP) every resident files W reports before the measured window
 * and the bench waits for them to be routed: a long-running worker's pooled connections have by
 * then made their statements' first plans, so what is measured is the per-message cost of a warm
 * worker, not of one whose every connection still plans custom and loads its catalog caches. The
 * measured reports are each resident's next REPORTS; every report of the run, warm-up included, is
 * at an address of its own (up to PLACES × BUILDINGS × ENTRANCES reports), so few merge as
 * duplicates. The correctness checks cover every report, the warm-up's included.
 *
 * With PIPELINE_CPU_PROF each process writes its profile into `<role>-<n>/` there when it stops, and the
 * bench prints the load window to pass to bench/support/profile-summary.ts (PROFILE_WINDOW_US), so
 * start-up and shutdown are left out.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis } from "../src/runtime/embedded-redis.js";
import { startFakeAliyunSms } from "../tests/channels/support/fake-aliyun-sms.js";
import { distState } from "../bin/dist-layout.js";
import { BENCH_WECHAT, passiveText, wechatPush } from "./support/wechat-push.js";
import { measureInsertCeiling } from "./support/insert-ceiling.js";
import { processTreeCpu } from "./support/process-cpu.js";
import {
  STATEMENT_COUNT_SETTINGS,
  statementCounter,
  type StatementCounter,
} from "./support/statement-counts.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `Usage: npx tsx bench/pipeline.ts [options]   (or: npm run bench -- pipeline [options])

  --residents N   residents writing at once, each waiting for the bot's answer (default 100; PIPELINE_RESIDENTS)
  --reports M     reports per resident in the measured window (default 2; PIPELINE_REPORTS)
  --warmup W      reports per resident filed first and not counted: the steady state (default 0; PIPELINE_WARMUP)
  --api A         API processes (default 1)
  --workers K     worker processes (default 1)
  -h, --help      this text

Environment: PIPELINE_CPU_PROF=<dir>, PIPELINE_STATEMENTS=1, PIPELINE_WINDOW_AUTOVACUUM=off,
PIPELINE_PG_SETTINGS, PIPELINE_PG_LOG, PIPELINE_IDLE_MS, WECHAT_API_TIMEOUT_MS (see the file's header).`;
const { values: args } = (() => {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        api: { type: "string", default: "1" },
        workers: { type: "string", default: "1" },
        residents: { type: "string", default: process.env.PIPELINE_RESIDENTS ?? "100" },
        reports: { type: "string", default: process.env.PIPELINE_REPORTS ?? "2" },
        warmup: { type: "string", default: process.env.PIPELINE_WARMUP ?? "0" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // An unknown or malformed option: say which, and how the bench is called, not a stack trace.
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const APIS = Number(args.api);
const WORKERS = Number(args.workers);
const RESIDENTS = Number(args.residents);
const REPORTS = Number(args.reports);
/** Reports per resident filed before the measured window (steady-state mode; 0 = none). */
const WARMUP = Number(args.warmup);
/** Every report a resident files in the run, warm-up included. */
const FILED = WARMUP + REPORTS;
/** Longest a resident waits for the bot's answer before giving up on that report. */
const REPLY_TIMEOUT_MS = 60_000;
/** An idle window before the load, to measure each process's CPU per second at rest. */
const IDLE_MS = Number(process.env.PIPELINE_IDLE_MS ?? 5000);
/**
 * Every place of the deployment's jurisdiction file (config/jurisdiction.json, the one the serve
 * processes load): the residents' reports are spread over them and over buildings and entrances, so
 * each report is a distinct problem. Duplicate detection still searches each community's open
 * tickets of the category, but another building or entrance fails its number gate, so few merge;
 * with eight problems at eight places most reports at 300 residents and more merged, and the bench
 * measured merging, not filing.
 */
const PLACES: string[] = (
  JSON.parse(readFileSync(path.join(root, "config", "jurisdiction.json"), "utf8")) as {
    units: { places?: string[] }[];
  }
).units.flatMap((u) => u.places ?? []);
/** Buildings and entrances per place: PLACES × BUILDINGS × ENTRANCES distinct addresses. */
const BUILDINGS = 60;
const ENTRANCES = 4;
/** Common problems of a building, none an emergency; the object differs as well as the address. */
const PROBLEMS = [
  "楼道灯坏了好几天",
  "门口的路灯不亮了",
  "垃圾站没人清理，很臭",
  "下水道堵了，污水冒出来",
  "井盖丢了很危险",
  "楼下饭店油烟太大",
  "暖气不热，屋里只有十四度",
  "电梯坏了老人下不了楼",
];
/** The address of resident i's report r: report k of the run (residents first) at the k-th address. */
const reportPlace = (i: number, r: number) => {
  const k = r * RESIDENTS + i;
  const building = (Math.floor(k / PLACES.length) % BUILDINGS) + 1;
  const entrance = (Math.floor(k / (PLACES.length * BUILDINGS)) % ENTRANCES) + 1;
  return `${PLACES[k % PLACES.length]}${building}号楼${entrance}单元`;
};
const reportText = (i: number, r: number) => `${reportPlace(i, r)}${PROBLEMS[(i + r) % PROBLEMS.length]}`;

interface Proc {
  role: "api" | "worker";
  child: ChildProcess;
  port?: number;
}

const quantile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN;
const summary = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return `p50 ${quantile(s, 0.5).toFixed(0)} ms, p99 ${quantile(s, 0.99).toFixed(0)} ms, max ${(s.at(-1) ?? NaN).toFixed(0)} ms`;
};

/** WeChat's server API as the outbound worker uses it: a token, and customer-service sends. */
async function startFakeWechatApi() {
  const waiting = new Map<string, Array<(text: string) => void>>();
  const inbox = new Map<string, string[]>();
  let sends = 0;
  /** Sends received per recipient and text: more than the rows holding that text is a text sent twice. */
  const received = new Map<string, Map<string, number>>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const json = (o: unknown) =>
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(o));
      if (url.pathname === "/cgi-bin/stable_token" || url.pathname === "/cgi-bin/token")
        return json({ access_token: "BENCH_TOKEN", expires_in: 7200 });
      if (url.pathname === "/cgi-bin/message/custom/send") {
        sends++;
        const m = JSON.parse(body) as { touser: string; text?: { content: string } };
        const text = m.text?.content ?? "";
        const texts = received.get(m.touser) ?? new Map<string, number>();
        received.set(m.touser, texts.set(text, (texts.get(text) ?? 0) + 1));
        const next = waiting.get(m.touser)?.shift();
        if (next) next(text);
        else inbox.set(m.touser, [...(inbox.get(m.touser) ?? []), text]);
        return json({ errcode: 0, errmsg: "ok" });
      }
      return json({ errcode: 0, errmsg: "ok" });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sends: () => sends,
    /** Each recipient's texts with how many times they were received. */
    received: () => received,
    /** The next customer-service message to `openid` (or null after the timeout). */
    next(openid: string, timeoutMs: number): Promise<string | null> {
      const queued = inbox.get(openid);
      if (queued?.length) return Promise.resolve(queued.shift()!);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.set(
            openid,
            (waiting.get(openid) ?? []).filter((f) => f !== done),
          );
          resolve(null);
        }, timeoutMs);
        const done = (text: string) => {
          clearTimeout(timer);
          resolve(text);
        };
        waiting.set(openid, [...(waiting.get(openid) ?? []), done]);
      });
    },
    /** Drops what arrived late for `openid` (a second reply to an earlier message). */
    drain(openid: string) {
      inbox.delete(openid);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const PROFILE_DIR = process.env.PIPELINE_CPU_PROF;
/** Count statements (pg_stat_statements) and Redis commands over the load and print them per message. */
const COUNT_STATEMENTS = process.env.PIPELINE_STATEMENTS === "1";
// Server settings for one run, `;`-separated (auto_explain with its log in a directory of one's own).
const EXTRA_PG_SETTINGS = (process.env.PIPELINE_PG_SETTINGS ?? "").split(";").filter(Boolean);
// The server's log, appended to this file (auto_explain's plans, with the settings above).
const PG_LOG = process.env.PIPELINE_PG_LOG;

/**
 * Production runs the compiled build (`npm start` → bin/zhitong.js → dist/), so the bench does too:
 * the TypeScript sources through tsx cost more CPU per message and would be measured instead. A
 * missing or stale dist/ is rebuilt first, since bin/zhitong.js would otherwise fall back to tsx.
 */
function ensureFreshBuild(): void {
  const state = distState(root, path.join(root, "dist"));
  if (state === "fresh") return;
  console.log(`dist/ is ${state}: building (npm run build)`);
  const built = spawnSync(process.execPath, [path.join(root, "scripts/build.js")], {
    cwd: root,
    stdio: "inherit",
  });
  const after = distState(root, path.join(root, "dist"));
  if (built.status !== 0 || after !== "fresh")
    throw new Error(`npm run build failed (exit ${built.status}, dist/ ${after}); the bench runs the build`);
}

function spawnServe(role: "api" | "worker", env: NodeJS.ProcessEnv, n = 0): Promise<Proc> {
  const profile = PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILE_DIR, `${role}-${n}`)}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, path.join(root, "bin/zhitong.js"), "serve", "--role", role],
    {
      cwd: root,
      env,
      // stderr is watched too: bin/zhitong.js says there when it would run the sources instead.
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stderr!.on("data", (d: Buffer) => process.stderr.write(d));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stderr!.on("data", (d: Buffer) => {
      if (d.toString("utf8").includes("running the TypeScript sources instead")) {
        child.kill("SIGTERM");
        reject(new Error("serve would run the TypeScript sources: dist/ went stale during the bench"));
      }
    });
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (out.includes("Zhitong is running"))
        resolve({ role, child, port: Number(env["PORT"]) || undefined });
    });
    child.once("exit", (code) =>
      reject(new Error(`serve --role ${role} exited (${code}) before it was ready`)),
    );
  });
}

function peakRssMiB(pid: number | undefined): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return NaN;
  }
}

/**
 * A notice about a ticket filed earlier — dispatched (已转交), merged, escalated to the duty desk,
 * resolved — sent by the customer-service API whenever it happens: it is not the bot's answer to
 * the message just sent, and taking it for one would end the current report before it is filed.
 */
const isTicketNotice = (reply: string) => /^您反映的(问题|紧急情况)[^：]|^已转交/.test(reply);

/** The resident's next words, from what the bot just said ("done": the report was filed as a ticket). */
function answer(reply: string, i: number, r: number): string | "done" | null {
  if (/^(已登记|已按紧急事项登记)，编号/.test(reply)) return "done";
  if (/确认请回复1/.test(reply)) return "1";
  if (/手机号|电话/.test(reply)) return `139${String(10_000_000 + i).slice(-8)}`;
  if (/哪个小区|哪条路|几号楼|具体在哪/.test(reply)) return reportPlace(i, r);
  return null;
}

/** Credentials the fake Aliyun SMS API checks the serve processes' signatures with. */
const BENCH_ALIYUN = { keyId: "LTAIbench", secret: randomBytes(18).toString("hex") };

export async function run(): Promise<void> {
  ensureFreshBuild();
  const dir = await mkdtemp(path.join(os.tmpdir(), "zhitong-pipeline-"));
  await chmod(dir, 0o755);
  const [pgServer, redis] = await Promise.all([
    startEmbeddedPostgres({
      dir: path.join(dir, "pg"),
      database: "postgres",
      ephemeral: true,
      ...(COUNT_STATEMENTS || EXTRA_PG_SETTINGS.length
        ? { settings: [...(COUNT_STATEMENTS ? STATEMENT_COUNT_SETTINGS : []), ...EXTRA_PG_SETTINGS] }
        : {}),
      ...(PG_LOG ? { onLog: (line: string) => appendFileSync(PG_LOG, `${line}\n`) } : {}),
    }),
    startEmbeddedRedis({ dir: path.join(dir, "redis"), ephemeral: true }),
  ]);
  const wechatApi = await startFakeWechatApi();
  const aliyunSms = await startFakeAliyunSms(BENCH_ALIYUN.secret);
  const procs: Proc[] = [];
  let db: pg.Client | null = null;
  let counter: StatementCounter | null = null;
  try {
    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      LOG_LEVEL: "silent",
      HOST: "127.0.0.1",
      CONFIG_DIR: path.join(root, "config"),
      DATABASE_URL: pgServer.url,
      REDIS_URL: redis.url,
      LOG_HASH_SALT: randomBytes(24).toString("hex"),
      WEB_CHAT_SECRET: randomBytes(24).toString("hex"),
      WECHAT_TOKEN: BENCH_WECHAT.token,
      WECHAT_APPID: BENCH_WECHAT.appid,
      WECHAT_APPSECRET: BENCH_WECHAT.secret,
      WECHAT_ENCODING_AES_KEY: BENCH_WECHAT.aesKey,
      WECHAT_API_BASE: wechatApi.url,
      SMS_PROVIDER: "aliyun",
      ALIYUN_ACCESS_KEY_ID: BENCH_ALIYUN.keyId,
      ALIYUN_ACCESS_KEY_SECRET: BENCH_ALIYUN.secret,
      ALIYUN_SMS_SIGN_NAME: "直通平台",
      ALIYUN_SMS_API_BASE: aliyunSms.url,
      // A short WeChat API timeout provokes answers read after it (the sends that may go twice).
      ...(process.env.WECHAT_API_TIMEOUT_MS
        ? { WECHAT_API_TIMEOUT_MS: process.env.WECHAT_API_TIMEOUT_MS }
        : {}),
    };
    // The first process migrates the empty database; the others then start side by side.
    const ports: number[] = [];
    for (let n = 0; n < APIS; n++) {
      const probe = createServer();
      await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
      ports.push((probe.address() as AddressInfo).port);
      await new Promise<void>((r) => probe.close(() => r()));
    }
    const env = (role: string, n: number, port?: number): NodeJS.ProcessEnv => ({
      ...base,
      DATA_DIR: path.join(dir, `${role}-${n}`),
      ...(port ? { PORT: String(port) } : {}),
    });
    procs.push(await spawnServe("worker", env("worker", 0)));
    const rest = await Promise.all([
      ...Array.from({ length: WORKERS - 1 }, (_, n) => spawnServe("worker", env("worker", n + 1), n + 1)),
      ...ports.map((port, n) => spawnServe("api", env("api", n, port), n)),
    ]);
    procs.push(...rest);

    const ackMs: number[] = [];
    const replyMs: number[] = [];
    let messagesSent = 0;
    let errors = 0;
    let stuck = 0;
    let notices = 0;
    let timedOut = 0;
    let filedReplies = 0;
    const stuckReplies: string[] = [];
    let pushedAgain = 0;
    const pushFailures = new Map<string, number>();
    /**
     * One push, sent again as WeChat does (the same MsgId, which the webhook deduplicates) when the
     * connection fails: under load a kept-alive socket the server closes as it idles races the next
     * request on it, and one such reset used to end the whole bench.
     */
    const push = async (url: string, body: string): Promise<{ status: number; ack: string }> => {
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await fetch(url, { method: "POST", headers: { "content-type": "text/xml" }, body });
          return { status: res.status, ack: await res.text() };
        } catch (error) {
          if (attempt >= 3) throw error;
          pushedAgain++;
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const why = cause?.code ?? cause?.message ?? (error as Error).message;
          pushFailures.set(why, (pushFailures.get(why) ?? 0) + 1);
        }
      }
    };
    const resident = async (i: number, from: number, count: number) => {
      const openid = `oPipe${String(i).padStart(8, "0")}`;
      const port = ports[i % ports.length]!;
      for (let r = from; r < from + count; r++) {
        let text: string | "done" | null = reportText(i, r);
        for (let step = 0; step < 6 && text && text !== "done"; step++) {
          wechatApi.drain(openid);
          const { path: p, body } = wechatPush(openid, text);
          const sent = performance.now();
          const { status, ack } = await push(`http://127.0.0.1:${port}${p}`, body);
          ackMs.push(performance.now() - sent);
          messagesSent++;
          if (status !== 200) {
            errors++;
            break;
          }
          let reply = passiveText(ack) ?? (await wechatApi.next(openid, REPLY_TIMEOUT_MS));
          while (reply !== null && isTicketNotice(reply)) {
            notices++;
            reply = await wechatApi.next(openid, REPLY_TIMEOUT_MS);
          }
          if (reply === null) {
            // Counted once, below, as a report not completed.
            timedOut++;
            break;
          }
          replyMs.push(performance.now() - sent);
          const next = answer(reply, i, r);
          // A reply the scripted resident cannot answer is printed, so a changed dialogue shows here.
          if (next === null && stuckReplies.length < 5) stuckReplies.push(`${text} → ${reply}`);
          text = next;
        }
        if (text === "done") filedReplies++;
        else stuck++;
      }
    };
    console.log(`started ${procs.length} processes; ${RESIDENTS} residents writing`);
    // CPU per message of each process, and of PostgreSQL + Redis (this process's other children):
    // steadier than messages/s on a shared machine, and it says where added processes cost.
    const cpuOf = () => {
      const own = procs.map((p) => processTreeCpu(p.child.pid!));
      const tree = processTreeCpu(process.pid);
      return {
        procs: own.map((c) => c?.selfMs ?? NaN),
        procsSys: own.map((c) => c?.selfSysMs ?? NaN),
        children: tree?.descendantsMs ?? NaN,
        postgres: tree?.byName.get("postgres") ?? NaN,
        redis: tree?.byName.get("redis-server") ?? NaN,
      };
    };
    // Before the load: what the processes cost per second doing nothing (pollers, timers, BullMQ's
    // blocking waits). A cost of this kind grows with the number of processes, not with messages.
    if (COUNT_STATEMENTS) {
      counter = await statementCounter(pgServer.url, redis.url, {
        autovacuumInWindow: process.env.PIPELINE_WINDOW_AUTOVACUUM !== "off",
      });
      await counter.reset();
    }
    const idleBefore = cpuOf();
    const idleStarted = performance.now();
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleAfter = cpuOf();
    if (counter) {
      console.log("  idle window, per second (not per message):");
      for (const line of await counter.table((performance.now() - idleStarted) / 1000))
        console.log(`    ${line}`);
    }
    const idleSeconds = (performance.now() - idleStarted) / 1000;
    const idleProcs = procs.map((_, k) => (idleAfter.procs[k]! - idleBefore.procs[k]!) / idleSeconds);
    console.log(
      `  idle for ${idleSeconds.toFixed(1)} s, CPU ms per second: ${procs.map((p, k) => `${p.role} ${idleProcs[k]!.toFixed(1)}`).join(", ")}; ` +
        `PostgreSQL + Redis ${((idleAfter.children - idleBefore.children) / idleSeconds - idleProcs.reduce((a, b) => a + b, 0)).toFixed(1)}`,
    );
    const client = new pg.Client({ connectionString: pgServer.url });
    db = client;
    // The server stops at the end of the bench: that is not an error of this client.
    client.on("error", () => {});
    await client.connect();
    // Routing runs after filing: give the last tickets a moment to be routed, and their units'
    // notices to be sent (a notice's result is written after the gateway answers), and the
    // residents' last replies and notices to be sent and marked: counted while still in flight,
    // the fake WeChat API's sends ran ahead of the rows marked sent (93 of 1,747 at load 25). A ticket routing
    // put in the centre's triage queue is routed too: a dispatcher decides it by hand (about 35 of
    // the 200 reports: the offline classifier's category confidence for "下水道堵了，污水冒出来" and
    // for 水库街's stairway lights is below LOW_CATEGORY_CONFIDENCE), so it ends the wait as well.
    const awaitRouted = async () => {
      for (let waited = 0; waited < 30_000; waited += 200) {
        const { rows } = await client.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM tickets WHERE dispatched_at IS NULL AND merged_into_id IS NULL AND NOT triage)::int
            + (SELECT count(*) FROM notifications WHERE status = 'queued')::int
            + (SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('queued', 'sending'))::int AS n`,
        );
        if (rows[0]!.n === 0) return true;
        await new Promise((r) => setTimeout(r, 200));
      }
      return false;
    };
    if (RESIDENTS * FILED > PLACES.length * BUILDINGS * ENTRANCES)
      console.log(
        `  warning: ${RESIDENTS * FILED} reports over ${PLACES.length * BUILDINGS * ENTRANCES} addresses repeat some; those may merge as duplicates`,
      );
    // Tickets filed and merged before the window (the warm-up's), so the window's own are printed.
    let ticketsBefore = 0;
    let mergedBefore = 0;
    if (WARMUP > 0) {
      const warmStarted = performance.now();
      await Promise.all(Array.from({ length: RESIDENTS }, (_, i) => resident(i, 0, WARMUP)));
      const warmRouted = await awaitRouted();
      console.log(
        `  warm-up (not counted): ${messagesSent} messages, ${RESIDENTS} residents × ${WARMUP} reports in ` +
          `${((performance.now() - warmStarted) / 1000).toFixed(1)} s; reports not completed ${stuck}; ` +
          `${warmRouted ? "every ticket routed" : "NOT every ticket routed within 30 s"}`,
      );
      const { rows: before } = await client.query<{ tickets: number; merged: number }>(
        "SELECT count(*)::int AS tickets, (count(*) FILTER (WHERE merged_into_id IS NOT NULL))::int AS merged FROM tickets",
      );
      ticketsBefore = before[0]!.tickets;
      mergedBefore = before[0]!.merged;
      ackMs.length = 0;
      replyMs.length = 0;
      messagesSent = errors = stuck = notices = timedOut = filedReplies = pushedAgain = 0;
      pushFailures.clear();
      stuckReplies.length = 0;
    }
    await counter?.reset();
    const cpuBefore = cpuOf();
    const started = performance.now();
    const windowFrom = process.hrtime.bigint() / 1000n;
    await Promise.all(Array.from({ length: RESIDENTS }, (_, i) => resident(i, WARMUP, REPORTS)));
    const seconds = (performance.now() - started) / 1000;
    if (PROFILE_DIR)
      console.log(
        `  profiles in ${PROFILE_DIR} when the processes stop; load window PROFILE_WINDOW_US=${windowFrom},${process.hrtime.bigint() / 1000n}`,
      );
    const cpuAfter = cpuOf();

    const routed = await awaitRouted();
    // Routing's tail (the last tickets dispatched after the residents stopped) is part of the loop.
    const statementTable = counter
      ? await counter.table(messagesSent, ["dispatched_at IS NULL AND merged_into_id IS NULL AND NOT triage"])
      : [];
    const one = async (q: string) => (await client.query<{ n: number }>(q)).rows[0]!.n;
    const tickets = await one("SELECT count(*)::int AS n FROM tickets");
    const dispatched = await one("SELECT count(*)::int AS n FROM tickets WHERE dispatched_at IS NOT NULL");
    const merged = await one("SELECT count(*)::int AS n FROM tickets WHERE merged_into_id IS NOT NULL");
    // Tickets waiting for a dispatcher, by routing's reason (the last reason of their triage event).
    const triage = (
      await client.query<{ code: string; n: number }>(`
        SELECT coalesce(e.data->'reasons'->-1->>'code', '?') AS code, count(*)::int AS n FROM tickets t
        LEFT JOIN LATERAL (SELECT data FROM ticket_events WHERE ticket_id = t.id AND action = 'triage'
          ORDER BY id DESC LIMIT 1) e ON true
        WHERE t.triage AND t.dispatched_at IS NULL AND t.merged_into_id IS NULL
        GROUP BY 1 ORDER BY 1`)
    ).rows;
    const inTriage = triage.reduce((s, r) => s + r.n, 0);
    // A report is either filed as a new ticket (the bot answers 已登记) or lost; routing may later
    // attach a filed ticket to an open one as a duplicate (merge). Each resident's reports are
    // different problems by construction, so a merge into the same resident's other ticket, or
    // across categories, is a wrong attachment. A ticket's filer is its first reporter row (a merge
    // adds the merged ticket's reporters to the kept one later).
    const filer = (t: string) =>
      `(SELECT r.resident_id FROM ticket_reporters r WHERE r.ticket_id = ${t}.id ORDER BY r.created_at LIMIT 1)`;
    const mergedSameResident = await one(`
      SELECT count(*)::int AS n FROM tickets s JOIN tickets t ON t.id = s.merged_into_id
      WHERE ${filer("s")} = ${filer("t")}`);
    const mergedOtherCategory = await one(`
      SELECT count(*)::int AS n FROM tickets s JOIN tickets t ON t.id = s.merged_into_id
      WHERE s.category <> t.category`);
    // Each filing answers once with its reference number: per resident, exactly one per report.
    const residentsOff = await one(`
      SELECT count(*)::int AS n FROM (
        SELECT ri.address, count(o.id) AS filed FROM resident_identities ri
        LEFT JOIN messages o ON o.resident_id = ri.resident_id AND o.direction = 'out' AND o.text LIKE '已登记%'
        WHERE ri.channel = 'wechat' GROUP BY ri.address) per
      WHERE per.filed <> ${FILED}`);
    const twiceAnswered = await one(`
      SELECT count(*)::int AS n FROM (
        SELECT i.id FROM messages i JOIN messages o ON o.reply_to_message_id = i.id AND o.direction = 'out'
        WHERE i.direction = 'in' GROUP BY i.id, o.text HAVING count(*) > 1) d`);
    const unanswered = await one(`
      SELECT count(*)::int AS n FROM messages i WHERE i.direction = 'in'
        AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.reply_to_message_id = i.id)`);
    const dispatchEvents = await one(`
      SELECT count(*)::int AS n FROM (SELECT ticket_id FROM ticket_events WHERE action = 'dispatch'
        GROUP BY ticket_id HAVING count(*) > 1) d`);
    const passiveRows = await one(
      "SELECT count(*)::int AS n FROM messages WHERE direction = 'out' AND provider = 'passive'",
    );
    const apiRows = await one(
      "SELECT count(*)::int AS n FROM messages WHERE direction = 'out' AND channel = 'wechat' AND status = 'sent' AND provider <> 'passive'",
    );
    // WeChat rows not sent by the end: still in flight (the API may have answered before the row
    // was marked) or failed. With them, the fake API's count against the sent rows tells rows in
    // flight from texts sent twice (a text with no answer in time is sent again).
    const apiUnsettled = (
      await client.query<{ status: string; n: number }>(
        "SELECT status, count(*)::int AS n FROM messages WHERE direction = 'out' AND channel = 'wechat' AND status <> 'sent' GROUP BY status ORDER BY status",
      )
    ).rows;
    // Texts the resident received more often than rows hold them (to that openid, with that text,
    // any status, passive replies included): a row sent twice, told apart from rows in flight,
    // which the fake API has not received yet.
    const rowsByText = new Map<string, number>();
    for (const r of (
      await client.query<{ address: string; text: string; n: number }>(
        "SELECT payload->>'address' AS address, text, count(*)::int AS n FROM messages WHERE direction = 'out' AND channel = 'wechat' AND text IS NOT NULL GROUP BY 1, 2",
      )
    ).rows)
      rowsByText.set(`${r.address}\u0000${r.text}`, r.n);
    let textsTwice = 0;
    for (const [openid, texts] of wechatApi.received())
      for (const [text, n] of texts)
        textsTwice += Math.max(0, n - (rowsByText.get(`${openid}\u0000${text}`) ?? 0));
    // Units' notices (dispatch SMS) by outcome: the bench should see them sent, not failed.
    const unitNotices = (
      await client.query<{ status: string; n: number }>(
        "SELECT status, count(*)::int AS n FROM notifications GROUP BY status ORDER BY status",
      )
    ).rows;
    const confirmToDispatch = (
      await client.query<{ ms: string }>(`
        SELECT extract(epoch FROM (t.dispatched_at - i.created_at)) * 1000 AS ms FROM tickets t
        JOIN messages o ON o.direction = 'out' AND o.reply_to_message_id IS NOT NULL
          AND position(t.ref IN o.text) > 0
        JOIN messages i ON i.id = o.reply_to_message_id
        WHERE t.dispatched_at IS NOT NULL`)
    ).rows.map((r) => Number(r.ms));
    // Where a turn's time goes, from the rows' own stamps: stored by the webhook (created_at) →
    // its turn run in an intake batch (processed_at, stamped as the turn starts) → its reply claimed
    // for the passive answer by the API (the reply's processed_at). The last span holds the rest of
    // the intake batch, its commit, the wake-up and the API's look.
    const chain = (
      await client.query<{ to_turn: number; to_claim: number }>(`
        SELECT extract(epoch FROM (i.processed_at - i.created_at)) * 1000 AS to_turn,
          extract(epoch FROM (o.processed_at - i.processed_at)) * 1000 AS to_claim
        FROM messages i JOIN messages o ON o.reply_to_message_id = i.id AND o.provider = 'passive'
        WHERE i.direction = 'in' AND i.processed_at IS NOT NULL`)
    ).rows;
    db = null;
    await client.end();

    // The ceiling of the same run: durable single-row INSERTs from as many clients as residents
    // write at once (capped at 32), measured after the load, on the same PostgreSQL.
    const ceiling = await measureInsertCeiling(pgServer.url, Math.min(RESIDENTS, 32), 3);
    const late45 = ackMs.filter((ms) => ms > 4500).length;
    const late5 = ackMs.filter((ms) => ms > 5000).length;
    console.log(
      `pipeline (${APIS} API + ${WORKERS} worker processes, ${RESIDENTS} residents × ${REPORTS} reports` +
        `${WARMUP ? ` after ${WARMUP} warm-up reports each` : ""}): ` +
        `${messagesSent} messages in ${seconds.toFixed(1)} s → ${(messagesSent / seconds).toFixed(0)} msgs/s, ` +
        `${tickets} tickets → ${(tickets / seconds).toFixed(1)} tickets/s; non-2xx ${errors}, reports not completed ${stuck} (no reply within ${REPLY_TIMEOUT_MS / 1000} s: ${timedOut})`,
    );
    for (const line of stuckReplies) console.log(`  not completed: ${line}`);
    if (pushedAgain)
      console.log(
        `  pushes sent again after a failed connection: ${pushedAgain} (${[...pushFailures].map(([why, n]) => `${why} ${n}`).join(", ")})`,
      );
    console.log(
      `  reports: filed as new tickets ${filedReplies} (answered 已登记) of ${RESIDENTS * REPORTS}, ` +
        `lost (no ticket) ${RESIDENTS * FILED - tickets}; attached later to an open ticket as duplicates ${merged} ` +
        `(into the same resident's other report ${mergedSameResident}, across categories ${mergedOtherCategory}); ` +
        `notices of earlier tickets received mid-dialogue ${notices}`,
    );
    const windowTickets = tickets - ticketsBefore;
    const windowMerged = merged - mergedBefore;
    console.log(
      `  tickets created vs merged: in the window ${windowTickets} created, ${windowMerged} of them merged as duplicates ` +
        `(${windowTickets ? ((100 * windowMerged) / windowTickets).toFixed(1) : "0.0"} %), ${windowTickets - windowMerged} kept as tickets of their own` +
        `${WARMUP ? `; in all, warm-up included, ${tickets} created, ${merged} merged` : ""}`,
    );
    console.log(
      `  ceiling: ${ceiling.rowsPerSec.toFixed(0)} durable single-row INSERTs/s (${Math.min(RESIDENTS, 32)} clients); ` +
        `messages/s is ${((100 * messagesSent) / seconds / ceiling.rowsPerSec).toFixed(1)} % of it`,
    );
    console.log(`  ack: ${summary(ackMs)}; answers past 4.5 s: ${late45}, past 5 s: ${late5}`);
    console.log(`  message → bot reply: ${summary(replyMs)}`);
    console.log(
      `  passive replies' chain: stored → turn ${summary(chain.map((c) => Number(c.to_turn)))}; ` +
        `turn → reply claimed by the API ${summary(chain.map((c) => Number(c.to_claim)))}`,
    );
    console.log(
      `  confirmation → dispatched: ${summary(confirmToDispatch)} (${dispatched} dispatched, ${merged} merged as duplicates, ` +
        `${inTriage} in the centre's triage queue${inTriage ? ` (${triage.map((r) => `${r.code} ${r.n}`).join(", ")})` : ""}, ` +
        `of ${tickets}; ${routed ? "every ticket routed" : "NOT every ticket routed, unit notice or WeChat message settled within 30 s"})`,
    );
    console.log(
      `  processed twice: tickets ${tickets} of ${RESIDENTS * FILED} expected${WARMUP ? " (warm-up included)" : ""}, residents without exactly ${FILED} filings ${residentsOff}, messages answered twice ${twiceAnswered}, ` +
        `tickets dispatched twice ${dispatchEvents}; messages without a reply ${unanswered}; ` +
        `replies given passively ${passiveRows}, by the customer-service API ${apiRows} (the fake API received ${wechatApi.sends()}; ` +
        `WeChat rows not sent at the end: ${apiUnsettled.map((r) => `${r.status} ${r.n}`).join(", ") || "none"}; ` +
        `texts received more often than rows hold them ${textsTwice})`,
    );
    console.log(
      `  unit notifications: ${unitNotices.map((r) => `${r.status} ${r.n}`).join(", ") || "none"}; ` +
        `the fake Aliyun SMS API accepted ${aliyunSms.accepted()} of ${aliyunSms.requests.length} requests`,
    );
    const procCpu = procs.map((p, k) => (cpuAfter.procs[k]! - cpuBefore.procs[k]!) / messagesSent);
    const servesCpu = procCpu.reduce((a, b) => a + b, 0);
    console.log(
      `  CPU per message: ${procs.map((p, k) => `${p.role}${p.port ? `:${p.port}` : ""} ${procCpu[k]!.toFixed(2)} ms`).join(", ")}; ` +
        `PostgreSQL + Redis ${((cpuAfter.children - cpuBefore.children) / messagesSent - servesCpu).toFixed(2)} ms`,
    );
    // The kernel's share of each process (syscalls: socket writes and reads, epoll), and the two
    // servers apart: a profile's `writevGeneric` samples wall time, not this.
    console.log(
      `  CPU per message apart: system (kernel) time ${procs.map((p, k) => `${p.role}${p.port ? `:${p.port}` : ""} ${((cpuAfter.procsSys[k]! - cpuBefore.procsSys[k]!) / messagesSent).toFixed(2)} ms`).join(", ")}; ` +
        `PostgreSQL ${((cpuAfter.postgres - cpuBefore.postgres) / messagesSent).toFixed(2)} ms, Redis ${((cpuAfter.redis - cpuBefore.redis) / messagesSent).toFixed(2)} ms`,
    );
    for (const line of statementTable) console.log(`  ${line}`);
    console.log(
      `  peak RSS: ${procs.map((p) => `${p.role}${p.port ? `:${p.port}` : ""} ${peakRssMiB(p.child.pid)} MiB`).join(", ")}`,
    );
  } catch (error) {
    console.error(`pipeline bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  } finally {
    await db?.end().catch(() => {});
    await counter?.close();
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((r) => {
            if (p.child.exitCode !== null) return r();
            p.child.once("exit", () => r());
            p.child.kill("SIGTERM");
          }),
      ),
    );
    await wechatApi.close();
    await aliyunSms.close();
    await Promise.all([pgServer.stop(), redis.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
