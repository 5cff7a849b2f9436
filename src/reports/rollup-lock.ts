/**
 * The reports' rollups are rebuilt or folded by one process at a time, across processes: the key
 * of the transaction-scoped advisory lock they take.
 */
export const ROLLUP_LOCK = 7271141;
