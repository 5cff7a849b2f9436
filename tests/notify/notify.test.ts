import http from "node:http";
import type { AddressInfo } from "node:net";
import type { StageWorker } from "../../src/runtime/context.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  computeHmacSha256Signature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from "../../channels/shared/verify-hmac-sha256-header.js";
import { runDigest } from "../../src/reports/daily-digest.js";
import { slaWorkerFactory } from "../../src/sla/sla.worker.js";
import { notifyWorkers, type NotifyWorkerOptions } from "../../src/notify/notify.worker.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import type { AppContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, rows } from "../routing/helpers.js";

/** The route, SLA and notify stages together, with a test notifier. */
const dispatchWorkers = (ctx: AppContext, opts: NotifyWorkerOptions = {}) =>
  startWorkers(ctx, [routeWorkerFactory, slaWorkerFactory, (c) => notifyWorkers(c, opts)]);

const SECRET = "unit-sms-gateway-secret";

interface Received {
  signatureValid: boolean;
  body: {
    to: string;
    text: string;
    template: { code: string; params: Record<string, string> } | null;
    idempotencyKey: string | null;
  };
}

/**
 * A local SMS relay speaking the generic gateway protocol (signed JSON, answers {messageId}), so the
 * channels' real generic SMS provider runs; its answer depends on the number.
 */
const received: Received[] = [];
const failuresLeft = new Map<string, number>([["13800000011", 2]]);
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const raw = Buffer.concat(chunks);
    const body = JSON.parse(raw.toString("utf8")) as Received["body"];
    const timestamp = String(req.headers[TIMESTAMP_HEADER]);
    const signatureValid =
      req.headers[SIGNATURE_HEADER] === computeHmacSha256Signature(SECRET, timestamp, raw);
    received.push({ signatureValid, body });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    if (body.to === "13800000013") return reply(503, { error: { code: "BUSY" } });
    if (body.to === "13800000021") return reply(400, { error: { code: "TEMPLATE_REJECTED" } });
    const left = failuresLeft.get(body.to) ?? 0;
    if (left > 0) {
      failuresLeft.set(body.to, left - 1);
      return reply(500, { error: { code: "TEMPORARY" } });
    }
    return reply(200, { messageId: `sms-${received.length}` });
  });
});

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let workers: StageWorker[];

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  t = await createTestEnv({
    clock,
    env: {
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `http://127.0.0.1:${port}/send`,
      GENERIC_SMS_SECRET: SECRET,
      NOTIFY_MAX_ATTEMPTS: "3",
      UNIT_SMS_TEMPLATES: "dispatch=SMS_900001,digest=SMS_900004",
    },
  });
  workers = await dispatchWorkers(t.ctx);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await t.close();
  server.close();
});

async function notificationOf(ticketId: string) {
  await t.ctx.relay.drain();
  const [n] = await rows<{
    status: string;
    attempts: number;
    last_error: string | null;
    provider_message_id: string | null;
    channel: string | null;
  }>(
    t,
    `SELECT status, attempts, last_error, provider_message_id, channel FROM notifications WHERE ticket_id='${ticketId}' AND purpose='dispatch'`,
  );
  return n;
}

async function dispatched(c: Parameters<typeof fileTicket>[1], phone: string) {
  const ticket = await fileTicket(t, c, phone);
  await t.ctx.relay.drain();
  await eventually(async () => (await notificationOf(ticket.id)) ?? null);
  return ticket;
}

describe("unit notifications", () => {
  it("sends the dispatch SMS to the unit's duty phone with the template and its params", async () => {
    const ticket = await dispatched({}, "13900000801");
    const n = await eventually(async () => {
      const x = await notificationOf(ticket.id);
      return x?.status === "sent" ? x : null;
    });
    expect(n).toMatchObject({ attempts: 1, channel: "sms:generic" });
    expect(n.provider_message_id).toMatch(/^sms-\d+$/);
    const sms = received.find((r) => r.body.template?.params.ref === ticket.ref)!;
    expect(sms.signatureValid).toBe(true);
    expect(sms.body.idempotencyKey).toMatch(/^zt-ntf-\d+$/);
    expect(sms.body.to).toBe("13800000012");
    expect(sms.body.template).toEqual({
      code: "SMS_900001", // the code the provider assigned, from UNIT_SMS_TEMPLATES
      params: { ref: ticket.ref, summary: "西盛家园3号楼电梯坏了", deadline: "12月1日 00:00" },
    });
    expect(sms.body.text).toContain(ticket.ref);
  });

  it("retries a failing gateway with backoff and succeeds on the third attempt", async () => {
    const ticket = await dispatched(
      {
        summary: "鹿溪路灯不亮",
        description: "鹿溪路灯不亮",
        location: { community: "community.luxi", text: "鹿溪" },
      },
      "13900000802",
    );
    const n = await eventually(async () => {
      const x = await notificationOf(ticket.id);
      return x?.status === "sent" ? x : null;
    }, 20_000);
    expect(n.attempts).toBe(3);
    expect(received.filter((r) => r.body.to === "13800000011")).toHaveLength(3);
  });

  it("marks a notification failed after the last attempt and keeps the error for the digest", async () => {
    const ticket = await dispatched(
      {
        summary: "水库街楼道灯坏",
        description: "水库街小区楼道灯坏了",
        location: { community: "community.shuikujie", text: "水库街小区" },
      },
      "13900000803",
    );
    const n = await eventually(async () => {
      const x = await notificationOf(ticket.id);
      return x?.status === "failed" ? x : null;
    }, 20_000);
    expect(n.attempts).toBe(3);
    expect(n.last_error).toContain("503");
  });

  it("gives up at once when the gateway refuses the message for good", async () => {
    const ticket = await dispatched(
      {
        summary: "海西小区垃圾",
        description: "海西小区垃圾没人清",
        location: { community: "community.haixi", text: "海西小区" },
      },
      "13900000804",
    );
    const n = await eventually(async () => {
      const x = await notificationOf(ticket.id);
      return x?.status === "failed" ? x : null;
    });
    expect(n.attempts).toBe(1);
    expect(n.last_error).toContain("TEMPLATE_REJECTED");
  });

  it("sends the centre a daily digest of failed notifications and overdue tickets, once a day", async () => {
    clock.set("2026-11-26T00:00:00Z"); // 08:00 three days later: nobody accepted anything
    const digest = await runDigest(t.ctx);
    expect(digest.day).toBe("20261126");
    expect(digest.overdueTickets).toHaveLength(4);
    // The survey section is part of the digest (no survey has been sent in this story).
    expect(digest.surveys).toEqual({ sendFailures: [], unreachableSince: {}, openCallbackTasks: 0 });
    const errors = digest.stuckNotifications.map((n) => n.lastError);
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringContaining("503"), expect.stringContaining("TEMPLATE_REJECTED")]),
    );
    await t.ctx.relay.drain();
    const sms = await eventually(async () => received.find((r) => r.body.template?.code === "SMS_900004"));
    expect(sms.body.to).toBe("13800000001");
    expect(sms.body.text).toContain("超期工单4件");
    const again = await runDigest(t.ctx);
    expect(again).toEqual(digest);
    const n = await countOf(t, "SELECT count(*)::int AS n FROM notifications WHERE purpose='digest'");
    expect(n).toBe(1);
  });

  // Last: it adds a dispatched ticket, which the digest above would count.
  it("the dispatch text says the jurisdiction's first-contact minutes (policy.firstContactMinutes)", async () => {
    const policy = t.ctx.config.jurisdiction.policy as { firstContactMinutes: number };
    const before = policy.firstContactMinutes;
    policy.firstContactMinutes = 15;
    try {
      const ticket = await dispatched(
        { summary: "西盛家园5号楼门禁坏了", description: "西盛家园5号楼单元门禁刷卡没反应" },
        "13900000809",
      );
      const sms = await eventually(
        async () => received.find((r) => r.body.template?.params.ref === ticket.ref) ?? null,
      );
      expect(sms.body.text).toContain("15分钟内联系群众");
      expect(sms.body.text).not.toContain("30分钟");
    } finally {
      policy.firstContactMinutes = before;
    }
  });
});
