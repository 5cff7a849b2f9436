import { z } from "zod";
import { tencentMediaGet } from "../shared/tencent-media-get.js";
import { callTencentJsonApi, TencentApiError, TOKEN_ERRCODES } from "../shared/tencent-json-api.js";

/** Transient: system busy (-1), API frequency limit (45009). */
const RETRYABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 45009]);
const RETRY_AFTER: ReadonlySet<number> = new Set([...RETRYABLE_ERRCODES, ...TOKEN_ERRCODES]);

export class WechatKfApiError extends TencentApiError {
  override readonly name = "WechatKfApiError";
}

const Token = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });

/** One item of `sync_msg`'s `msg_list`, as far as Zhitong reads it (the rest is kept raw). */
export const KfMessage = z
  .object({
    msgid: z.string().min(1).max(512),
    open_kfid: z.string().min(1).max(256),
    external_userid: z.string().max(256).optional(),
    send_time: z.number().int().nonnegative().optional(),
    /** 3 = sent by the customer, 4 = system event, 5 = sent by a servicer. */
    origin: z.number().int(),
    msgtype: z.string().min(1),
    text: z.object({ content: z.string() }).loose().optional(),
    image: z.object({ media_id: z.string() }).loose().optional(),
    voice: z.object({ media_id: z.string() }).loose().optional(),
    location: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().optional(),
        address: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type KfMessage = z.infer<typeof KfMessage>;

const SyncAnswer = z
  .object({
    next_cursor: z.string().optional(),
    has_more: z.union([z.number(), z.boolean()]).optional(),
    msg_list: z.array(z.unknown()).default([]),
  })
  .loose();

export interface WechatKfApiOptions {
  /** `https://qyapi.weixin.qq.com`, or a local fake in tests. */
  baseUrl: string;
  corpId: string;
  secret: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

/**
 * The three WeCom server APIs the 微信客服 channel calls: `gettoken`, `kf/sync_msg` (pull messages
 * after a callback notice) and `kf/send_msg`. WeCom's `{errcode, errmsg}` becomes a
 * {@link WechatKfApiError} saying whether a retry may help.
 */
export function createWechatKfApi(options: WechatKfApiOptions) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;

  const call = (path: string, body?: unknown) =>
    callTencentJsonApi({
      fetch: options.fetch,
      url: `${base}${path}`,
      body,
      timeoutMs,
      service: "WeCom",
      retryable: RETRY_AFTER,
      fail: (message, errcode, retryable, unsent) =>
        new WechatKfApiError(message, errcode, retryable, unsent),
    });

  const withToken = (path: string, token: string) => `${path}?access_token=${encodeURIComponent(token)}`;

  return {
    async getToken(): Promise<{ accessToken: string; expiresIn: number }> {
      const body = await call(
        `/cgi-bin/gettoken?corpid=${encodeURIComponent(options.corpId)}&corpsecret=${encodeURIComponent(options.secret)}`,
      );
      const token = Token.safeParse(body);
      if (!token.success) throw new WechatKfApiError("gettoken answer lacks access_token", null, true);
      return { accessToken: token.data.access_token, expiresIn: token.data.expires_in };
    },

    /**
     * One page of messages after `cursor`. `noticeToken` is the callback's Token (it raises the rate
     * limit and is valid for 10 minutes); items that do not match the expected shape are skipped.
     */
    async syncMsg(
      accessToken: string,
      req: { cursor: string | null; noticeToken: string | null; openKfId: string; limit: number },
    ): Promise<{ messages: KfMessage[]; skipped: number; nextCursor: string | null; hasMore: boolean }> {
      const body = await call(withToken("/cgi-bin/kf/sync_msg", accessToken), {
        ...(req.cursor ? { cursor: req.cursor } : {}),
        ...(req.noticeToken ? { token: req.noticeToken } : {}),
        open_kfid: req.openKfId,
        limit: req.limit,
      });
      const answer = SyncAnswer.safeParse(body);
      if (!answer.success) throw new WechatKfApiError("sync_msg answered an unexpected body", null, true);
      const messages: KfMessage[] = [];
      let skipped = 0;
      for (const item of answer.data.msg_list) {
        const m = KfMessage.safeParse(item);
        if (m.success) messages.push(m.data);
        else skipped++;
      }
      return {
        messages,
        skipped,
        nextCursor: answer.data.next_cursor || null,
        hasMore: answer.data.has_more === 1 || answer.data.has_more === true,
      };
    },

    /** A photo or voice the customer sent (临时素材 `media/get`, kept three days). */
    async getMedia(
      accessToken: string,
      mediaId: string,
    ): Promise<{ bytes: Buffer; contentType: string | null }> {
      return tencentMediaGet({
        fetch: options.fetch,
        url: `${base}${withToken("/cgi-bin/media/get", accessToken)}&media_id=${encodeURIComponent(mediaId)}`,
        timeoutMs: Math.max(timeoutMs, 30_000),
        service: "WeCom",
        retryable: RETRY_AFTER,
        fail: (message, errcode, retryable, unsent) =>
          new WechatKfApiError(message, errcode, retryable, unsent),
      });
    },

    /** A text message to the customer; `msgid` makes a resend recognisable. Returns WeCom's msgid. */
    async sendText(
      accessToken: string,
      req: { toUser: string; openKfId: string; msgid: string; content: string },
    ): Promise<string | null> {
      const body = await call(withToken("/cgi-bin/kf/send_msg", accessToken), {
        touser: req.toUser,
        open_kfid: req.openKfId,
        msgid: req.msgid,
        msgtype: "text",
        text: { content: req.content },
      });
      const msgid = body["msgid"];
      return typeof msgid === "string" && msgid ? msgid : null;
    },
  };
}
export type WechatKfApi = ReturnType<typeof createWechatKfApi>;
