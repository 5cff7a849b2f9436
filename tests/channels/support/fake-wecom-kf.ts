import { startFakeServer } from "./http-fake.js";

/**
 * WeCom's 微信客服 server API as Zhitong uses it: `gettoken` (checks corpid/secret; the same token
 * until revoked), `kf/sync_msg` (pages through the customer's messages with a cursor, the callback's
 * Token required) and `kf/send_msg` (records texts). `script` queues errcodes the next calls answer.
 */
export async function startFakeWecomKf(corpId: string, secret: string) {
  let generation = 1;
  let current = `KFTOKEN_${generation}`;
  const state = {
    tokenCalls: 0,
    /** Every item ever offered by sync_msg, in order; the cursor is an index into it. */
    queue: [] as Array<Record<string, unknown>>,
    syncCalls: [] as Array<{ cursor: string | null; token: string | null; open_kfid: string }>,
    sent: [] as Array<{ touser: string; open_kfid: string; msgid: string; content: string }>,
    /** sync_msg answers after this long; the most calls in flight at once is recorded. */
    syncDelayMs: 0,
    syncInFlight: 0,
    maxSyncInFlight: 0,
    /** Errcodes (or "http500") the next sync/send calls answer with, in order. */
    script: [] as Array<number | "http500">,
    /** Like `script`, for kf/sync_msg only: a reply still being sent in the background cannot take it. */
    syncScript: [] as Array<number | "http500">,
    /** Temporary media customers sent, by media_id; others answer 40007. */
    media: new Map<string, { bytes: Buffer; contentType: string }>(),
  };
  let seq = 0;
  const server = await startFakeServer(async (req) => {
    if (req.path === "/cgi-bin/kf/sync_msg" && state.syncDelayMs > 0) {
      state.syncInFlight++;
      state.maxSyncInFlight = Math.max(state.maxSyncInFlight, state.syncInFlight);
      await new Promise((r) => setTimeout(r, state.syncDelayMs));
      state.syncInFlight--;
    }
    if (req.path === "/cgi-bin/gettoken") {
      state.tokenCalls++;
      if (req.query.get("corpid") !== corpId || req.query.get("corpsecret") !== secret)
        return { status: 200, body: { errcode: 40001, errmsg: "invalid credential" } };
      return { status: 200, body: { errcode: 0, errmsg: "ok", access_token: current, expires_in: 7200 } };
    }
    if (req.query.get("access_token") !== current)
      return { status: 200, body: { errcode: 40014, errmsg: "invalid access_token" } };
    const next = state.script.shift();
    if (next === "http500") return { status: 500, body: "busy" };
    if (next !== undefined) return { status: 200, body: { errcode: next, errmsg: `scripted ${next}` } };
    if (req.path === "/cgi-bin/media/get") {
      const file = state.media.get(req.query.get("media_id") ?? "");
      if (!file) return { status: 200, body: { errcode: 40007, errmsg: "invalid media_id" } };
      return { status: 200, body: file.bytes, contentType: file.contentType };
    }
    const body = JSON.parse(req.body.toString("utf8") || "{}") as Record<string, unknown>;
    if (req.path === "/cgi-bin/kf/sync_msg") {
      const scripted = state.syncScript.shift();
      if (scripted === "http500") return { status: 500, body: "busy" };
      if (scripted !== undefined)
        return { status: 200, body: { errcode: scripted, errmsg: `scripted ${scripted}` } };
      const cursor = typeof body["cursor"] === "string" ? body["cursor"] : null;
      state.syncCalls.push({
        cursor,
        token: typeof body["token"] === "string" ? body["token"] : null,
        open_kfid: String(body["open_kfid"]),
      });
      const from = cursor ? Number(cursor.replace("C", "")) : 0;
      const limit = Number(body["limit"] ?? 1000);
      const page = state.queue.filter((m) => m["open_kfid"] === body["open_kfid"]).slice(from, from + limit);
      const end = from + page.length;
      const total = state.queue.filter((m) => m["open_kfid"] === body["open_kfid"]).length;
      return {
        status: 200,
        body: {
          errcode: 0,
          errmsg: "ok",
          next_cursor: `C${end}`,
          has_more: end < total ? 1 : 0,
          msg_list: page,
        },
      };
    }
    if (req.path === "/cgi-bin/kf/send_msg") {
      const text = body["text"] as { content?: string } | undefined;
      state.sent.push({
        touser: String(body["touser"]),
        open_kfid: String(body["open_kfid"]),
        msgid: String(body["msgid"]),
        content: String(text?.content ?? ""),
      });
      return {
        status: 200,
        body: { errcode: 0, errmsg: "ok", msgid: String(body["msgid"] ?? `MSG${++seq}`) },
      };
    }
    return { status: 404, body: { errcode: 404 } };
  });
  return {
    ...server,
    state,
    /** A customer message waiting in sync_msg. */
    customerWrites(openKfId: string, externalUserId: string, text: string, sendTime: number) {
      const msgid = `MSGIN${++seq}`;
      state.queue.push({
        msgid,
        open_kfid: openKfId,
        external_userid: externalUserId,
        send_time: sendTime,
        origin: 3,
        msgtype: "text",
        text: { content: text },
      });
      return msgid;
    },
    /** A system event (origin 4), which Zhitong does not store. */
    systemEvent(openKfId: string, externalUserId: string) {
      state.queue.push({
        msgid: `EV${++seq}`,
        open_kfid: openKfId,
        external_userid: externalUserId,
        origin: 4,
        msgtype: "event",
        event: { event_type: "enter_session", open_kfid: openKfId, external_userid: externalUserId },
      });
    },
    revokeToken() {
      current = `KFTOKEN_${++generation}`;
    },
  };
}
