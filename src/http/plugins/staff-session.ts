import type { FastifyReply, FastifyRequest } from "fastify";
import { resolveToken } from "../../auth/sessions.js";
import type { StaffRole } from "../../auth/roles.js";
import type { AppContext } from "../../runtime/context.js";
import { requestToken, sessionPolicy } from "./access-control.js";

/**
 * An onRequest hook for pages outside the staff API (`/docs`, `/metrics`): a valid console session
 * or API token is required, and with `roles` one of those roles. Answers 401/403 in the API's shape.
 */
export function requireStaffSession(ctx: AppContext, roles?: readonly StaffRole[]) {
  const policy = sessionPolicy(ctx);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = requestToken(req);
    const session = token ? await resolveToken(ctx.database.db, token, ctx.now(), policy) : null;
    if (!session)
      return reply
        .status(401)
        .send({ error: { code: "AUTH.REQUIRED", message: "请先登录 (sign in first)" } });
    if (roles && !roles.includes(session.staff.role))
      return reply.status(403).send({
        error: { code: "AUTH.FORBIDDEN", message: "当前角色无权访问 (your role may not see this)" },
      });
    return undefined;
  };
}
