import type { Database } from "../db/client.js";
import { EntryFailed, GroupCommit, type BatchTiming } from "../db/group-commit.js";
import { localDay } from "../domain/local-time.js";
import { fileTicketsStatement } from "./file-tickets-statement.js";
import { fileStaffTicketAlone, type FilingOutcome, type StaffFiling } from "./staff-filing.js";

export interface TicketFilerOptions {
  /** Most filings one statement carries. */
  maxBatch: number;
  /** Statements committing at once; while they do, new filings gather for the next one. */
  maxInFlight: number;
  /** Filings waiting before a statement starts beside one in flight (GroupCommitOptions.overlapAt). */
  overlapAt?: number;
  /** GroupCommitOptions.stallMs. */
  stallMs?: number;
  timeZone: string;
  now: () => Date;
  onBatch?: (timing: BatchTiming) => void;
}

/**
 * Staff ticket creation with group commit: filings that arrive while earlier ones are committing
 * are filed together by one self-committing statement (file-tickets-statement.ts), and each
 * request is answered only after the commit holding its ticket. The few filings that statement
 * cannot decide are filed alone, in their own transaction, after it.
 */
export class TicketFiler {
  private readonly group: GroupCommit<StaffFiling, FilingOutcome>;

  constructor(
    private readonly database: Database,
    private readonly opts: TicketFilerOptions,
  ) {
    this.group = new GroupCommit((filings) => this.write(filings), opts, opts.onBatch);
  }

  file(filing: StaffFiling): Promise<FilingOutcome> {
    return this.group.submit(filing);
  }

  private async write(filings: readonly StaffFiling[]): Promise<(FilingOutcome | EntryFailed)[]> {
    const now = this.opts.now();
    const client = await this.database.pool.connect();
    let failed: Error | undefined;
    let outcomes: (FilingOutcome | null)[];
    try {
      outcomes = await fileTicketsStatement(client, filings, localDay(now, this.opts.timeZone), now);
    } catch (error) {
      // Rare (a dead connection, a deadlock with another process): the pool replaces the connection
      // rather than reuse one in an unknown state.
      failed = error as Error;
      throw error;
    } finally {
      client.release(failed);
    }
    // What the statement reported is committed; the rest is filed now, one at a time, and a failure
    // there fails only that filing's request.
    const out: (FilingOutcome | EntryFailed)[] = [];
    for (let i = 0; i < filings.length; i++)
      out.push(
        outcomes[i] ??
          (await fileStaffTicketAlone(this.database, filings[i]!, this.opts.timeZone, now).catch(
            (error: unknown) => new EntryFailed(error),
          )),
      );
    return out;
  }
}

/** Most filings per statement (a few hundred bytes of JSON each); see docs/operations.md. */
const TICKET_MAX_BATCH = 64;
/** Filing statements committing at once per process: their commits share WAL flushes. */
const TICKET_MAX_IN_FLIGHT = 4;
/**
 * Filings waiting before a second statement starts beside one in flight. The filing statement has a
 * fixed cost per run (its round trip, start, plan and commit) much like the webhook's, so while one
 * is out the next gathers for it instead of starting with two or three filings: fewer, fuller
 * statements, less CPU per ticket (docs/history/performance-rounds.md, fourteenth round).
 */
const TICKET_OVERLAP_AT = 8;
/** A statement out this long (a lock wait, a restarting database) no longer holds the others back. */
const TICKET_STALL_MS = 100;
const filers = new WeakMap<Database, TicketFiler>();

/** Filing statements written, filings they carried, queue wait and write time, in this process. */
const totals = { batches: 0, filings: 0, waitMs: 0, writeMs: 0 };

/** How full the group commits are: compare two readings around a period of interest. */
export function ticketBatchStats(): Readonly<typeof totals> {
  return { ...totals };
}

function count(timing: BatchTiming): void {
  totals.batches++;
  totals.filings += timing.entries;
  totals.waitMs += timing.waitMs;
  totals.writeMs += timing.writeMs;
}

/** The process's filer over `database` (one per pool, so batches gather every request). */
export function ticketFilerFor(database: Database, timeZone: string, now: () => Date): TicketFiler {
  let filer = filers.get(database);
  if (!filer) {
    filer = new TicketFiler(database, {
      maxBatch: TICKET_MAX_BATCH,
      maxInFlight: TICKET_MAX_IN_FLIGHT,
      overlapAt: TICKET_OVERLAP_AT,
      stallMs: TICKET_STALL_MS,
      timeZone,
      now,
      onBatch: count,
    });
    filers.set(database, filer);
  }
  return filer;
}
