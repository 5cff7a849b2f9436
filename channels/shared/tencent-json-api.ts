import { z } from "zod";
import { HttpTransportError, keepAliveHttp } from "./keep-alive-http.js";

/** Errcodes meaning "this access token is no good": invalid (40001, 40014), expired (42001). */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** A failed call to a WeChat/WeCom server API, saying whether a retry (after a new token) may help. */
export class TencentApiError extends Error {
  constructor(
    message: string,
    /** The API's errcode, or null for HTTP/network failures. */
    readonly errcode: number | null,
    readonly retryable: boolean,
    /**
     * True only when the request certainly never reached the server (no connection was made), so
     * sending it again cannot deliver it twice. False whenever it may have arrived.
     */
    readonly unsent = false,
  ) {
    super(message);
  }
  /**
   * When the call asked for it (`lateUntil`) and no answer came in time although the request may
   * have arrived: the API's success body if its answer still comes by then, else null.
   */
  late: Promise<Record<string, unknown> | null> | null = null;
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
  fail: (message: string, errcode: number | null, retryable: boolean, unsent?: boolean) => Error;
  /**
   * Wall clock (ms): past the deadline, keep listening for the answer of a request that may have
   * arrived until then, and hand it over as the error's `late` (node:http only).
   */
  lateUntil?: number;
}

/**
 * One call to a WeChat/WeCom server API: network failures, HTTP 5xx/429, non-JSON and unexpected
 * bodies are retryable; a non-zero errcode is retryable only when listed.
 */
export async function callTencentJsonApi(c: TencentApiCall): Promise<Record<string, unknown>> {
  const { status, text } = c.fetch === globalThis.fetch ? await viaNodeHttp(c) : await viaFetch(c);
  return readAnswer(c, status, text);
}

function readAnswer(c: TencentApiCall, status: number, text: string): Record<string, unknown> {
  if (status < 200 || status > 299)
    throw c.fail(`${c.service} API HTTP ${status}`, null, status >= 500 || status === 429);
  let json: unknown;
  try {
    json = JSON.parse(text);
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

// WeChat renders \uXXXX escapes literally in some clients; JSON.stringify keeps CJK as UTF-8.
const requestBody = (c: TencentApiCall) => (c.body === undefined ? undefined : JSON.stringify(c.body));

/**
 * The process's own client (the global fetch, not replaced by a caller) goes by node:http: the
 * same request for a fraction of fetch's CPU. A fetch a caller hands in (tests losing an answer on
 * purpose) is honoured as it is.
 */
async function viaNodeHttp(c: TencentApiCall): Promise<{ status: number; text: string }> {
  const body = requestBody(c);
  try {
    const res = await keepAliveHttp(c.url, {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined ? {} : { body }),
      timeoutMs: c.timeoutMs,
      ...(c.lateUntil === undefined ? {} : { lateUntil: c.lateUntil }),
    });
    return { status: res.status, text: res.body.toString("utf8") };
  } catch (error) {
    if (!(error instanceof HttpTransportError)) throw error;
    // No answer came. Whether the request may have arrived decides what a send without an
    // idempotency key may do next (a card is sent again only when it certainly never left).
    const failure = c.fail(`${c.service} API unreachable: ${error.message}`, null, true, !error.written);
    if (error.late && failure instanceof TencentApiError)
      // The late answer read as a timely one would be: only a success (errcode 0) counts.
      failure.late = error.late.then((answer) => {
        if (!answer) return null;
        try {
          return readAnswer(c, answer.status, answer.body.toString("utf8"));
        } catch {
          return null;
        }
      });
    throw failure;
  }
}

/**
 * undici's fetch fails with `TypeError("fetch failed")` whose cause names the socket error: these
 * codes come before any byte of the request was written. A timeout or an abort says nothing of the
 * sort, so it counts as possibly sent.
 */
const CONNECT_FAILURES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
function neverConnected(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === "string" && CONNECT_FAILURES.has(code);
}

async function viaFetch(c: TencentApiCall): Promise<{ status: number; text: string }> {
  const body = requestBody(c);
  let res: Response;
  try {
    res = await c.fetch(c.url, {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined ? {} : { headers: { "content-type": "application/json; charset=utf-8" }, body }),
      signal: AbortSignal.timeout(c.timeoutMs),
    });
  } catch (error) {
    throw c.fail(
      `${c.service} API unreachable: ${(error as Error).message}`,
      null,
      true,
      neverConnected(error),
    );
  }
  if (!res.ok) return { status: res.status, text: "" };
  try {
    return { status: res.status, text: await res.text() };
  } catch {
    throw c.fail(`${c.service} API answered non-JSON`, null, true);
  }
}
