/**
 * WeCom (企业微信) application messages, for any sender in the service: the unit notifier, the
 * mobile page's sign-in and the duty officer's alarm. `wecomSenderFor(ctx)` is the deployment's
 * sender (null without WECOM_*); `unitCard` builds a text card; `cardLink` the link that signs a
 * member in and opens a ticket on the mobile page.
 */
export { wecomSenderFor } from "./wecom-runtime.js";
export { createWecomSender, type WecomSender } from "./wecom-sender.js";
export {
  WecomApiError,
  type WecomRecipients,
  type WecomSendResult,
  type WecomTextCard,
} from "./wecom-app-api.js";
export { unitCard, type CardInput } from "./wecom-card.js";
export { cardLink } from "./oauth-state.js";
export { WecomUnitNotifier } from "./wecom-unit-notifier.js";
export { wecomAppConfig, type WecomAppConfig } from "./wecom.config.js";
