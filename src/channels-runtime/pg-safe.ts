/**
 * Makes every string in a value storable by PostgreSQL: removes U+0000 (refused in `text` and
 * `jsonb`) and replaces lone UTF-16 surrogates (refused in `jsonb` escapes) with U+FFFD. No genuine
 * message contains either; without this a crafted body would become a 503 and endless retries.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any NUL or surrogate (a valid pair is kept by the replacement, but must be looked at). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSAFE = /\u0000|[\uD800-\uDFFF]/;

/**
 * Returns `value` itself when nothing needs changing (the common case: no copy), otherwise a copy
 * with only the changed parts rebuilt.
 */
export function pgSafe<T>(value: T): T {
  if (typeof value === "string") {
    if (!UNSAFE.test(value)) return value;
    return value.replaceAll("\u0000", "").replace(LONE_SURROGATE, "\uFFFD") as T;
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => pgSafe(v));
    return (out.some((v, n) => v !== value[n]) ? out : value) as T;
  }
  if (value instanceof Date || value === null || typeof value !== "object") return value;
  let changed = false;
  const entries = Object.entries(value).map(([k, v]) => {
    const safeKey = pgSafe(k);
    const safeValue = pgSafe(v);
    if (safeKey !== k || safeValue !== v) changed = true;
    return [safeKey, safeValue] as const;
  });
  return changed ? (Object.fromEntries(entries) as T) : value;
}
