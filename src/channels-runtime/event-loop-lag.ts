import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

/** How long one reading of the event loop's delay covers before it starts over. */
const WINDOW_MS = 250;

/**
 * The event loop's recent delay in this process: the longest delay seen in the current and the
 * previous window (libuv's own timer, `monitorEventLoopDelay`). A request's clock in fastify starts
 * when its `request` event runs, so on a saturated loop the request already waited about this long
 * in the socket before that, and its answer waits about as long again to be written: a deadline
 * counted from arrival has to subtract both.
 */
export class EventLoopLag {
  private readonly histogram: IntervalHistogram;
  private readonly timer: NodeJS.Timeout;
  private previousMaxMs = 0;

  /** `windowMs`: how long one reading covers (a test holds a reading still with a long window). */
  constructor(options: { windowMs?: number } = {}) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.timer = setInterval(() => {
      this.previousMaxMs = this.histogram.max / 1e6;
      this.histogram.reset();
    }, options.windowMs ?? WINDOW_MS);
    // A reading must never keep the process alive on its own.
    this.timer.unref();
  }

  /** Milliseconds: the longest recent delay of the event loop. */
  recentMs(): number {
    // Before its first delay is recorded the histogram's max is 0; reading it costs no syscall.
    return Math.max(this.previousMaxMs, this.histogram.max / 1e6);
  }

  /** Forgets what was seen so far (start-up: loading modules holds the loop, serving does not). */
  reset(): void {
    this.previousMaxMs = 0;
    this.histogram.reset();
  }

  close(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }
}
