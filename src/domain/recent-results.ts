/**
 * The results of a pure function of a text for the last few texts it read. One extraction reads
 * the same message in several places (the urgency rules, the emergency model's features, the veto,
 * the dialogue's safety advice, the traditional-to-simplified conversion); each asks for the same
 * result. Bounded: the oldest goes first.
 * Callers must not change a result they get back.
 */
export class RecentResults<T> {
  private readonly results = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(text: string): T | undefined {
    return this.results.get(text);
  }

  set(text: string, result: T): void {
    if (this.results.size >= this.max) this.results.delete(this.results.keys().next().value!);
    this.results.set(text, result);
  }
}
