/**
 * WeChat lets an official account write freely to a resident for 48 hours after the resident's last
 * message (customer-service messages); outside it only template/subscription messages go out.
 */
export const WECHAT_WINDOW_MS = 48 * 3600 * 1000;
