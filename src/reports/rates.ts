import type { Resolved, Satisfaction } from "../domain/survey-answer.js";

/**
 * The rates command centres are judged by, as pure functions over counts. Each rate is a ratio in
 * 0..1, or null when its denominator is 0 (a unit with no surveys has no rate, not a rate of 0 % or
 * 100 %). Percentages for display: formatRate.
 *
 * Definitions (per unit and period, over the surveys of tickets resolved in the period; one survey
 * per reporter per round, so a merged ticket with five reporters contributes five surveys):
 * - 响应率 response rate = answered / surveyed. `surveyed` = surveys whose outcome is final, i.e.
 *   answered + unreachable (未回访 after all retries); surveys still waiting for a reply are in neither.
 *   Unreachable reporters are never counted as answered, let alone satisfied.
 * - 解决率 resolution rate = answered with resolved = yes / answered. "unknown" counts as not resolved:
 *   a resolution nobody confirmed is not claimed.
 * - 满意率 satisfaction rate = (satisfied + basically satisfied) / answered — the simple "满意 + 基本
 *   满意" rate most centres publish. An answer without a satisfaction level (e.g. only "没解决") is in
 *   the denominator and not in the numerator.
 * - 满意度 weighted satisfaction score, 0..100 = (100 × satisfied + w × basically + 0 × dissatisfied)
 *   / answered, with w = 80 by default (some centres use 60; pass it). Answers without a level score 0.
 * - 办结率 closure rate = closed / received: tickets received in the period that are closed (办结,
 *   i.e. resolved, surveyed or closed) by the end of the period; merged and cancelled tickets are
 *   excluded from both counts by the caller since they were never someone's work to finish.
 */
export interface SurveyCounts {
  /** Answered + unreachable: surveys whose outcome is final. */
  surveyed: number;
  answered: number;
  unreachable: number;
  resolved: number;
  satisfied: number;
  basically: number;
  dissatisfied: number;
}

export interface SurveyRates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** 0..100 */
  satisfactionScore: number | null;
}

export const DEFAULT_BASICALLY_WEIGHT = 80;

export function responseRate(c: Pick<SurveyCounts, "answered" | "surveyed">): number | null {
  return ratio(c.answered, c.surveyed);
}

export function resolutionRate(c: Pick<SurveyCounts, "resolved" | "answered">): number | null {
  return ratio(c.resolved, c.answered);
}

export function satisfactionRate(
  c: Pick<SurveyCounts, "satisfied" | "basically" | "answered">,
): number | null {
  return ratio(c.satisfied + c.basically, c.answered);
}

/** Weighted satisfaction on a 0..100 scale; `basicallyWeight` is 80 by default (60 in some centres). */
export function satisfactionScore(
  c: Pick<SurveyCounts, "satisfied" | "basically" | "answered">,
  basicallyWeight: number = DEFAULT_BASICALLY_WEIGHT,
): number | null {
  if (basicallyWeight < 0 || basicallyWeight > 100) throw new Error("basicallyWeight must be within 0..100");
  const r = ratio(c.satisfied + (basicallyWeight / 100) * c.basically, c.answered);
  return r === null ? null : round(r * 100, 2);
}

export function closureRate(closed: number, received: number): number | null {
  return ratio(closed, received);
}

export function surveyRates(
  c: SurveyCounts,
  basicallyWeight: number = DEFAULT_BASICALLY_WEIGHT,
): SurveyRates {
  return {
    responseRate: responseRate(c),
    resolutionRate: resolutionRate(c),
    satisfactionRate: satisfactionRate(c),
    satisfactionScore: satisfactionScore(c, basicallyWeight),
  };
}

/** One survey of one reporter, as the survey table stores it. */
export interface SurveyRecord {
  unitId: string;
  outcome: "answered" | "unreachable" | "pending";
  resolved?: Resolved | null;
  satisfaction?: Satisfaction | null;
}

export function emptyCounts(): SurveyCounts {
  return {
    surveyed: 0,
    answered: 0,
    unreachable: 0,
    resolved: 0,
    satisfied: 0,
    basically: 0,
    dissatisfied: 0,
  };
}

/**
 * Adds `n` surveys with the same final outcome to `c`: the one place a survey is counted (the
 * per-record tally and the grouped SQL rows of the rates report both go through here).
 */
export function countSurveys(
  c: SurveyCounts,
  r: Pick<SurveyRecord, "resolved" | "satisfaction"> & { outcome: "answered" | "unreachable" },
  n = 1,
): void {
  c.surveyed += n;
  if (r.outcome === "unreachable") {
    c.unreachable += n;
    return;
  }
  c.answered += n;
  if (r.resolved === "yes") c.resolved += n;
  if (r.satisfaction) c[r.satisfaction] += n;
}

/** Counts surveys per unit (the unit snapshotted when the survey was sent). Pending surveys are skipped. */
export function tallySurveys(records: Iterable<SurveyRecord>): Map<string, SurveyCounts> {
  const out = new Map<string, SurveyCounts>();
  for (const r of records) {
    if (r.outcome === "pending") continue;
    let c = out.get(r.unitId);
    if (!c) out.set(r.unitId, (c = emptyCounts()));
    countSurveys(c, { outcome: r.outcome, resolved: r.resolved, satisfaction: r.satisfaction }, 1);
  }
  return out;
}

/** "99.81%" (two decimals, as centres report); "—" when there is no rate. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(2)}%`;
}

function ratio(n: number, d: number): number | null {
  if (!Number.isFinite(n) || !Number.isFinite(d) || n < 0 || d < 0) throw new Error("counts must be ≥ 0");
  if (n > d) throw new Error(`numerator ${n} exceeds denominator ${d}`);
  return d === 0 ? null : n / d;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
