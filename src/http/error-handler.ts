import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../domain/app-error.js";

/** `{ error: { code, message } }` for every failure; 5xx bodies never reveal internals. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works for any type provider
export function registerErrorHandler(app: FastifyInstance<any, any, any, any, any>): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({
        error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? "body"}${v.instancePath.replaceAll("/", ".")}`,
        message: v.message,
      }));
      return reply.status(400).send({
        error: {
          code: "REQUEST.INVALID",
          message: details.map((d) => `${d.path}: ${d.message}`).join("; "),
          details,
        },
      });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const code =
        err.code === "FST_ERR_CTP_BODY_TOO_LARGE"
          ? "REQUEST.TOO_LARGE"
          : err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE"
            ? "REQUEST.UNSUPPORTED_MEDIA_TYPE"
            : err.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
                err.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
                err instanceof SyntaxError
              ? "REQUEST.MALFORMED"
              : err.code === "FST_ERR_RATE_LIMIT" || status === 429
                ? "REQUEST.RATE_LIMITED"
                : "REQUEST.INVALID";
      return reply.status(status).send({ error: { code, message: err.message } });
    }
    req.log.error({ err }, "unhandled error");
    const unavailable = isConnectionError(err);
    return reply.status(unavailable ? 503 : 500).send({
      error: unavailable
        ? {
            code: "SERVICE.UNAVAILABLE",
            message: "服务暂时不可用，请稍后重试 (storage unavailable, retry later)",
          }
        : { code: "INTERNAL", message: "内部错误，请稍后重试 (internal error)" },
    });
  });
  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) =>
    reply.status(404).send({
      error: { code: "ROUTE.NOT_FOUND", message: `no route ${req.method} ${req.url.split("?")[0]}` },
    }),
  );
}

/** PostgreSQL or Redis unreachable: the client should retry (503), it is not our bug (500). */
export function isConnectionError(err: unknown, depth = 0): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown };
  if (!e || depth > 5) return false;
  const direct =
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EPIPE",
      "57P01",
      "57P02",
      "57P03",
      "08006",
      "08001",
      "08003",
    ].includes(e.code ?? "") ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|Client has encountered a connection error|terminating connection/i.test(
      e.message ?? "",
    );
  // drizzle wraps driver errors ("Failed query: …") and keeps the driver's error as the cause.
  return direct || (e.cause !== undefined && isConnectionError(e.cause, depth + 1));
}
