import type { FastifyReply } from "fastify";

/** `{ error: { code, message } }`, the shape every refusal of the service has. */
export function sendChannelError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send(JSON.stringify({ error: { code, message } }));
}

/** Answer when PostgreSQL could not store the message: the provider must retry, nothing was acknowledged. */
export function sendStoreUnavailable(reply: FastifyReply) {
  return sendChannelError(
    reply,
    503,
    "CHANNEL.STORE_UNAVAILABLE",
    "服务暂时不可用，请稍后重试 (message not stored, retry later)",
  );
}
