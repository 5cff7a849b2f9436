import { pino } from "pino";

/**
 * The path of a URL with every query value removed (`/api/v1/tickets?q=…&limit=…`): searches carry
 * phone numbers, integrations carry `api_key`, WeChat carries openids.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const at = url.indexOf("?");
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const name = pair.split("=")[0] ?? "";
      return `${name.length <= 40 ? name : "…"}=…`;
    });
  return `${url.slice(0, at)}?${names.join("&")}`;
}

/**
 * drizzle's "Failed query: … params: …" messages carry the query parameters (residents' words and
 * numbers), and pg quotes the offending value (`value "…" is out of range`): keep
 * the SQL, the codes and the shape of the message, drop the values.
 */
export function redactErrorText(text: string): string {
  return text
    .replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, "\nparams: [redacted]")
    .replace(/"((?:[^"\\\n]|\\.)*)"/g, (quoted, inner: string) =>
      // SQL identifiers (constraints, columns, types) help debugging; anything else may be a value.
      /^[a-z_][a-z0-9_.]*$/.test(inner) ? quoted : '"[redacted]"',
    );
}

const DROPPED_ERROR_FIELDS = new Set(["params", "parameters", "detail", "where", "query"]);

function serializeError(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactErrorText(value);
  if (!(value instanceof Error) || depth > 5) return value;
  const base = pino.stdSerializers.err(value) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) {
    if (DROPPED_ERROR_FIELDS.has(k)) continue;
    if (k === "cause" && (value as { cause?: unknown }).cause !== undefined)
      out[k] = serializeError((value as { cause?: unknown }).cause, depth + 1);
    else if (k === "message" || k === "stack") out[k] = typeof v === "string" ? redactErrorText(v) : v;
    else if (k === "cause") continue;
    else out[k] = v;
  }
  return out;
}

interface RequestLike {
  method?: string;
  url?: string;
  ip?: string;
  id?: string;
  socket?: { remotePort?: number };
  host?: string;
}

/** Serializers for every logger of the service (fastify uses the instance's own over its defaults). */
export const LOG_SERIALIZERS = {
  err: (err: unknown) => serializeError(err),
  req: (req: RequestLike) => ({
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }),
};
