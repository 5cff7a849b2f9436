import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedAnswer {
  status?: number;
  /** Assistant message content (JSON text or anything malformed). */
  content?: string;
  /** Arguments of a forced tool call instead of content. */
  toolArguments?: string;
  delayMs?: number;
  /** The answer is held until this settles (a test looks at the database meanwhile). */
  hold?: Promise<void>;
  headers?: Record<string, string>;
  /** Raw body for error responses. */
  body?: unknown;
}

/**
 * A local server speaking the OpenAI Chat Completions wire protocol (POST /v1/chat/completions), so
 * the real `openai` SDK code runs: scripted answers in order, delays, 429/500 errors, malformed JSON.
 */
export class FakeOpenAI {
  readonly requests: Record<string, unknown>[] = [];
  private script: ScriptedAnswer[] = [];
  private server!: Server;

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Queues answers; when the queue is empty the server answers 500. */
  answer(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers);
  }

  reset(): void {
    this.script = [];
    this.requests.length = 0;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
          res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
          return;
        }
        const request = JSON.parse(body) as Record<string, unknown>;
        this.requests.push(request);
        const a = this.script.shift() ?? { status: 500, body: { error: { message: "no scripted answer" } } };
        const send = () => {
          if (res.destroyed) return;
          const status = a.status ?? 200;
          if (status !== 200) {
            res
              .writeHead(status, { "content-type": "application/json", ...a.headers })
              .end(JSON.stringify(a.body ?? { error: { message: `error ${status}`, type: "server_error" } }));
            return;
          }
          const message =
            a.toolArguments !== undefined
              ? {
                  role: "assistant",
                  content: null,
                  tool_calls: [
                    {
                      id: "call_1",
                      type: "function",
                      function: { name: "record_complaint", arguments: a.toolArguments },
                    },
                  ],
                }
              : { role: "assistant", content: a.content ?? "" };
          res.writeHead(200, { "content-type": "application/json", ...a.headers }).end(
            JSON.stringify({
              id: `chatcmpl-${this.requests.length}`,
              object: "chat.completion",
              created: 1763690400,
              model: request.model,
              choices: [
                { index: 0, message, finish_reason: a.toolArguments ? "tool_calls" : "stop", logprobs: null },
              ],
              usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
            }),
          );
        };
        if (a.hold) void a.hold.then(send);
        else if (a.delayMs) setTimeout(send, a.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
