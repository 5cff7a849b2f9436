import type { AckResponse } from "../channel.js";
import type { ChannelDelivery, ChannelImplementation, ChannelPort, ChannelRoute } from "../port.js";
import { DeliveryError, MediaFetchError, type MediaSource } from "../port.js";
import { createKfCallbackReader } from "./wechat-kf-callback.js";
import { createWechatKfApi, WechatKfApiError, type WechatKfApi } from "./wechat-kf-api.js";
import { readWechatKfConfig, type WechatKfEnv as KfConfig } from "./wechat-kf.config.js";
import { KF_CHANNEL, KF_WINDOW } from "./wechat-kf.constants.js";
import { createKfTokenCache, type KfTokenCache } from "./wechat-kf-token.js";
import { normalizeKfMessage } from "./normalize-kf-message.js";

/** send_msg takes at most 2048 bytes of text. */
const MAX_TEXT_BYTES = 2048;
/**
 * sync_msg pages of 100 items (WeCom allows 1000): the cursor is saved after each page, so a crash
 * loses little work. Storing costs a few milliseconds per message (measured: ~7 ms each for 1000).
 */
const PAGE_LIMIT = 100;
/** WeCom waits 5 s for the callback answer: stop starting pages after this, finish in the background. */
const ANSWER_WITHIN_MS = 3000;
/** Pages one pull (a notice and its background continuation) reads at most. */
const MAX_PAGES = 200;
/** A notice's "pull again" flag outlives any pull (the WeCom notice token lasts 10 minutes). */
const PENDING_TTL_SECONDS = 600;

interface Clients {
  config: KfConfig;
  api: WechatKfApi;
  token: KfTokenCache;
}

function clients(port: ChannelPort, config: KfConfig): Clients | null {
  if (!config.WECHAT_KF_SECRET || !config.WECHAT_KF_CORP_ID) return null;
  const api = createWechatKfApi({
    baseUrl: config.WECHAT_KF_API_BASE,
    corpId: config.WECHAT_KF_CORP_ID,
    secret: config.WECHAT_KF_SECRET,
    fetch: port.fetch,
  });
  return { config, api, token: createKfTokenCache(port.cache, api, config.WECHAT_KF_CORP_ID) };
}

async function withToken<T>(c: Clients, call: (token: string) => Promise<T>): Promise<T> {
  const token = await c.token.get();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof WechatKfApiError && error.tokenRejected)) throw error;
    return call(await c.token.renew(token));
  }
}

/**
 * Pulls every waiting message for one customer-service account and stores each once. The cursor is
 * saved (PostgreSQL) only after the page's messages are stored: a crash re-reads that page and the
 * store's unique msgid drops the repeats. One process pulls an account at a time; a notice arriving
 * meanwhile raises a flag instead of waiting, and the puller goes round again when it sees it.
 */
async function pull(
  port: ChannelPort,
  c: Clients,
  openKfId: string,
  noticeToken: string | null,
  /** Stop starting pages after this (performance.now() ms) and report `unfinished`; null: no limit. */
  answerBy: number | null,
): Promise<{ stored: number; duplicates: number; ignored: number; busy: boolean; unfinished: boolean }> {
  const totals = { stored: 0, duplicates: 0, ignored: 0, busy: false, unfinished: false };
  const pendingKey = `${KF_CHANNEL}:pending:${openKfId}`;
  await port.cache.set(pendingKey, "1", PENDING_TTL_SECONDS);
  for (let page = 0; page < MAX_PAGES; page++) {
    // Response time towards WeCom, measured on the wall clock (not business time).
    if (answerBy !== null && performance.now() > answerBy) {
      totals.unfinished = true;
      break;
    }
    const turn = await port.state.tryWithLock(`cursor:${openKfId}`, async (cursor) => {
      await port.cache.deleteIfEquals(pendingKey, "1");
      const answer = await withToken(c, (t) =>
        c.api.syncMsg(t, { cursor, noticeToken, openKfId, limit: PAGE_LIMIT }),
      );
      const receivedAt = port.now();
      const messages = answer.messages.flatMap((m) => normalizeKfMessage(m, receivedAt) ?? []);
      const stored = await port.storeInbound(messages);
      totals.stored += stored.filter((s) => s.inserted).length;
      totals.duplicates += stored.filter((s) => !s.inserted).length;
      totals.ignored += answer.messages.length - messages.length + answer.skipped;
      return { next: answer.nextCursor ?? cursor, result: answer.hasMore };
    });
    if (!turn.ran) {
      // Another process is pulling this account; it sees the flag and pulls once more.
      totals.busy = true;
      break;
    }
    if (!turn.result && !(await port.cache.get(pendingKey))) break;
  }
  return totals;
}

function createRoutes(port: ChannelPort): ChannelRoute[] | null {
  const config = readWechatKfConfig(port.env);
  if (!config) return null;
  const reader = createKfCallbackReader({
    token: config.WECHAT_KF_TOKEN!,
    corpId: config.WECHAT_KF_CORP_ID!,
    encodingAesKey: config.WECHAT_KF_ENCODING_AES_KEY!,
    maxSkewSeconds: config.WECHAT_KF_MAX_SKEW_SECONDS,
    now: port.now,
  });
  const c = clients(port, config);
  const handle = async (req: Parameters<ChannelRoute["handle"]>[0]): Promise<AckResponse> => {
    const callback = reader.read(req);
    switch (callback.type) {
      case "refused":
        port.log.info({ code: callback.code }, "callback refused");
        return callback.ack;
      case "verify-url":
        return { status: 200, contentType: "text/plain; charset=utf-8", body: callback.echo };
      case "ignore":
        port.log.info({ event: callback.event }, "callback event ignored");
        return success();
      case "pull": {
        if (!c) {
          port.log.error({}, "cannot pull messages: WECHAT_KF_SECRET is not set");
          return unavailable();
        }
        try {
          const { openKfId, noticeToken } = callback;
          const totals = await pull(port, c, openKfId, noticeToken, performance.now() + ANSWER_WITHIN_MS);
          port.log.info(totals, "messages pulled");
          if (totals.unfinished) {
            // A backlog: answer WeCom in time and keep pulling here. If this process dies, the
            // cursor still points at what is unread and the next notice continues.
            void pull(port, c, openKfId, noticeToken, null).then(
              (rest) => port.log.info(rest, "backlog pulled"),
              (error: Error) => port.log.warn({ err: error.message }, "backlog pull failed"),
            );
          }
          return success();
        } catch (error) {
          // Nothing acknowledged: WeCom calls again, and the cursor still points at what is unread.
          port.log.warn({ err: (error as Error).message }, "pull failed");
          return unavailable();
        }
      }
    }
  };
  const url = `/channels/${KF_CHANNEL}`;
  return [
    { method: "GET", url, handle },
    { method: "POST", url, handle },
  ];
}

function createDelivery(port: ChannelPort): ChannelDelivery | null {
  const config = readWechatKfConfig(port.env);
  const c = config ? clients(port, config) : null;
  if (!c) return null;
  return {
    async deliver(req) {
      if (!req.text) throw new DeliveryError("WECHAT_KF.NO_TEXT: 微信客服 sends text only", false);
      const account = await req.from();
      if (!account)
        throw new DeliveryError(
          "WECHAT_KF.NO_ACCOUNT: the resident never wrote to a customer-service account",
          false,
        );
      const last = req.lastInboundAt?.getTime() ?? 0;
      if (
        port.now().getTime() - last >= KF_WINDOW.ms ||
        (await req.sentSinceLastInbound()) >= KF_WINDOW.maxMessages
      )
        throw new DeliveryError(
          "WECHAT_KF.OUTSIDE_WINDOW: more than 48 hours or 5 messages since the resident last wrote",
          false,
        );
      const msgid = await withToken(c, (t) =>
        c.api.sendText(t, {
          toUser: req.to,
          openKfId: account,
          msgid: `zt-out-${req.messageId}`,
          content: fitBytes(req.text!, MAX_TEXT_BYTES),
        }),
      );
      return { providerMessageId: msgid, via: KF_CHANNEL };
    },
  };
}

/** Photos and voice customers sent, downloaded with the WeCom token (renewed once when rejected). */
function createMediaSource(port: ChannelPort): MediaSource | null {
  const config = readWechatKfConfig(port.env);
  const c = config ? clients(port, config) : null;
  if (!c) return null;
  return {
    async fetchMedia(ref) {
      if (!ref.mediaId) throw new MediaFetchError("微信客服 message without media_id", false);
      const mediaId = ref.mediaId;
      try {
        return await withToken(c, (t) => c.api.getMedia(t, mediaId));
      } catch (error) {
        if (error instanceof WechatKfApiError) throw new MediaFetchError(error.message, error.retryable);
        throw error;
      }
    },
  };
}

function fitBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, "utf8") <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && Buffer.byteLength(`${chars.join("")}…`, "utf8") > max) chars.pop();
  return `${chars.join("")}…`;
}

function success(): AckResponse {
  return { status: 200, contentType: "text/plain; charset=utf-8", body: "success" };
}

function unavailable(): AckResponse {
  return {
    status: 503,
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify({
      error: { code: "CHANNEL.STORE_UNAVAILABLE", message: "服务暂时不可用，请稍后重试 (retry later)" },
    }),
  };
}

/** The protocol side of the channel (its manifest: `wechat-kf.manifest.ts`). */
export const wechatKfModule: ChannelImplementation = {
  webhooks: [],
  createRoutes,
  createDelivery,
  createMediaSource,
};
