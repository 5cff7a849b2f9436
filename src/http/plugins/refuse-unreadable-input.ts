import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../../domain/app-error.js";

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

function check(req: FastifyRequest): void {
  const where =
    findUnreadable(req.params, "params") ??
    findUnreadable(req.query, "query") ??
    findUnreadable(req.body, "body");
  if (where)
    // The value itself is never echoed: it may be a resident's phone number or a secret.
    throw new AppError(
      "REQUEST.INVALID",
      `${where}: 含有无法识别的控制字符 (contains a NUL or control character)`,
      400,
    );
}

/**
 * Refuses requests whose path, query or JSON body holds unreadable characters with 400, before any
 * route validates or queries anything. Raw channel bodies (Buffers) are the adapters' business.
 */
export const refuseUnreadableInput = fp(
  async (app: FastifyInstance) => {
    app.addHook("preValidation", async (req) => check(req));
  },
  { name: "refuse-unreadable-input", fastify: "5.x" },
);
