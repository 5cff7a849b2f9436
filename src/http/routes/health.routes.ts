import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../runtime/context.js";

const Check = z.object({ ok: z.boolean() });

/** Liveness (process up) and readiness (PostgreSQL and Redis both answer within a second). */
export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/healthz",
      { schema: { tags: ["health"], response: { 200: z.object({ ok: z.literal(true) }) } } },
      () => ({
        ok: true as const,
      }),
    );
    app.get(
      "/readyz",
      {
        schema: {
          tags: ["health"],
          response: {
            200: z.object({ ok: z.boolean(), postgres: Check, redis: Check }),
            503: z.object({ ok: z.boolean(), postgres: Check, redis: Check }),
          },
        },
        logLevel: "warn",
      },
      async (req, reply) => {
        const [postgres, redis] = await Promise.all([
          probe(() => ctx.database.db.execute(sql`SELECT 1`)),
          probe(() => ctx.redis.ping()),
        ]);
        const ok = postgres.ok && redis.ok;
        // Driver errors name hosts, ports and users: they go to the log, never to the caller.
        if (!ok) req.log.warn({ postgres: postgres.error ?? "ok", redis: redis.error ?? "ok" }, "not ready");
        return reply
          .status(ok ? 200 : 503)
          .send({ ok, postgres: { ok: postgres.ok }, redis: { ok: redis.ok } });
      },
    );
  };
}

async function probe(fn: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout after 1000 ms")), 1000);
      }),
    ]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.slice(0, 200) : "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
