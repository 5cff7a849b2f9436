import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { llmSurveyInterpreter } from "../../src/survey/survey-interpreter.js";

/** A local server speaking the Chat Completions wire protocol with scripted answers. */
let script: Array<{ status: number; content?: string }> = [];
const requests: Array<{ messages: Array<{ role: string; content: string }> }> = [];
let url = "";
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    requests.push(JSON.parse(Buffer.concat(chunks).toString()));
    const next = script.shift() ?? { status: 500 };
    res.writeHead(next.status, { "content-type": "application/json" });
    if (next.status !== 200)
      return res.end(JSON.stringify({ error: { message: "boom", type: "server_error" } }));
    res.end(
      JSON.stringify({
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1_795_000_000,
        model: "fake",
        choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: next.content } }],
      }),
    );
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => new Promise<void>((r) => server.close(() => r())));

const client = () => new OpenAI({ baseURL: url, apiKey: "test", maxRetries: 0, timeout: 2000 });

describe("survey answers read by an OpenAI-compatible LLM", () => {
  it("never calls the model for an answer the offline parser understands", async () => {
    requests.length = 0;
    const a = await llmSurveyInterpreter(client(), "fake").interpret("不满意，还是漏水");
    expect(a).toMatchObject({ satisfaction: "dissatisfied", resolved: "no", engine: "offline" });
    expect(requests).toHaveLength(0);
  });

  it("uses the model's validated JSON for an answer the offline parser finds unclear", async () => {
    script = [
      { status: 200, content: '{"resolved":"yes","satisfaction":"satisfied","comment":"师傅当天就来了"}' },
    ];
    const a = await llmSurveyInterpreter(client(), "fake").interpret("师傅当天就来了，真快");
    expect(a).toMatchObject({ satisfaction: "satisfied", resolved: "yes", clear: true, engine: "openai" });
    expect(requests.at(-1)!.messages[1]!.content).toBe("师傅当天就来了，真快");
  });

  it("keeps the offline reading (and so the clarifying question) when the model fails or answers nonsense", async () => {
    script = [{ status: 500 }, { status: 200, content: '{"satisfaction":"very happy"}' }];
    const i = llmSurveyInterpreter(client(), "fake");
    for (let n = 0; n < 2; n++) {
      const a = await i.interpret("你们是哪个部门的");
      expect(a).toMatchObject({ clear: false, satisfaction: null, engine: "offline" });
    }
  });

  it("builds its client only for the first unclear answer, and again after a failed build", async () => {
    let builds = 0;
    const i = llmSurveyInterpreter(async () => {
      builds += 1;
      if (builds === 1) throw new Error("cannot load the client");
      return client();
    }, "fake");
    await i.interpret("满意");
    expect(builds).toBe(0);
    // The failed build keeps the offline reading, and the next unclear answer builds it again.
    expect(await i.interpret("你们是哪个部门的")).toMatchObject({ clear: false, engine: "offline" });
    script = [{ status: 200, content: '{"resolved":"yes","satisfaction":"basically","comment":null}' }];
    expect(await i.interpret("师傅当天就来了，真快")).toMatchObject({
      satisfaction: "basically",
      engine: "openai",
    });
    await i.interpret("你们是谁");
    expect(builds).toBe(2);
  });
});
