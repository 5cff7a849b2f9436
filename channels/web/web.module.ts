import type { ChannelModule } from "../port.js";
import { webChannel } from "./web.adapter.js";

/** 网页: the web chat page; the page polls for its replies, so storing a reply delivers it. */
export const webModule: ChannelModule = {
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
  webhooks: [webChannel],
  createDelivery: () => ({ deliver: async () => ({ providerMessageId: null, via: "web" }) }),
};
