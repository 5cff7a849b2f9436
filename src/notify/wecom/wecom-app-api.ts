import { z } from "zod";
import {
  callTencentJsonApi,
  TencentApiError,
  TOKEN_ERRCODES,
} from "../../../channels/shared/tencent-json-api.js";

/**
 * Errcodes after which the same request may succeed later (WeCom's global error code list,
 * 全局错误码, https://developer.work.weixin.qq.com/document/path/90313): system busy (-1), API frequency limit (45009), concurrent call limit (45033), and a
 * rejected token (40014 invalid, 42001 expired), which the caller renews first. Everything else —
 * 60020 "not allow to access from your ip" (the server is not among the app's trusted IPs), 40056
 * invalid agentid, 48002 API forbidden, 81013 every recipient invalid, 40029 invalid code — needs a
 * person to change something, so retrying only delays the SMS fallback.
 */
const TRANSIENT: ReadonlySet<number> = new Set([-1, 45009, 45033]);
const RETRYABLE: ReadonlySet<number> = new Set([...TRANSIENT, ...TOKEN_ERRCODES]);

export class WecomApiError extends TencentApiError {
  override readonly name = "WecomApiError";
}

const Token = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });

/**
 * `message/send` (发送应用消息, https://developer.work.weixin.qq.com/document/path/90236) answers
 * partial success with errcode 0 and the recipients it dropped, `|`-separated: "如果部分接收人无权限
 * 或不存在，发送仍然执行，但会返回无效的部分"; when all are invalid it fails with 81013.
 */
const SendAnswer = z
  .object({
    msgid: z.string().optional(),
    invaliduser: z.string().optional(),
    invalidparty: z.string().optional(),
    invalidtag: z.string().optional(),
    unlicenseduser: z.string().optional(),
  })
  .loose();

/**
 * `auth/getuserinfo` (获取访问用户身份, https://developer.work.weixin.qq.com/document/path/91023):
 * `userid` for a member of the corp, `openid` for anyone else; the older `user/getuserinfo` spelled
 * it `UserId`.
 */
const UserInfo = z
  .object({ userid: z.string().optional(), UserId: z.string().optional(), openid: z.string().optional() })
  .loose();

/** Who receives an app message: member userids, department (party) ids and tag ids. */
export interface WecomRecipients {
  users: readonly string[];
  parties: readonly string[];
  tags: readonly string[];
}

/** The `textcard` message: WeCom shows title, description (a few `<div class>` tags allowed) and a button. */
export interface WecomTextCard {
  title: string;
  description: string;
  url: string;
  btntxt?: string;
}

export interface WecomSendResult {
  msgid: string | null;
  /** Recipients WeCom did not deliver to (outside the app's visible range, unknown, unlicensed). */
  invalid: WecomRecipients;
}

export interface WecomAppApiOptions {
  baseUrl: string;
  corpId: string;
  secret: string;
  agentId: number;
  fetch: typeof fetch;
  timeoutMs: number;
}

const split = (s: string | undefined) => (s ? s.split("|").filter(Boolean) : []);

/** The three WeCom server APIs of the unit notifier and the mobile page's sign-in. */
export function createWecomAppApi(o: WecomAppApiOptions) {
  const call = (path: string, body: unknown, retryable: ReadonlySet<number>) =>
    callTencentJsonApi({
      fetch: o.fetch,
      url: `${o.baseUrl}${path}`,
      body,
      timeoutMs: o.timeoutMs,
      service: "WeCom",
      retryable,
      fail: (message, errcode, retry, unsent) => new WecomApiError(message, errcode, retry, unsent),
    });
  const withToken = (path: string, token: string) => `${path}?access_token=${encodeURIComponent(token)}`;

  return {
    async getToken(): Promise<{ accessToken: string; expiresIn: number }> {
      // On gettoken 40001 means a wrong secret and 40013 a wrong corp id: not retryable.
      const body = await call(
        `/cgi-bin/gettoken?corpid=${encodeURIComponent(o.corpId)}&corpsecret=${encodeURIComponent(o.secret)}`,
        undefined,
        TRANSIENT,
      );
      const token = Token.safeParse(body);
      if (!token.success) throw new WecomApiError("gettoken answer lacks access_token", null, true);
      return { accessToken: token.data.access_token, expiresIn: token.data.expires_in };
    },

    /**
     * `message/send` with msgtype textcard. `enable_duplicate_check` makes WeCom drop the same card
     * to the same recipients within `duplicate_check_interval` seconds, so a resend after a timeout
     * (the first call may have arrived) does not reach the phone twice.
     */
    async sendTextCard(token: string, to: WecomRecipients, card: WecomTextCard): Promise<WecomSendResult> {
      const body = await call(
        withToken("/cgi-bin/message/send", token),
        {
          touser: to.users.join("|"),
          toparty: to.parties.join("|"),
          totag: to.tags.join("|"),
          msgtype: "textcard",
          agentid: o.agentId,
          textcard: card,
          enable_duplicate_check: 1,
          duplicate_check_interval: 1800,
        },
        RETRYABLE,
      );
      const a = SendAnswer.parse(body);
      return {
        msgid: a.msgid || null,
        invalid: {
          users: [...split(a.invaliduser), ...split(a.unlicenseduser)],
          parties: split(a.invalidparty),
          tags: split(a.invalidtag),
        },
      };
    },

    /** The member behind an OAuth `code` (valid once, for 5 minutes); null for a non-member. */
    async userIdFromCode(token: string, code: string): Promise<string | null> {
      const body = await call(
        `${withToken("/cgi-bin/auth/getuserinfo", token)}&code=${encodeURIComponent(code)}`,
        undefined,
        RETRYABLE,
      );
      const info = UserInfo.parse(body);
      return info.userid || info.UserId || null;
    },
  };
}
export type WecomAppApi = ReturnType<typeof createWecomAppApi>;
