/**
 * Fuzz pass over every route group of a locally started server (real socket, embedded PostgreSQL
 * and Redis in a temporary data directory):
 * `npx tsx scripts/fuzz-edge.ts [requests per group] [group,group…]`.
 * Prints, per group, how many requests were sent and how many answered 5xx (with the first few
 * 5xx for diagnosis). Exits 1 when any request got a 5xx or no answer.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { pino } from "pino";
import { computeHmacSha256Signature } from "../channels/shared/verify-hmac-sha256-header.js";
import { computeTwilioSignature } from "../channels/sms/twilio-signature.js";
import { createWechatCipher } from "../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../channels/wechat/wechat-signature.js";
import { createStaffUser } from "../src/auth/staff.repository.js";
import { buildApp } from "../src/http/app.js";
import { createContext } from "../src/runtime/create-context.js";
import { parseEnv } from "../src/runtime/env.schema.js";
import { startInfrastructure } from "../src/runtime/infrastructure.js";

const PER_GROUP = Number(process.argv[2] ?? 10_000);
/** Optional comma-separated group names to run (default: all). */
const ONLY = process.argv[3]?.split(",");
const CONCURRENCY = 8;
const S = {
  wechatToken: "fuzztoken",
  appid: "wx2c2769f8efd9abc2",
  aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  twilio: "twilio-auth-token-fuzz",
  aliyun: "aliyun-path-token-0123456789",
  tencent: "tencent-path-token-0123456789",
  generic: "generic-secret-0123456789",
  hotline: "hotline-secret-0123456789",
  open311: "open311-fuzz-key-0123456789",
  base: "https://zhitong.example.gov.cn",
  password: "Fuzz-password-2026!",
};

interface Req {
  method: string;
  url: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

// --- generators -----------------------------------------------------------------------------
const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    "\u0000",
    "\ud800",
    "%00",
    "]]>",
    "<xml>",
    "{",
    "null",
    "[]",
    "%zz",
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "2026-02-30",
    "-1",
    "1e309",
    "13912345678",
    "西盛家园",
  ),
);
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80"; // a lone surrogate, percent-encoded as its UTF-8-like bytes
  }
};
const query = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom(
        "q",
        "from",
        "to",
        "status",
        "limit",
        "cursor",
        "unit",
        "category",
        "date",
        "period",
        "start_date",
        "end_date",
        "service_code",
        "service_request_id",
        "api_key",
        "callId",
        "speaker",
        "sessionId",
        "after",
        "token",
        "echostr",
        "timestamp",
        "nonce",
        "signature",
        "encrypt_type",
        "msg_signature",
      ),
      junk,
    ),
    junk,
    { maxKeys: 4 },
  )
  .map((d) =>
    Object.entries(d)
      .map(([k, v]) => `${enc(k)}=${enc(v)}`)
      .join("&"),
  );
const jsonBody = fc.oneof(fc.json({ maxDepth: 3 }), junk);
const bytes = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a));
const contentType = fc.constantFrom(
  "application/json",
  "text/xml",
  "application/x-www-form-urlencoded",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
);

function hmac(url: string, body: string, secret: string, now: Date): Req {
  const ts = String(Math.floor(now.getTime() / 1000));
  return {
    method: "POST",
    url,
    body,
    headers: {
      "content-type": "application/json",
      "x-zhitong-timestamp": ts,
      "x-zhitong-signature": computeHmacSha256Signature(secret, ts, Buffer.from(body)),
    },
  };
}

// --- server ---------------------------------------------------------------------------------
const dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-fuzz-"));
await chmod(dataDir, 0o755);
const env = parseEnv({
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  QUEUE_PREFIX: "fuzz",
  PUBLIC_BASE_URL: S.base,
  WECHAT_TOKEN: S.wechatToken,
  WECHAT_APPID: S.appid,
  WECHAT_ENCODING_AES_KEY: S.aesKey,
  WECHAT_PASSIVE_REPLY_BUDGET_MS: "0",
  TWILIO_AUTH_TOKEN: S.twilio,
  ALIYUN_SMS_CALLBACK_TOKEN: S.aliyun,
  TENCENT_SMS_CALLBACK_TOKEN: S.tencent,
  GENERIC_SMS_SECRET: S.generic,
  HOTLINE_HMAC_SECRET: S.hotline,
  OPEN311_API_KEYS: S.open311,
  WEB_CHAT_RATE_LIMIT_PER_MINUTE: "100000000",
  LOGIN_RATE_PER_MINUTE: "100000000",
});
const log = pino({ level: "silent" });
const infra = await startInfrastructure(env, log);
const ctx = await createContext(env, infra, log);
await ctx.relay.start();
const app = await buildApp(ctx);
await createStaffUser(
  ctx.database.db,
  ctx.config,
  { username: "fuzz", role: "admin", unitId: null, password: S.password, displayName: "fuzz" },
  ctx.now(),
);
await app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

async function send(r: Req): Promise<number> {
  const res = await fetch(base + r.url, {
    method: r.method,
    headers: r.headers,
    body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body,
    redirect: "manual",
  });
  await res.arrayBuffer();
  return res.status;
}

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "fuzz", password: S.password }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
const session = (await (await fetch(`${base}/channels/web/session`, { method: "POST" })).json()) as {
  sessionId: string;
  token: string;
};
const cipher = createWechatCipher(S.aesKey, S.appid);
let nonce = 0;
const ts = () => String(Math.floor(ctx.now().getTime() / 1000));

// --- route groups ---------------------------------------------------------------------------
const groups: Record<string, fc.Arbitrary<() => Req>> = {
  wechat: fc.oneof(
    fc.tuple(junk, contentType).map(([text, type]) => () => {
      const n = String(++nonce);
      const t = ts();
      const encrypt = cipher.encrypt(
        `<xml><ToUserName>gh</ToUserName><FromUserName>oFuzz${n}</FromUserName><CreateTime>${t}</CreateTime><MsgType>text</MsgType><Content><![CDATA[${text.replaceAll("]]>", "")}]]></Content><MsgId>${n}</MsgId></xml>`,
      );
      return {
        method: "POST",
        url: `/channels/wechat?${new URLSearchParams({ timestamp: t, nonce: n, encrypt_type: "aes", msg_signature: computeWechatSignature([S.wechatToken, t, n, encrypt]) })}`,
        body: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
        headers: { "content-type": type },
      };
    }),
    fc.tuple(junk, query).map(([body, q]) => () => {
      const n = String(++nonce);
      const t = ts();
      return {
        method: "POST",
        url: `/channels/wechat?signature=${computeWechatSignature([S.wechatToken, t, n])}&timestamp=${t}&nonce=${n}&${q}`,
        body,
        headers: { "content-type": "text/xml" },
      };
    }),
    fc
      .tuple(fc.constantFrom("GET", "POST", "PUT"), query, fc.oneof(junk, bytes))
      .map(([method, q, body]) => () => ({
        method,
        url: `/channels/wechat?${q}`,
        body,
        headers: { "content-type": "text/xml" },
      })),
  ),
  sms: fc.oneof(
    fc
      .tuple(
        fc.dictionary(fc.constantFrom("MessageSid", "From", "To", "Body", "X"), junk, { maxKeys: 5 }),
        fc.boolean(),
        contentType,
      )
      .map(([fields, sign, type]) => () => {
        const form = new URLSearchParams(fields).toString();
        return {
          method: "POST",
          url: "/channels/sms/twilio",
          body: form,
          headers: {
            "content-type": type,
            "x-twilio-signature": sign
              ? computeTwilioSignature(S.twilio, `${S.base}/channels/sms/twilio`, Object.entries(fields))
              : "junk",
          },
        };
      }),
    fc.tuple(fc.constantFrom("aliyun", "tencent"), jsonBody, fc.boolean()).map(([p, body, good]) => () => ({
      method: "POST",
      url: `/channels/sms/${p}/${good ? (p === "aliyun" ? S.aliyun : S.tencent) : "wrong-token-000000000"}`,
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json" },
    })),
    jsonBody.map(
      (b) => () =>
        hmac("/channels/sms/generic", typeof b === "string" ? b : JSON.stringify(b), S.generic, ctx.now()),
    ),
  ),
  hotline: fc.oneof(
    fc
      .record(
        {
          type: fc.constantFrom("call.started", "transcript.segment", "call.ended", "x"),
          callId: junk,
          seq: fc.oneof(fc.nat(), fc.integer()),
          speaker: fc.constantFrom("caller", "agent", ""),
          text: junk,
          final: fc.boolean(),
          caller: junk,
          callee: junk,
          at: junk,
          startMs: fc.nat(),
          endMs: fc.nat(),
        },
        { requiredKeys: [] },
      )
      .map((e) => () => hmac("/channels/hotline/events", JSON.stringify(e), S.hotline, ctx.now())),
    fc.tuple(junk, fc.constantFrom("caller", "agent", "x"), jsonBody).map(
      ([callId, speaker, body]) =>
        () =>
          hmac(
            `/channels/hotline/aliyun?callId=${enc(callId)}&speaker=${speaker}`,
            JSON.stringify({
              header: { name: "SentenceEnd" },
              payload: {
                index: 1,
                time: 800,
                begin_time: 0,
                result: typeof body === "string" ? body : JSON.stringify(body),
              },
            }),
            S.hotline,
            ctx.now(),
          ),
    ),
    fc.tuple(jsonBody, bytes).map(([b, raw]) => () => ({
      method: "POST",
      url: "/channels/hotline/events",
      body: raw.length ? raw : JSON.stringify(b),
      headers: { "content-type": "application/json" },
    })),
  ),
  web: fc.oneof(
    fc
      .record(
        {
          sessionId: fc.oneof(fc.constant(session.sessionId), junk),
          text: junk,
          clientMessageId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), junk),
        },
        { requiredKeys: [] },
      )
      .map((b) => () => ({
        method: "POST",
        url: "/channels/web/messages",
        body: JSON.stringify(b),
        headers: { "content-type": "application/json", "x-web-session-token": session.token },
      })),
    query.map((q) => () => ({
      method: "GET",
      url: `/channels/web/messages?${q}&sessionId=${session.sessionId}`,
      headers: { "x-web-session-token": session.token },
    })),
    fc.tuple(junk, contentType).map(([b, type]) => () => ({
      method: "POST",
      url: "/channels/web/messages",
      body: b,
      headers: { "content-type": type },
    })),
  ),
  staff: fc.oneof(
    fc
      .tuple(
        fc.constantFrom(
          "/api/v1/tickets",
          "/api/v1/inbox",
          "/api/v1/reports/rates",
          "/api/v1/reports/overview",
          "/api/v1/reports/weekly.csv",
          "/api/v1/supervision",
          "/api/v1/triage",
          "/api/v1/callback-tasks",
          "/api/v1/units",
          "/api/v1/me",
        ),
        query,
      )
      .map(([p, q]) => () => ({ method: "GET", url: `${p}?${q}`, headers: { cookie } })),
    fc
      .tuple(junk, fc.constantFrom("", "/lights", "/messages", "/actions", "/surveys", "/duplicates"))
      .map(([id, sub]) => () => ({
        method: "GET",
        url: `/api/v1/tickets/${enc(id) || "x"}${sub}`,
        headers: { cookie },
      })),
    fc
      .record(
        {
          kind: junk,
          category: fc.oneof(fc.constantFrom("municipal", "heating"), junk),
          summary: junk,
          description: junk,
          location: fc.oneof(
            fc.record(
              { text: junk, community: junk, lat: fc.double(), lng: fc.double() },
              { requiredKeys: [] },
            ),
            junk,
          ),
          urgency: junk,
          contact: fc.record({ name: junk, phone: junk }, { requiredKeys: [] }),
          channel: junk,
        },
        { requiredKeys: [] },
      )
      .map((b) => () => ({
        method: "POST",
        url: "/api/v1/tickets",
        body: JSON.stringify(b),
        headers: { cookie, "content-type": "application/json" },
      })),
    fc
      .tuple(junk, fc.constantFrom("note", "accept", "transfer", "resolve", "reveal"), jsonBody)
      .map(([id, action, b]) => () => ({
        method: "POST",
        url:
          action === "reveal"
            ? `/api/v1/tickets/${enc(id) || "x"}/reveal`
            : `/api/v1/tickets/${enc(id) || "x"}/actions/${action}`,
        body: typeof b === "string" ? b : JSON.stringify(b),
        headers: { cookie, "content-type": "application/json" },
      })),
    query.map((q) => () => ({ method: "GET", url: `/api/v1/tickets?${q}` })),
  ),
  open311: fc.oneof(
    query.map((q) => () => ({ method: "GET", url: `/open311/v2/requests.json?${q}` })),
    fc.tuple(junk, fc.boolean()).map(([id, key]) => () => ({
      method: "GET",
      url: `/open311/v2/requests/${enc(id) || "x"}.json${key ? `?api_key=${S.open311}` : ""}`,
    })),
    fc
      .tuple(
        fc.dictionary(
          fc.constantFrom(
            "api_key",
            "service_code",
            "description",
            "address_string",
            "lat",
            "long",
            "phone",
            "first_name",
            "last_name",
            "address_id",
          ),
          junk,
          { maxKeys: 8 },
        ),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([fields, key, form]) => () => {
        const all = key
          ? { ...fields, api_key: S.open311, service_code: fields.service_code ?? "municipal" }
          : fields;
        return {
          method: "POST",
          url: "/open311/v2/requests.json",
          body: form ? new URLSearchParams(all).toString() : JSON.stringify(all),
          headers: { "content-type": form ? "application/x-www-form-urlencoded" : "application/json" },
        };
      }),
    junk.map((c) => () => ({ method: "GET", url: `/open311/v2/services/${enc(c) || "x"}.json` })),
  ),
  "auth+ops": fc.oneof(
    fc.record({ username: junk, password: junk }, { requiredKeys: [] }).map((b) => () => ({
      method: "POST",
      url: "/api/v1/auth/login",
      body: JSON.stringify(b),
      headers: { "content-type": "application/json" },
    })),
    fc.tuple(junk, contentType).map(([b, type]) => () => ({
      method: "POST",
      url: "/api/v1/auth/login",
      body: b,
      headers: { "content-type": type },
    })),
    fc
      .tuple(
        fc.constantFrom(
          "/healthz",
          "/readyz",
          "/metrics",
          "/docs/json",
          "/admin/queues",
          "/api/v1/me",
          "/console/",
        ),
        query,
        fc.boolean(),
      )
      .map(([p, q, signed]) => () => ({
        method: "GET",
        url: `${p}?${q}`,
        headers: signed ? { cookie } : ({} as Record<string, string>),
      })),
  ),
};

let failed = false;
for (const [name, arb] of Object.entries(groups)) {
  if (ONLY && !ONLY.includes(name)) continue;
  const makers = fc.sample(arb, PER_GROUP);
  const statuses = new Map<number, number>();
  const fives: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < makers.length) {
      const r = makers[next++]!();
      let status: number;
      try {
        status = await send(r);
      } catch (err) {
        status = 599; // no answer at all counts as a server failure
        if (fives.length < 5) fives.push(`${r.method} ${r.url.slice(0, 120)} → ${(err as Error).message}`);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 && status !== 599 && fives.length < 5)
        fives.push(`${r.method} ${r.url.slice(0, 120)} → ${status}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const errors = [...statuses.entries()].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  if (errors > 0) failed = true;
  const spread = Object.fromEntries([...statuses.entries()].sort((a, b) => a[0] - b[0]));
  console.log(
    `${name}: ${total} requests, ${errors} 5xx (${((performance.now() - started) / 1000).toFixed(0)} s) ${JSON.stringify(spread)}`,
  );
  for (const f of fives) console.log(`  ${f}`);
}

await app.close();
await ctx.close();
await infra.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
