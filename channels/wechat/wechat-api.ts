import { z } from "zod";
import { callTencentJsonApi, TencentApiError, TOKEN_ERRCODES } from "../shared/tencent-json-api.js";
import { tencentMediaGet } from "../shared/tencent-media-get.js";

/**
 * The customer-service window or quota is exhausted: 45015 "response out of time limit" (more than
 * 48 h since the resident last wrote), 45047 "out of response count limit" (per-user quota).
 * Retrying cannot help; a subscription/template message may.
 */
export const WINDOW_ERRCODES: ReadonlySet<number> = new Set([45015, 45047]);
/** Transient: system busy (-1), API frequency limit (45009), daily API quota reached (45011). */
const RETRYABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 45009, 45011]);
const RETRY_AFTER: ReadonlySet<number> = new Set([...RETRYABLE_ERRCODES, ...TOKEN_ERRCODES]);

/**
 * Default for a call to WeChat's server API. WeChat answers within a second; what runs late is
 * this side on a loaded machine (the answer waits in the socket for a busy event loop). A
 * customer-service text timed out after WeChat accepted it waits for its late answer, and is sent
 * again only when none comes (see wechat-delivery.ts).
 */
export const WECHAT_API_TIMEOUT_MS = 30_000;

export class WechatApiError extends TencentApiError {
  override readonly name = "WechatApiError";
  get outsideWindow(): boolean {
    return this.errcode !== null && WINDOW_ERRCODES.has(this.errcode);
  }
}

const StableToken = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });

export interface WechatApiOptions {
  /** `https://api.weixin.qq.com`, or a local fake in tests. */
  baseUrl: string;
  appid: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface WechatTemplateSend {
  /** `template` = 模板消息 (service accounts), `subscribe` = 订阅通知 (一次性/长期订阅). */
  api: "template" | "subscribe";
  openid: string;
  templateId: string;
  /** Field name → value, e.g. `{ thing1: "暖气不热", phrase2: "已受理" }`. */
  fields: Record<string, string>;
}

/**
 * The few WeChat official-account server APIs Zhitong calls: `stable_token` (the access token shared
 * by all processes), customer-service text messages and template/subscription messages. Every call
 * turns WeChat's `{errcode, errmsg}` into a {@link WechatApiError} saying whether a retry may help.
 */
export function createWechatApi(options: WechatApiOptions) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? WECHAT_API_TIMEOUT_MS;

  const post = (path: string, body: unknown, lateUntil?: number) =>
    callTencentJsonApi({
      fetch: doFetch,
      url: `${base}${path}`,
      body,
      timeoutMs,
      ...(lateUntil === undefined ? {} : { lateUntil }),
      service: "WeChat",
      retryable: RETRY_AFTER,
      fail: (message, errcode, retryable, unsent) => new WechatApiError(message, errcode, retryable, unsent),
    });

  return {
    /**
     * `POST /cgi-bin/stable_token`: unlike `/cgi-bin/token` it returns the same token while it is
     * valid, so several processes fetching at once do not invalidate each other's token.
     * `forceRefresh` only after WeChat rejected the current token (it is rate-limited).
     */
    async fetchStableToken(forceRefresh = false): Promise<{ accessToken: string; expiresIn: number }> {
      const body = await post("/cgi-bin/stable_token", {
        grant_type: "client_credential",
        appid: options.appid,
        secret: options.secret,
        force_refresh: forceRefresh,
      });
      const token = StableToken.safeParse(body);
      if (!token.success) throw new WechatApiError("stable_token answer lacks access_token", null, true);
      return { accessToken: token.data.access_token, expiresIn: token.data.expires_in };
    },

    /**
     * Customer-service text message (客服消息), allowed within 48 h of the resident's last message.
     * `lateUntil` (wall clock, ms): an answer that misses the timeout is still listened for until
     * then, in the error's `late` (the API takes no idempotency key: see wechat-delivery.ts).
     */
    async sendCustomText(
      accessToken: string,
      openid: string,
      text: string,
      opts: { lateUntil?: number } = {},
    ): Promise<void> {
      await post(
        `/cgi-bin/message/custom/send?access_token=${encodeURIComponent(accessToken)}`,
        { touser: openid, msgtype: "text", text: { content: text } },
        opts.lateUntil,
      );
    },

    /**
     * Customer-service news message (客服消息 msgtype `news`, 图文消息): one article that opens `url`.
     * WeChat's 客服接口-发消息 doc: at most one article (more answers 45008), `picurl` a JPG/PNG
     * (best 640×320 large, 80×80 small); the same 48-hour window as for text.
     */
    async sendCustomNews(
      accessToken: string,
      openid: string,
      article: { title: string; description: string; url: string; picurl: string | null },
    ): Promise<void> {
      await post(`/cgi-bin/message/custom/send?access_token=${encodeURIComponent(accessToken)}`, {
        touser: openid,
        msgtype: "news",
        news: {
          articles: [
            {
              title: article.title,
              description: article.description,
              url: article.url,
              ...(article.picurl ? { picurl: article.picurl } : {}),
            },
          ],
        },
      });
    },

    /**
     * `GET /cgi-bin/media/get` (获取临时素材): the bytes of a photo or voice a resident sent, for three
     * days after it arrived. Success is the file itself; a failure is the usual `{errcode, errmsg}`
     * JSON (40007 invalid media_id: expired or never existed — retrying cannot help).
     */
    async getMedia(
      accessToken: string,
      mediaId: string,
    ): Promise<{ bytes: Buffer; contentType: string | null }> {
      return tencentMediaGet({
        fetch: doFetch,
        url: `${base}/cgi-bin/media/get?access_token=${encodeURIComponent(accessToken)}&media_id=${encodeURIComponent(mediaId)}`,
        timeoutMs: Math.max(timeoutMs, 30_000),
        service: "WeChat",
        retryable: RETRY_AFTER,
        fail: (message, errcode, retryable, unsent) =>
          new WechatApiError(message, errcode, retryable, unsent),
      });
    },

    /** Template (模板消息) or subscription (订阅通知) message; returns WeChat's msgid when given. */
    async sendTemplate(accessToken: string, message: WechatTemplateSend): Promise<string | null> {
      const path =
        message.api === "subscribe" ? "/cgi-bin/message/subscribe/bizsend" : "/cgi-bin/message/template/send";
      const data = Object.fromEntries(Object.entries(message.fields).map(([k, v]) => [k, { value: v }]));
      const body = await post(`${path}?access_token=${encodeURIComponent(accessToken)}`, {
        touser: message.openid,
        template_id: message.templateId,
        data,
      });
      const msgid = body["msgid"];
      return msgid === undefined || msgid === null ? null : String(msgid);
    },
  };
}
export type WechatApi = ReturnType<typeof createWechatApi>;

/** Parses `WECHAT_TEMPLATE_*`: `templateId|field=param,field=param`. */
export function parseWechatTemplateSpec(spec: string): {
  templateId: string;
  mapping: Array<[string, string]>;
} {
  const [templateId = "", fields = ""] = spec.split("|");
  const mapping = fields
    .split(",")
    .filter(Boolean)
    .map((pair) => pair.split("=") as [string, string]);
  return { templateId, mapping };
}
