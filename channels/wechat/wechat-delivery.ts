import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { ChannelDelivery, ChannelPort, Delivered, DeliveryRequest } from "../port.js";
import { DeliveryError } from "../port.js";
import { parseWechatTemplateSpec, WechatApiError, type WechatApi } from "./wechat-api.js";
import { wechatApiWithToken, type WechatAccessToken } from "./wechat-access-token.js";
import { WECHAT_WINDOW_MS } from "./wechat-window.js";

/**
 * Sends on the official account: a customer-service text inside the window, else the template
 * configured for the purpose (`WECHAT_TEMPLATE_<PURPOSE>`). Null when WECHAT_APPID/APPSECRET are unset.
 */
export function createWechatDelivery(port: ChannelPort): ChannelDelivery | null {
  const session = wechatApiWithToken(port);
  if (!session) return null;
  const { api, token } = session;
  return {
    deliver: (req) => sendWechat(port, api, token, req),
  };
}

async function sendWechat(
  port: ChannelPort,
  api: WechatApi,
  token: WechatAccessToken,
  req: DeliveryRequest,
): Promise<Delivered> {
  const withToken = async <T>(call: (t: string) => Promise<T>): Promise<T> => {
    const current = await token.get();
    try {
      return await call(current);
    } catch (error) {
      // 40001/42001/40014: renew the shared token once and retry.
      if (!(error instanceof WechatApiError && error.tokenRejected)) throw error;
      return call(await token.renew(current));
    }
  };
  const openid = req.to;
  const lastInbound = req.lastInboundAt?.getTime() ?? 0;
  const inWindow = port.now().getTime() - lastInbound < WECHAT_WINDOW_MS;
  if (req.card) {
    // A card is extra to the text that follows it (which falls back to a template on its own):
    // outside the window there is nothing to fall back to, and retrying cannot reopen it.
    const card = req.card;
    if (!inWindow)
      throw new DeliveryError(
        "WECHAT.OUTSIDE_WINDOW: a result card goes only inside the 48-hour window",
        false,
      );
    try {
      await withToken((t) =>
        api.sendCustomNews(t, openid, {
          title: card.title,
          description: card.description,
          url: card.url,
          picurl: card.picUrl,
        }),
      );
    } catch (error) {
      if (error instanceof WechatApiError && error.outsideWindow)
        throw new DeliveryError(`WECHAT.OUTSIDE_WINDOW: ${error.message}`, false);
      // An errcode is WeChat saying it did not send: retry when it may help. So is a connection
      // never made (refused, unresolved, no connection in time): the card never left. Otherwise,
      // without an errcode (timeout, connection lost, HTTP 5xx) the card may well have arrived, and
      // the API takes no idempotency key: a card is extra to the text that follows, so never risk
      // sending it twice.
      if (error instanceof WechatApiError && error.errcode === null && !error.unsent)
        throw new DeliveryError(`WECHAT.CARD_UNCONFIRMED: ${error.message}; not sent again`, false);
      throw error;
    }
    return { providerMessageId: null, via: "wechat-news" };
  }
  if (inWindow && req.text) {
    const lateUntil = req.answerBy?.getTime();
    try {
      await withToken((t) =>
        api.sendCustomText(t, openid, req.text!, lateUntil === undefined ? {} : { lateUntil }),
      );
      return { providerMessageId: null, via: "wechat-custom" };
    } catch (error) {
      // No errcode (timeout, connection lost, HTTP 5xx): WeChat may have delivered the text, and the
      // API takes no idempotency key (客服接口-发消息 takes touser, msgtype and the content, nothing
      // that names a send). Unlike a card, the text is the answer itself: it is sent again rather
      // than risk that the resident never hears it. A duplicate of a true message is the lesser
      // harm. When only the answer is late (a loaded machine reads it after the timeout), the
      // connection is kept until `answerBy` and the send waits for it (`late`): an answer that
      // still comes says the text went, and nothing is sent again. What is left is a send whose
      // answer never comes (connection lost after WeChat took the request): sent again. The row's
      // error says so, and so does the log.
      if (error instanceof WechatApiError && error.errcode === null && !error.unsent) {
        const late = error.late?.then((body): Delivered | null =>
          body ? { providerMessageId: null, via: "wechat-custom" } : null,
        );
        throw new DeliveryError(
          `WECHAT.UNCONFIRMED: ${error.message}; ${late ? "waiting for a late answer, else sent again" : "sent again"}`,
          error.retryable,
          late ?? null,
        );
      }
      // Quota used up or window closed by WeChat's own reckoning: try the template below.
      if (!(error instanceof WechatApiError && error.outsideWindow)) throw error;
    }
  }
  const spec = req.purpose === "reply" ? undefined : port.env[`WECHAT_TEMPLATE_${req.purpose.toUpperCase()}`];
  if (!spec) {
    throw new DeliveryError(
      `WECHAT.OUTSIDE_WINDOW: no customer-service window and no WECHAT_TEMPLATE_${req.purpose.toUpperCase()} for a ${req.purpose}`,
      false,
    );
  }
  const { templateId, mapping } = parseWechatTemplateSpec(spec);
  const values: Record<string, string> = {
    text: req.text ?? "",
    time: localTime(port.now(), port.timeZone),
    ...(req.template?.params ?? {}),
  };
  const fields = Object.fromEntries(
    mapping.map(([field, param]) => [field, fitTemplateField(field, values[param] ?? "")]),
  );
  const msgid = await withToken((t) =>
    api.sendTemplate(t, {
      api: port.env["WECHAT_TEMPLATE_API"] === "subscribe" ? "subscribe" : "template",
      openid,
      templateId,
      fields,
    }),
  );
  return { providerMessageId: msgid, via: "wechat-template" };
}

/** Template field limits: `thing` 20 characters, others 32 (WeChat refuses longer values). */
function fitTemplateField(field: string, value: string): string {
  const max = field.startsWith("thing") ? 20 : 32;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join("")}…`;
}

/** "2026-11-22 10:05" in the jurisdiction's zone, as template time fields show it. */
function localTime(at: Date, timeZone: string): string {
  return format(new TZDate(at.getTime(), timeZone), "yyyy-MM-dd HH:mm");
}
