import { and, eq, sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import type pg from "pg";
import { InboundMessage as InboundMessageSchema, type InboundMessage } from "../../channels/channel.js";
import { envRecord } from "../../channels/channels.env.js";
import type { ChannelCache, ChannelPort, ChannelState } from "../../channels/port.js";
import { channelCapabilities } from "../../channels/registry.js";
import { channelState } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { pgSafe } from "./pg-safe.js";
import { InboundBatcher } from "./inbound-batcher.js";
import { wakeIntake } from "../queue/intake-wake.js";
import { needsMediaFetch } from "./store-inbound.js";

/** The application side of `channels/port.ts`, for one channel module. */
export function createChannelPort(
  ctx: AppContext,
  channel: string,
  deps: { fetch?: typeof fetch; batcher?: InboundBatcher } = {},
): ChannelPort {
  return {
    now: ctx.now,
    timeZone: ctx.config.jurisdiction.timezone,
    fetch: deps.fetch ?? fetch,
    env: envRecord(ctx.env),
    log: ctx.log.child({ channel }),
    storeInbound: (list) => storeInbound(ctx, list, deps.batcher),
    state: pgChannelState(ctx, channel),
    cache: redisChannelCache(ctx.redis, ctx.env.QUEUE_PREFIX),
  };
}

/** Most messages one ingest transaction writes (measured in bench/wechat.ts; see docs/operations.md). */
const INBOUND_MAX_BATCH = 128;
/** Ingest transactions committing at once per process; more requests wait for the next batch. */
export const INBOUND_MAX_IN_FLIGHT = 4;
/**
 * Messages waiting before a second statement starts beside one in flight. A statement costs
 * PostgreSQL about as much for 1 message as for 10 (its round trip, start and commit), so while one
 * is out the next gathers for it; at 20 connections this made batches of about 9 instead of 3 and
 * halved PostgreSQL's CPU per message (docs/history/performance-rounds.md, "Seventh round").
 */
const INBOUND_OVERLAP_AT = 16;
/** A statement out this long (a lock wait, a restarting database) no longer holds the others back. */
const INBOUND_STALL_MS = 100;
const batchers = new WeakMap<AppContext["database"], InboundBatcher>();

/** A group-commit batcher writing through `pool` (the webhooks give theirs a pool of their own). */
export function createInboundBatcher(ctx: AppContext, pool: pg.Pool): InboundBatcher {
  return new InboundBatcher(pool, {
    maxBatch: INBOUND_MAX_BATCH,
    maxInFlight: INBOUND_MAX_IN_FLIGHT,
    overlapAt: INBOUND_OVERLAP_AT,
    stallMs: INBOUND_STALL_MS,
    now: ctx.now,
  });
}

/** The batcher over the context's shared pool, for callers outside the webhooks (one per pool). */
function sharedBatcher(ctx: AppContext): InboundBatcher {
  let batcher = batchers.get(ctx.database);
  if (!batcher) {
    batcher = createInboundBatcher(ctx, ctx.database.pool);
    batchers.set(ctx.database, batcher);
  }
  return batcher;
}

/**
 * Stores verified messages durably (a redelivery is a no-op) and wakes the outbox relay. The
 * messages of one call commit together, possibly with other requests' messages (group commit,
 * inbound-batcher.ts); the promise settles after that commit.
 */
export async function storeInbound(
  ctx: AppContext,
  list: readonly InboundMessage[],
  batcher: InboundBatcher = sharedBatcher(ctx),
): Promise<StoredInboundResult[]> {
  // NUL and lone surrogates cannot be stored; the schema refuses what removing them emptied.
  return storeValidatedInbound(
    ctx,
    list.map((m) => InboundMessageSchema.parse(pgSafe(m))),
    batcher,
  );
}

type StoredInboundResult = { inserted: boolean; id: number; residentId: string };

/**
 * `storeInbound` for messages the caller has already made storable (`pgSafe`) and validated with
 * the `InboundMessage` schema — the webhook route does both once per request.
 */
export async function storeValidatedInbound(
  ctx: AppContext,
  parsed: readonly InboundMessage[],
  batcher: InboundBatcher = sharedBatcher(ctx),
): Promise<StoredInboundResult[]> {
  // Only registered channels are stored: the registry is the one list of names.
  const unknown = parsed.find((m) => !channelCapabilities(m.channel));
  if (unknown) throw new Error(`channel ${unknown.channel} is not in channels/registry.ts`);
  if (parsed.length === 0) return [];
  const stored = await batcher.store(
    parsed.map((message) => ({
      message,
      phone: channelCapabilities(message.channel)?.hasPhoneNumber ? message.from : null,
    })),
  );
  if (stored.some((s) => s.inserted)) {
    wakeIntake(ctx.redis, ctx.env.QUEUE_PREFIX);
    // Only a photo or voice wrote an outbox row (its download); intake needs no relay.
    if (stored.some((s, i) => s.inserted && needsMediaFetch(parsed[i]!))) ctx.relay.kick();
  }
  return stored;
}

function pgChannelState(ctx: AppContext, channel: string): ChannelState {
  const db = ctx.database.db;
  return {
    async get(key) {
      const [row] = await db
        .select({ value: channelState.value })
        .from(channelState)
        .where(and(eq(channelState.channel, channel), eq(channelState.key, key)));
      return row?.value ?? null;
    },
    async tryWithLock(key, fn) {
      await db.insert(channelState).values({ channel, key, value: null }).onConflictDoNothing();
      return db.transaction(async (tx) => {
        // The row lock serialises every process on this key until the transaction ends. Waiting for
        // it would hold a pooled connection per waiter (and the holder needs another to store).
        const [row] = await tx
          .select({ value: channelState.value })
          .from(channelState)
          .where(and(eq(channelState.channel, channel), eq(channelState.key, key)))
          .for("update", { skipLocked: true });
        if (!row) return { ran: false as const };
        const { next, result } = await fn(row.value);
        await tx
          .update(channelState)
          .set({ value: next, updatedAt: sql`now()` })
          .where(and(eq(channelState.channel, channel), eq(channelState.key, key)));
        return { ran: true as const, result };
      });
    },
  };
}

/** The channels' shared cache in Redis, under the deployment's key prefix. */
export function redisChannelCache(redis: Redis, prefix: string): ChannelCache {
  const k = (key: string) => `${prefix}:${key}`;
  return {
    get: (key) => redis.get(k(key)),
    async set(key, value, ttlSeconds) {
      await redis.set(k(key), value, "EX", ttlSeconds);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await redis.set(k(key), value, "PX", ttlMs, "NX")) === "OK";
    },
    async deleteIfEquals(key, value) {
      await redis.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
        1,
        k(key),
        value,
      );
    },
  };
}
