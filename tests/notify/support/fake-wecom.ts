import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeWecomOptions {
  corpId: string;
  secret: string;
  agentId: number;
  /** Member userids of the corp visible to the app (compared case-insensitively, as WeCom does). */
  members: string[];
}

export interface DeliveredCard {
  touser: string;
  toparty: string;
  totag: string;
  agentid: number;
  textcard: { title: string; description: string; url: string; btntxt?: string };
}

type Scripted = number | "http500" | { delayMs: number };

/**
 * A local stand-in for WeCom's server API and OAuth page, speaking the real protocol and errcodes:
 * `gettoken` (40013 wrong corp id, 40001 wrong secret), `message/send` (40014 unknown token, 42001
 * expired token, 40056 wrong agent id, partial success with `invaliduser`, 81013 when every
 * recipient is invalid, and the duplicate check), `auth/getuserinfo` (a code is valid once; 40029
 * otherwise) and `/connect/oauth2/authorize` (redirects back with a code for the phone's member).
 * `script` queues what the next message/send or getuserinfo calls answer: an errcode, an HTTP 500,
 * or a delay (the card is delivered, the answer comes too late).
 */
export async function startFakeWecom(o: FakeWecomOptions) {
  let generation = 0;
  const live = new Set<string>();
  const expired = new Set<string>();
  const codes = new Map<string, string>();
  let codeSeq = 0;
  let msgSeq = 0;
  const recent = new Map<string, number>();
  const state = {
    tokenCalls: 0,
    sendCalls: 0,
    delivered: [] as DeliveredCard[],
    /** Cards WeCom's duplicate check dropped. */
    duplicatesDropped: 0,
    script: [] as Scripted[],
    /** Every call answers 60020 (the server's IP is not among the app's trusted IPs). */
    ipBlocked: false,
    /** The WeCom member signed in on the phone that opens the authorize page. */
    phoneUser: null as string | null,
    /** A fake time for the duplicate check window (seconds); tests move it. */
    clockSeconds: 0,
  };
  const isMember = (u: string) => o.members.some((m) => m.toLowerCase() === u.toLowerCase());

  const handle = async (
    req: IncomingMessage,
    body: string,
  ): Promise<{ status: number; body?: unknown; location?: string }> => {
    const url = new URL(req.url ?? "/", "http://fake");
    const q = url.searchParams;
    if (url.pathname === "/connect/oauth2/authorize") {
      if (q.get("appid") !== o.corpId || q.get("response_type") !== "code" || !q.get("redirect_uri"))
        return { status: 400, body: "bad authorize request" };
      if (!state.phoneUser) return { status: 400, body: "nobody signed in on this phone" };
      const code = `CODE${++codeSeq}`;
      codes.set(code, state.phoneUser);
      const back = new URL(q.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", q.get("state") ?? "");
      return { status: 302, location: back.toString() };
    }
    if (state.ipBlocked)
      return { status: 200, body: { errcode: 60020, errmsg: "not allow to access from your ip" } };
    if (url.pathname === "/cgi-bin/gettoken") {
      state.tokenCalls++;
      if (q.get("corpid") !== o.corpId)
        return { status: 200, body: { errcode: 40013, errmsg: "invalid corpid" } };
      if (q.get("corpsecret") !== o.secret)
        return { status: 200, body: { errcode: 40001, errmsg: "invalid credential" } };
      // WeCom hands out the same token until it expires.
      let token = [...live][0];
      if (!token) {
        token = `WWTOKEN_${++generation}`;
        live.add(token);
      }
      return { status: 200, body: { errcode: 0, errmsg: "ok", access_token: token, expires_in: 7200 } };
    }
    const token = q.get("access_token") ?? "";
    if (expired.has(token)) return { status: 200, body: { errcode: 42001, errmsg: "access_token expired" } };
    if (!live.has(token)) return { status: 200, body: { errcode: 40014, errmsg: "invalid access_token" } };
    if (url.pathname === "/cgi-bin/message/send") state.sendCalls++;
    let delayMs = 0;
    const next = state.script.shift();
    if (next === "http500") return { status: 500, body: "busy" };
    if (typeof next === "number") return { status: 200, body: { errcode: next, errmsg: `scripted ${next}` } };
    if (next && typeof next === "object") delayMs = next.delayMs;
    const answer = (() => {
      if (url.pathname === "/cgi-bin/auth/getuserinfo") {
        const user = codes.get(q.get("code") ?? "");
        if (!user) return { errcode: 40029, errmsg: "invalid code" };
        codes.delete(q.get("code")!);
        return isMember(user)
          ? { errcode: 0, errmsg: "ok", userid: user, user_ticket: "UT" }
          : { errcode: 0, errmsg: "ok", openid: `OPENID_${user}` };
      }
      if (url.pathname === "/cgi-bin/message/send") {
        const m = JSON.parse(body) as DeliveredCard & {
          msgtype: string;
          enable_duplicate_check?: number;
          duplicate_check_interval?: number;
        };
        if (m.agentid !== o.agentId) return { errcode: 40056, errmsg: "invalid agentid" };
        if (m.msgtype !== "textcard" || !m.textcard?.title || !m.textcard.url)
          return { errcode: 44004, errmsg: "empty content" };
        const users = m.touser ? m.touser.split("|") : [];
        const invalid = users.filter((u) => !isMember(u));
        if (!m.toparty && !m.totag && invalid.length === users.length)
          return { errcode: 81013, errmsg: "user & party & tag all invalid" };
        const key = JSON.stringify([m.touser, m.toparty, m.totag, m.textcard]);
        const last = recent.get(key);
        const window = m.duplicate_check_interval ?? 1800;
        if (m.enable_duplicate_check === 1 && last !== undefined && state.clockSeconds - last < window) {
          state.duplicatesDropped++;
        } else {
          recent.set(key, state.clockSeconds);
          state.delivered.push({
            touser: m.touser,
            toparty: m.toparty,
            totag: m.totag,
            agentid: m.agentid,
            textcard: m.textcard,
          });
        }
        return {
          errcode: 0,
          errmsg: "ok",
          invaliduser: invalid.join("|"),
          invalidparty: "",
          invalidtag: "",
          unlicenseduser: "",
          msgid: `MSG${++msgSeq}`,
        };
      }
      return null;
    })();
    if (!answer) return { status: 404, body: { errcode: 404, errmsg: "no such API in the fake" } };
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    return { status: 200, body: answer };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void handle(req, Buffer.concat(chunks).toString("utf8")).then((r) => {
        if (res.destroyed) return;
        if (r.location) {
          res.writeHead(r.status, { location: r.location });
          return res.end();
        }
        res.writeHead(r.status, { "content-type": "application/json; charset=utf-8" });
        res.end(typeof r.body === "string" ? r.body : JSON.stringify(r.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    /** The current token stops working with 42001, as after its 7200 s. */
    expireToken() {
      for (const t of live) expired.add(t);
      live.clear();
    },
    /** The current token is revoked (40014), e.g. another server reset the secret. */
    revokeToken() {
      live.clear();
    },
    /** An OAuth code for a member, as the authorize page would issue one. */
    issueCode(userId: string) {
      const code = `CODE${++codeSeq}`;
      codes.set(code, userId);
      return code;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FakeWecom = Awaited<ReturnType<typeof startFakeWecom>>;
