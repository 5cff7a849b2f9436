import type { ChannelCapabilities } from "../../channels/port.js";
import { channelCapabilities, findChannelManifest } from "../../channels/registry.js";

/**
 * The channel rules the dialogue, surveys and notices apply, read from the modules' declared
 * capabilities. Sources that are not channels (staff entry, Open311) have none.
 */

/** The channel a message to this channel's residents goes out on (hotline callers: SMS). */
export function deliveryChannel(channel: string): string {
  return channelCapabilities(channel)?.deliversVia ?? channel;
}

/** Capabilities of the channel a reply actually goes out on (hotline callers are answered by SMS). */
export function deliveryCapabilities(channel: string): ChannelCapabilities | undefined {
  const own = channelCapabilities(channel);
  return own?.deliversVia ? channelCapabilities(own.deliversVia) : own;
}

/** The resident's address is not a phone number, so the dialogue asks for one. */
export function asksForPhone(channel: string): boolean {
  return channelCapabilities(channel)?.hasPhoneNumber === false;
}

/** Replies go out in one short segment (SMS): use the short variants. */
export function wantsShortReplies(channel: string, segment = 70): boolean {
  const max = deliveryCapabilities(channel)?.maxTextLength;
  return max !== null && max !== undefined && max <= segment;
}

/** The resident cannot answer follow-up questions on this channel (a call transcript). */
export function isOneShot(channel: string): boolean {
  const caps = channelCapabilities(channel);
  return caps ? caps.conversational === false : true;
}

/**
 * A reply to an inbound message first waits for the webhook's passive-reply budget on channels that
 * answer in the acknowledgement (the webhook may deliver it); undefined elsewhere.
 */
export function replyNotBefore(channel: string, receivedAt: Date, budgetMs: number): Date | undefined {
  return channelCapabilities(channel)?.passiveReplyBudget
    ? new Date(receivedAt.getTime() + budgetMs)
    : undefined;
}

/** Free text may still go out (the channel has no window, or the resident wrote recently enough). */
export function inSendWindow(channel: string, lastInboundAt: Date | null | undefined, now: Date): boolean {
  const window = channelCapabilities(channel)?.sendWindow;
  if (!window) return true;
  return !!lastInboundAt && now.getTime() - lastInboundAt.getTime() < window.ms;
}

/** Outside the window, a template for this purpose is configured (so the message can still go out). */
export function hasTemplateFor(
  channel: string,
  env: Readonly<Record<string, string | undefined>>,
  purpose: "reply" | "status" | "survey" | "notice",
): boolean {
  return findChannelManifest(channel)?.templateConfigured?.(env, purpose) ?? false;
}

/** The template a message for `purpose` takes on `channel` (SMS templates, WeChat template fields). */
export function templateFor(
  channel: string,
  env: Readonly<Record<string, string | undefined>>,
  purpose: "reply" | "status" | "survey" | "notice",
  text: string,
  params: Record<string, string>,
): { code: string; params: Record<string, string> } | undefined {
  return findChannelManifest(channel)?.template?.(env, purpose, text, params);
}

/**
 * A channel that reaches the resident whenever we write (no send window), on a phone number:
 * where a message goes when the resident's own channel's window has closed (SMS, hotline → SMS).
 */
export function alwaysReachable(channel: string): boolean {
  return !!channelCapabilities(channel)?.hasPhoneNumber && !deliveryCapabilities(channel)?.sendWindow;
}

/** Staff-facing label of a channel (or of a non-channel source). */
export function channelLabel(channel: string): string {
  return findChannelManifest(channel)?.label ?? OTHER_SOURCES[channel] ?? channel;
}

/** Where tickets come from besides residents' channels. */
export const OTHER_SOURCES: Readonly<Record<string, string>> = { staff: "工作人员录入", open311: "Open311" };
