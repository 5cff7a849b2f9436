import type { Logger } from "pino";
import type pg from "pg";
import { addDays, formatLocalDate, localDate } from "../domain/local-time.js";

/** Yesterday (late filings), today and the week ahead. */
const DAYS_BEHIND = 1;
const DAYS_AHEAD = 7;
/** Often enough that a process running for weeks never meets an unprepared day. */
const REFRESH_MS = 6 * 60 * 60 * 1000;

/**
 * Creates the reference-number sequences of the days around `now` (the centre's calendar), each in
 * its own short statement outside any filing. A day's first filing then only draws a number: if it
 * had to create the sequence, every other filing of that day would wait for its commit.
 */
export async function prepareTicketRefDays(pool: pg.Pool, timeZone: string, now: Date): Promise<string[]> {
  const today = localDate(now, timeZone);
  const days: string[] = [];
  for (let i = -DAYS_BEHIND; i <= DAYS_AHEAD; i++)
    days.push(formatLocalDate(addDays(today, i)).replaceAll("-", ""));
  for (const day of days) await pool.query("SELECT ticket_ref_prepare($1)", [day]);
  return days;
}

/** Prepares the days now and every few hours until stopped; failures are logged, never fatal. */
export function keepTicketRefDaysPrepared(
  pool: pg.Pool,
  timeZone: string,
  now: () => Date,
  log: Logger,
): { ready: Promise<void>; stop(): void } {
  const run = () =>
    prepareTicketRefDays(pool, timeZone, now()).then(
      () => undefined,
      // A filing on an unprepared day still gets its number (ticket_ref_next creates the sequence).
      (err: unknown) =>
        log.warn(
          { err: err instanceof Error ? err.message : String(err) },
          "cannot prepare ticket reference days",
        ),
    );
  const timer = setInterval(() => void run(), REFRESH_MS);
  timer.unref();
  return { ready: run(), stop: () => clearInterval(timer) };
}
