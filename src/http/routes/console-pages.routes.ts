import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const CONSOLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../console");

/**
 * Content-Security-Policy of the console: its own scripts, styles and images only (no CDN, no
 * inline script), never framed. Data reaches the page only through the staff API (same origin).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** The staff console: static HTML + ES modules under /console/, and `/` → `/console/`. */
export function consolePages() {
  return async (app: FastifyInstance) => {
    app.get("/", { schema: { hide: true } }, (_req, reply) => reply.redirect("/console/"));
    app.get("/console", { schema: { hide: true } }, (_req, reply) => reply.redirect("/console/"));
    await app.register(async (scope) => {
      scope.addHook("onSend", async (_req, reply) => {
        // The other security headers come from @fastify/helmet, registered for the whole app.
        reply.header("content-security-policy", CONSOLE_CSP);
        // Pages are small; always revalidate so a deploy is seen at once.
        reply.header("cache-control", "no-cache");
      });
      await scope.register(fastifyStatic, {
        root: CONSOLE_DIR,
        prefix: "/console/",
        decorateReply: false,
        index: ["index.html"],
        wildcard: true,
      });
    });
  };
}
