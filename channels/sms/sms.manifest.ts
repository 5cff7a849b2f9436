import type { ChannelCapabilities, ChannelManifest } from "../port.js";
import { smsTemplateFor } from "./sms-template.js";

export const smsCapabilities: ChannelCapabilities = {
  hasPhoneNumber: true,
  plainTextOnly: true,
  // One Chinese segment; providers that take free text split longer ones themselves.
  maxTextLength: 70,
  conversational: true,
  passiveReplyBudget: false,
  sendWindow: null,
  templates: true,
};

/** 短信 through one of four gateways (SMS_PROVIDER chooses the sender; every configured webhook listens). */
export const smsManifest: ChannelManifest = {
  name: "sms",
  label: "短信",
  capabilities: smsCapabilities,
  template: (env, purpose, text, params) => smsTemplateFor(env, purpose, text, params),
  load: async () => ({ ...smsManifest, ...(await import("./sms.module.js")).smsModule }),
};
