/** A day rollup kept by statement triggers: its folded counts, its unfolded deltas, and what it counts. */
export interface DayRollup {
  /** A label for the rows of differences, so a failure says which rollup is off. */
  what: string;
  counts: string;
  deltas: string;
  /** The SQL function giving a source row's deltas (row, time zone, sign). */
  deltasOf: string;
  source: "tickets" | "surveys";
  keys: readonly string[];
}

/**
 * A query returning what a rollup holds (counts plus deltas) against what its source rows give
 * afresh, as rows of differences: none when the triggers kept it exactly.
 */
export function rollupMismatchQuery(r: DayRollup): string {
  const keys = r.keys.join(", ");
  const groups = r.keys.map((_, i) => i + 1).join(", ");
  return `WITH held AS (
      SELECT ${keys}, sum(n) AS n FROM (
        SELECT ${keys}, n FROM ${r.counts} UNION ALL SELECT ${keys}, n FROM ${r.deltas}) x
      GROUP BY ${groups} HAVING sum(n) <> 0),
    want AS (
      SELECT ${r.keys.map((k) => `d.${k}`).join(", ")}, sum(d.n) AS n
        FROM report_settings s, ${r.source} src, ${r.deltasOf}(src, s.timezone, 1) d GROUP BY ${groups})
    SELECT '${r.what}' AS what, * FROM ((TABLE held EXCEPT TABLE want) UNION ALL (TABLE want EXCEPT TABLE held)) x`;
}
