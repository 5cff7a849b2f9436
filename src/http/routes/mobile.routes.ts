import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { audit } from "../../auth/audit.js";
import { staffUsers } from "../../db/schema/index.js";
import { createSession } from "../../auth/sessions.js";
import { findStaffByWecomUserId } from "../../auth/staff.repository.js";
import { WecomApiError } from "../../notify/wecom/wecom-app-api.js";
import { mobilePathFor, NONCE_LENGTH, splitState, TARGET_PATTERN } from "../../notify/wecom/oauth-state.js";
import { wecomSenderFor } from "../../notify/wecom/wecom-runtime.js";
import type { AppContext } from "../../runtime/context.js";
import { SESSION_COOKIE, sessionPolicy } from "../plugins/access-control.js";
import { CONSOLE_CSP, CONSOLE_DIR } from "./console-pages.routes.js";

const MOBILE_DIR = path.join(CONSOLE_DIR, "mobile");

const NONCE_COOKIE = "zt_wecom_oauth";

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const Callback = z.object({
  code: z.string().regex(/^[\w-]{1,512}$/),
  state: z.string().max(128).optional(),
});

/**
 * The mobile ticket page for unit staff on WeCom: `/m/tickets/:ref` (and `/m/`, the unit's list)
 * are static pages that read and act through the staff API with the console's session cookie, so
 * scope, masking, audited reveals and every ticket check are the console's own. Staff sign in with
 * WeCom OAuth: the card's link passes WeCom's authorize page, which comes back to `/m/auth/wecom`
 * with a code; the code's member must be linked to an account (`zhitong user add --wecom-userid`).
 */
export function mobileRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.addHook("onSend", async (_req, reply) => {
      reply.header("content-security-policy", CONSOLE_CSP);
      reply.header("cache-control", "no-store");
    });
    await app.register(fastifyStatic, {
      root: MOBILE_DIR,
      prefix: "/m/assets/",
      decorateReply: false,
      index: false,
      wildcard: true,
    });
    // One page for the list and a ticket: the script reads which from the path.
    const sendPage = async (_req: FastifyRequest, reply: FastifyReply) =>
      reply.type("text/html; charset=utf-8").send(await readFile(path.join(MOBILE_DIR, "index.html")));
    app.get("/m", { schema: { hide: true } }, (_req, reply) => reply.redirect("/m/"));
    app.get("/m/", { schema: { hide: true } }, sendPage);
    app.get("/m/tickets/:ref", { schema: { hide: true } }, sendPage);

    /**
     * Where a card's link (and "sign in again") starts: a nonce cookie for this browser, then WeCom's
     * authorize page with target + nonce as state.
     */
    app.get("/m/login", { schema: { hide: true } }, (req, reply) => {
      const sender = wecomSenderFor(ctx);
      if (!sender)
        return notice(reply, 404, "未启用企业微信登录", "本系统尚未配置企业微信应用，请使用电脑登录工作台。");
      const to = (req.query as { to?: unknown }).to;
      const target = typeof to === "string" && TARGET_PATTERN.test(to) ? to : "inbox";
      const nonce = randomBytes(NONCE_LENGTH / 2).toString("hex");
      // Lax, not Strict: the browser comes back from WeCom's domain, a cross-site navigation.
      void reply.setCookie(NONCE_COOKIE, nonce, {
        path: "/m/auth/wecom",
        httpOnly: true,
        sameSite: "lax",
        secure: req.protocol === "https",
        maxAge: 600,
      });
      return reply.redirect(sender.signInUrl(`${target}${nonce}`));
    });

    app.get("/m/auth/wecom", { schema: { hide: true } }, async (req, reply) => {
      const sender = wecomSenderFor(ctx);
      if (!sender)
        return notice(reply, 404, "未启用企业微信登录", "本系统尚未配置企业微信应用，请使用电脑登录工作台。");
      const q = Callback.safeParse(req.query);
      if (!q.success) return notice(reply, 400, "登录链接无效", "请回到企业微信，从工单消息重新打开本页面。");
      // The code is used only in the browser that started this sign-in (see cardLink).
      const state = splitState(q.data.state);
      const cookie = req.cookies?.[NONCE_COOKIE];
      void reply.clearCookie(NONCE_COOKIE, { path: "/m/auth/wecom" });
      if (!state || !cookie || !sameText(cookie, state.nonce))
        return notice(reply, 400, "登录链接已过期", "请回到企业微信，从工单消息重新打开本页面。");
      const now = ctx.now();
      let userId: string | null;
      try {
        userId = await sender.userIdFromCode(q.data.code);
      } catch (err) {
        if (err instanceof WecomApiError && err.errcode === 40029)
          return notice(
            reply,
            400,
            "登录已失效",
            "该登录链接已使用或已过期，请回到企业微信，从工单消息重新打开本页面。",
          );
        req.log.warn({ err: (err as Error).message }, "WeCom sign-in: getuserinfo failed");
        return notice(reply, 503, "暂时无法登录", "暂时无法向企业微信核实您的身份，请稍后再试。");
      }
      const user = userId ? await findStaffByWecomUserId(ctx.database.db, userId) : undefined;
      if (!user || user.disabled) {
        await audit(ctx.database.db, {
          staff: user ? { id: user.id, role: user.role, unitId: user.unitId } : null,
          action: "auth.login_failed",
          at: now,
          ip: req.ip,
          requestId: req.id,
          data: {
            method: "wecom",
            reason: !userId ? "not_a_member" : user ? "disabled" : "unknown_wecom_user",
            wecomUserId: userId,
          },
        });
        return notice(
          reply,
          403,
          "未开通办理权限",
          userId
            ? `您的企业微信账号（${userId}）尚未开通直通诉求办理权限，请联系指挥中心系统管理员开通。`
            : "只有本单位企业微信成员可以办理工单。",
        );
      }
      const session = await ctx.database.db.transaction(async (tx) => {
        const s = await createSession(tx, user.id, now, { lifetimeMs: sessionPolicy(ctx).maxMs });
        await tx.update(staffUsers).set({ lastLoginAt: now }).where(eq(staffUsers.id, user.id));
        await audit(tx, {
          staff: { id: user.id, role: user.role, unitId: user.unitId },
          action: "auth.login",
          at: now,
          ip: req.ip,
          requestId: req.id,
          data: { method: "wecom" },
        });
        return s;
      });
      // The console's cookie: http-only and SameSite=Strict, so no other site can act with it
      // (WeCom's redirect is a top-level navigation, where a strict cookie may be set).
      void reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: req.protocol === "https",
      });
      return reply.redirect(mobilePathFor(state.target));
    });
  };
}

/** A small Chinese page saying what happened and what to do; nothing else. */
function notice(reply: FastifyReply, status: number, title: string, text: string) {
  const esc = (s: string) =>
    s.replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
    );
  return reply
    .status(status)
    .type("text/html; charset=utf-8")
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" />` +
        `<meta name="viewport" content="width=device-width, initial-scale=1" />` +
        `<title>${esc(title)} · 直通</title><link rel="stylesheet" href="/m/assets/mobile.css" /></head>` +
        `<body><main class="m-notice"><h1>${esc(title)}</h1><p>${esc(text)}</p></main></body></html>`,
    );
}
