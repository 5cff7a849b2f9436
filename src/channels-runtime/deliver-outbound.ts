import { and, eq, or, sql } from "drizzle-orm";
import {
  createSmsProvider,
  fitOneSegment,
  smsTemplateFor,
  type SmsPurpose,
} from "../../channels/sms/create-sms-provider.js";
import { SmsSendError, type SmsProvider } from "../../channels/sms/sms-provider.js";
import {
  createWechatApi,
  parseWechatTemplateSpec,
  WechatApiError,
  type WechatApi,
} from "../../channels/wechat/wechat-api.js";
import { messages, residentIdentities } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { WechatAccessToken } from "./wechat-access-token.js";

/** WeChat lets an account write freely to a resident for 48 hours after the resident's last message. */
const WECHAT_WINDOW_MS = 48 * 3600 * 1000;

export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

interface Delivered {
  providerMessageId: string | null;
  /** How it went out: `wechat-custom`, `wechat-template`, `sms-aliyun`, `web`, … */
  via: string;
}

type OutboundRow = typeof messages.$inferSelect;
type Identity = typeof residentIdentities.$inferSelect;

/** `blocked`: an earlier message to the same resident is still waiting or being sent; try again soon. */
export type DeliveryOutcome = "sent" | "skipped" | "failed" | "retry" | "blocked";

/**
 * Delivers one outbound message row: claims it (`queued` → `sending`, so a second job or the WeChat
 * passive reply cannot send it twice), sends through its channel and records `sent` with the
 * provider's id, or puts it back to `queued` for a retry, or `failed` with the error when retrying
 * cannot help or this was the last attempt.
 */
export class OutboundDelivery {
  private readonly sms: SmsProvider | null;
  private readonly wechat: { api: WechatApi; token: WechatAccessToken } | null;

  constructor(
    private readonly ctx: AppContext,
    deps: { fetch?: typeof fetch } = {},
  ) {
    this.sms = createSmsProvider(ctx.env, deps.fetch ? { fetch: deps.fetch } : {});
    const { WECHAT_APPID: appid, WECHAT_APPSECRET: secret } = ctx.env;
    if (appid && secret) {
      const api = createWechatApi({
        baseUrl: ctx.env.WECHAT_API_BASE,
        appid,
        secret,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
      this.wechat = {
        api,
        token: new WechatAccessToken(ctx.redis, api, { prefix: ctx.env.QUEUE_PREFIX, appid }),
      };
    } else this.wechat = null;
  }

  /** When a still-queued message may go out (epoch ms, wall clock like the outbox relay), or null. */
  async pendingSendAfter(messageId: number): Promise<number | null> {
    const [row] = await this.ctx.database.db
      .select({ sendAfter: messages.sendAfter })
      .from(messages)
      .where(and(eq(messages.id, messageId), eq(messages.status, "queued")));
    return row?.sendAfter?.getTime() ?? null;
  }

  async deliver(messageId: number, attempt: { isLast: boolean }): Promise<DeliveryOutcome> {
    const db = this.ctx.database.db;
    // Wall clock, not the business clock: this is about how long ago a process started sending.
    const claimedAt = new Date();
    // A claim older than the lease was abandoned by a crashed process and may be taken over.
    const abandonedBefore = new Date(claimedAt.getTime() - this.ctx.env.OUTBOUND_SEND_LEASE_MS);
    const [claimed] = await db
      .update(messages)
      .set({
        status: "sending",
        payload: sql`${messages.payload} || jsonb_build_object('claimedAt', ${claimedAt.toISOString()}::text)`,
      })
      .where(
        and(
          eq(messages.id, messageId),
          eq(messages.direction, "out"),
          or(
            eq(messages.status, "queued"),
            // A process died while sending (BullMQ re-runs the stalled job): take it over once it is
            // clearly abandoned; a send never takes this long (HTTP timeouts are 10 s).
            and(
              eq(messages.status, "sending"),
              sql`coalesce((${messages.payload}->>'claimedAt')::timestamptz, 'epoch') < ${abandonedBefore.toISOString()}::timestamptz`,
            ),
          ),
          // Messages to one resident leave in the order they were made: a dispatch notice must not
          // overtake the confirmation still waiting for its passive-reply window. `failed` and `sent`
          // earlier messages no longer hold the line.
          sql`NOT EXISTS (SELECT 1 FROM ${messages} AS earlier
                WHERE earlier.resident_id = ${messages.residentId}
                  AND earlier.direction = 'out'
                  AND earlier.id < ${messages.id}
                  AND earlier.status IN ('queued', 'sending'))`,
        ),
      )
      .returning();
    if (!claimed) {
      const [current] = await db
        .select({ status: messages.status })
        .from(messages)
        .where(eq(messages.id, messageId));
      if (current?.status === "queued") return "blocked";
      // In flight (or just abandoned): look again after the backoff. Otherwise already sent
      // (passively, or by an earlier run of this job), failed for good, or not ours.
      return current?.status === "sending" ? "retry" : "skipped";
    }

    let delivered: Delivered;
    try {
      delivered = await this.send(claimed);
    } catch (error) {
      const retryable =
        error instanceof DeliveryError || error instanceof SmsSendError || error instanceof WechatApiError
          ? error.retryable
          : true;
      const message = (error as Error).message.slice(0, 500);
      const final = !retryable || attempt.isLast;
      await db
        .update(messages)
        .set({
          status: final ? "failed" : "queued",
          error: message,
          ...(final ? { processedAt: this.ctx.now() } : {}),
        })
        .where(eq(messages.id, messageId));
      this.ctx.log.warn(
        { messageId, channel: claimed.channel, err: message, final },
        "outbound delivery failed",
      );
      return final ? "failed" : "retry";
    }
    await db
      .update(messages)
      .set({
        status: "sent",
        error: null,
        processedAt: this.ctx.now(),
        provider: delivered.via,
        payload: sql`${messages.payload} || ${JSON.stringify({ providerMessageId: delivered.providerMessageId, sentVia: delivered.via })}::jsonb`,
      })
      .where(eq(messages.id, messageId));
    return "sent";
  }

  private async send(row: OutboundRow): Promise<Delivered> {
    const payload = row.payload as {
      purpose?: SmsPurpose;
      address?: string;
      identityId?: string;
      template?: { code: string; params: Record<string, string> };
    };
    const purpose: SmsPurpose = payload.purpose ?? "reply";
    if (!payload.address) throw new DeliveryError("outbound message has no address", false);
    // The identity written to (opt-out, WeChat window); hotline identities are reached on their number by SMS.
    const identity = (
      await this.ctx.database.db
        .select()
        .from(residentIdentities)
        .where(
          payload.identityId
            ? eq(residentIdentities.id, payload.identityId)
            : and(
                eq(residentIdentities.channel, row.channel),
                eq(residentIdentities.address, payload.address),
              ),
        )
    )[0];
    if ((purpose === "survey" || purpose === "notice") && identity?.optedOutAt) {
      throw new DeliveryError("OPTED_OUT: the resident opted out of non-essential messages", false);
    }
    switch (row.channel) {
      case "web":
        // The page fetches its replies (GET /channels/web/messages); storing it is the delivery.
        return { providerMessageId: null, via: "web" };
      case "sms":
        return this.sendSms(row, payload.address, purpose, payload.template);
      case "wechat":
        return this.sendWechat(row, payload.address, purpose, identity, payload.template?.params ?? {});
      default:
        throw new DeliveryError(`no outbound delivery for channel ${row.channel}`, false);
    }
  }

  private async sendSms(
    row: OutboundRow,
    to: string,
    purpose: SmsPurpose,
    given: { code: string; params: Record<string, string> } | undefined,
  ): Promise<Delivered> {
    if (!this.sms) throw new DeliveryError("no SMS provider configured (SMS_PROVIDER)", false);
    const text = row.text ?? "";
    const template = given ?? smsTemplateFor(this.ctx.env, purpose, text);
    const result = await this.sms.send({
      to,
      text: this.sms.templatesOnly ? fitOneSegment(text) : text,
      ...(template ? { template } : {}),
      idempotencyKey: `zt-out-${row.id}`,
    });
    return { providerMessageId: result.providerMessageId, via: `sms-${this.sms.name}` };
  }

  private async sendWechat(
    row: OutboundRow,
    openid: string,
    purpose: SmsPurpose,
    identity: Identity | undefined,
    params: Record<string, string>,
  ): Promise<Delivered> {
    if (!this.wechat)
      throw new DeliveryError("WeChat sending needs WECHAT_APPID and WECHAT_APPSECRET", false);
    const lastInbound = identity?.lastInboundAt?.getTime() ?? 0;
    const inWindow = this.ctx.now().getTime() - lastInbound < WECHAT_WINDOW_MS;
    if (inWindow && row.text) {
      try {
        await this.withToken((token) => this.wechat!.api.sendCustomText(token, openid, row.text!));
        return { providerMessageId: null, via: "wechat-custom" };
      } catch (error) {
        // Quota used up or window closed by WeChat's own reckoning: try the template below.
        if (!(error instanceof WechatApiError && error.outsideWindow)) throw error;
      }
    }
    const spec =
      purpose === "reply"
        ? undefined
        : this.ctx.env[`WECHAT_TEMPLATE_${purpose.toUpperCase()}` as "WECHAT_TEMPLATE_STATUS"];
    if (!spec) {
      throw new DeliveryError(
        `WECHAT.OUTSIDE_WINDOW: no customer-service window and no WECHAT_TEMPLATE_${purpose.toUpperCase()} for a ${purpose}`,
        false,
      );
    }
    const { templateId, mapping } = parseWechatTemplateSpec(spec);
    const values: Record<string, string> = {
      text: row.text ?? "",
      time: shanghaiTime(this.ctx.now()),
      ...params,
    };
    const fields = Object.fromEntries(
      mapping.map(([field, param]) => [field, fitTemplateField(field, values[param] ?? "")]),
    );
    const msgid = await this.withToken((token) =>
      this.wechat!.api.sendTemplate(token, {
        api: this.ctx.env.WECHAT_TEMPLATE_API,
        openid,
        templateId,
        fields,
      }),
    );
    return { providerMessageId: msgid, via: "wechat-template" };
  }

  /** Runs a WeChat call with the shared token; on 40001/42001/40014 renews the token once and retries. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.wechat!.token.get();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof WechatApiError && error.tokenRejected)) throw error;
      return call(await this.wechat!.token.renew(token));
    }
  }
}

/** Template field limits: `thing` 20 characters, others 32 (WeChat refuses longer values). */
function fitTemplateField(field: string, value: string): string {
  const max = field.startsWith("thing") ? 20 : 32;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join("")}…`;
}

function shanghaiTime(at: Date): string {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  })
    .format(at)
    .replaceAll("/", "-");
}
