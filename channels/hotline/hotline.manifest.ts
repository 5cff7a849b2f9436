import type { ChannelManifest } from "../port.js";

/** 热线: call transcripts from the telephony vendor; callers are written back to by SMS. */
export const hotlineManifest: ChannelManifest = {
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
  load: async () => ({ ...hotlineManifest, ...(await import("./hotline.module.js")).hotlineModule }),
};
