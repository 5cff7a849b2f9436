import { z } from "zod";
import type { AckResponse, ChannelAdapter, ChannelDefinition, RawRequest } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { headerValue } from "../shared/header-value.js";
import { parseFormBody } from "../shared/parse-form-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { renderTwiml } from "./render-twiml.js";
import { smsMessage } from "./sms-message.js";
import { SmsConfig } from "./sms.config.js";
import { verifyTwilioSignature } from "./twilio-signature.js";

/** The fields of Twilio's incoming-message webhook that Zhitong uses (others are kept in `raw`). */
const TwilioInboundSms = z.object({
  MessageSid: z.string().min(1).max(64),
  From: z.string().min(1).max(64),
  To: z.string().max(64).optional(),
  Body: z.string().max(1600).default(""),
});

/** Twilio sends at most ten media per MMS (NumMedia, MediaUrl0…9, MediaContentType0…9). */
const MAX_MMS_MEDIA = 10;

function mmsMedia(form: Record<string, string>) {
  const count = Math.min(Number.parseInt(form["NumMedia"] ?? "0", 10) || 0, MAX_MMS_MEDIA);
  const out: Array<{ index: number; url: string; contentType: string; kind: "image" | "voice" }> = [];
  for (let index = 0; index < count; index++) {
    const url = form[`MediaUrl${index}`];
    const contentType = (form[`MediaContentType${index}`] ?? "").toLowerCase();
    if (!url || !/^https?:\/\//.test(url) || url.length > 1000) continue;
    // Videos, vCards and the like are not kept; their text (if any) still is.
    const kind = contentType.startsWith("image/")
      ? "image"
      : contentType.startsWith("audio/")
        ? "voice"
        : null;
    if (kind) out.push({ index, url, contentType, kind });
  }
  return out;
}

export interface TwilioSmsAdapterOptions {
  authToken: string;
  /** Origin Twilio calls, e.g. `https://zhitong.example.gov.cn` (no trailing slash). */
  publicBaseUrl: string;
  now?: () => Date;
}

/** Twilio-style SMS webhook: form body, `X-Twilio-Signature`, TwiML acknowledgement. */
export function createTwilioSmsAdapter(options: TwilioSmsAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  const base = options.publicBaseUrl.replace(/\/+$/, "");

  return {
    channel: "sms",
    provider: "twilio",

    verify(req) {
      try {
        const signature = headerValue(req.headers, "x-twilio-signature");
        if (!signature)
          return { ok: false, status: 401, code: "TWILIO.MISSING_SIGNATURE", reason: "no signature" };
        const url = base + req.url;
        const isJson = (headerValue(req.headers, "content-type") ?? "").includes("json");
        // Twilio signs a JSON body only through the URL's bodySHA256; without it the MAC would
        // cover the URL alone while the body is still read as a form.
        if (isJson && !new URLSearchParams(req.url.split("?")[1] ?? "").has("bodySHA256"))
          return {
            ok: false,
            status: 401,
            code: "TWILIO.UNSIGNED_BODY",
            reason: "JSON body without bodySHA256",
          };
        const params = isJson ? [] : parseFormBody(req.rawBody);
        const valid = verifyTwilioSignature({
          authToken: options.authToken,
          url,
          params,
          rawBody: req.rawBody,
          signature,
        });
        return valid
          ? { ok: true }
          : { ok: false, status: 401, code: "TWILIO.BAD_SIGNATURE", reason: "signature mismatch" };
      } catch {
        return { ok: false, status: 400, code: "TWILIO.UNVERIFIABLE", reason: "body could not be read" };
      }
    },

    parse(req) {
      const entries = parseFormBody(req.rawBody);
      const form = Object.fromEntries(entries);
      const sms = validatePayload(TwilioInboundSms, form, "Twilio SMS webhook");
      const message = smsMessage({
        provider: "twilio",
        channelMessageId: sms.MessageSid,
        from: sms.From,
        to: sms.To ?? null,
        text: sms.Body,
        sentAt: null,
        receivedAt: now(),
        raw: form,
      });
      // MMS: each photo or voice clip becomes a message of its own (fetched later from MediaUrlN),
      // before the text, so the text's draft already holds them when the bot confirms.
      const media = mmsMedia(form).map((m) =>
        validatePayload(
          InboundMessage,
          {
            ...message,
            channelMessageId: `${sms.MessageSid}-media${m.index}`,
            kind: m.kind,
            text: null,
            mediaUrl: m.url,
            optOut: false,
            raw: { MessageSid: sms.MessageSid, index: m.index, contentType: m.contentType },
          },
          "Twilio MMS",
        ),
      );
      if (media.length && !sms.Body.trim()) return media;
      return [...media, validatePayload(InboundMessage, message, "Twilio SMS")];
    },

    ack(_req: RawRequest, _messages, reply): AckResponse {
      return { status: 200, contentType: "text/xml; charset=utf-8", body: renderTwiml(reply?.text ?? null) };
    },
  };
}

export const twilioSmsChannel: ChannelDefinition = {
  id: "sms-twilio",
  path: "/channels/sms/twilio",
  methods: ["POST"],
  createAdapter(env, deps = {}) {
    const config = SmsConfig.parse(env);
    if (!config.TWILIO_AUTH_TOKEN) return null;
    // Twilio signs the public URL; without it every request would fail verification.
    if (!config.PUBLIC_BASE_URL) throw new Error("PUBLIC_BASE_URL is required when TWILIO_AUTH_TOKEN is set");
    return createTwilioSmsAdapter({
      authToken: config.TWILIO_AUTH_TOKEN,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      ...(deps.now ? { now: deps.now } : {}),
    });
  },
};
