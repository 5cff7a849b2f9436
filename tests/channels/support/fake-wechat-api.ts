import { startFakeServer } from "./http-fake.js";

/**
 * WeChat's server API as Zhitong uses it: `stable_token` (checks appid/secret, returns the same token
 * until revoked, honours force_refresh), customer-service text and news sends and template sends
 * (check the token).
 * `script` queues errcodes the next sends answer with.
 */
export async function startFakeWechatApi(appid: string, secret: string) {
  let generation = 1;
  let current = `TOKEN_${generation}`;
  const state = {
    tokenCalls: 0,
    forcedRefreshes: 0,
    custom: [] as Array<{ touser: string; content: string }>,
    /** Customer-service news (图文) messages: one article each, as WeChat accepts since 2018. */
    news: [] as Array<{
      touser: string;
      article: { title: string; description: string; url: string; picurl?: string };
    }>,
    templates: [] as Array<{ touser: string; template_id: string; data: Record<string, { value: string }> }>,
    /** Errcodes (or "http500") the next custom/template sends and media downloads answer with, in order. */
    script: [] as Array<number | "http500">,
    /** Temporary media (临时素材) the resident uploaded, by MediaId; others answer 40007. */
    media: new Map<string, { bytes: Buffer; contentType: string }>(),
    mediaGets: [] as string[],
    /**
     * Customer-service texts to accept (recorded as sent, as WeChat would deliver them) without
     * answering until `releaseHeld()`: the client sees its timeout, not WeChat's answer.
     */
    acceptWithoutAnswer: 0,
    /**
     * Delays (ms) of the next customer-service texts' answers, in order: each text is accepted
     * (recorded as sent) at once and answered only after its delay, as WeChat's answer read late.
     */
    answerLate: [] as number[],
    /** Recipients whose customer-service sends answer 500 (a send that failed, not delivered). */
    failFor: new Set<string>(),
  };
  let held: Array<() => void> = [];
  const server = await startFakeServer((req) => {
    const body = JSON.parse(req.body.toString("utf8") || "{}") as Record<string, unknown>;
    if (req.path === "/cgi-bin/stable_token") {
      state.tokenCalls++;
      if (body["appid"] !== appid || body["secret"] !== secret)
        return { status: 200, body: { errcode: 40125, errmsg: "invalid appsecret" } };
      if (body["force_refresh"] === true) {
        state.forcedRefreshes++;
        current = `TOKEN_${++generation}`;
      }
      return { status: 200, body: { access_token: current, expires_in: 7200 } };
    }
    const token = req.query.get("access_token");
    if (token !== current)
      return {
        status: 200,
        body: { errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" },
      };
    if (req.path === "/cgi-bin/message/custom/send" && state.failFor.has(String(body["touser"])))
      return { status: 500, body: "busy" };
    const next = state.script.shift();
    if (next === "http500") return { status: 500, body: "busy" };
    if (next !== undefined) return { status: 200, body: { errcode: next, errmsg: `scripted ${next}` } };
    if (req.path === "/cgi-bin/media/get") {
      const id = req.query.get("media_id") ?? "";
      state.mediaGets.push(id);
      const file = state.media.get(id);
      if (!file) return { status: 200, body: { errcode: 40007, errmsg: "invalid media_id" } };
      return { status: 200, body: file.bytes, contentType: file.contentType };
    }
    if (req.path === "/cgi-bin/message/custom/send" && body["msgtype"] === "news") {
      const articles = (body["news"] as { articles?: unknown[] } | undefined)?.articles;
      // WeChat: "article size out of limit" when a customer-service news message has more than one.
      if (!Array.isArray(articles) || articles.length !== 1)
        return { status: 200, body: { errcode: 45008, errmsg: "article size out of limit" } };
      state.news.push({
        touser: String(body["touser"]),
        article: articles[0] as (typeof state.news)[number]["article"],
      });
      return { status: 200, body: { errcode: 0, errmsg: "ok" } };
    }
    if (req.path === "/cgi-bin/message/custom/send") {
      if (body["msgtype"] !== "text")
        return { status: 200, body: { errcode: 40008, errmsg: "invalid message type" } };
      state.custom.push({
        touser: String(body["touser"]),
        content: String((body["text"] as { content: string }).content),
      });
      const ok = { status: 200, body: { errcode: 0, errmsg: "ok" } };
      if (state.acceptWithoutAnswer > 0) {
        state.acceptWithoutAnswer--;
        return new Promise<typeof ok>((resolve) => held.push(() => resolve(ok)));
      }
      const late = state.answerLate.shift();
      if (late !== undefined) return new Promise<typeof ok>((resolve) => setTimeout(() => resolve(ok), late));
      return ok;
    }
    if (req.path === "/cgi-bin/message/template/send" || req.path === "/cgi-bin/message/subscribe/bizsend") {
      state.templates.push(body as (typeof state.templates)[number]);
      return { status: 200, body: { errcode: 0, errmsg: "ok", msgid: 200228332 } };
    }
    return { status: 404, body: { errcode: 404 } };
  });
  return {
    ...server,
    state,
    /** WeChat invalidated the token (another system called /cgi-bin/token): the next normal fetch returns a new one. */
    revokeToken() {
      current = `TOKEN_${++generation}`;
    },
    /** Answers the sends held by `acceptWithoutAnswer` (their clients have long given up). */
    releaseHeld() {
      for (const answer of held) answer();
      held = [];
    },
  };
}
