import { Redis } from "ioredis";
import type { Logger } from "pino";
import { onWakeHint, sendWakeHint, wakeHintSender } from "./wake-hint.js";

/*
 * The intake stage's to-do is the inbound message row itself (status `received`); its worker
 * claims those rows from PostgreSQL. What travels through Redis is only a hint that there is
 * something to claim: one PUBLISH per stored batch, never one per message, and never a
 * `pg_notify` inside the storing transaction (a notifying commit serialises every other commit).
 * A lost hint delays nothing by more than the worker's idle poll (INTAKE_POLL_MS).
 */

function channelOf(prefix: string): string {
  return `${prefix}:intake:wake`;
}

/**
 * Says that received messages were committed: wakes this process's intake workers at once and
 * publishes the hint for the others. Call it after the commit. Never throws and never waits: with
 * Redis down the others find the messages on their next poll.
 */
export function wakeIntake(redis: Redis, prefix: string): void {
  sendWakeHint(redis, channelOf(prefix));
}

/** Calls `listener` whenever any process wakes intake under `prefix`. Returns the function that ends it. */
export function onIntakeWake(
  redis: Redis,
  prefix: string,
  listener: () => void,
  log: Logger,
): () => Promise<void> {
  return onWakeHint(redis, channelOf(prefix), listener, log, "intake");
}

/**
 * The hint, from a process that runs no worker and keeps no Redis connection (the command line):
 * one short-lived connection, one PUBLISH. Answers how many worker connections heard it, or null
 * when Redis could not be reached; either way the workers' idle poll finds the messages anyway.
 */
export async function announceIntake(
  redisUrl: string,
  prefix: string,
  timeoutMs = 2000,
): Promise<number | null> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
  });
  // ioredis reports a refused connection on 'error' as well; unhandled it would print a stack.
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    return await redis.publish(channelOf(prefix), wakeHintSender());
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}
