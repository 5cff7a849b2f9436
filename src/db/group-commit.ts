export interface GroupCommitOptions<E> {
  /** Most units of work (see `size`) one batch carries; an entry is never split between batches. */
  maxBatch: number;
  /** Batches being written at once; while they are, new entries gather for the next one. */
  maxInFlight: number;
  /**
   * Units of work that must be waiting before a batch starts beside one already being written
   * (default 1: whenever a slot is free). Each write has a fixed cost (a round trip, the
   * statement's start, a commit), so while one write is out the next gathers for it rather than
   * start half empty; the other slots still open when a backlog builds (a write stuck on a lock, a
   * burst). A lone entry with nothing in flight is always written at once.
   */
  overlapAt?: number;
  /**
   * With `overlapAt`: after entries have waited this long behind writes still out (a write stuck on
   * a lock, a restarting database), the next free slot opens whatever is queued, so a stuck write
   * holds its neighbours back by at most this much. Default: never.
   */
  stallMs?: number;
  /** Units of work an entry counts for (default 1), e.g. the messages of one webhook request. */
  size?: (entry: E) => number;
  /** Told when a batch of several failed and is retried entry by entry. */
  onBatchFailed?: (error: unknown, entries: number) => void;
}

interface Pending<E, R> {
  entry: E;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
  queuedAt: number;
}

/**
 * A result standing for one entry's failure after the rest of its batch committed: that entry's
 * promise is rejected with `error`, the others are answered, nothing is retried.
 */
export class EntryFailed {
  constructor(readonly error: unknown) {}
}

/** What a batch reports of itself, for benches and metrics. */
export interface BatchTiming {
  entries: number;
  /** Milliseconds the batch's entries waited in the queue, summed. */
  waitMs: number;
  /** Milliseconds the write (commit included) took. */
  writeMs: number;
}

/**
 * Group commit: entries submitted while earlier batches are being written are written together by
 * the next call of `write` (one transaction or one self-committing statement, one WAL flush), and
 * each entry's promise settles only after that write resolved, i.e. after its commit. Nothing waits
 * on a timer: a lone entry is written at once, and batches only grow while the database is the
 * bottleneck — which is when sharing a commit and a round trip pays.
 *
 * `write` returns one result per entry, in order. When it throws it must have committed nothing:
 * a batch of several that fails is retried entry by entry, so one bad entry fails only its own
 * promise, and a deadlock with another process is ridden out. An entry that fails after others of
 * its batch committed comes back as `EntryFailed` instead.
 */
export class GroupCommit<E, R> {
  private readonly queue: Pending<E, R>[] = [];
  private inFlight = 0;
  /** Set while queued entries wait behind a write in flight for `stallMs`. */
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private stalled = false;

  constructor(
    private readonly write: (entries: readonly E[]) => Promise<readonly (R | EntryFailed)[]>,
    private readonly opts: GroupCommitOptions<E>,
    private readonly onBatch?: (timing: BatchTiming) => void,
  ) {}

  submit(entry: E): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject, queuedAt: performance.now() });
      this.drain();
    });
  }

  private drain(): void {
    const size = this.opts.size ?? (() => 1);
    const overlapAt = this.opts.overlapAt ?? 1;
    while (
      this.inFlight < this.opts.maxInFlight &&
      this.queue.length > 0 &&
      (this.inFlight === 0 || this.stalled || this.queuedUnits(size, overlapAt) >= overlapAt)
    ) {
      this.stalled = false;
      const batch: Pending<E, R>[] = [this.queue.shift()!];
      let units = size(batch[0]!.entry);
      while (this.queue.length > 0 && units + size(this.queue[0]!.entry) <= this.opts.maxBatch) {
        const next = this.queue.shift()!;
        units += size(next.entry);
        batch.push(next);
      }
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
    this.armStallTimer();
  }

  /** Entries held back by `overlapAt` get a slot of their own after `stallMs` (see the option). */
  private armStallTimer(): void {
    const waiting = this.queue.length > 0 && this.inFlight > 0 && this.inFlight < this.opts.maxInFlight;
    if (!waiting) {
      if (this.stallTimer) clearTimeout(this.stallTimer);
      this.stallTimer = null;
      return;
    }
    if (this.stallTimer || this.opts.stallMs === undefined) return;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = null;
      this.stalled = true;
      this.drain();
      this.stalled = false;
    }, this.opts.stallMs);
    this.stallTimer.unref?.();
  }

  /** The units waiting, counted up to `enough` (the queue can be long in a backlog). */
  private queuedUnits(size: (entry: E) => number, enough: number): number {
    let units = 0;
    for (const p of this.queue) if ((units += size(p.entry)) >= enough) break;
    return units;
  }

  private async flush(batch: Pending<E, R>[]): Promise<void> {
    try {
      const started = performance.now();
      const results = await this.write(batch.map((p) => p.entry));
      if (results.length !== batch.length)
        throw new Error(`group commit: ${results.length} results for ${batch.length} entries`);
      this.onBatch?.({
        entries: batch.length,
        waitMs: batch.reduce((s, p) => s + (started - p.queuedAt), 0),
        writeMs: performance.now() - started,
      });
      batch.forEach((p, i) => {
        const r = results[i]!;
        if (r instanceof EntryFailed) p.reject(r.error);
        else p.resolve(r);
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      this.opts.onBatchFailed?.(error, batch.length);
      for (const p of batch) await this.flush([p]);
    }
  }
}
