import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "pino";

/*
 * The intake stage's to-do is the inbound message row itself (status `received`); its worker
 * claims those rows from PostgreSQL. What travels through Redis is only a hint that there is
 * something to claim: one PUBLISH per stored batch, never one per message, and never a
 * `pg_notify` inside the storing transaction (a notifying commit serialises every other commit).
 * A lost hint delays nothing by more than the worker's idle poll (INTAKE_POLL_MS).
 */

type Listener = () => void;

/** Workers of this process, by queue prefix (several deployments may share a test process). */
const local = new Map<string, Set<Listener>>();

/**
 * Sent with each hint: this process's workers were woken directly, so they skip their own echo
 * (it would cost an extra, empty claim after every batch in a process that runs both roles).
 */
const SENDER = randomUUID();

function channelOf(prefix: string): string {
  return `${prefix}:intake:wake`;
}

/**
 * Says that received messages were committed: wakes this process's intake workers at once and
 * publishes the hint for the others. Call it after the commit. Never throws and never waits: with
 * Redis down the others find the messages on their next poll.
 */
export function wakeIntake(redis: Redis, prefix: string): void {
  for (const listener of local.get(prefix) ?? []) listener();
  publishHint(redis, prefix);
}

/**
 * Hints to other processes go out at most once per PUBLISH_EVERY_MS per connection and prefix: the
 * first at once (an idle worker elsewhere starts without delay), those that follow within the
 * interval as one at its end. A PUBLISH is a socket write, and on a loaded machine each cost about
 * as much CPU as an ingest statement's (the webhook's profile); under a steady stream the workers
 * are busy claiming anyway and need no hint per batch.
 */
const PUBLISH_EVERY_MS = 20;
const publishing = new WeakMap<Redis, Map<string, { pending: boolean }>>();

function publishHint(redis: Redis, prefix: string): void {
  let byPrefix = publishing.get(redis);
  if (!byPrefix) publishing.set(redis, (byPrefix = new Map()));
  const window = byPrefix.get(prefix);
  if (window) {
    window.pending = true;
    return;
  }
  const opened = { pending: false };
  byPrefix.set(prefix, opened);
  if (redis.status === "ready") redis.publish(channelOf(prefix), SENDER).catch(() => undefined);
  setTimeout(() => {
    byPrefix.delete(prefix);
    if (opened.pending) publishHint(redis, prefix);
  }, PUBLISH_EVERY_MS).unref();
}

/**
 * Calls `listener` whenever any process wakes intake under `prefix`. The subscription uses a
 * connection of its own (a subscribed connection can send nothing else); ioredis re-subscribes
 * after a reconnect by itself. Returns the function that ends it.
 */
export function onIntakeWake(
  redis: Redis,
  prefix: string,
  listener: Listener,
  log: Logger,
): () => Promise<void> {
  let set = local.get(prefix);
  if (!set) local.set(prefix, (set = new Set()));
  set.add(listener);
  const subscriber = redis.duplicate({ lazyConnect: false });
  subscriber.on("error", (err: Error) => log.debug({ err: err.message }, "intake wake-up connection error"));
  subscriber.on("message", (_channel: string, sender: string) => {
    if (sender !== SENDER) listener();
  });
  subscriber
    .subscribe(channelOf(prefix))
    .catch((err: Error) =>
      log.warn({ err: err.message }, "intake wake-up subscription failed; the idle poll takes over"),
    );
  return async () => {
    set.delete(listener);
    if (set.size === 0) local.delete(prefix);
    subscriber.disconnect();
  };
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
    return await redis.publish(channelOf(prefix), SENDER);
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}
