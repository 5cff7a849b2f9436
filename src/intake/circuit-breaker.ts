/**
 * A small in-process circuit breaker: after `threshold` consecutive failures the circuit opens and
 * calls are refused for `cooldownMs`; then one trial call is let through (half-open) and its result
 * closes or re-opens the circuit. State lives in this process only: each worker process learns on
 * its own that the LLM is down, which costs at most `threshold` slow calls per process.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly opts: { threshold: number; cooldownMs: number; now?: () => number } = {
      threshold: 5,
      cooldownMs: 30_000,
    },
  ) {}

  get state(): "closed" | "open" | "half-open" {
    if (this.openedAt === null) return "closed";
    return this.now() - this.openedAt >= this.opts.cooldownMs ? "half-open" : "open";
  }

  /** True when a call may go out now. */
  allow(): boolean {
    const s = this.state;
    if (s === "closed") return true;
    if (s === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  failure(): void {
    this.trialInFlight = false;
    this.failures++;
    if (this.openedAt !== null || this.failures >= this.opts.threshold) this.openedAt = this.now();
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }
}
