/**
 * Makes every string in a value storable by PostgreSQL: removes U+0000 (refused in `text` and
 * `jsonb`) and replaces lone UTF-16 surrogates (refused in `jsonb` escapes) with U+FFFD. No genuine
 * message contains either; without this a crafted body would become a 503 and endless retries.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function pgSafe<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "").replace(LONE_SURROGATE, "\uFFFD") as T;
  if (Array.isArray(value)) return value.map((v) => pgSafe(v)) as T;
  if (value instanceof Date || value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [pgSafe(k), pgSafe(v)])) as T;
}
