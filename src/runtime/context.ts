import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { DomainConfig } from "../domain/config.js";
import type { Database } from "../db/client.js";
import type { OutboxRelay } from "../queue/outbox-relay.js";
import type { QueueSet } from "../queue/queue-set.js";
import type { Env } from "./env.schema.js";

/**
 * What every route and worker needs, built once at boot (or per test) and passed explicitly.
 * `now` is the clock: tests substitute a controllable one, production uses the wall clock.
 */
export interface AppContext {
  env: Env;
  config: DomainConfig;
  database: Database;
  redis: Redis;
  queues: QueueSet;
  relay: OutboxRelay;
  log: Logger;
  now: () => Date;
}

/**
 * What a stage runs: a BullMQ worker, or a consumer of its own (intake claims its messages from
 * PostgreSQL). Closing it lets the work in hand finish.
 */
export interface StageWorker {
  readonly name: string;
  close(): Promise<void>;
}

/** A stage's consumers: started by `serve --role worker|all`, closed gracefully on shutdown. */
export type WorkerFactory = (ctx: AppContext) => StageWorker[] | Promise<StageWorker[]>;
