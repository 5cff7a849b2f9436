export const KF_CHANNEL = "wechat-kf";

/**
 * 微信客服 lets the company write to a customer for 48 hours after the customer's last message, at
 * most 5 messages; a new message from the customer opens a new window.
 */
export const KF_WINDOW = { ms: 48 * 3600 * 1000, maxMessages: 5 };
