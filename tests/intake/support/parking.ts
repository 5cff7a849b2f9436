import { sql } from "drizzle-orm";
import { inboundIntakeDeps } from "../../../src/inbound/inbound.worker.js";
import { intakeWorkers } from "../../../src/intake/intake.worker.js";
import type { StageWorker } from "../../../src/runtime/context.js";
import type { TestEnv } from "../../support/test-context.js";
import { waitFor } from "./inbound.js";
import { workersReady } from "./workers-ready.js";

/**
 * Real intake workers whose turns fail for chosen messages: the turn runs, then throws just before
 * its commit (as a bug or a constraint violation would), so the real retry and parking apply.
 * Clearing a message from `failing` is "the cause was fixed".
 */
export class FlakyIntake {
  readonly failing = new Set<number>();
  /** Every turn that reached the commit point, by message id (failed ones included). */
  readonly tries = new Map<number, number>();
  private running: StageWorker[] = [];

  constructor(private readonly t: TestEnv) {}

  async start(): Promise<void> {
    this.running.push(
      ...(await intakeWorkers(this.t.ctx, {
        ...inboundIntakeDeps(),
        beforeCommit: async (_tx, message) => {
          this.tries.set(message.id, (this.tries.get(message.id) ?? 0) + 1);
          if (this.failing.has(message.id)) throw new Error("turn failed on purpose");
        },
      })),
    );
  }

  async stop(): Promise<void> {
    // A quick park stops the workers moments after they start.
    await workersReady(this.running);
    await Promise.all(this.running.map((w) => w.close()));
    this.running = [];
  }

  /** Lets the workers fail `ids` until intake parks them; the workers are stopped afterwards. */
  async park(ids: readonly number[]): Promise<void> {
    for (const id of ids) this.failing.add(id);
    await this.start();
    await waitFor(
      async () => (await messageStates(this.t, ids)).every((m) => m.status === "failed"),
      30_000,
      `messages ${ids.join(", ")} parked`,
    );
    await this.stop();
  }
}

export interface MessageState {
  id: number;
  status: string;
  error: string | null;
  processedAt: Date | null;
  /** The intake_attempts row's count; null when there is none. */
  attempts: number | null;
  replies: number;
}

export async function messageStates(t: TestEnv, ids: readonly number[]): Promise<MessageState[]> {
  const { rows } = await t.ctx.database.db.execute<{
    id: number;
    status: string;
    error: string | null;
    processed_at: Date | null;
    attempts: number | null;
    replies: number;
  }>(
    sql`SELECT m.id::float8 AS id, m.status, m.error, m.processed_at,
          (SELECT a.attempts FROM intake_attempts a WHERE a.message_id = m.id) AS attempts,
          (SELECT count(*)::int FROM messages o WHERE o.direction = 'out' AND o.reply_to_message_id = m.id) AS replies
        FROM messages m WHERE m.id = ANY(${`{${ids.join(",")}}`}::bigint[]) ORDER BY m.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    error: r.error,
    processedAt: r.processed_at,
    attempts: r.attempts,
    replies: r.replies,
  }));
}

export async function messageState(t: TestEnv, id: number): Promise<MessageState> {
  const [m] = await messageStates(t, [id]);
  if (!m) throw new Error(`no message ${id}`);
  return m;
}

/** The audit lines of hand-backs, oldest first. */
export async function reviveAudits(t: TestEnv): Promise<
  {
    staff_id: string | null;
    role: string | null;
    target_type: string | null;
    target_id: string | null;
    request_id: string | null;
    data: Record<string, unknown>;
  }[]
> {
  const { rows } = await t.ctx.database.db.execute(
    sql`SELECT staff_id, role, target_type, target_id, request_id, data FROM audit_log
        WHERE action = 'intake.revive' ORDER BY id`,
  );
  return rows as Awaited<ReturnType<typeof reviveAudits>>;
}
