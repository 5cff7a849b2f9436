import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import type { AppContext } from "../runtime/context.js";
import { registerErrorHandler } from "./error-handler.js";
import { securityHeaders } from "./security-headers.js";
import { accessControl } from "./plugins/access-control.js";
import { requireStaffSession } from "./plugins/staff-session.js";
import { refuseUnreadableInput } from "./plugins/refuse-unreadable-input.js";
import { authRoutes } from "./routes/auth.routes.js";
import { consoleRoutes } from "./routes/console.routes.js";
import { consolePages } from "./routes/console-pages.routes.js";
import { mobileRoutes } from "./routes/mobile.routes.js";
import { dashboardRoutes } from "./routes/dashboard.routes.js";
import { dutyRoutes } from "./routes/duty.routes.js";
import { open311Routes } from "./routes/open311.routes.js";
import { metricsRoutes } from "./routes/metrics.routes.js";
import { adminRoutes } from "./routes/admin.routes.js";
import { intakeAdminRoutes } from "./routes/intake-admin.routes.js";
import { healthRoutes } from "./routes/health.routes.js";
import { metaRoutes } from "./routes/meta.routes.js";
import { ticketRoutes } from "./routes/tickets.routes.js";
import { surveyRoutes } from "./routes/surveys.routes.js";
import { reportRoutes } from "./routes/reports.routes.js";
import { ticketActionRoutes } from "./routes/ticket-actions.routes.js";
import { mediaRoutes } from "./routes/media.routes.js";
import { resultPageRoutes } from "./routes/result-page.routes.js";
import { channelWebhooks } from "../channels-runtime/channel-webhooks.plugin.js";
import "./staff-request.js";

export interface BuildAppOptions {
  /** Serve Swagger UI at /docs (off in benchmarks). */
  docs?: boolean;
}

/** Builds the HTTP application without listening: server.ts listens, tests use `app.inject`. */
export async function buildApp(ctx: AppContext, opts: BuildAppOptions = {}) {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    bodyLimit: ctx.env.BODY_LIMIT_BYTES,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Only a configured proxy's X-Forwarded-For is believed; otherwise req.ip is the socket address.
    trustProxy: trustProxyOption(ctx.env.TRUST_PROXY),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // The staff API speaks JSON only; channels register their own parsers (XML, forms) in their scope.
  app.removeContentTypeParser("text/plain");
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  // Standard security headers on every response (nosniff, no framing, HSTS behind TLS, referrer
  // kept same-origin). The content security policy is set where HTML is served: the console and
  // the web chat page have their own; the API answers JSON and Swagger UI needs its inline assets.
  // Helmet's headers, computed once (security-headers.ts) and given to every reply.
  const security = await securityHeaders();
  app.addHook("onRequest", (_req, reply, done) => {
    reply.headers(security);
    done();
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Zhitong (直通) API",
        version: "1",
        description: "Staff API, channel webhooks and integrations of the Zhitong appeals service.",
      },
    },
    transform: jsonSchemaTransform,
  });
  if (opts.docs !== false)
    await app.register(swaggerUi, {
      routePrefix: "/docs",
      // In production the API's map is for staff: it lists every route and parameter.
      ...(ctx.env.NODE_ENV === "production" ? { uiHooks: { onRequest: requireStaffSession(ctx) } } : {}),
    });

  await app.register(refuseUnreadableInput);
  await app.register(accessControl, { ctx });
  await app.register(metricsRoutes, { ctx });
  await app.register(healthRoutes(ctx));
  await app.register(channelWebhooks(ctx));
  await app.register(metaRoutes(ctx), { prefix: "/api/v1" });
  await app.register(ticketRoutes(ctx), { prefix: "/api/v1" });
  await app.register(surveyRoutes(ctx), { prefix: "/api/v1" });
  await app.register(reportRoutes(ctx), { prefix: "/api/v1" });
  await app.register(ticketActionRoutes(ctx), { prefix: "/api/v1" });
  await app.register(mediaRoutes(ctx), { prefix: "/api/v1" });
  await app.register(resultPageRoutes(ctx));
  await app.register(authRoutes(ctx), { prefix: "/api/v1" });
  await app.register(consoleRoutes(ctx), { prefix: "/api/v1" });
  await app.register(dashboardRoutes(ctx), { prefix: "/api/v1" });
  await app.register(dutyRoutes(ctx), { prefix: "/api/v1" });
  await app.register(intakeAdminRoutes(ctx), { prefix: "/api/v1" });
  await app.register(consolePages());
  await app.register(mobileRoutes(ctx));
  await app.register(open311Routes(ctx), { prefix: "/open311/v2" });
  await app.register(adminRoutes(ctx), { prefix: "/admin/queues" });
  return app;
}

/** A hop count means "trust the nearest N hops", as proxy-addr does for a number. */
function trustProxyOption(v: false | number | string[]) {
  return typeof v === "number" ? (_address: string, hop: number) => hop < v : v;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
