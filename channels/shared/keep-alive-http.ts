import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/**
 * The JSON answers of Tencent's and the SMS gateways' APIs are a few hundred bytes; anything past this is not an answer to read
 * (a proxy's page, a misrouted download) and is refused before it fills memory.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * Idle keep-alive sockets are dropped before the server would drop them (servers commonly close
 * after 5 s): a request written onto a socket the server is closing is lost with no answer, and a
 * send without an answer may count as unconfirmed.
 */
const IDLE_SOCKET_MS = 4_000;

/**
 * On a loaded process the idle timer above runs late, and the server may close a pooled socket
 * just as a request is written onto it. Each retry takes the next socket from the pool (several
 * idle ones are often closed together) or a fresh one; a fresh socket is never retried.
 */
const STALE_SOCKET_RETRIES = 3;

// One pool per process, as the global fetch had: a send reuses a connection instead of paying a
// TCP (and TLS) handshake each time.
const agents = {
  http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: "lifo" }),
  https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: "lifo" }),
};

/** A call that got no usable answer. `written` tells whether the server may have received the request. */
export class HttpTransportError extends Error {
  override readonly name = "HttpTransportError";
  constructor(
    message: string,
    /**
     * False only when the request certainly never reached the server (no connection was made).
     * Once the connection is up the request may have arrived, whatever happened next.
     */
    readonly written: boolean,
    /**
     * Only when the caller asked for a late answer (`lateUntil`) and the request may have arrived:
     * the answer if it comes by then, else null. The connection stays open until it settles.
     */
    readonly late: Promise<HttpAnswer | null> | null = null,
  ) {
    super(message);
  }
}

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

/**
 * One HTTP call on node's own client with a keep-alive agent: the same call the global `fetch`
 * made, without the WHATWG Request/Response/stream objects built around each one (the largest
 * Node-side cost of a customer-service send in the worker's profile).
 *
 * One deadline, `timeoutMs` from the start, covers connecting, writing, the answer and reading its
 * body, as `AbortSignal.timeout` did for `fetch` and the body read after it. Any failure is a
 * {@link HttpTransportError}; an HTTP status is an answer, not a failure.
 *
 * The deadline is judged after one more turn of I/O: when this process's event loop was blocked
 * (a loaded machine), the overdue timer runs before the loop reads the sockets, and an answer that
 * arrived in time would otherwise be taken for none. With `lateUntil` (wall clock, ms) a request
 * that may have arrived is still failed at the deadline, but its connection is kept and the answer,
 * if it comes by then, is handed over in the error's `late`: a send without an idempotency key can
 * learn that it went through instead of sending again.
 */
export function keepAliveHttp(
  url: string,
  o: {
    method: "GET" | "POST";
    body?: string | Buffer;
    timeoutMs: number;
    maxBytes?: number;
    /** Request headers; a body without a content-type here is sent as JSON. */
    headers?: Record<string, string>;
    /** Keep listening for the answer until then (wall clock, ms) after the deadline: see above. */
    lateUntil?: number;
  },
): Promise<HttpAnswer> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  if (!secure && target.protocol !== "http:")
    return Promise.reject(new HttpTransportError(`unsupported protocol ${target.protocol}`, false));
  const maxBytes = o.maxBytes ?? MAX_ANSWER_BYTES;
  const payload = typeof o.body === "string" ? Buffer.from(o.body, "utf8") : o.body;
  return new Promise<HttpAnswer>((resolve, reject) => {
    let settled = false;
    let connected = false;
    let req: ClientRequest | undefined = undefined;
    /** Set while a late answer is awaited (the call itself has already failed). */
    let settleLate: ((answer: HttpAnswer | null) => void) | null = null;
    let lateTimer: NodeJS.Timeout | undefined = undefined;
    const endLate = (answer: HttpAnswer | null) => {
      const settle = settleLate!;
      settleLate = null;
      clearTimeout(lateTimer);
      settle(answer);
      if (!answer) req?.destroy();
    };
    const fail = (message: string) => {
      if (settleLate) return endLate(null);
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new HttpTransportError(message, connected));
      // A request given up on must not leave its socket in the pool: its answer may still come.
      req?.destroy();
    };
    const answered = (answer: HttpAnswer) => {
      if (settleLate) return endLate(answer);
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const deadline = () => {
      if (settled) return;
      const message = connected
        ? `no answer within ${o.timeoutMs} ms`
        : `no connection within ${o.timeoutMs} ms`;
      const lateMs = (o.lateUntil ?? 0) - Date.now();
      if (!connected || lateMs <= 0) return fail(message);
      settled = true;
      const late = new Promise<HttpAnswer | null>((r) => (settleLate = r));
      lateTimer = setTimeout(() => fail("no late answer"), lateMs);
      reject(new HttpTransportError(message, true, late));
    };
    // setImmediate runs after the poll phase that follows the timers: sockets already readable
    // are read (and an answer waiting there settles the call) before the deadline is judged.
    const timer = setTimeout(() => setImmediate(deadline), o.timeoutMs);
    let staleRetries = STALE_SOCKET_RETRIES;
    const headers: Record<string, string | number> = { ...o.headers };
    if (payload) {
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
        headers["content-type"] = "application/json; charset=utf-8";
      headers["content-length"] = payload.length;
    }
    const send = () => {
      connected = false;
      const attempt = (secure ? httpsRequest : httpRequest)(target, {
        method: o.method,
        headers,
        agent: secure ? agents.https : agents.http,
      });
      req = attempt;
      let answering = false;
      attempt.on("socket", (socket) => {
        // A pooled socket is connected already; a fresh one once its handshake is done.
        if (!socket.connecting) connected = true;
        else socket.once(secure ? "secureConnect" : "connect", () => (connected = true));
      });
      attempt.on("error", (error: NodeJS.ErrnoException) => {
        // A pooled socket the server closed as idle while this request was written onto it: the
        // connection is reset before any answer, and the server, which closes only connections
        // with no request in progress, never took the request. Node documents the race and the
        // retry (https://nodejs.org/api/http.html#requestreusedsocket). Sent again on the next
        // socket; a fresh socket's reset, or one after an answer began, may follow a request that
        // arrived, and stays a failure.
        if (
          !settled &&
          !answering &&
          attempt.reusedSocket &&
          error.code === "ECONNRESET" &&
          staleRetries > 0
        ) {
          staleRetries--;
          attempt.destroy();
          return send();
        }
        fail(error.message);
      });
      attempt.on("response", (res) => {
        answering = true;
        read(res);
      });
      attempt.end(payload);
    };
    const read = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(`answer larger than ${maxBytes} bytes`);
        chunks.push(chunk);
      });
      res.on("error", (error) => fail(error.message));
      res.on("aborted", () => fail("answer cut off"));
      res.on("end", () => {
        if (!res.complete) return fail("answer cut off");
        answered({ status: res.statusCode ?? 0, body: Buffer.concat(chunks, size) });
      });
    };
    send();
  });
}
