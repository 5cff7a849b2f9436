import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/** How often a process says it is alive. */
export const PRESENCE_BEAT_MS = 2_000;
/**
 * How long a beat counts. A process that stops beating (killed, hung, cut off from Redis) drops
 * out of its peers' count this long after its last beat; one that closes cleanly leaves at once.
 */
export const PRESENCE_TTL_MS = 6_000;

/**
 * One beat, atomically and on Redis's clock (so hosts' clocks may differ): drop the members whose
 * beat ran out, renew this one's, answer how many are alive. The set itself expires when nobody
 * beats any more.
 */
const BEAT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], 2 * tonumber(ARGV[2]))
return redis.call('ZCARD', KEYS[1])
`;

export interface PeerPresenceOptions {
  /** What the peers share: processes running the same stage, e.g. "route". */
  group: string;
  beatMs?: number;
  ttlMs?: number;
  log?: Logger;
}

/**
 * How many processes of one kind are running now, this one included, from a heartbeat each keeps
 * in Redis (a sorted set of members scored by when their beat runs out). Nothing to configure and
 * nothing to keep in step: a process joins with its first beat and leaves when it closes or when
 * its beat runs out. When this process cannot beat (Redis unreachable) for longer than a beat
 * lasts, it counts itself alone: it cannot see its peers, and alone is how it ran before it knew
 * of any.
 */
export class PeerPresence {
  /** Set once the count changes; called with the new count. */
  onChange: ((peers: number) => void) | undefined;
  private readonly id = `${process.pid}:${randomBytes(6).toString("hex")}`;
  private readonly key: string;
  private readonly beatMs: number;
  private readonly ttlMs: number;
  private timer: NodeJS.Timeout | undefined;
  private beating: Promise<void> | undefined;
  private lastBeat = 0;
  private current = 1;
  private stopped = false;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly opts: PeerPresenceOptions,
  ) {
    this.key = `${prefix}:presence:${opts.group}`;
    this.beatMs = opts.beatMs ?? PRESENCE_BEAT_MS;
    this.ttlMs = opts.ttlMs ?? PRESENCE_TTL_MS;
  }

  /** Processes of the group alive now, this one included (1 until the first beat answers). */
  get peers(): number {
    return this.current;
  }

  /** Beats now and then every beatMs until stop(). Resolves after the first beat. */
  start(): Promise<void> {
    if (this.timer || this.stopped) return Promise.resolve();
    this.timer = setInterval(() => void this.beat(), this.beatMs);
    this.timer.unref();
    return this.beat();
  }

  /** One beat (tests call it to skip the wait); a beat already under way is joined, not doubled. */
  beat(): Promise<void> {
    this.beating ??= this.beatOnce().finally(() => (this.beating = undefined));
    return this.beating;
  }

  /** Stops beating and leaves the group at once, so the peers see it gone at their next beat. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.beating;
    try {
      await this.redis.zrem(this.key, this.id);
    } catch {
      // Redis gone or closing: the beat runs out by itself within ttlMs.
    }
  }

  private async beatOnce(): Promise<void> {
    if (this.stopped) return;
    try {
      const n = Number(await this.redis.eval(BEAT, 1, this.key, this.id, String(this.ttlMs)));
      this.lastBeat = Date.now();
      if (!this.stopped) this.set(Math.max(1, n));
    } catch (err) {
      // Unseen for as long as a beat lasts: nothing is known of the peers any more.
      if (Date.now() - this.lastBeat >= this.ttlMs && this.current !== 1) {
        this.opts.log?.warn(
          { group: this.opts.group, err: err instanceof Error ? err.message : String(err) },
          "presence beat failed; counting this process alone until it succeeds",
        );
        this.set(1);
      }
    }
  }

  private set(n: number): void {
    if (n === this.current) return;
    this.current = n;
    this.onChange?.(n);
  }
}
