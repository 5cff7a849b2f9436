import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { audit } from "../../auth/audit.js";
import { resolveToken } from "../../auth/sessions.js";
import { QUEUE_NAMES } from "../../queue/queues.js";
import type { AppContext } from "../../runtime/context.js";
import { requestToken, sessionPolicy } from "../plugins/access-control.js";

export const QUEUE_BOARD_PATH = "/admin/queues";

/**
 * The queue dashboard (bull-board) at /admin/queues, for admins only: it shows job data and lets
 * its user retry or delete jobs. Job data holds ids only (never personal data), by design of
 * queues.ts. A browser without a session is sent to the console's login page.
 */
export function adminRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const policy = sessionPolicy(ctx);
    app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
      const token = requestToken(req);
      const session = token ? await resolveToken(ctx.database.db, token, ctx.now(), policy) : null;
      if (!session) {
        if (req.method === "GET" && (req.headers.accept ?? "").includes("text/html"))
          return reply.redirect(`/console/login.html?next=${encodeURIComponent("#/inbox")}`);
        return reply
          .status(401)
          .send({ error: { code: "AUTH.REQUIRED", message: "请先登录 (sign in first)" } });
      }
      if (session.staff.role !== "admin")
        return reply
          .status(403)
          .send({ error: { code: "AUTH.FORBIDDEN", message: "仅系统管理员可访问队列管理 (admins only)" } });
      req.staff = { id: session.staff.id, role: session.staff.role, unitId: session.staff.unitId };
      // Retrying, promoting or cleaning jobs changes the system: audit every write.
      if (req.method !== "GET")
        await audit(ctx.database.db, {
          staff: req.staff,
          action: "admin.queues",
          at: ctx.now(),
          ip: req.ip,
          requestId: req.id,
          data: { method: req.method, path: req.url.split("?")[0] },
        });
    });
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: QUEUE_NAMES.map((name) => new BullMQAdapter(ctx.queues[name])),
      // @bull-board/fastify pins its own @bull-board/api patch version; the adapter interface is the same.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]["serverAdapter"],
      options: { uiConfig: { boardTitle: "直通 队列" } },
    });
    await app.register(serverAdapter.registerPlugin());
  };
}
