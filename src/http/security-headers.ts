import helmet from "@fastify/helmet";
import Fastify from "fastify";

/** No content security policy here: HTML pages set their own (see app.ts). */
const HELMET_OPTIONS = {
  contentSecurityPolicy: false,
  referrerPolicy: { policy: "same-origin" },
} as const;

/** Headers of the probe's answer that are not helmet's. */
const NOT_SECURITY = new Set(["content-type", "content-length", "date", "connection", "keep-alive"]);

let headers: Promise<Readonly<Record<string, string>>> | undefined;

/**
 * The security headers @fastify/helmet sets with our options, read once from a throw-away app.
 * With these options they depend on nothing in the request, yet the plugin rebuilds helmet's twelve
 * middlewares for every request and each sets its header through node's validating `setHeader`:
 * 5 % of the WeChat webhook's busy time (docs/history/performance-rounds.md, "Eighth round"). Reading helmet's own
 * answer keeps the set exactly helmet's, whatever its version adds or changes.
 */
export function securityHeaders(): Promise<Readonly<Record<string, string>>> {
  headers ??= (async () => {
    const probe = Fastify({ logger: false });
    try {
      await probe.register(helmet, HELMET_OPTIONS);
      probe.get("/", async () => "");
      const res = await probe.inject({ method: "GET", url: "/" });
      return Object.freeze(
        Object.fromEntries(
          Object.entries(res.headers)
            .filter(([name, value]) => !NOT_SECURITY.has(name) && value !== undefined)
            .map(([name, value]) => [name, String(value)]),
        ),
      );
    } finally {
      await probe.close();
    }
  })();
  return headers;
}
