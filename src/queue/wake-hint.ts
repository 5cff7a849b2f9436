import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/*
 * A wake-up hint between processes: "rows you may be waiting for were committed; look now". The
 * rows themselves are the to-do and every listener also polls, so a hint lost (Redis down or
 * emptied, a process killed between its commit and the PUBLISH) delays the work by one poll and
 * loses nothing. Listeners in the sending process are called directly; a hint is one PUBLISH per
 * stored batch at most, never one per row, and never a `pg_notify` inside the writing transaction
 * (a notifying commit serialises every other commit).
 */

type Listener = () => void;

/** Listeners of this process, by channel (several deployments may share a test process). */
const local = new Map<string, Set<Listener>>();

/**
 * Sent with each hint: this process's listeners were called directly, so they skip their own echo
 * (it would cost an extra, empty look after every batch in a process that runs both roles).
 */
const SENDER = randomUUID();

/**
 * Hints to other processes go out at most once per PUBLISH_EVERY_MS per connection and channel: the
 * first at once, those that follow within the interval as one at its end. A PUBLISH is a socket
 * write, and on a loaded machine each cost about as much CPU as an ingest statement's (the
 * webhook's profile); under a steady stream the listeners are busy anyway and need no hint per batch.
 */
const PUBLISH_EVERY_MS = 20;
const publishing = new WeakMap<Redis, Map<string, { pending: boolean }>>();

/**
 * Wakes this process's listeners of `channel` at once and publishes the hint for the others. Call it
 * after the commit. Never throws and never waits.
 */
export function sendWakeHint(redis: Redis, channel: string): void {
  for (const listener of local.get(channel) ?? []) listener();
  publishHint(redis, channel);
}

function publishHint(redis: Redis, channel: string): void {
  let byChannel = publishing.get(redis);
  if (!byChannel) publishing.set(redis, (byChannel = new Map()));
  const window = byChannel.get(channel);
  if (window) {
    window.pending = true;
    return;
  }
  const opened = { pending: false };
  byChannel.set(channel, opened);
  if (redis.status === "ready") redis.publish(channel, SENDER).catch(() => undefined);
  setTimeout(() => {
    byChannel.delete(channel);
    if (opened.pending) publishHint(redis, channel);
  }, PUBLISH_EVERY_MS).unref();
}

/**
 * Calls `listener` whenever any process sends a hint on `channel`. The subscription uses a
 * connection of its own (a subscribed connection can send nothing else); ioredis re-subscribes
 * after a reconnect by itself. Returns the function that ends it.
 */
export function onWakeHint(
  redis: Redis,
  channel: string,
  listener: Listener,
  log: Logger,
  what: string,
): () => Promise<void> {
  let set = local.get(channel);
  if (!set) local.set(channel, (set = new Set()));
  set.add(listener);
  const subscriber = redis.duplicate({ lazyConnect: false });
  subscriber.on("error", (err: Error) => log.debug({ err: err.message }, `${what} wake-up connection error`));
  subscriber.on("message", (_channel: string, sender: string) => {
    if (sender !== SENDER) listener();
  });
  subscriber
    .subscribe(channel)
    .catch((err: Error) =>
      log.warn({ err: err.message }, `${what} wake-up subscription failed; the poll takes over`),
    );
  return async () => {
    set.delete(listener);
    if (set.size === 0) local.delete(channel);
    subscriber.disconnect();
  };
}

/** The sender id of this process's hints (a one-off publisher must use it to be told apart). */
export function wakeHintSender(): string {
  return SENDER;
}
