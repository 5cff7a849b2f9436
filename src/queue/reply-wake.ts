import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { onWakeHint, sendWakeHint } from "./wake-hint.js";

/*
 * The webhook's passive-reply waiters look for the bot's replies in PostgreSQL. The intake worker
 * says after each committed batch that replies may have been written, so a waiter looks at once
 * instead of polling fast; a hint lost (Redis down or emptied) leaves the reply to the waiters' slow
 * poll, still within WeChat's 5 s, or to the customer-service API after the passive window.
 */

function channelOf(prefix: string): string {
  return `${prefix}:replies:wake`;
}

/** Says that replies were committed: wakes this process's waiters and publishes for the others. */
export function wakeReplyWaiters(redis: Redis, prefix: string): void {
  sendWakeHint(redis, channelOf(prefix));
}

/** Calls `listener` whenever any process says replies were committed. Returns the function that ends it. */
export function onRepliesWritten(
  redis: Redis,
  prefix: string,
  listener: () => void,
  log: Logger,
): () => Promise<void> {
  return onWakeHint(redis, channelOf(prefix), listener, log, "passive-reply");
}
