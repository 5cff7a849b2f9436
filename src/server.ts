import closeWithGrace from "close-with-grace";
import type { StageWorker } from "./runtime/context.js";
import { buildApp } from "./http/app.js";
import { createContext } from "./runtime/create-context.js";
import { parseEnv } from "./runtime/env.schema.js";
import { preflight, PreflightError } from "./runtime/config-preflight.js";
import { startInfrastructure, StartupError } from "./runtime/infrastructure.js";
import { firstAdminHint } from "./runtime/first-admin-hint.js";
import { readRunningInstance, removeInstanceState, writeInstanceState } from "./runtime/instance-state.js";
import { createLogger } from "./runtime/logger.js";
import { startWorkers } from "./runtime/workers.js";

export type Role = "api" | "worker" | "all";

/**
 * Runs Zhitong: infrastructure (embedded or external), migrations, config, then the HTTP API
 * and/or the queue workers depending on the role. Ctrl-C closes everything in reverse order.
 */
export async function serve(role: Role): Promise<void> {
  // The same checks as `zhitong config check`, all at once, before anything starts.
  const checked = await preflight(process.env);
  if (checked.problems.length) throw new PreflightError(checked.problems);
  const env = parseEnv(process.env);
  const log = createLogger(env);
  for (const warning of checked.warnings) log.warn(warning);
  // What is running so far: shutdown may be called at any point of start-up.
  const running: {
    infra?: Awaited<ReturnType<typeof startInfrastructure>>;
    ctx?: Awaited<ReturnType<typeof createContext>>;
    app?: Awaited<ReturnType<typeof buildApp>>;
    workers: StageWorker[];
  } = { workers: [] };
  let stopping = false;
  let stateWritten = false;
  const shutdown = async () => {
    stopping = true;
    await running.app?.close();
    await Promise.all(running.workers.map((w) => w.close()));
    await running.ctx?.close();
    await running.infra?.stop();
    if (stateWritten) await removeInstanceState(env.DATA_DIR).catch(() => {});
  };
  // Registered before anything starts, so Ctrl-C during start-up also stops the embedded servers.
  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) log.error({ err }, "fatal error, shutting down");
    else log.info({ signal }, "shutting down");
    await shutdown();
  });
  const usesEmbedded = !env.DATABASE_URL || !env.REDIS_URL;
  const other = usesEmbedded ? await readRunningInstance(env.DATA_DIR) : null;
  if (other)
    throw new StartupError(
      `Zhitong (pid ${other.pid}) is already running on DATA_DIR ${env.DATA_DIR} with its embedded servers. ` +
        "Commands such as `npx zhitong user add` use that instance; to run a second process (e.g. --role worker), " +
        "give both the same DATABASE_URL and REDIS_URL, or set a different DATA_DIR.",
    );
  const infra = await startInfrastructure(env, log);
  running.infra = infra;
  if (stopping) return infra.stop();
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    if (usesEmbedded) {
      await writeInstanceState(env.DATA_DIR, {
        pid: process.pid,
        startedAt: new Date().toISOString(),
        ...(infra.embedded.postgres ? { databaseUrl: infra.databaseUrl } : {}),
        ...(infra.embedded.redis ? { redisUrl: infra.redisUrl } : {}),
      });
      stateWritten = true;
    }
    const ctx = await createContext(env, infra, log);
    running.ctx = ctx;
    if (stopping) return shutdown();
    await ctx.relay.start();
    if (role !== "api") running.workers = await startWorkers(ctx);
    if (role !== "worker") {
      app = await buildApp(ctx);
      running.app = app;
      await app.listen({ port: env.PORT, host: env.HOST });
    }
  } catch (err) {
    await shutdown();
    throw err;
  }
  const address = app?.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const base = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${port}`;
  const lines = [
    `Zhitong is running (role: ${role}).`,
    ...(app
      ? [`  API + console   ${base}/`, `  API docs        ${base}/docs`, `  Readiness       ${base}/readyz`]
      : []),
    `  Workers         ${running.workers.length ? `${running.workers.length} running` : "none in this process"}`,
    `  PostgreSQL      ${infra.embedded.postgres ? `embedded (${env.DATA_DIR}/postgres)` : "DATABASE_URL"}`,
    `  Redis           ${infra.embedded.redis ? `embedded (${env.DATA_DIR}/redis)` : "REDIS_URL"}`,
    "Press Ctrl-C to stop.",
    ...(running.ctx ? await firstAdminHint(running.ctx.database.db) : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
