import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
/** Requests as a signed-in dispatcher (the staff API refuses anonymous callers). */
let api: ReturnType<typeof as>;

const heating = {
  category: "heating",
  summary: "西盛家园暖气不热",
  description: "西盛家园3号楼暖气不热好几天了，室温只有十四度。",
  location: { text: "西盛家园3号楼", community: "community.xisheng" },
  urgency: "normal",
  contact: { name: "王建国", phone: "13912345678" },
};

async function count(table: string): Promise<number> {
  const r = await t.ctx.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return (r.rows[0] as { n: number }).n;
}

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { BODY_LIMIT_BYTES: "4096" } });
  app = await buildApp(t.ctx, { docs: true });
  await createStaff(t, "dispatcher1", "dispatcher");
  api = as(app, await login(app, "dispatcher1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("staff API: tickets", () => {
  it("creates a ticket by hand with a reference number of the centre's local day", async () => {
    const res = await api({ method: "POST", url: "/api/v1/tickets", payload: heating });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    // 02:00 UTC is 10:00 in Asia/Shanghai, same day.
    expect(body.ref).toBe("ZT20261121-0001");
    expect(body).toMatchObject({
      status: "received",
      category: "heating",
      engine: "staff",
      channel: "hotline",
    });
    expect(body.location).toEqual({
      text: "西盛家园3号楼",
      community: "community.xisheng",
      lat: null,
      lng: null,
    });
  });

  it("numbers the next ticket of the day one higher and restarts after local midnight", async () => {
    const second = await api({ method: "POST", url: "/api/v1/tickets", payload: heating });
    expect(second.json().ref).toBe("ZT20261121-0002");
    clock.set("2026-11-21T16:30:00Z"); // 00:30 on the 22nd in Shanghai
    // 14 hours later the morning session has expired: the night shift signs in anew.
    const night = as(app, await login(app, "dispatcher1"));
    const next = await night({ method: "POST", url: "/api/v1/tickets", payload: heating });
    expect(next.json().ref).toBe("ZT20261122-0001");
    clock.set("2026-11-21T02:00:00Z");
  });

  it("returns a ticket by reference number with its event log and masked reporters", async () => {
    const res = await api({ method: "GET", url: "/api/v1/tickets/ZT20261121-0001" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ action: "create", toStatus: "received", actorType: "staff" });
    expect(body.reporters).toHaveLength(1);
    expect(body.reporters[0].phone).toBe("139****5678");
    expect(body.reporters[0].name).toBe("王**");
    expect(JSON.stringify(body)).not.toContain("13912345678");
  });

  it("returns the same ticket by its id", async () => {
    const byRef = (await api({ method: "GET", url: "/api/v1/tickets/ZT20261121-0001" })).json();
    const byId = await api({ method: "GET", url: `/api/v1/tickets/${byRef.id}` });
    expect(byId.json().ref).toBe("ZT20261121-0001");
  });

  it("answers 404 with a structured error for an unknown ticket", async () => {
    const res = await api({ method: "GET", url: "/api/v1/tickets/ZT20990101-0001" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "TICKET.NOT_FOUND", message: expect.any(String) } });
  });

  it("lists tickets newest first and pages through them with a cursor", async () => {
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      await api({
        method: "POST",
        url: "/api/v1/tickets",
        payload: {
          ...heating,
          category: "noise",
          summary: `噪音扰民${i}`,
          description: "楼上每天半夜跳绳，吵得睡不着。",
          location: { text: "路西小区", community: "community.luxi" },
        },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/tickets?category=noise&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await api({ method: "GET", url })).json();
      seen.push(...page.items.map((x: { summary: string }) => x.summary));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["噪音扰民4", "噪音扰民3", "噪音扰民2", "噪音扰民1", "噪音扰民0"]);
  });

  it("filters by several values, community and free text", async () => {
    const res = await api({
      method: "GET",
      url: "/api/v1/tickets?category=heating,noise&community=community.luxi",
    });
    expect(res.json().items.every((x: { category: string }) => x.category === "noise")).toBe(true);
    const text = await api({
      method: "GET",
      url: `/api/v1/tickets?q=${encodeURIComponent("十四度")}`,
    });
    expect(text.json().items.length).toBeGreaterThanOrEqual(1);
    expect(text.json().items.every((x: { category: string }) => x.category === "heating")).toBe(true);
    const ref = await api({ method: "GET", url: "/api/v1/tickets?q=ZT20261121-0002" });
    expect(ref.json().items.map((x: { ref: string }) => x.ref)).toEqual(["ZT20261121-0002"]);
  });

  it("refuses a cursor it did not issue", async () => {
    const res = await api({ method: "GET", url: "/api/v1/tickets?cursor=bm9wZQ" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("REQUEST.INVALID_CURSOR");
  });

  it("serves the OpenAPI document generated from the schemas", async () => {
    const res = await app.inject({ method: "GET", url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(["/api/v1/tickets", "/api/v1/tickets/{idOrRef}"]),
    );
  });

  it("refuses an anonymous caller with 401 AUTH.REQUIRED", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/tickets" });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("AUTH.REQUIRED");
  });

  it("echoes a request id on every response", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(res.headers["x-request-id"]).toBe("abc-123");
  });
});

describe("staff API: bad input changes nothing", () => {
  const refusals: [
    string,
    () => Promise<{ statusCode: number; json(): { error: { code: string } } }>,
    number,
    string,
  ][] = [
    [
      "malformed JSON",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          headers: { "content-type": "application/json" },
          payload: '{"category": "heating",',
        }),
      400,
      "REQUEST.MALFORMED",
    ],
    [
      "a wrong type",
      () => api({ method: "POST", url: "/api/v1/tickets", payload: { ...heating, summary: 42 } }),
      400,
      "REQUEST.INVALID",
    ],
    [
      "an unknown field",
      () => api({ method: "POST", url: "/api/v1/tickets", payload: { ...heating, status: "closed" } }),
      400,
      "REQUEST.INVALID",
    ],
    [
      "an oversized body",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          payload: { ...heating, description: "很".repeat(3000) },
        }),
      413,
      "REQUEST.TOO_LARGE",
    ],
    [
      "a summary over 30 characters",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          payload: { ...heating, summary: "长".repeat(31) },
        }),
      400,
      "REQUEST.INVALID",
    ],
    [
      "an unknown category",
      () => api({ method: "POST", url: "/api/v1/tickets", payload: { ...heating, category: "weather" } }),
      422,
      "TICKET.UNKNOWN_CATEGORY",
    ],
    [
      "a unit that is not a community",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          payload: { ...heating, location: { text: "x", community: "dept.urban" } },
        }),
      422,
      "TICKET.UNKNOWN_COMMUNITY",
    ],
    [
      "a bad phone number",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          payload: { ...heating, contact: { phone: "call me" } },
        }),
      400,
      "REQUEST.INVALID",
    ],
    [
      "a non-JSON content type",
      () =>
        api({
          method: "POST",
          url: "/api/v1/tickets",
          headers: { "content-type": "text/plain" },
          payload: "hello",
        }),
      415,
      "REQUEST.UNSUPPORTED_MEDIA_TYPE",
    ],
    [
      "an invalid list filter",
      () => api({ method: "GET", url: "/api/v1/tickets?status=done" }),
      400,
      "REQUEST.INVALID",
    ],
    [
      "an unknown query parameter",
      () => api({ method: "GET", url: "/api/v1/tickets?colour=red" }),
      400,
      "REQUEST.INVALID",
    ],
  ];

  it.each(refusals)(
    "refuses %s with a structured 4xx and writes nothing",
    async (_name, send, status, code) => {
      const before = [
        await count("tickets"),
        await count("ticket_events"),
        await count("outbox"),
        await count("residents"),
      ];
      const res = await send();
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(JSON.stringify(res.json())).not.toMatch(/at .*\.ts:\d+/);
      const after = [
        await count("tickets"),
        await count("ticket_events"),
        await count("outbox"),
        await count("residents"),
      ];
      expect(after).toEqual(before);
    },
  );
});
