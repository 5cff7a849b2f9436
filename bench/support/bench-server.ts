/**
 * A server process for HTTP benchmarks, so the load generator does not share its event loop.
 * Mode "zhitong": the real app on an embedded PostgreSQL + Redis (temp data dir), with a signed-in
 * dispatcher; mode "hello": a bare fastify hello-world route (the framework's ceiling on this box).
 * Prints one JSON line {port, cookie?} when ready; exits on SIGTERM.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Fastify from "fastify";
import { pino } from "pino";
import { createStaffUser } from "../../src/auth/staff.repository.js";
import { buildApp } from "../../src/http/app.js";
import { ticketBatchStats } from "../../src/tickets/ticket-filer.js";
import { createContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { startInfrastructure } from "../../src/runtime/infrastructure.js";

const mode = process.argv[2] ?? "zhitong";

if (mode === "hello") {
  const app = Fastify({ logger: false });
  app.get("/hello", async () => ({ hello: "world" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
} else {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "zhitong-bench-"));
  await chmod(dataDir, 0o755);
  const env = parseEnv({
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    DATABASE_URL: "",
    REDIS_URL: "",
  });
  const log = pino({ level: "silent" });
  const infra = await startInfrastructure(env, log);
  const ctx = await createContext(env, infra, log);
  await ctx.relay.start();
  const app = await buildApp(ctx, { docs: false });
  await createStaffUser(
    ctx.database.db,
    ctx.config,
    {
      username: "bench",
      role: "dispatcher",
      unitId: null,
      password: "bench-password-2026",
      displayName: "bench",
    },
    ctx.now(),
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const login = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username: "bench", password: "bench-password-2026" },
  });
  const cookie = login.cookies.find((c) => c.name === "zt_session");
  const address = app.server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ port: address.port, cookie: `zt_session=${cookie?.value}` })}\n`);
  process.once("SIGTERM", () => {
    void (async () => {
      const b = ticketBatchStats();
      if (b.batches > 0)
        process.stderr.write(
          `  server: ${b.filings} filings in ${b.batches} statements (${(b.filings / b.batches).toFixed(1)} per batch), ` +
            `queue wait ${(b.waitMs / b.filings).toFixed(1)} ms per filing, write ${(b.writeMs / b.batches).toFixed(1)} ms per statement\n`,
        );
      await app.close();
      await ctx.close();
      await infra.stop();
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    })();
  });
}
