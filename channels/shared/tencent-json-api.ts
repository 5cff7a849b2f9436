import { z } from "zod";

/** Errcodes meaning "this access token is no good": invalid (40001, 40014), expired (42001). */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** A failed call to a WeChat/WeCom server API, saying whether a retry (after a new token) may help. */
export class TencentApiError extends Error {
  constructor(
    message: string,
    /** The API's errcode, or null for HTTP/network failures. */
    readonly errcode: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
  get tokenRejected(): boolean {
    return this.errcode !== null && TOKEN_ERRCODES.has(this.errcode);
  }
}

/** Tencent's server APIs (WeChat official accounts, WeCom) answer `{errcode, errmsg, …}`; 0 is success. */
const Envelope = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() }).loose();

export interface TencentApiCall {
  fetch: typeof fetch;
  url: string;
  /** JSON body of a POST; without one the call is a GET. */
  body?: unknown;
  timeoutMs: number;
  /** "WeChat" or "WeCom": named in error messages. */
  service: string;
  /** Errcodes after which a retry may help (a rejected token counts: the caller renews it first). */
  retryable: ReadonlySet<number>;
  /** The channel's own error type, so callers can tell a token, window or quota problem. */
  fail: (message: string, errcode: number | null, retryable: boolean) => Error;
}

/**
 * One call to a WeChat/WeCom server API: network failures, HTTP 5xx/429, non-JSON and unexpected
 * bodies are retryable; a non-zero errcode is retryable only when listed.
 */
export async function callTencentJsonApi(c: TencentApiCall): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await c.fetch(c.url, {
      method: c.body === undefined ? "GET" : "POST",
      ...(c.body === undefined
        ? {}
        : {
            headers: { "content-type": "application/json; charset=utf-8" },
            // WeChat renders \uXXXX escapes literally in some clients; JSON.stringify keeps CJK as UTF-8.
            body: JSON.stringify(c.body),
          }),
      signal: AbortSignal.timeout(c.timeoutMs),
    });
  } catch (error) {
    throw c.fail(`${c.service} API unreachable: ${(error as Error).message}`, null, true);
  }
  if (!res.ok)
    throw c.fail(`${c.service} API HTTP ${res.status}`, null, res.status >= 500 || res.status === 429);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw c.fail(`${c.service} API answered non-JSON`, null, true);
  }
  const parsed = Envelope.safeParse(json);
  if (!parsed.success) throw c.fail(`${c.service} API answered an unexpected body`, null, true);
  const errcode = parsed.data.errcode ?? 0;
  if (errcode !== 0)
    throw c.fail(
      `${c.service} errcode ${errcode}: ${parsed.data.errmsg ?? ""}`.trim(),
      errcode,
      c.retryable.has(errcode),
    );
  return parsed.data as Record<string, unknown>;
}
