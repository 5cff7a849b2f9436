/** What a batch says of each of its messages: done (with the turn's outcome) or handed back. */
export type BatchResult<R> = Map<number, { done: R } | { deferred: true }>;

export interface TurnBatcherOptions {
  /** Most messages handled by one transaction. */
  maxBatch: number;
  /** Transactions running at once; while they do, new messages gather for the next one. */
  maxInFlight: number;
  /** Told when a batch of several failed and is retried message by message. */
  onBatchFailed?: (error: unknown, size: number) => void;
}

interface Pending<R> {
  messageId: number;
  resolve: (outcome: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for intake turns: messages whose jobs arrive while earlier turns are running are
 * handled together by the next transaction (one lock statement, one load, one write, one commit
 * for all of them). Each job's promise settles only after the COMMIT holding its turn, so the job
 * completes exactly as it did alone. Nothing waits on a timer: a lone message runs at once.
 *
 * A batch that fails is rolled back whole and retried message by message, so a poison message
 * fails only its own job and delays the others by one retry; nothing is done twice, because the
 * rollback undid the batch. A message the batch hands back (another message of the same resident
 * was in it: one resident's messages are never handled at once, and in order) goes first into the
 * next batch.
 */
export class TurnBatcher<R> {
  private readonly queue: Pending<R>[] = [];
  private inFlight = 0;

  constructor(
    private readonly run: (messageIds: readonly number[]) => Promise<BatchResult<R>>,
    private readonly opts: TurnBatcherOptions,
  ) {}

  submit(messageId: number): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ messageId, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
  }

  /**
   * The next batch, in queue order. A second delivery of a message already in it stays queued:
   * it runs after the first has committed, and finds the message processed.
   */
  private take(): Pending<R>[] {
    const batch: Pending<R>[] = [];
    const ids = new Set<number>();
    for (let i = 0; i < this.queue.length && batch.length < this.opts.maxBatch;) {
      const p = this.queue[i]!;
      if (ids.has(p.messageId)) {
        i++;
        continue;
      }
      ids.add(p.messageId);
      batch.push(p);
      this.queue.splice(i, 1);
    }
    return batch;
  }

  private async flush(batch: Pending<R>[]): Promise<void> {
    let results: BatchResult<R>;
    try {
      results = await this.run(batch.map((p) => p.messageId));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // Find the message that failed the batch (or ride out a deadlock with another process).
      this.opts.onBatchFailed?.(error, batch.length);
      for (const p of batch) await this.flush([p]);
      return;
    }
    const handedBack: Pending<R>[] = [];
    for (const p of batch) {
      const r = results.get(p.messageId);
      if (!r) p.reject(new Error(`intake batch did not report message ${p.messageId}`));
      else if ("done" in r) p.resolve(r.done);
      else handedBack.push(p);
    }
    // First in the queue, in their order: they were there before anything queued since.
    this.queue.unshift(...handedBack);
  }
}
