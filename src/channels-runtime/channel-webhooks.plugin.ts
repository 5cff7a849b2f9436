import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type {
  ChannelAdapter,
  ChannelDefinition,
  InboundMessage,
  OutboundMessage,
  RawRequest,
  VerifyResult,
} from "../../channels/channel.js";
import { ChannelInputError, InboundMessage as InboundMessageSchema } from "../../channels/channel.js";
import { ZodError } from "zod";
import { envRecord } from "../../channels/channels.env.js";
import { channelCapabilities, loadChannelModules } from "../../channels/registry.js";
import { MAX_BODY_BYTES } from "../../channels/shared/decode-utf8.js";
import type { AppContext } from "../runtime/context.js";
import { sendChannelError, sendStoreUnavailable } from "./channel-error-reply.js";
import { openDatabase } from "../db/client.js";
import {
  INBOUND_MAX_IN_FLIGHT,
  createChannelPort,
  createInboundBatcher,
  storeValidatedInbound,
} from "./channel-port.js";
import type { InboundBatcher } from "./inbound-batcher.js";
import { hotlineRoutes } from "./hotline-feed.js";
import { pgSafe } from "./pg-safe.js";
import { EventLoopLag } from "./event-loop-lag.js";
import { PassiveReplyWaiter } from "./passive-reply-waiter.js";
import { onRepliesWritten } from "../queue/reply-wake.js";
import { toRawRequest } from "./raw-request.js";
import type { StoredInbound } from "./store-inbound.js";
import { webChatRoutes } from "./web-chat.routes.js";
import { wechatReplayGuard } from "./wechat-replay-guard.js";

/** Largest body each channel accepts; a resident's web chat line is small, gateway batches are not. */
const BODY_LIMITS: Record<string, number> = { web: 16 * 1024 };
/** Connections of the webhooks' own pool: the batches in flight, the reply poller and a claim. */
const REQUEST_POOL_SIZE = INBOUND_MAX_IN_FLIGHT + 2;
/**
 * How often the passive-reply poller looks for the bot's answers when no wake-up came: the intake
 * worker's hint after each batch wakes it at once, so this is only the fallback for a hint Redis
 * lost, a few percent of WeChat's 5 s.
 */
const PASSIVE_POLL_MS = 250;
/**
 * WeChat refuses a passive reply whose body (the final XML, after encryption in safe mode) is over
 * 2048 bytes; a longer answer goes through the customer-service API, which takes longer texts.
 */
export const WECHAT_PASSIVE_MAX_BYTES = 2048;
/** The safe-mode nonce is 9 or 10 digits: measure with room for the longer one. */
const ACK_SIZE_SLACK_BYTES = 1;
/**
 * WeChat drops an answer after 5 s; the passive wait must end early enough that the answer leaves
 * by 4.5 s after the request's arrival, whatever budget is configured.
 */
const WECHAT_ANSWER_BY_MS = 4500;

/** Per-channel extras beyond verify → parse → store → ack: extra routes or a different store. */
interface ChannelRuntime {
  /** Replaces the generic webhook route (the hotline feed stores calls, not messages). */
  routes?: (scope: FastifyInstance, ctx: AppContext, adapter: ChannelAdapter, def: ChannelDefinition) => void;
  /** Runs first in the channel's scope: scope plugins (rate limit) and extra routes (web chat page). */
  setup?: (scope: FastifyInstance, ctx: AppContext, adapter: ChannelAdapter) => Promise<void>;
  /** Checks after the adapter's own verification that need shared state (WeChat's nonce memory). */
  guard?: (raw: RawRequest) => Promise<VerifyResult>;
  /** A reply to carry in the acknowledgement, looked for after storing (WeChat passive reply). */
  passiveReply?: (
    ctx: AppContext,
    stored: readonly StoredInbound[],
    messages: readonly InboundMessage[],
    /** Whether the acknowledgement carrying this reply stays within the channel's size limit. */
    fits: (reply: OutboundMessage) => boolean,
    /** Milliseconds since the request arrived: the budget is spent from then, not from the store. */
    elapsedMs: () => number,
  ) => Promise<OutboundMessage | null>;
}

/**
 * Mounts every configured channel of `channels/registry.ts`, each in its own fastify scope with a
 * raw-body parser (signatures are computed over the exact bytes; XML, form and JSON are parsed by the
 * adapter) and its own body limit. Unconfigured channels are not mounted (404).
 */
export function channelWebhooks(ctx: AppContext) {
  return async function channelWebhooksPlugin(app: FastifyInstance): Promise<void> {
    const env = envRecord(ctx.env);
    // The request path (store, passive-reply wait) has connections of its own: in a process that
    // also runs the workers, a burst of intake turns holding the shared pool would otherwise keep
    // webhooks waiting for a connection past WeChat's 5 s. Their hot statements (the ingest, the
    // passive-reply look and claim) are planned once per connection: their generic plans are the
    // ones tests/channels/ingest/store-inbound-plan.test.ts and passive-reply-plan.test.ts check.
    const requestDb = openDatabase(ctx.database.pool.options.connectionString!, {
      max: REQUEST_POOL_SIZE,
      genericPlans: true,
      onError: (err) => ctx.log.warn({ err: err.message }, "idle PostgreSQL connection error (webhooks)"),
    });
    const batcher = createInboundBatcher(ctx, requestDb.pool);
    const waiter = new PassiveReplyWaiter(requestDb, { pollMs: PASSIVE_POLL_MS, now: ctx.now });
    const stopWakes = onRepliesWritten(ctx.redis, ctx.env.QUEUE_PREFIX, () => waiter.wake(), ctx.log);
    const lag = new EventLoopLag();
    app.addHook("onReady", async () => lag.reset());
    app.addHook("onClose", async () => {
      lag.close();
      waiter.close();
      await stopWakes();
      await requestDb.close();
    });
    const passive: ChannelRuntime = {
      passiveReply: (c, stored, messages, fits, elapsedMs) =>
        wechatPassiveReply(c, waiter, stored, messages, fits, elapsedMs, () => lag.recentMs()),
    };
    const runtimes: Record<string, ChannelRuntime> = {
      // WeChat signs only the URL in plaintext mode: its (timestamp, nonce) pairs are remembered.
      wechat: { ...passive, guard: wechatReplayGuard(ctx) },
      hotline: { routes: hotlineRoutes },
      web: { setup: webChatRoutes },
    };

    const modules = await loadChannelModules();
    for (const def of modules.flatMap((m) => m.webhooks)) {
      const adapter = def.createAdapter(env, { now: ctx.now });
      if (!adapter) {
        ctx.log.info({ channel: def.id }, "channel not configured; webhook not mounted");
        continue;
      }
      // A channel that answers in the acknowledgement (declared by its module) waits for the reply.
      const runtime =
        runtimes[def.id] ?? (channelCapabilities(adapter.channel)?.passiveReplyBudget ? passive : {});
      await app.register(async (scope) => {
        scope.removeAllContentTypeParsers();
        scope.addContentTypeParser(
          "*",
          { parseAs: "buffer", bodyLimit: BODY_LIMITS[def.id] ?? MAX_BODY_BYTES },
          (_req, body, done) => done(null, body),
        );
        await runtime.setup?.(scope, ctx, adapter);
        if (runtime.routes) runtime.routes(scope, ctx, adapter, def);
        else {
          const handler = webhookHandler(ctx, adapter, def, runtime, batcher);
          const urls = def.acceptsPathToken ? [def.path, `${def.path}/:token`] : [def.path];
          for (const url of urls) {
            // Request lines carry openids and tokens in the query: keep them out of the info-level access log.
            scope.route({ method: [...def.methods], url, logLevel: "warn", handler });
          }
        }
      });
    }
    for (const module of modules) {
      const routes = module.createRoutes?.(createChannelPort(ctx, module.name, { batcher }));
      if (!routes) continue;
      await app.register(async (scope) => {
        scope.removeAllContentTypeParsers();
        scope.addContentTypeParser(
          "*",
          { parseAs: "buffer", bodyLimit: MAX_BODY_BYTES },
          (_req, body, done) => done(null, body),
        );
        for (const route of routes) {
          scope.route({
            method: route.method,
            url: route.url,
            logLevel: "warn",
            handler: async (req, reply) => {
              try {
                const ack = await route.handle(toRawRequest(req));
                return reply.code(ack.status).type(ack.contentType).send(ack.body);
              } catch (error) {
                if (error instanceof ChannelInputError) {
                  ctx.log.info({ channel: module.name, code: error.code }, "channel input refused");
                  return sendChannelError(reply, error.status, error.code, error.message);
                }
                ctx.log.error(
                  { channel: module.name, err: (error as Error).message },
                  "channel route failed",
                );
                return sendStoreUnavailable(reply);
              }
            },
          });
        }
      });
    }
  };
}

/** verify → parse → store (one transaction) → optional passive reply → acknowledge. */
function webhookHandler(
  ctx: AppContext,
  adapter: ChannelAdapter,
  def: ChannelDefinition,
  runtime: ChannelRuntime,
  batcher: InboundBatcher,
) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const raw = toRawRequest(req);
    let verdict = adapter.verify(raw);
    if (verdict.ok && runtime.guard) verdict = await runtime.guard(raw);
    if (!verdict.ok) {
      ctx.log.info({ channel: def.id, code: verdict.code }, "webhook refused");
      if (verdict.answer) {
        const a = verdict.answer;
        return reply
          .code(a.status)
          .header("x-zhitong-refused", verdict.code)
          .type(a.contentType)
          .send(a.body);
      }
      return sendChannelError(reply, verdict.status, verdict.code, verdict.reason);
    }
    let parsed: InboundMessage[];
    try {
      // NUL and lone surrogates cannot be stored; removing them must not leave a required field empty.
      parsed = adapter.parse(raw).map((m) => InboundMessageSchema.parse(pgSafe(m)));
    } catch (error) {
      if (error instanceof ZodError) {
        return sendChannelError(
          reply,
          400,
          "CHANNEL.INVALID_PAYLOAD",
          "message fields are empty or unreadable",
        );
      }
      if (error instanceof ChannelInputError) {
        ctx.log.info({ channel: def.id, code: error.code }, "webhook input refused");
        return sendChannelError(reply, error.status, error.code, error.message);
      }
      // A parser defect, never the sender's fault to retry: refuse and make it visible.
      ctx.log.error({ channel: def.id, err: (error as Error).message }, "channel parser failed");
      return sendChannelError(reply, 400, "CHANNEL.UNPARSEABLE", "request could not be parsed");
    }
    let stored: StoredInbound[] = [];
    if (parsed.length > 0) {
      try {
        stored = await storeValidatedInbound(ctx, parsed, batcher);
      } catch (error) {
        ctx.log.error({ channel: def.id, err: (error as Error).message }, "inbound message not stored");
        return sendStoreUnavailable(reply);
      }
      // Debug, not info: at full rate an info line per webhook is a steady cost for a fact the
      // messages table already records.
      if (ctx.log.isLevelEnabled("debug"))
        ctx.log.debug(
          {
            channel: def.id,
            stored: stored.filter((s) => s.inserted).length,
            duplicates: stored.filter((s) => !s.inserted).length,
          },
          "inbound stored",
        );
    }
    const fits = (candidate: OutboundMessage) =>
      Buffer.byteLength(adapter.ack(raw, parsed, candidate).body, "utf8") + ACK_SIZE_SLACK_BYTES <=
      WECHAT_PASSIVE_MAX_BYTES;
    const passive =
      runtime.passiveReply && stored.length > 0
        ? // fastify's clock starts when the request is received, before the body is read and stored.
          await runtime.passiveReply(ctx, stored, parsed, fits, () => reply.elapsedTime)
        : null;
    const ack = adapter.ack(raw, parsed, passive);
    return reply.code(ack.status).type(ack.contentType).send(ack.body);
  };
}

async function wechatPassiveReply(
  ctx: AppContext,
  waiter: PassiveReplyWaiter,
  stored: readonly StoredInbound[],
  messages: readonly InboundMessage[],
  fits: (reply: OutboundMessage) => boolean,
  elapsedMs: () => number,
  /** The event loop's recent delay (event-loop-lag.ts). */
  lagMs: () => number,
): Promise<OutboundMessage | null> {
  const inbound = stored[0];
  const message = messages[0];
  if (!inbound || !message) return null;
  // Nobody answers an unsubscribe (the resident can no longer receive anything).
  if (message.event?.type === "unsubscribe") return null;
  try {
    const toOutbound = (text: string, messageId: number): OutboundMessage => ({
      channel: message.channel,
      provider: "passive",
      to: message.from,
      from: message.to ?? undefined,
      text,
      template: null,
      idempotencyKey: `out-${messageId}`,
      essential: true,
    });
    if (!inbound.inserted) {
      // A retry means WeChat never got our answer: a reply given passively goes again, the same one.
      const given = await waiter.passiveReplyFor(inbound.id);
      if (given) return toOutbound(given.text, given.messageId);
      // Answered by the customer-service API (WeChat has it): `success` at once.
      if (await waiter.alreadyAnswered(inbound.id)) return null;
    }
    // WeChat's 5 s run from the request's arrival: on a saturated server, waiting to be read and
    // stored may already have used the budget, and then `success` goes at once and the outbound
    // worker sends the reply by the customer-service API.
    // On a saturated event loop fastify's clock started late (the request waited in the socket
    // about one delay before its `request` event) and the answer leaves late (about one more): that
    // comes out of the margin between the budget and WeChat's limit, never past the limit.
    const elapsed = elapsedMs();
    const remaining = Math.min(
      ctx.env.WECHAT_PASSIVE_REPLY_BUDGET_MS - elapsed,
      WECHAT_ANSWER_BY_MS - elapsed - 2 * lagMs(),
    );
    // Too long to go passively: the reply stays `queued` and the outbound worker sends it by the API.
    const reply = await waiter.waitAndClaim(inbound.id, remaining, (text) => fits(toOutbound(text, 0)));
    if (!reply) return null;
    return toOutbound(reply.text, reply.messageId);
  } catch (error) {
    // The message is stored; without a passive reply the outbound worker delivers the answer.
    ctx.log.warn({ err: (error as Error).message }, "passive reply lookup failed");
    return null;
  }
}
