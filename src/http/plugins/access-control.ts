import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { audit } from "../../auth/audit.js";
import { canSeeTicket, ticketScopeSql } from "../../auth/scope.js";
import { SessionCache } from "../../auth/session-cache.js";
import type { SessionPolicy } from "../../auth/sessions.js";
import type { StaffRole } from "../../auth/roles.js";
import { AppError, forbidden } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import type { StaffPrincipal } from "../../auth/staff-principal.js";

export const SESSION_COOKIE = "zt_session";

/** Staff API paths reachable without a session. */
const PUBLIC_PATHS = new Set(["/api/v1/auth/login"]);

/**
 * Role rules for routes owned elsewhere (method + route pattern). Routes of this area declare
 * `config: { roles: [...] }` instead. Everything not listed is open to every signed-in role; what
 * each ticket action allows is decided by the dispatch engine per role.
 */
const ROUTE_ROLES: Record<string, readonly StaffRole[]> = {
  "POST /api/v1/tickets": ["admin", "dispatcher"],
};

declare module "fastify" {
  interface FastifyContextConfig {
    /** Roles allowed on this route (checked by the access-control plugin after sign-in). */
    roles?: readonly StaffRole[];
  }
  interface FastifyRequest {
    /** The session or API token behind this request (for logout). */
    sessionId?: string;
    /** Display data of the signed-in staff member. */
    staffInfo?: { username: string; displayName: string; kind: "session" | "api" };
  }
}

export function sessionPolicy(ctx: AppContext): SessionPolicy {
  return { idleMs: ctx.env.SESSION_IDLE_MINUTES * 60_000, maxMs: ctx.env.SESSION_MAX_HOURS * 3_600_000 };
}

/** The token of a request: the console's cookie, or `Authorization: Bearer <token>` for integrations. */
export function requestToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === "string" && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, "").trim();
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * Access control for the staff API: every `/api/v1/*` request except login needs a valid session
 * (cookie `zt_session`) or API token, else 401 AUTH.REQUIRED; then `req.staff`, `req.staffScope()`
 * and `req.canSeeTicket()` are set, and the route's roles (if any) are enforced (403 AUTH.FORBIDDEN).
 * Runs in onRequest, before body parsing, so an anonymous caller cannot make the server parse
 * anything.
 */
async function accessControlPlugin(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  if (!app.hasRequestDecorator("cookies")) await app.register(cookie);
  app.decorateRequest("staff", undefined);
  app.decorateRequest("staffScope", undefined);
  app.decorateRequest("canSeeTicket", undefined);
  app.decorateRequest("sessionId", undefined);
  app.decorateRequest("staffInfo", undefined);
  const policy = sessionPolicy(ctx);
  // Sessions in memory, forgotten on every revocation anywhere (src/auth/session-cache.ts).
  const sessions = new SessionCache(ctx.database.pool.options.connectionString!, ctx.log);
  await sessions.start();
  app.addHook("onClose", () => sessions.stop());

  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    // The matched route's pattern decides (not the raw URL, which may be encoded oddly); the raw
    // path only for requests that match no route, which then answer 401 rather than 404.
    const path = req.routeOptions.url ?? req.url.split("?")[0]!;
    if (!path.startsWith("/api/v1/") && path !== "/api/v1") return;
    if (PUBLIC_PATHS.has(path)) return;
    const token = requestToken(req);
    const session = token ? await sessions.resolve(ctx.database.db, token, ctx.now(), policy) : null;
    if (!session) {
      // A dead cookie is cleared so the console shows the login page instead of looping.
      if (req.cookies?.[SESSION_COOKIE]) void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw new AppError("AUTH.REQUIRED", "请先登录 (sign in first)", 401);
    }
    const staff: StaffPrincipal = {
      id: session.staff.id,
      role: session.staff.role,
      unitId: session.staff.unitId,
    };
    req.staff = staff;
    req.sessionId = session.sessionId;
    req.staffInfo = {
      username: session.staff.username,
      displayName: session.staff.displayName,
      kind: session.kind,
    };
    req.staffScope = () => ticketScopeSql(ctx.config, staff);
    req.canSeeTicket = (t) => canSeeTicket(ctx.config, staff, t);
    const roles = req.routeOptions.config?.roles ?? ROUTE_ROLES[`${req.method} ${req.routeOptions.url}`];
    if (roles && !roles.includes(staff.role))
      throw forbidden("AUTH.FORBIDDEN", "当前角色无权执行此操作 (your role may not do this)");
  });

  // Every successful staff write lands in the audit log. Routes that audit inside their own
  // transaction (login, logout, reveal) are skipped; ticket actions also have their ticket_events.
  // Written before the answer leaves (onSend, not onResponse): whoever sees the answer can find the
  // audit line, and a crash right after the answer cannot lose it.
  app.addHook("onSend", async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!req.staff || SAFE_METHODS.has(req.method) || reply.statusCode >= 400) return payload;
    const route = req.routeOptions.url ?? "";
    if (SELF_AUDITED.has(route)) return payload;
    const params = (req.params ?? {}) as Record<string, unknown>;
    const action = /\/tickets\/:idOrRef\/actions\/([a-z_]+)$/.exec(route)?.[1];
    try {
      await audit(ctx.database.db, {
        staff: req.staff,
        action: action ? `ticket.action.${action}` : `api.${req.method.toLowerCase()} ${route}`,
        at: ctx.now(),
        ...auditTarget(route, params),
        ip: req.ip,
        requestId: req.id,
        data: { status: reply.statusCode },
      });
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, "audit log write failed");
    }
    return payload;
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SELF_AUDITED = new Set([
  "/api/v1/auth/login",
  // Filed with its audit line in the same statement (src/tickets/file-tickets-statement.ts).
  "/api/v1/tickets",
  "/api/v1/auth/logout",
  "/api/v1/tickets/:idOrRef/reveal",
  // Audited with the message ids it handed back, in its own transaction (src/intake/parked-messages.ts).
  "/api/v1/admin/intake/parked/revive",
]);

export const accessControl = fp(accessControlPlugin, { name: "access-control", fastify: "5.x" });

/** A preHandler for routes that need particular roles (alternative to `config.roles`). */
export function requireRole(...roles: StaffRole[]) {
  return async (req: FastifyRequest) => {
    if (!req.staff) throw new AppError("AUTH.REQUIRED", "请先登录 (sign in first)", 401);
    if (!roles.includes(req.staff.role))
      throw forbidden("AUTH.FORBIDDEN", "当前角色无权执行此操作 (your role may not do this)");
  };
}

/**
 * What a write acted on, from its route: a ticket by `:idOrRef`, else the record named by the path
 * segment before `:id` (e.g. "alarms" for /duty/alarms/:id/ack), so every audit line can be traced.
 */
function auditTarget(
  route: string,
  params: Record<string, unknown>,
): { targetType: string | null; targetId: string | null } {
  if (typeof params.idOrRef === "string") return { targetType: "ticket", targetId: params.idOrRef };
  const id = params.id;
  if (typeof id !== "string" && typeof id !== "number") return { targetType: null, targetId: null };
  const segments = route.split("/");
  return { targetType: segments[segments.indexOf(":id") - 1] ?? null, targetId: String(id) };
}
