import type { Queryable } from "../db/client.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";

/** The delayed SLA job of a ticket at one instant: one id per (ticket, instant), so re-queuing is harmless. */
export function slaJobId(ticketId: string, at: Date): string {
  return jobId("sla", ticketId, at.getTime());
}

/** Queues a light check at `at`, through the outbox (durable with the state change that needs it). */
export async function scheduleLightCheck(tx: Queryable, ticketId: string, at: Date): Promise<void> {
  await enqueue(tx, "sla", { ticketId }, { jobId: slaJobId(ticketId, at), runAt: at });
}
