import { intakeWorkers } from "../../../src/intake/intake.worker.js";
import type { AppContext } from "../../../src/runtime/context.js";

/** A switch that makes the next intake turn fail after its writes, before commit. */
export interface TurnCrash {
  next: boolean;
}

/**
 * The intake workers, with a turn that dies after its writes and before its commit whenever
 * `crash.next` is set (a worker killed mid-turn); the switch resets itself, so the retry succeeds.
 */
export function crashableIntakeWorkers(crash: TurnCrash) {
  return (ctx: AppContext) =>
    intakeWorkers(ctx, {
      beforeCommit: async () => {
        if (crash.next) {
          crash.next = false;
          throw new Error("simulated crash after the ticket insert");
        }
      },
    });
}
