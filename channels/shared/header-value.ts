/** First value of a header or query parameter, looked up case-insensitively for headers. */
export function headerValue(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return firstValue(value);
  }
  return undefined;
}

/** First value of a query parameter (exact name: WeChat and Twilio names are case-sensitive). */
export function queryValue(
  query: Readonly<Record<string, string | readonly string[] | undefined>>,
  name: string,
): string | undefined {
  return Object.prototype.hasOwnProperty.call(query, name) ? firstValue(query[name]) : undefined;
}

function firstValue(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
  return undefined;
}
