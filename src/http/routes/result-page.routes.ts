import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { ticketEvents, tickets } from "../../db/schema/index.js";
import { localDay } from "../../domain/local-time.js";
import { listTicketMedia } from "../../media/media-attachments.js";
import { knownNames } from "../../media/result-card.js";
import { openResultLink } from "../../media/result-links.js";
import type { AppContext } from "../../runtime/context.js";
import { sendMedia } from "./media.routes.js";
import { coarsePlace, publicSummary } from "../../tickets/public-view.js";

const CSS = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;max-width:720px;margin:auto;color:#222;line-height:1.6}
h1{font-size:20px;margin:0 0 12px}dl{margin:0 0 16px}dt{color:#666;font-size:14px}dd{margin:0 0 8px}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}
.photos img{width:100%;height:auto;border-radius:4px;display:block}footer{color:#888;font-size:12px;margin-top:24px}`;
/** Only this exact stylesheet may apply: no script at all, images from this origin only. */
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(CSS).digest("base64")}'`,
  "img-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const Token = z.object({ token: z.string().max(64) });
const Photo = Token.extend({ mediaId: z.uuid() });
/** A resolution has at most nine fix photos. */
const Thumb = Token.extend({ index: z.coerce.number().int().min(0).max(8) });

/**
 * The public result page of one resolution (`/r/<token>`), linked from the resident's resolution
 * message and survey: the problem's summary (personal data masked), the coarse place, the unit's
 * reply and its fix photos. Nothing else — no names, phones, addresses, notes or residents' photos.
 * An unknown or expired token is a plain 404, the same for both so a token cannot be probed.
 */
export function resultPageRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const notFound = (reply: FastifyReply) =>
      reply
        .status(404)
        .header("content-type", "text/html; charset=utf-8")
        .header("content-security-policy", CSP)
        .header("cache-control", "no-store")
        .send(page("链接无效", `<h1>链接无效或已过期</h1><p>如需了解办理情况，请回复工单编号查询。</p>`));

    app.get("/r/:token", { schema: { hide: true } }, async (req, reply) => {
      const params = Token.safeParse(req.params);
      const link = params.success
        ? await openResultLink(ctx.database.db, params.data.token, ctx.now())
        : null;
      if (!link) return notFound(reply);
      const db = ctx.database.db;
      const [ticket] = await db.select().from(tickets).where(eq(tickets.id, link.ticketId));
      if (!ticket) return notFound(reply);
      const [resolution] = await db
        .select({ data: ticketEvents.data, at: ticketEvents.at })
        .from(ticketEvents)
        .where(
          and(
            eq(ticketEvents.ticketId, ticket.id),
            eq(ticketEvents.action, "resolve"),
            sql`(${ticketEvents.data}->>'round')::int = ${link.round}`,
          ),
        )
        .orderBy(desc(ticketEvents.id))
        .limit(1);
      const known = await knownNames(db, ticket);
      const photos = await listTicketMedia(db, ticket.id, { round: link.round, onlyUnit: true });
      const community = ticket.communityId ? (ctx.config.units.get(ticket.communityId)?.name ?? null) : null;
      const place = coarsePlace(community, ticket.complaint?.location?.text ?? null);
      const unit = ticket.unitId ? (ctx.config.units.get(ticket.unitId)?.name ?? null) : null;
      const replyText = typeof resolution?.data["reply"] === "string" ? resolution.data["reply"] : null;
      const tz = ctx.config.jurisdiction.timezone;
      const body =
        `<h1>办理结果</h1><dl>` +
        `<dt>反映的问题</dt><dd>${esc(publicSummary(ticket.summary, known))}</dd>` +
        (place ? `<dt>地点</dt><dd>${esc(place)}</dd>` : "") +
        (unit ? `<dt>承办单位</dt><dd>${esc(unit)}</dd>` : "") +
        (replyText ? `<dt>办理答复</dt><dd>${esc(publicSummary(replyText, known))}</dd>` : "") +
        (resolution ? `<dt>办结日期</dt><dd>${esc(localDay(resolution.at, tz))}</dd>` : "") +
        `</dl>` +
        (photos.length
          ? `<h2>现场照片</h2><div class="photos">${photos
              .map(
                (p) =>
                  `<a href="/r/${esc(params.data!.token)}/photos/${p.id}"><img src="/r/${esc(params.data!.token)}/photos/${p.id}?size=thumb" alt="现场照片"></a>`,
              )
              .join("")}</div>`
          : "") +
        `<footer>此页面仅展示办理结果，不含个人信息。</footer>`;
      return reply
        .header("content-type", "text/html; charset=utf-8")
        .header("content-security-policy", CSP)
        .header("cache-control", "private, no-store")
        .header("x-robots-tag", "noindex")
        .send(page("办理结果", body));
    });

    app.get("/r/:token/photos/:mediaId", { schema: { hide: true } }, async (req, reply) => {
      const params = Photo.safeParse(req.params);
      const size = (req.query as { size?: unknown }).size === "thumb" ? "thumb" : "full";
      const link = params.success
        ? await openResultLink(ctx.database.db, params.data.token, ctx.now())
        : null;
      if (!link || !params.success) return notFound(reply);
      const photos = await listTicketMedia(ctx.database.db, link.ticketId, {
        round: link.round,
        onlyUnit: true,
      });
      if (!photos.some((p) => p.id === params.data.mediaId)) return notFound(reply);
      return sendMedia(ctx, reply, params.data.mediaId, size);
    });

    // The picture of the WeChat card (picurl): the n-th fix photo's thumbnail, addressed by position
    // so the card can be made before anyone looks up media ids. Only the unit's fix photos.
    app.get("/r/:token/thumb/:index", { schema: { hide: true } }, async (req, reply) => {
      const params = Thumb.safeParse(req.params);
      const link = params.success
        ? await openResultLink(ctx.database.db, params.data.token, ctx.now())
        : null;
      if (!link || !params.success) return notFound(reply);
      const photos = await listTicketMedia(ctx.database.db, link.ticketId, {
        round: link.round,
        onlyUnit: true,
      });
      const photo = photos[params.data.index];
      if (!photo) return notFound(reply);
      return sendMedia(ctx, reply, photo.id, "thumb");
    });
  };
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${CSS}</style></head><body>${body}</body></html>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
