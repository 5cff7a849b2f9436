import type { FastifyRequest } from "fastify";
import type { RawRequest } from "../../channels/channel.js";

/** The request as the channel adapters see it: the body stays the exact bytes the sender signed. */
export function toRawRequest(req: FastifyRequest): RawRequest {
  const body = req.body;
  return {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawBody: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    query: (req.query ?? {}) as RawRequest["query"],
    ip: req.ip,
  };
}
