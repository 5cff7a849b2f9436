import type { ChannelManifest } from "../port.js";

/** 网页: the web chat page; the page polls for its replies, so storing a reply delivers it. */
export const webManifest: ChannelManifest = {
  name: "web",
  label: "网页",
  capabilities: {
    hasPhoneNumber: false,
    plainTextOnly: true,
    maxTextLength: 2000,
    conversational: true,
    passiveReplyBudget: false,
    sendWindow: null,
    templates: false,
  },
  load: async () => ({ ...webManifest, ...(await import("./web.module.js")).webModule }),
};
