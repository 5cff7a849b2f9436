import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

/**
 * Characters PostgreSQL cannot store or that no person types: NUL and the other C0 controls (tab,
 * line feed and carriage return excepted) and lone UTF-16 surrogates. Left in, they fail deep inside
 * a query as a 500 whose log line carries the parameters.
 */
const UNREADABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 20;

/** The path of the first unreadable string (or key) in a parsed value, else null. */
export function findUnreadable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return UNREADABLE.test(value) ? path : null;
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value) || depth > MAX_DEPTH) return null;
  for (const [k, v] of Object.entries(value)) {
    if (UNREADABLE.test(k)) return path;
    const found = findUnreadable(v, `${path}.${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses requests whose path, query or JSON body holds unreadable characters with 400, before any
 * route validates or queries anything. The answer is sent here rather than thrown: scopes with
 * their own error handler (the queue dashboard) would turn a thrown error into a 500. Open311
 * clients get the GeoReport error format. Raw channel bodies (Buffers) are the adapters' business.
 */
export const refuseUnreadableInput = fp(
  async (app: FastifyInstance) => {
    app.addHook("preValidation", async (req: FastifyRequest, reply: FastifyReply) => {
      const where =
        findUnreadable(req.params, "params") ??
        findUnreadable(req.query, "query") ??
        findUnreadable(req.body, "body");
      if (!where) return;
      // The value itself is never echoed: it may be a resident's phone number or a secret.
      const message = `${where}: 含有无法识别的控制字符 (contains a NUL or control character)`;
      const body = (req.routeOptions.url ?? "").startsWith("/open311/")
        ? [{ code: 400, description: message }]
        : { error: { code: "REQUEST.INVALID", message } };
      return reply.status(400).send(body);
    });
  },
  { name: "refuse-unreadable-input", fastify: "5.x" },
);
