import type pg from "pg";
import type { Logger } from "pino";

/*
 * Which intake worker answers the webhook's wake-up hints. Every worker process subscribes to the
 * hint, and each hint used to start a claim in every one of them: the first took the batch (SKIP
 * LOCKED), the others found nothing, and with two worker processes about 0.2 empty claims per
 * message (a BEGIN, the claim and a COMMIT each) was the price, while each real batch carried only
 * what had arrived since the other's. The lead is a session advisory lock on a connection of its
 * own: the process holding it answers hints; the others claim at their idle poll only (and keep
 * claiming while their claims come back non-empty, so a backlog is still shared). The lock is not a
 * claim: the messages are still claimed row by row, so a lead that dies, hangs or loses its
 * connection delays new messages by one poll at most (another worker's poll finds them, and takes
 * the lead when the dead one's connection is gone). A process alone is always its own lead.
 */

/** The lock's key, in the advisory lock space the dialogues' locks share (64-bit hashes, no clash). */
const LEAD_KEY = "zhitong:intake-lead";

export class IntakeLead {
  private client: pg.PoolClient | undefined;
  private trying = false;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
  ) {}

  /** True while this process holds the lead. */
  get held(): boolean {
    return this.client !== undefined;
  }

  /**
   * Takes the lead if nobody holds it (one statement; without waiting). Called at start and at each
   * idle poll of a worker without the lead. Never throws: a failure leaves this worker without the
   * lead, claiming at its poll, and it tries again at the next.
   */
  async tryTake(): Promise<boolean> {
    if (this.client || this.trying || this.closed) return this.held;
    this.trying = true;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const { rows } = await client.query<{ locked: boolean }>({
        name: "intake_lead_try",
        text: "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked",
        values: [LEAD_KEY],
      });
      if (!rows[0]?.locked || this.closed) {
        // A session lock taken after close() would outlive it on a pooled connection: drop it.
        client.release(this.closed && rows[0]?.locked ? true : undefined);
        return false;
      }
      const held = client;
      // The connection died (a database restart): the lock went with it; the next poll tries again.
      held.on("error", () => this.drop(held));
      this.client = held;
      return true;
    } catch (error) {
      client?.release(true);
      this.log.debug({ err: (error as Error).message }, "intake lead not taken; claiming at the poll");
      return false;
    } finally {
      this.trying = false;
    }
  }

  /** Gives the lead up (the connection is closed, never returned holding the lock). */
  close(): void {
    this.closed = true;
    if (this.client) this.drop(this.client);
  }

  private drop(client: pg.PoolClient): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.release(true);
  }
}
