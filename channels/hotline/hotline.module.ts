import type { ChannelModule } from "../port.js";
import { hotlineChannel } from "./hotline.adapter.js";

/** 热线: call transcripts from the telephony vendor; callers are written back to by SMS. */
export const hotlineModule: ChannelModule = {
  name: "hotline",
  label: "热线",
  capabilities: {
    hasPhoneNumber: true,
    plainTextOnly: true,
    maxTextLength: null,
    conversational: false,
    passiveReplyBudget: false,
    sendWindow: null,
    templates: false,
    deliversVia: "sms",
  },
  webhooks: [hotlineChannel],
};
