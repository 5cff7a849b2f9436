import type { DomainConfig } from "../domain/config.js";
import { computeDeadlines, type DeadlineInput, type TicketDeadlines } from "../domain/deadlines.js";

const memo = new WeakMap<DomainConfig, Map<string, TicketDeadlines>>();
const MEMO_MAX = 256;

/**
 * computeDeadlines for the deployment's policy and time zone, remembered: it is a pure function of
 * its input, and a route batch dispatches all its tickets at one instant, so it asks the same few
 * questions (tier × urgency) again and again, each a walk through the holiday calendar in local time.
 * The deadlines returned are shared: callers read them, never change them.
 */
export function deadlinesFor(config: DomainConfig, input: DeadlineInput): TicketDeadlines {
  let known = memo.get(config);
  if (!known) memo.set(config, (known = new Map()));
  const key = `${input.dispatchedAt.getTime()}|${input.tier}|${input.urgency}|${input.extensionWorkingDays ?? 0}`;
  const hit = known.get(key);
  if (hit) return hit;
  const { policy, timezone } = config.jurisdiction;
  const deadlines = computeDeadlines(input, policy, timezone);
  if (known.size >= MEMO_MAX) known.clear();
  known.set(key, deadlines);
  return deadlines;
}
