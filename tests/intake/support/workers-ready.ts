import type { StageWorker } from "../../../src/runtime/context.js";

/**
 * Waits until each stage's BullMQ worker has its Redis connections. A worker closed in the same
 * instant its connection is made rejects its own connection promise where nothing awaits it
 * ("Connection is closed", an unhandled rejection that fails the run).
 */
export async function workersReady(workers: readonly StageWorker[]): Promise<void> {
  await Promise.all(
    workers.map((w) =>
      "waitUntilReady" in w ? (w as { waitUntilReady(): Promise<unknown> }).waitUntilReady() : undefined,
    ),
  );
}
