import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { findTicket, type TicketRow } from "../../db/repositories/tickets.repository.js";
import { media, mediaAttachments } from "../../db/schema/index.js";
import { AppError, forbidden, notFound } from "../../domain/app-error.js";
import { attachMedia, listTicketMedia, type TicketMedia } from "../../media/media-attachments.js";
import { mediaServiceFor } from "../../media/media-service.js";
import { recordUploader, uploaderSide } from "../../media/uploaded-photos.js";
import { actorFor } from "../../tickets/ticket-actions.js";
import type { AppContext } from "../../runtime/context.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ErrorBody } from "../schemas.js";
import { audit, requestAudit } from "../../auth/audit.js";

export const MediaView = z.object({
  id: z.uuid(),
  kind: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  source: z.enum(["resident", "unit", "progress"]),
  round: z.number().int().nullable(),
  /** The progress note a `progress` photo belongs to (the timeline event's id). */
  eventId: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

/** Photo uploads are raw bytes (`Content-Type: image/…`); the type is decided from the bytes anyway. */
const UPLOAD_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif", "application/octet-stream"];

/**
 * Staff API: a ticket's photos and voice. Files are served only to staff who may see the ticket
 * (the same check as the ticket itself), with `Cache-Control: private` — never a public URL.
 */
export function mediaRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      UPLOAD_TYPES,
      // Twice the limit: a photo somewhat too large reaches the media service and gets its clear
      // Chinese 413 ("不能超过…"); only a body far beyond it is cut off by the parser.
      { parseAs: "buffer", bodyLimit: ctx.env.MEDIA_MAX_IMAGE_BYTES * 2 },
      (_req, body, done) => done(null, body),
    );

    const visibleTicket = async (req: FastifyRequest, idOrRef: string): Promise<TicketRow> => {
      const ticket = await findTicket(ctx.database.db, idOrRef);
      if (!ticket || (req.canSeeTicket && !req.canSeeTicket(ticket)))
        throw notFound("TICKET.NOT_FOUND", `没有工单 ${idOrRef}`);
      return ticket;
    };
    const isUpload = async (ticketId: string, mediaId: string) =>
      (
        await ctx.database.db
          .select({ id: mediaAttachments.id })
          .from(mediaAttachments)
          .where(
            and(
              eq(mediaAttachments.ownerType, "upload"),
              eq(mediaAttachments.ownerId, ticketId),
              eq(mediaAttachments.mediaId, mediaId),
            ),
          )
          .limit(1)
      ).length > 0;
    const view = (ticketId: string, m: TicketMedia) => ({
      ...m,
      ...mediaLinks(ticketId, m),
      createdAt: m.createdAt.toISOString(),
    });

    app.get(
      "/tickets/:idOrRef/media",
      {
        schema: {
          tags: ["media"],
          summary: "Photos and voice of a ticket: the residents' and the units' fix photos",
          params: z.object({ idOrRef: z.string().max(64) }),
          response: { 200: z.object({ items: z.array(MediaView) }), 404: ErrorBody },
        },
      },
      async (req) => {
        const ticket = await visibleTicket(req, req.params.idOrRef);
        const items = await listTicketMedia(ctx.database.db, ticket.id);
        return { items: items.map((m) => view(ticket.id, m)) };
      },
    );

    app.get(
      "/tickets/:idOrRef/media/:mediaId",
      {
        schema: {
          tags: ["media"],
          summary: "One photo or voice file of a ticket (size=thumb for the thumbnail)",
          params: z.object({ idOrRef: z.string().max(64), mediaId: z.uuid() }),
          querystring: z.object({ size: z.enum(["full", "thumb"]).default("full") }),
          response: { 404: ErrorBody },
        },
      },
      async (req, reply) => {
        const ticket = await visibleTicket(req, req.params.idOrRef);
        const items = await listTicketMedia(ctx.database.db, ticket.id);
        const item = items.find((m) => m.id === req.params.mediaId);
        // A fix photo uploaded to this ticket but not yet part of a resolution is shown to the uploader's form too.
        if (!item && !(await isUpload(ticket.id, req.params.mediaId)))
          throw notFound("MEDIA.NOT_FOUND", "该工单没有这个文件");
        // A resident's photo or voice in full may show faces, plates, a home: who looked is on record.
        if (item?.source === "resident" && req.query.size === "full")
          await audit(ctx.database.db, {
            ...requestAudit(req),
            action: "media.view",
            at: ctx.now(),
            ticketId: ticket.id,
            targetType: "media",
            targetId: item.id,
          });
        return sendMedia(ctx, reply, req.params.mediaId, req.query.size);
      },
    );

    app.post(
      "/tickets/:idOrRef/media",
      {
        config: { roles: ["admin", "dispatcher", "unit"] },
        schema: {
          tags: ["media"],
          summary: "Upload one photo (raw image bytes); pass its id in the resolve or note action's photos",
          params: z.object({ idOrRef: z.string().max(64) }),
          response: {
            201: z.object({ id: z.uuid(), thumbnailUrl: z.string().nullable() }),
            400: ErrorBody,
            404: ErrorBody,
            413: ErrorBody,
            415: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (req, reply) => {
        const ticket = await visibleTicket(req, req.params.idOrRef);
        if (req.staff?.role === "unit" && ticket.unitId === null)
          throw forbidden("TICKET.ROLE_NOT_ALLOWED", "工单尚未派发，不能上传办理照片");
        if (!Buffer.isBuffer(req.body) || req.body.length === 0)
          throw new AppError("MEDIA.EMPTY", "请上传照片文件（Content-Type: image/jpeg 等）", 400);
        const bytes = req.body;
        // Progress notes may only carry their own side's uploads: record whose this one is.
        const side = req.staff ? uploaderSide(actorFor(ctx, req.staff, ticket).actor) : "centre";
        const stored = await ctx.database.db.transaction(async (tx) => {
          const s = await mediaServiceFor(ctx.env).ingest(tx, bytes, { accept: ["image"], now: ctx.now() });
          await attachMedia(tx, {
            mediaId: s.media.id,
            ownerType: "upload",
            ownerId: ticket.id,
            now: ctx.now(),
          });
          await recordUploader(tx, { ticketId: ticket.id, mediaId: s.media.id, side, now: ctx.now() });
          return s;
        });
        return reply.status(201).send({
          id: stored.media.id,
          thumbnailUrl: stored.media.thumbnailKey
            ? `/api/v1/tickets/${ticket.id}/media/${stored.media.id}?size=thumb`
            : null,
        });
      },
    );
  };
}

/** The staff-only URLs of a ticket's file and its thumbnail (served after the ticket's access check). */
export function mediaLinks(ticketId: string, m: { id: string; hasThumbnail: boolean }) {
  return {
    url: `/api/v1/tickets/${ticketId}/media/${m.id}`,
    thumbnailUrl: m.hasThumbnail ? `/api/v1/tickets/${ticketId}/media/${m.id}?size=thumb` : null,
  };
}

/** Streams a stored file (or its thumbnail) with headers that keep it out of shared caches. */
export async function sendMedia(
  ctx: AppContext,
  reply: FastifyReply,
  mediaId: string,
  size: "full" | "thumb",
) {
  const [row] = await ctx.database.db.select().from(media).where(eq(media.id, mediaId));
  if (!row) throw notFound("MEDIA.NOT_FOUND", "文件不存在");
  const key = size === "thumb" && row.thumbnailKey ? row.thumbnailKey : row.storageKey;
  const bytes = await mediaServiceFor(ctx.env).store.get(key);
  if (!bytes) throw notFound("MEDIA.NOT_FOUND", "文件不存在");
  return reply
    .header("content-type", size === "thumb" && row.thumbnailKey ? "image/jpeg" : row.contentType)
    .header("cache-control", "private, max-age=300")
    .header("content-disposition", "inline")
    .send(bytes);
}
