/**
 * When each step of a survey is due, from `policy.survey` {delayHours, retryHours}. Pure.
 *
 * - The question goes out `delayHours` after the round was resolved.
 * - `retryHours` are offsets from the FIRST send at which the question is sent again (e.g. [24, 48]:
 *   a reminder one day and two days later). After the last retry the resident has one more interval
 *   (the gap between the last two offsets, or the only offset) before the survey is closed as
 *   unreachable (未回访). With [24, 48]: sends at +0 h, +24 h, +48 h, unreachable at +72 h.
 * - After a clarifying question the resident has `retryHours[0]` (24 h by default) to answer it.
 */
export interface SurveyTiming {
  delayHours: number;
  retryHours: readonly number[];
}

const HOUR = 3_600_000;
const DEFAULT_WAIT_HOURS = 24;

export function firstSendAt(resolvedAt: Date, t: SurveyTiming): Date {
  return new Date(resolvedAt.getTime() + t.delayHours * HOUR);
}

/** Total number of sends: the first question plus one per retry offset. */
export function maxAttempts(t: SurveyTiming): number {
  return 1 + t.retryHours.length;
}

/** After `attempts` sends (the first at `firstSentAt`), when the next step is due. */
export function nextDueAfterSend(firstSentAt: Date, attempts: number, t: SurveyTiming): Date {
  const offsets = [...t.retryHours].sort((a, b) => a - b);
  const at = (h: number) => new Date(firstSentAt.getTime() + h * HOUR);
  if (attempts <= offsets.length) return at(offsets[attempts - 1]!);
  const last = offsets[offsets.length - 1] ?? 0;
  const prev = offsets[offsets.length - 2] ?? 0;
  const finalWait = offsets.length === 0 ? DEFAULT_WAIT_HOURS : last - prev || last;
  return at(last + finalWait);
}

export function clarifyDue(now: Date, t: SurveyTiming): Date {
  const wait = [...t.retryHours].sort((a, b) => a - b)[0] ?? DEFAULT_WAIT_HOURS;
  return new Date(now.getTime() + wait * HOUR);
}
