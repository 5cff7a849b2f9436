import rateLimit from "@fastify/rate-limit";
import { and, asc, desc, eq, gt, ne } from "drizzle-orm";
import type { FastifyInstance, FastifyReply } from "fastify";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { ChannelAdapter } from "../../channels/channel.js";
import { envRecord } from "../../channels/channels.env.js";
import { webSessionSecret } from "../../channels/web/web.adapter.js";
import {
  issueWebSession,
  presentedWebToken,
  verifyWebSessionToken,
  WEB_TOKEN_COOKIE,
} from "../../channels/web/web-session.js";
import { messages, residentIdentities } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { createFailFastRedis } from "../queue/connection.js";
import { sendChannelError } from "./channel-error-reply.js";
import type { InboundMessage } from "../../channels/channel.js";
import { AppError } from "../domain/app-error.js";
import { attachMedia } from "../media/media-attachments.js";
import { mediaServiceFor } from "../media/media-service.js";
import { storeInboundMessage } from "./store-inbound.js";
import { wakeIntake } from "../queue/intake-wake.js";

const PAGE_DIR = new URL("../../channels/web/page/", import.meta.url);
const PAGE_FILES = {
  "": { file: "index.html", type: "text/html; charset=utf-8" },
  "chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "chat.css": { file: "chat.css", type: "text/css; charset=utf-8" },
} as const;

const PhotoQuery = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

const RepliesQuery = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  after: z.coerce.number().int().min(0).default(0),
});
const HistoryQuery = z.object({ sessionId: RepliesQuery.shape.sessionId });
/** How much of the conversation a reloaded page shows again. */
const HISTORY_LIMIT = 100;

/**
 * Web chat around the webhook `POST /channels/web/messages`: a session endpoint, the replies feed the
 * page polls, and the page itself. Everything in this scope is rate-limited per client IP (shared
 * across API processes through Redis).
 */
export async function webChatRoutes(
  scope: FastifyInstance,
  ctx: AppContext,
  _adapter: ChannelAdapter,
): Promise<void> {
  const secret = webSessionSecret(envRecord(ctx.env));
  // Not the workers' connection: that one queues commands during an outage and the request would hang.
  const limiterRedis = createFailFastRedis(ctx.redis);
  limiterRedis.on("error", () => {
    // Reported by the main connection's error handler; this one just reconnects.
  });
  scope.addHook("onClose", async () => limiterRedis.disconnect());
  await scope.register(rateLimit, {
    max: ctx.env.WEB_CHAT_RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    redis: limiterRedis,
    nameSpace: `${ctx.env.QUEUE_PREFIX}:web-rl:`,
    // Fail open during a Redis outage: the message is still stored in PostgreSQL before it is
    // acknowledged, and refusing every resident would lose reports; the body limit still applies.
    skipOnError: true,
    // Reading replies is polled every few seconds; only writing counts against the limit.
    allowList: (req) => req.method === "GET",
  });

  const pages = new Map<string, { body: string; type: string }>();
  for (const [name, page] of Object.entries(PAGE_FILES)) {
    pages.set(name, { body: await readFile(new URL(page.file, PAGE_DIR), "utf8"), type: page.type });
  }
  const servePage = (name: string) => async (_req: unknown, reply: FastifyReply) => {
    const page = pages.get(name)!;
    return reply
      .type(page.type)
      .header("cache-control", "no-cache")
      .header("content-security-policy", "default-src 'self'; img-src 'self' data:; style-src 'self'")
      .send(page.body);
  };
  scope.get("/channels/web/", servePage(""));
  scope.get("/channels/web", async (_req, reply) => reply.redirect("/channels/web/"));
  scope.get("/channels/web/chat.js", servePage("chat.js"));
  scope.get("/channels/web/chat.css", servePage("chat.css"));

  scope.post("/channels/web/session", async (_req, reply) => {
    const session = issueWebSession(secret);
    return reply
      .header(
        "set-cookie",
        `${WEB_TOKEN_COOKIE}=${session.token}; Path=/channels/web; HttpOnly; SameSite=Strict; Max-Age=2592000`,
      )
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(session));
  });

  // A photo from the page: the raw image bytes, checked and stored before the message is (so a bad
  // file changes nothing), then stored as the resident's image message with the file attached, in
  // one transaction. A retry with the same clientMessageId stores nothing new.
  scope.post(
    "/channels/web/photos",
    { logLevel: "warn", bodyLimit: ctx.env.MEDIA_MAX_IMAGE_BYTES * 2 },
    async (req, reply) => {
      const query = PhotoQuery.safeParse(req.query);
      if (!query.success)
        return sendChannelError(reply, 400, "CHANNEL.INVALID_PAYLOAD", "缺少 sessionId 或 clientMessageId");
      const { sessionId, clientMessageId } = query.data;
      if (secret && !verifyWebSessionToken(secret, sessionId, presentedWebToken(req)))
        return sendChannelError(reply, 401, "WEB.BAD_SESSION", "missing or wrong session token");
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (bytes.length === 0) return sendChannelError(reply, 400, "MEDIA.EMPTY", "请选择要发送的照片。");
      const now = ctx.now();
      try {
        const stored = await ctx.database.db.transaction(async (tx) => {
          const file = await mediaServiceFor(ctx.env).ingest(tx, bytes, { accept: ["image"], now });
          const message: InboundMessage = {
            channel: "web",
            provider: "web",
            channelMessageId: `${sessionId}-${clientMessageId}`,
            from: sessionId,
            to: null,
            kind: "image",
            text: null,
            location: null,
            // The stored file's id: the dialogue counts photos by it, so the same photo twice counts once.
            mediaId: file.media.id,
            mediaUrl: null,
            event: null,
            transcript: null,
            optOut: false,
            sentAt: null,
            receivedAt: now,
            raw: { sessionId, clientMessageId, mediaId: file.media.id },
          };
          const row = await storeInboundMessage(tx, message, { now, extraPayload: { mediaStored: true } });
          // The web page shares no location: a photo's GPS is dropped, not kept.
          await attachMedia(tx, {
            mediaId: file.media.id,
            ownerType: "message",
            ownerId: String(row.id),
            now,
          });
          return row;
        });
        if (stored.inserted) wakeIntake(ctx.redis, ctx.env.QUEUE_PREFIX);
        return reply
          .type("application/json; charset=utf-8")
          .send(JSON.stringify({ ok: true, messageId: `${sessionId}-${clientMessageId}` }));
      } catch (error) {
        if (error instanceof AppError)
          return sendChannelError(reply, error.status, error.code, error.message);
        throw error;
      }
    },
  );

  scope.get("/channels/web/messages", { logLevel: "warn" }, async (req, reply) => {
    const query = RepliesQuery.safeParse(req.query);
    if (!query.success)
      return sendChannelError(reply, 400, "CHANNEL.INVALID_PAYLOAD", "sessionId and after are required");
    const { sessionId, after } = query.data;
    if (!verifyWebSessionToken(secret, sessionId, presentedWebToken(req))) {
      return sendChannelError(reply, 401, "WEB.BAD_SESSION", "missing or wrong session token");
    }
    const rows = await ctx.database.db
      .select({ id: messages.id, text: messages.text, createdAt: messages.createdAt })
      .from(messages)
      .innerJoin(
        residentIdentities,
        and(eq(residentIdentities.residentId, messages.residentId), eq(residentIdentities.channel, "web")),
      )
      .where(
        and(
          eq(residentIdentities.address, sessionId),
          eq(messages.channel, "web"),
          eq(messages.direction, "out"),
          ne(messages.status, "failed"),
          gt(messages.id, after),
        ),
      )
      .orderBy(asc(messages.id))
      .limit(50);
    return reply.type("application/json; charset=utf-8").send(
      JSON.stringify({
        replies: rows.map((r) => ({ id: r.id, text: r.text ?? "", at: r.createdAt.toISOString() })),
      }),
    );
  });

  // The page keeps only its session in the browser; after a reload it asks the server for the
  // conversation (the resident's messages and the replies), which is the record that counts.
  scope.get("/channels/web/history", { logLevel: "warn" }, async (req, reply) => {
    const query = HistoryQuery.safeParse(req.query);
    if (!query.success)
      return sendChannelError(reply, 400, "CHANNEL.INVALID_PAYLOAD", "sessionId is required");
    const { sessionId } = query.data;
    if (!verifyWebSessionToken(secret, sessionId, presentedWebToken(req)))
      return sendChannelError(reply, 401, "WEB.BAD_SESSION", "missing or wrong session token");
    const rows = await ctx.database.db
      .select({
        id: messages.id,
        direction: messages.direction,
        text: messages.text,
        createdAt: messages.createdAt,
      })
      .from(messages)
      .innerJoin(
        residentIdentities,
        and(eq(residentIdentities.residentId, messages.residentId), eq(residentIdentities.channel, "web")),
      )
      .where(
        and(
          eq(residentIdentities.address, sessionId),
          eq(messages.channel, "web"),
          // The same replies the poll feed shows, so a reload neither loses nor adds any.
          ne(messages.status, "failed"),
        ),
      )
      .orderBy(desc(messages.id))
      .limit(HISTORY_LIMIT);
    const items = rows.reverse().map((r) => ({
      id: r.id,
      from: r.direction === "in" ? "resident" : "bot",
      text: r.text ?? "",
      at: r.createdAt.toISOString(),
    }));
    return reply.type("application/json; charset=utf-8").send(JSON.stringify({ items }));
  });
}
