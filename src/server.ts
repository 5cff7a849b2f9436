import closeWithGrace from "close-with-grace";
import type { Worker } from "bullmq";
import { buildApp } from "./http/app.js";
import { createContext } from "./runtime/create-context.js";
import { parseEnv } from "./runtime/env.schema.js";
import { startInfrastructure } from "./runtime/infrastructure.js";
import { createLogger } from "./runtime/logger.js";
import { startWorkers } from "./runtime/workers.js";

export type Role = "api" | "worker" | "all";

/**
 * Runs Zhitong: infrastructure (embedded or external), migrations, config, then the HTTP API
 * and/or the queue workers depending on the role. Ctrl-C closes everything in reverse order.
 */
export async function serve(role: Role): Promise<void> {
  const env = parseEnv(process.env);
  const log = createLogger(env);
  const infra = await startInfrastructure(env, log);
  let ctx: Awaited<ReturnType<typeof createContext>> | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let workers: Worker[] = [];
  const shutdown = async () => {
    await app?.close();
    await Promise.all(workers.map((w) => w.close()));
    await ctx?.close();
    await infra.stop();
  };
  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) log.error({ err }, "fatal error, shutting down");
    else log.info({ signal }, "shutting down");
    await shutdown();
  });
  try {
    ctx = await createContext(env, infra, log);
    await ctx.relay.start();
    if (role !== "api") workers = await startWorkers(ctx);
    if (role !== "worker") {
      app = await buildApp(ctx);
      await app.listen({ port: env.PORT, host: env.HOST });
    }
  } catch (err) {
    await shutdown();
    throw err;
  }
  const base = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${app?.server.address() && typeof app.server.address() === "object" ? (app.server.address() as { port: number }).port : env.PORT}`;
  const lines = [
    `Zhitong is running (role: ${role}).`,
    ...(app
      ? [`  API + console   ${base}/`, `  API docs        ${base}/docs`, `  Readiness       ${base}/readyz`]
      : []),
    `  Workers         ${workers.length ? `${workers.length} running` : "none in this process"}`,
    `  PostgreSQL      ${infra.embedded.postgres ? `embedded (${env.DATA_DIR}/postgres)` : "DATABASE_URL"}`,
    `  Redis           ${infra.embedded.redis ? `embedded (${env.DATA_DIR}/redis)` : "REDIS_URL"}`,
    "Press Ctrl-C to stop.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
