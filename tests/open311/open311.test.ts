import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { seedTicket } from "../auth/staff-helpers.js";

const KEY = "open311-test-key-0123456789";
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

// The GeoReport v2 schemas published by the Open311 project (see schemas/README.md).
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "schemas");
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")))
  ajv.addSchema(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
function expectValid(schema: string, data: unknown) {
  const validate = ajv.getSchema(schema)!;
  const ok = validate(data);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

async function count(table: string): Promise<number> {
  const r = await t.ctx.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return (r.rows[0] as { n: number }).n;
}

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { OPEN311_API_KEYS: `other-key-abcdefgh,${KEY}` } });
  app = await buildApp(t.ctx, { docs: false });
  await seedTicket(t, { unitId: "community.xisheng", summary: "西盛家园暖气不热，电话13912345678" });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("Open311 GeoReport v2", () => {
  it("lists the taxonomy's categories as services, valid against services.json", async () => {
    const res = await app.inject({ method: "GET", url: "/open311/v2/services.json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    const body = res.json();
    expectValid("services.json", body);
    expect(body.length).toBe(t.ctx.config.taxonomy.categories.length);
    expect(body.find((s: { service_code: string }) => s.service_code === "heating")).toMatchObject({
      service_name: "供暖",
      metadata: false,
      type: "realtime",
    });
  });

  it("describes one service, valid against service-definition.json, and 404s an unknown one", async () => {
    const res = await app.inject({ method: "GET", url: "/open311/v2/services/heating.json" });
    expectValid("service-definition.json", res.json());
    const missing = await app.inject({ method: "GET", url: "/open311/v2/services/weather.json" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it("files a request with an API key as a ticket of channel open311, answering with its reference", async () => {
    const before = await count("tickets");
    const res = await app.inject({
      method: "POST",
      url: "/open311/v2/requests.json",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        api_key: KEY,
        service_code: "municipal",
        description: "水库街小学门口井盖缺失，晚上很危险。请尽快处理",
        address_string: "水库街小学门口",
        lat: "36.06",
        long: "120.38",
        first_name: "小明",
        last_name: "李",
        phone: "13800138000",
      }).toString(),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expectValid("post-request-response.json", body);
    expect(body[0].service_request_id).toMatch(/^ZT20261121-\d{4}$/);
    expect(await count("tickets")).toBe(before + 1);
    const row = (
      await t.ctx.database.db.execute(
        sql`SELECT channel, engine, community_id, summary FROM tickets WHERE ref = ${body[0].service_request_id}`,
      )
    ).rows[0];
    expect(row).toEqual({
      channel: "open311",
      engine: "staff",
      community_id: "community.shuikujie",
      summary: "水库街小学门口井盖缺失，晚上很危险",
    });
  });

  it("accepts a JSON body too", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/open311/v2/requests.json",
      payload: {
        api_key: KEY,
        service_code: "sanitation",
        description: "路西小区垃圾没人清",
        address_string: "路西小区",
      },
    });
    expect(res.statusCode).toBe(201);
  });

  it("returns one request by its id, valid against requests.json, without the reporter's data", async () => {
    const list = (await app.inject({ method: "GET", url: "/open311/v2/requests.json" })).json();
    const id = list[0].service_request_id;
    const res = await app.inject({ method: "GET", url: `/open311/v2/requests/${id}.json` });
    expect(res.statusCode).toBe(200);
    expectValid("requests.json", res.json());
    expect(res.json()).toHaveLength(1);
    expect(res.body).not.toContain("13800138000");
    expect(res.body).not.toContain("李小明");
  });

  it("lists requests valid against requests.json, removing phone numbers and filtering by service and status", async () => {
    const res = await app.inject({ method: "GET", url: "/open311/v2/requests.json" });
    expectValid("requests.json", res.json());
    expect(res.json().length).toBe(3);
    expect(res.body).not.toContain("13912345678");
    const heating = (
      await app.inject({ method: "GET", url: "/open311/v2/requests.json?service_code=heating&status=open" })
    ).json();
    expect(heating).toHaveLength(1);
    expect(heating[0]).toMatchObject({
      status: "open",
      agency_responsible: "西盛社区",
      description: "西盛家园暖气不热，电话[电话]",
    });
    const closed = (
      await app.inject({ method: "GET", url: "/open311/v2/requests.json?status=closed" })
    ).json();
    expect(closed).toEqual([]);
  });

  const refusals: [string, Record<string, string>, number][] = [
    ["no API key", { service_code: "municipal", description: "x", address_string: "y" }, 403],
    [
      "a wrong API key",
      { api_key: "nope", service_code: "municipal", description: "x", address_string: "y" },
      403,
    ],
    [
      "an unknown service",
      { api_key: KEY, service_code: "weather", description: "x", address_string: "y" },
      400,
    ],
    ["no description", { api_key: KEY, service_code: "municipal", address_string: "y" }, 400],
    ["no location", { api_key: KEY, service_code: "municipal", description: "x" }, 400],
    [
      "a latitude out of range",
      { api_key: KEY, service_code: "municipal", description: "x", lat: "91", long: "1" },
      400,
    ],
    [
      "a bad phone",
      { api_key: KEY, service_code: "municipal", description: "x", address_string: "y", phone: "call me" },
      400,
    ],
  ];
  it.each(refusals)("refuses %s with a GeoReport error and files nothing", async (_n, form, status) => {
    const before = await count("tickets");
    const res = await app.inject({
      method: "POST",
      url: "/open311/v2/requests.json",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(form).toString(),
    });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual([{ code: status, description: expect.any(String) }]);
    expect(await count("tickets")).toBe(before);
  });

  it("refuses a date range over 90 days", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z",
    });
    expect(res.statusCode).toBe(400);
  });
});
