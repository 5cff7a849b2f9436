import type { ChannelDelivery, ChannelPort } from "../port.js";
import { DeliveryError } from "../port.js";
import { createSmsProvider } from "./create-sms-provider.js";
import { fitOneSegment, smsTemplateFor } from "./sms-template.js";
import { SmsSendError } from "./sms-provider.js";

/** Sends through the gateway chosen by SMS_PROVIDER; null when none is set. */
export function createSmsDelivery(port: ChannelPort): ChannelDelivery | null {
  const sms = createSmsProvider(port.env, { fetch: port.fetch });
  if (!sms) return null;
  return {
    async deliver(req) {
      const text = req.text ?? "";
      const template = req.template ?? smsTemplateFor(port.env, req.purpose, text);
      try {
        const result = await sms.send({
          to: req.to,
          text: sms.templatesOnly ? fitOneSegment(text) : text,
          ...(template ? { template } : {}),
          idempotencyKey: `zt-out-${req.messageId}`,
        });
        return { providerMessageId: result.providerMessageId, via: `sms-${sms.name}` };
      } catch (error) {
        if (error instanceof SmsSendError) throw new DeliveryError(error.message, error.retryable);
        throw error;
      }
    },
  };
}
