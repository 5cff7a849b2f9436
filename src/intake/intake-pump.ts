import type { Logger } from "pino";

export interface IntakePumpOptions {
  /**
   * Claims and handles one batch; resolves to how many messages it claimed (0: nothing to do).
   * It calls `claimed` as soon as it knows, before running the turns, so a full claim can start
   * another lane while this one runs.
   */
  run: (claimed: (count: number) => void) => Promise<number>;
  /** A claim of this many means a backlog: another lane starts beside it. */
  batchSize: number;
  /** Most batches running at once in this process. */
  lanes: number;
  /** Idle poll: finds what no wake-up announced (Redis down or emptied, a writer killed after its commit). */
  pollMs: number;
  log: Logger;
}

/**
 * Drives the intake worker: claims batches of received messages while there are any, and sleeps
 * until woken or until the idle poll. No timer delays a message: a wake-up starts a claim at once.
 *
 * A wake-up is honoured by a claim that starts after it (it then sees the committed messages), so
 * a lane ends only after a claim that found nothing and began after the last wake-up. A claim that
 * comes back full means a backlog: another lane starts, up to `lanes`, so one batch can commit while
 * the next runs.
 */
export class IntakePump {
  private running = 0;
  private woken = false;
  private closed = false;
  private readonly lanesDone = new Set<Promise<void>>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly opts: IntakePumpOptions) {
    this.timer = setInterval(() => this.wake(), opts.pollMs);
    this.timer.unref();
  }

  wake(): void {
    if (this.closed) return;
    this.woken = true;
    if (this.running === 0) this.spawn();
  }

  /** Stops claiming; resolves when the batches running have committed or rolled back. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await Promise.all([...this.lanesDone]);
  }

  private spawn(): void {
    this.running++;
    const lane: Promise<void> = this.lane().finally(() => {
      this.running--;
      this.lanesDone.delete(lane);
    });
    this.lanesDone.add(lane);
  }

  private async lane(): Promise<void> {
    while (!this.closed) {
      this.woken = false;
      let claimed: number;
      try {
        claimed = await this.opts.run((count) => this.backlog(count));
      } catch (error) {
        // The claim itself failed (the database is unreachable): the idle poll tries again.
        this.opts.log.warn(
          { error: error instanceof Error ? error.name : typeof error, code: codeOf(error) },
          "intake claim failed; retried at the next poll",
        );
        return;
      }
      if (claimed === 0 && !this.woken) return;
    }
  }

  private backlog(claimed: number): void {
    if (!this.closed && claimed >= this.opts.batchSize && this.running < this.opts.lanes) this.spawn();
  }
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code ?? null;
}
