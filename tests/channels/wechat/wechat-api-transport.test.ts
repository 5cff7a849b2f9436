import { spawn } from "node:child_process";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HttpTransportError, keepAliveHttp } from "../../../channels/shared/keep-alive-http.js";
import { createWechatApi, WechatApiError } from "../../../channels/wechat/wechat-api.js";
import { startFakeWechatApi } from "../support/fake-wechat-api.js";

/**
 * The WeChat/WeCom server-API client goes by node:http with a keep-alive agent, not the global
 * fetch: the same three ends of a call (WeChat said yes, said no with an errcode, or no answer),
 * against the fake WeChat server and against raw servers misbehaving on purpose.
 */
const APPID = "wx_transport";
const SECRET = "secret_transport";

let api: Awaited<ReturnType<typeof startFakeWechatApi>>;
beforeAll(async () => {
  api = await startFakeWechatApi(APPID, SECRET);
});
afterAll(async () => {
  api.releaseHeld();
  await api.close();
});
afterEach(() => {
  api.state.script.length = 0;
  api.state.acceptWithoutAnswer = 0;
  api.state.answerLate.length = 0;
});

const client = (timeoutMs = 5_000, baseUrl = api.url) =>
  createWechatApi({ baseUrl, appid: APPID, secret: SECRET, timeoutMs });

async function rejection(p: Promise<unknown>): Promise<WechatApiError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WechatApiError);
  return error as WechatApiError;
}

/** A raw server: `answer` writes whatever it likes on the socket of each request. */
async function rawServer(answer: (res: ServerResponse, socket: Socket) => void) {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => answer(res, req.socket));
  });
  server.on("connection", (s: Socket) => {
    connections++;
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("the WeChat API over node:http", () => {
  it("sends, and reuses the connection for the next call", async () => {
    const wechat = client();
    const { accessToken } = await wechat.fetchStableToken();
    const before = api.state.custom.length;
    await wechat.sendCustomText(accessToken, "o_transport_1", "您的报修已受理。");
    await wechat.sendCustomText(accessToken, "o_transport_1", "请问具体在几号楼？");
    expect(api.state.custom.slice(before)).toEqual([
      { touser: "o_transport_1", content: "您的报修已受理。" },
      { touser: "o_transport_1", content: "请问具体在几号楼？" },
    ]);
    const tpl = await wechat.sendTemplate(accessToken, {
      api: "template",
      openid: "o_transport_1",
      templateId: "tpl01",
      fields: { thing1: "暖气不热" },
    });
    expect(tpl).toBe("200228332");

    const raw = await rawServer((res) => res.end(JSON.stringify({ errcode: 0, errmsg: "ok" })));
    try {
      const viaRaw = client(5_000, raw.url);
      for (let i = 0; i < 3; i++) await viaRaw.sendCustomText("T", "o_transport_1", "好的");
      expect(raw.connections()).toBe(1);
    } finally {
      await raw.close();
    }
  });

  it("an errcode is WeChat's no: retryable only when listed, a rejected token said so", async () => {
    const wechat = client();
    const { accessToken } = await wechat.fetchStableToken();
    api.state.script.push(45015, -1);
    const window = await rejection(wechat.sendCustomText(accessToken, "o_transport_2", "在吗"));
    expect([window.errcode, window.retryable, window.outsideWindow]).toEqual([45015, false, true]);
    const busy = await rejection(wechat.sendCustomText(accessToken, "o_transport_2", "在吗"));
    expect([busy.errcode, busy.retryable]).toEqual([-1, true]);
    const stale = await rejection(wechat.sendCustomText("NOT_THE_TOKEN", "o_transport_2", "在吗"));
    expect([stale.errcode, stale.tokenRejected, stale.retryable]).toEqual([40001, true, true]);
    api.state.script.push("http500");
    const http500 = await rejection(wechat.sendCustomText(accessToken, "o_transport_2", "在吗"));
    expect([http500.errcode, http500.retryable]).toEqual([null, true]);
  });

  it("a server that accepts a send and never answers: unconfirmed, sent once, its late answer read by nobody", async () => {
    // The deadline only bounds how long the test waits for an answer that never comes; generous, so
    // that a loaded machine still connects and writes the request well within it.
    const wechat = client(2_000);
    const { accessToken } = await wechat.fetchStableToken();
    const before = api.state.custom.length;
    const requestsBefore = api.requests.length;
    api.state.acceptWithoutAnswer = 1;
    const lost = await rejection(wechat.sendCustomText(accessToken, "o_transport_3", "第一条"));
    // No errcode: the caller cannot tell whether WeChat delivered it (wechat-delivery decides).
    expect([lost.errcode, lost.retryable, lost.unsent]).toEqual([null, true, false]);
    expect(lost.message).toMatch(/^WeChat API unreachable: no answer within 2000 ms$/);
    expect(api.state.custom.slice(before)).toEqual([{ touser: "o_transport_3", content: "第一条" }]);
    // The client itself never sends it again.
    expect(api.requests.length - requestsBefore).toBe(1);

    // The held answer arrives after the client gave up: the next call must not read it as its own.
    api.releaseHeld();
    api.state.script.push(45047);
    const next = await rejection(wechat.sendCustomText(accessToken, "o_transport_3", "第二条"));
    expect(next.errcode).toBe(45047);
  });

  it("an answer that misses the deadline is handed over late when the caller asked to wait for it", async () => {
    const wechat = client(150);
    const { accessToken } = await wechat.fetchStableToken();
    const before = api.state.custom.length;
    // Taken at once (the resident has it), answered well after the deadline.
    api.state.answerLate.push(600);
    const slow = await rejection(
      wechat.sendCustomText(accessToken, "o_transport_7", "迟到的回答", { lateUntil: Date.now() + 10_000 }),
    );
    expect([slow.errcode, slow.unsent]).toEqual([null, false]);
    expect(slow.message).toMatch(/no answer within 150 ms$/);
    expect(await slow.late).toMatchObject({ errcode: 0 });
    expect(api.state.custom.slice(before)).toEqual([{ touser: "o_transport_7", content: "迟到的回答" }]);

    // An answer that does not come by then: the late answer is null, the connection dropped.
    api.state.acceptWithoutAnswer = 1;
    const lost = await rejection(
      wechat.sendCustomText(accessToken, "o_transport_7", "没有回答", { lateUntil: Date.now() + 400 }),
    );
    expect(await lost.late).toBeNull();
    api.releaseHeld();
    // Without lateUntil nothing waits: the call is given up at its deadline, as before.
    api.state.answerLate.push(600);
    const plain = await rejection(wechat.sendCustomText(accessToken, "o_transport_7", "不等"));
    expect(plain.late).toBeNull();
  });

  it("an answer that arrived while the event loop was blocked past the deadline is read, not timed out", async () => {
    // The server runs in another process, so it answers while this one is blocked; it says on
    // stdout when the request has arrived, and answers 20 ms later.
    const server = spawn(
      process.execPath,
      [
        "-e",
        `require("node:http").createServer((req, res) => { req.resume(); req.on("end", () => {
           process.stdout.write("got\\n");
           setTimeout(() => res.end(JSON.stringify({ errcode: 0, errmsg: "ok" })), 20);
         }); }).listen(0, "127.0.0.1", function () { process.stdout.write("port " + this.address().port + "\\n"); });`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const lines: string[] = [];
      const seen = (prefix: string) =>
        new Promise<string>((resolve) => {
          const look = () => {
            const line = lines.find((l) => l.startsWith(prefix));
            if (line) return resolve(line);
            server.stdout!.once("data", look);
          };
          look();
        });
      server.stdout!.on("data", (d: Buffer) => lines.push(...d.toString("utf8").split("\n")));
      const port = Number((await seen("port ")).slice(5));
      const call = keepAliveHttp(`http://127.0.0.1:${port}/cgi-bin/message/custom/send`, {
        method: "POST",
        body: "{}",
        timeoutMs: 150,
      });
      await seen("got");
      // Blocked well past the deadline; the answer comes in meanwhile and waits in the socket.
      const until = Date.now() + 600;
      while (Date.now() < until);
      const answer = await call;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString("utf8"))).toEqual({ errcode: 0, errmsg: "ok" });
    } finally {
      server.kill();
    }
  });

  it("the transport says whether the request may have reached the server", async () => {
    api.state.acceptWithoutAnswer = 1;
    const { accessToken } = await client().fetchStableToken();
    const held = await keepAliveHttp(`${api.url}/cgi-bin/message/custom/send?access_token=${accessToken}`, {
      method: "POST",
      body: JSON.stringify({ touser: "o_transport_4", msgtype: "text", text: { content: "嗯" } }),
      timeoutMs: 2_000,
    }).catch((e: unknown) => e);
    expect(held).toBeInstanceOf(HttpTransportError);
    expect((held as HttpTransportError).written).toBe(true);
    api.releaseHeld();

    const closed = await rawServer(() => {});
    const url = closed.url;
    await closed.close();
    const refused = await keepAliveHttp(`${url}/cgi-bin/message/custom/send`, {
      method: "POST",
      body: "{}",
      timeoutMs: 5_000,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpTransportError);
    expect((refused as HttpTransportError).written).toBe(false);
  });

  it("a pooled socket the server drops as the next request is written: sent again on another socket, once", async () => {
    // The server closes a kept-alive connection when the client's next request arrives on it, as
    // a server closing an idle socket does when the request crosses its close: the request is
    // never read. Once with a FIN (the client sees "socket hang up"), once with a reset.
    for (const drop of ["end", "reset"] as const) {
      const taken: string[] = [];
      const perSocket = new Map<Socket, number>();
      const server = createServer((req, res) => {
        const n = (perSocket.get(req.socket) ?? 0) + 1;
        perSocket.set(req.socket, n);
        if (n > 1) return drop === "end" ? req.socket.destroy() : req.socket.resetAndDestroy();
        let body = "";
        req.on("data", (c: Buffer) => (body += c.toString("utf8")));
        req.on("end", () => {
          taken.push((JSON.parse(body) as { text: { content: string } }).text.content);
          res.setHeader("content-type", "application/json");
          res.end('{"errcode":0,"errmsg":"ok"}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const wechat = client(5_000, url);
        await wechat.sendCustomText("T", "o_transport_7", "第一条");
        await wechat.sendCustomText("T", "o_transport_7", "第二条");
        expect([drop, taken]).toEqual([drop, ["第一条", "第二条"]]);
        // The second went on a new connection after the pooled one was dropped.
        expect([...perSocket.values()].sort()).toEqual([1, 2]);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
  });

  it("a fresh connection reset after the request went out is not sent again", async () => {
    let requests = 0;
    const server = createServer((req) => {
      requests++;
      req.socket.resetAndDestroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const error = await rejection(client(5_000, url).sendCustomText("T", "o_transport_8", "在吗"));
      // The server may have taken it: a card is then not sent again (unsent false).
      expect([error.errcode, error.retryable, error.unsent, requests]).toEqual([null, true, false, 1]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("connection refused: a retryable failure, nothing sent", async () => {
    const closed = await rawServer(() => {});
    const url = closed.url;
    await closed.close();
    const error = await rejection(client(5_000, url).sendCustomText("T", "o_transport_5", "在吗"));
    // Never connected, so certainly never delivered: safe to send again, even a card.
    expect([error.errcode, error.retryable, error.unsent]).toEqual([null, true, true]);
    expect(error.message).toMatch(/^WeChat API unreachable: .*ECONNREFUSED/);
  });

  it("oversized, malformed, cut-off and unexpected answers are retryable failures", async () => {
    const cases: Array<[string, (res: ServerResponse, socket: Socket) => void, RegExp]> = [
      [
        "oversized",
        (res) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(`{"errcode":0,"errmsg":"${"x".repeat(2 * 1024 * 1024)}"}`);
        },
        /unreachable: answer larger than 1048576 bytes/,
      ],
      ["not JSON", (res) => res.end("<html>502 Bad Gateway</html>"), /answered non-JSON/],
      ["empty", (res) => res.end(), /answered non-JSON/],
      ["not an object", (res) => res.end("[1,2]"), /answered an unexpected body/],
      [
        "cut off",
        (res, socket) => {
          res.writeHead(200, { "content-length": "100" });
          res.write('{"errcode":0,');
          setImmediate(() => socket.destroy());
        },
        /unreachable/,
      ],
    ];
    for (const [name, answer, message] of cases) {
      const raw = await rawServer(answer);
      try {
        const error = await rejection(client(5_000, raw.url).sendCustomText("T", "o_transport_6", "在吗"));
        expect([name, error.errcode, error.retryable]).toEqual([name, null, true]);
        expect(error.message).toMatch(message);
      } finally {
        await raw.close();
      }
    }
    const bad = await rawServer((res) => {
      res.statusCode = 400;
      res.end("bad request");
    });
    try {
      const error = await rejection(client(5_000, bad.url).sendCustomText("T", "o_transport_6", "在吗"));
      expect([error.message, error.errcode, error.retryable]).toEqual(["WeChat API HTTP 400", null, false]);
    } finally {
      await bad.close();
    }
  });
});
