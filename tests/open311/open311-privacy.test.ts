import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const KEY = "open311-partner-key-0123456789";
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let ref: string;
let roadRef: string;

const file = async (fields: Record<string, string>) => {
  const res = await app.inject({
    method: "POST",
    url: "/open311/v2/requests.json",
    payload: { api_key: KEY, service_code: "municipal", ...fields },
  });
  expect(res.statusCode).toBe(201);
  return res.json()[0].service_request_id as string;
};
const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url });
  expect(res.statusCode).toBe(200);
  return res.json() as Record<string, unknown>[];
};

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { OPEN311_API_KEYS: KEY } });
  app = await buildApp(t.ctx, { docs: false });
  ref = await file({
    description: "邻居王建国家漏水到李小明家3号楼2单元501室，电话13800138000",
    address_string: "水库街小学3号楼2单元501室",
    lat: "36.0612345",
    long: "120.3817891",
    first_name: "小明",
    last_name: "李",
    phone: "13800138000",
  });
  // No community can be resolved: the road is the coarse place.
  roadRef = await file({ description: "长江中路88号门口井盖缺失", address_string: "长江中路88号门口" });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("Open311 public output is coarse", () => {
  it("gives anonymous callers the community, coordinates to about 100 m and a summary without personal data", async () => {
    for (const [item] of [
      await get(`/open311/v2/requests/${ref}.json`),
      (await get("/open311/v2/requests.json")).filter((r) => r["service_request_id"] === ref),
    ]) {
      expect(item).toMatchObject({ address: "水库街社区", lat: 36.061, long: 120.382 });
      const text = JSON.stringify(item);
      for (const personal of ["李小明", "王建", "1380", "501", "3号楼"]) expect(text).not.toContain(personal);
    }
  });

  it("names only the road when no community is known", async () => {
    const [item] = await get(`/open311/v2/requests/${roadRef}.json`);
    expect(item).toMatchObject({ address: "长江中路" });
    expect(JSON.stringify(item)).not.toContain("88号");
  });

  it("gives full detail to a caller with an API key", async () => {
    const [item] = await get(`/open311/v2/requests/${ref}.json?api_key=${KEY}`);
    expect(item).toMatchObject({
      address: "水库街小学3号楼2单元501室",
      lat: 36.0612345,
      long: 120.3817891,
    });
    const listed = await get(`/open311/v2/requests.json?api_key=${KEY}`);
    expect(listed.find((r) => r["service_request_id"] === ref)).toMatchObject({ lat: 36.0612345 });
  });

  it("refuses a wrong API key rather than quietly answering less", async () => {
    const res = await app.inject({ method: "GET", url: `/open311/v2/requests/${ref}.json?api_key=guess` });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual([{ code: 403, description: expect.stringContaining("api_key") }]);
  });

  it("refuses a NUL in a path or query as 400 in the GeoReport error format", async () => {
    for (const url of [
      "/open311/v2/requests/%00.json",
      "/open311/v2/requests.json?status=%00",
      "/open311/v2/services/%0E.json",
    ]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    }
  });

  it("refuses year-0 dates as 400", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/open311/v2/requests.json?start_date=0000-01-01T00:00:00Z&end_date=0000-02-01T00:00:00Z",
    });
    expect(res.statusCode).toBe(400);
  });
});
