import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { audit, requestAudit } from "../../auth/audit.js";
import { checkLogin } from "../../auth/login.js";
import {
  blockedUntil,
  pruneThrottle,
  recordFailure,
  recordSuccess,
  throttleKeys,
  throttlePolicy,
} from "../../auth/login-throttle.js";
import { ROLE_LABELS, StaffRole } from "../../auth/roles.js";
import { createSession, revokeSession } from "../../auth/sessions.js";
import { AppError } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import { SESSION_COOKIE, sessionPolicy } from "../plugins/access-control.js";
import { ErrorBody } from "../schemas.js";

const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
  roleLabel: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** The centre's time zone: the console shows every time in it, whatever the browser's zone. */
  timeZone: z.string(),
});

const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(128),
});

/** Sign-in, sign-out and "who am I" for the console. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // In-process limiter per client IP (encapsulated: only the login route uses it). The per-account
    // limit is the lockout in PostgreSQL, which holds across processes and restarts.
    await app.register(rateLimit, { global: false });
    const policy = sessionPolicy(ctx);
    const throttle = throttlePolicy(ctx.env.LOGIN_MAX_FAILURES, ctx.env.LOGIN_LOCK_MINUTES);
    const me = (
      staff: { id: string; role: StaffRole; unitId: string | null },
      info: { username: string; displayName: string },
    ) => ({
      id: staff.id,
      username: info.username,
      displayName: info.displayName,
      role: staff.role,
      roleLabel: ROLE_LABELS[staff.role],
      unitId: staff.unitId,
      unitName: staff.unitId ? (ctx.config.units.get(staff.unitId)?.name ?? null) : null,
      timeZone: ctx.config.jurisdiction.timezone,
    });

    app.post(
      "/auth/login",
      {
        config: { rateLimit: { max: ctx.env.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
        schema: {
          tags: ["auth"],
          summary: "Sign in: sets the http-only session cookie zt_session",
          body: LoginBody,
          response: {
            200: z.object({ user: Me, expiresAt: z.iso.datetime() }),
            401: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async (req, reply) => {
        const now = ctx.now();
        const keys = throttleKeys(req.body.username, req.ip);
        // A throttled attempt is refused before the password is looked at, the same way for every
        // username, existing or not; it does not lengthen the wait either.
        const until = await blockedUntil(ctx.database.db, keys, now);
        if (until) {
          const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
          await audit(ctx.database.db, {
            staff: null,
            action: "auth.login_throttled",
            at: now,
            ip: req.ip,
            requestId: req.id,
            data: { retryAfterSeconds: seconds },
          });
          void reply.header("retry-after", String(seconds));
          throw new AppError(
            "AUTH.THROTTLED",
            `登录尝试过于频繁，请 ${seconds} 秒后再试 (too many attempts, retry in ${seconds} s)`,
            429,
          );
        }
        const outcome = await checkLogin(ctx.database.db, req.body.username, req.body.password, now);
        if (!outcome.ok) {
          await recordFailure(ctx.database.db, keys, throttle, now);
          await audit(ctx.database.db, {
            staff: outcome.user
              ? { id: outcome.user.id, role: outcome.user.role, unitId: outcome.user.unitId }
              : null,
            action: "auth.login_failed",
            at: now,
            ip: req.ip,
            requestId: req.id,
            data: { reason: outcome.reason },
          });
          // One answer for an unknown user, a wrong password and a disabled account.
          throw new AppError(
            "AUTH.INVALID_CREDENTIALS",
            "用户名或密码错误 (wrong username or password)",
            401,
          );
        }
        await recordSuccess(ctx.database.db, keys);
        // Old entries go with each success: cheap (indexed), and no separate job to forget.
        await pruneThrottle(ctx.database.db, now);
        const user = outcome.user;
        const session = await ctx.database.db.transaction(async (tx) => {
          const s = await createSession(tx, user.id, now, { lifetimeMs: policy.maxMs });
          await audit(tx, {
            staff: { id: user.id, role: user.role, unitId: user.unitId },
            action: "auth.login",
            at: now,
            ip: req.ip,
            requestId: req.id,
          });
          return s;
        });
        void reply.setCookie(SESSION_COOKIE, session.token, {
          path: "/",
          httpOnly: true,
          sameSite: "strict",
          secure: req.protocol === "https",
          // A session cookie (no Max-Age): closing the browser ends it; the server enforces expiry.
        });
        return {
          user: me(
            { id: user.id, role: user.role, unitId: user.unitId },
            { username: user.username, displayName: user.displayName },
          ),
          expiresAt: session.expiresAt.toISOString(),
        };
      },
    );

    app.post(
      "/auth/logout",
      {
        schema: { tags: ["auth"], summary: "Sign out: ends the session", response: { 204: z.null() } },
      },
      async (req, reply) => {
        const now = ctx.now();
        await ctx.database.db.transaction(async (tx) => {
          if (req.sessionId) await revokeSession(tx, req.sessionId, now);
          await audit(tx, { ...requestAudit(req), action: "auth.logout", at: now });
        });
        void reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/me",
      {
        schema: {
          tags: ["auth"],
          summary: "The signed-in staff member",
          response: { 200: Me, 401: ErrorBody },
        },
      },
      async (req) => me(req.staff!, req.staffInfo!),
    );
  };
}
