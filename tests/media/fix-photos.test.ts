import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { media, messages, surveys, tickets } from "../../src/db/schema/index.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";
import { jpegWithGps, png, zipBytes } from "./support/images.js";

const clock = testClock("2026-11-23T02:00:00Z");
const BASE = "https://zhitong.example.gov.cn";
let t: TestEnv;
let app: App;
let dir: string;
let unit: ReturnType<typeof as>;
let otherUnit: ReturnType<typeof as>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-fix-photos-"));
  t = await createTestEnv({
    clock,
    env: {
      DATA_DIR: dir,
      PUBLIC_BASE_URL: BASE,
      MEDIA_MAX_IMAGE_BYTES: "300000",
      RESULT_LINK_DAYS: "30",
      SESSION_IDLE_MINUTES: "100000",
      SESSION_MAX_HOURS: "10000",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  await createStaff(t, "luxi1", "unit", "community.luxi");
  unit = as(app, await login(app, "xisheng1"));
  otherUnit = as(app, await login(app, "luxi1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const upload = (who: typeof unit, ticketId: string, bytes: Buffer, type = "image/jpeg") =>
  who({
    method: "POST",
    url: `/api/v1/tickets/${ticketId}/media`,
    payload: bytes,
    headers: { "content-type": type },
  });

async function acceptedTicket(building: number) {
  const ticket = await seedTicket(t, {
    unitId: "community.xisheng",
    summary: `西盛家园${building}号楼暖气不热`,
    description: `王建国反映西盛家园${building}号楼暖气不热，电话13912345678。`,
    locationText: `西盛家园${building}号楼2单元301室`,
    phone: `1391234${String(building).padStart(4, "0")}`,
  });
  const r = await unit({ method: "POST", url: `/api/v1/tickets/${ticket.id}/actions/accept`, payload: {} });
  expect(r.statusCode).toBe(200);
  return ticket;
}
const resolve = (ticketId: string, body: Record<string, unknown>) =>
  unit({ method: "POST", url: `/api/v1/tickets/${ticketId}/actions/resolve`, payload: body });
const statusOf = async (id: string) =>
  (await t.ctx.database.db.select({ s: tickets.status }).from(tickets).where(eq(tickets.id, id)))[0]!.s;
const toResidents = async (ticketId: string) =>
  (
    await t.ctx.database.db
      .select({ text: messages.text })
      .from(messages)
      .where(sql`${messages.direction} = 'out' AND ${messages.payload}->>'ticketId' = ${ticketId}`)
      .orderBy(asc(messages.id))
  ).map((m) => m.text ?? "");

describe("a unit resolves with fix photos", () => {
  it("links the resident to a public page with the reply and the photos, and nothing personal", async () => {
    const ticket = await acceptedTicket(3);
    const p1 = await upload(unit, ticket.id, await jpegWithGps("#336699"));
    const p2 = await upload(unit, ticket.id, await png("#996633"), "image/png");
    expect(p1.statusCode).toBe(201);
    expect(p2.statusCode).toBe(201);
    const ids = [p1.json<{ id: string }>().id, p2.json<{ id: string }>().id];

    const res = await resolve(ticket.id, {
      reply: "已更换3号楼暖气阀门，王建国家室温恢复到20度。",
      photos: ids,
    });
    expect(res.statusCode).toBe(200);

    // The staff view lists the two fix photos as the unit's.
    const list = await unit({ method: "GET", url: `/api/v1/tickets/${ticket.id}/media` });
    expect(list.json<{ items: Array<{ id: string; source: string; round: number }> }>().items).toEqual(
      ids.map((id) => expect.objectContaining({ id, source: "unit", round: 1 })),
    );

    const [resolvedText] = (await toResidents(ticket.id)).filter((m) => m.includes("已办结"));
    const link = /https:\/\/zhitong\.example\.gov\.cn\/r\/([A-Za-z0-9_-]{22})/.exec(resolvedText ?? "");
    expect(link).not.toBeNull();
    const pagePath = `/r/${link![1]}`;

    const page = await app.inject({ method: "GET", url: pagePath });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toContain("已更换");
    expect(page.body).toContain("暖气");
    for (const id of ids) expect(page.body).toContain(`${pagePath}/photos/${id}?size=thumb`);
    // No personal data: no phone, no name, no building/flat, no internal ids.
    // The photo links carry random ids ("…9723013b…" once held "301"): they are checked above, the
    // rest of the page is searched for personal data.
    const text = ids.reduce((body, id) => body.replaceAll(id, ""), page.body);
    for (const secret of ["13912340003", "王建国", "2单元", "301", "3号楼", ticket.id, ticket.ref])
      expect(text).not.toContain(secret);

    const photo = await app.inject({ method: "GET", url: `${pagePath}/photos/${ids[0]}?size=thumb` });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/jpeg");

    // The callback survey carries the same link.
    const [survey] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id));
    clock.set(survey!.dueAt!);
    expect(await runSurveyStep(t.ctx, survey!.id)).toBe("sent");
    const question = (await toResidents(ticket.id)).find((m) => m.includes("满意请回复1"));
    expect(question).toContain(`${BASE}${pagePath}`);
  });

  it("under the centre's review: returned once, approved the second time, then the reply and the survey carry the link", async () => {
    t.ctx.config.jurisdiction.policy.review = { categories: ["property"], tiers: [], urgencies: [] };
    try {
      await createStaff(t, "disp-review", "dispatcher");
      const centre = as(app, await login(app, "disp-review"));
      const ticket = await acceptedTicket(11);
      await t.ctx.database.db.update(tickets).set({ category: "property" }).where(eq(tickets.id, ticket.id));
      const first = (await upload(unit, ticket.id, await png("#224466"), "image/png")).json<{ id: string }>()
        .id;
      expect((await resolve(ticket.id, { reply: "已处理", photos: [first] })).statusCode).toBe(200);
      expect(await statusOf(ticket.id)).toBe("pending_review");
      expect((await toResidents(ticket.id)).filter((m) => m.includes("已办结"))).toEqual([]);
      const back = await centre({
        method: "POST",
        url: `/api/v1/tickets/${ticket.id}/actions/return_resolution`,
        payload: { reason: "照片看不清阀门，请补拍" },
      });
      expect(back.statusCode).toBe(200);
      const second = (await upload(unit, ticket.id, await jpegWithGps("#446622"))).json<{ id: string }>().id;
      expect((await resolve(ticket.id, { reply: "已更换11号楼阀门", photos: [second] })).statusCode).toBe(
        200,
      );
      expect(await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id))).toEqual(
        [],
      );
      const ok = await centre({
        method: "POST",
        url: `/api/v1/tickets/${ticket.id}/actions/approve_resolution`,
        payload: {},
      });
      expect(ok.statusCode).toBe(200);
      const [reply] = (await toResidents(ticket.id)).filter((m) => m.includes("已办结"));
      expect(reply).toContain("已更换11号楼阀门");
      const link = /https:\/\/zhitong\.example\.gov\.cn\/r\/([A-Za-z0-9_-]{22})/.exec(reply ?? "");
      expect(link).not.toBeNull();
      // The page shows the approved resolution's photo only.
      const page = await app.inject({ method: "GET", url: `/r/${link![1]}` });
      expect(page.body).toContain(`/photos/${second}?size=thumb`);
      expect(page.body).not.toContain(first);
      const [survey] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id));
      clock.set(survey!.dueAt!);
      expect(await runSurveyStep(t.ctx, survey!.id)).toBe("sent");
      const question = (await toResidents(ticket.id)).find((m) => m.includes("满意请回复1"));
      expect(question).toContain(`${BASE}/r/${link![1]}`);
    } finally {
      t.ctx.config.jurisdiction.policy.review = { categories: [], tiers: [], urgencies: [] };
    }
  });

  it("answers 404 for an unknown, malformed or expired token, and for a photo not in the resolution", async () => {
    const ticket = await acceptedTicket(5);
    const p = await upload(unit, ticket.id, await jpegWithGps("#123456"));
    const staged = await upload(unit, ticket.id, await jpegWithGps("#654321"));
    await resolve(ticket.id, { reply: "已修复。", photos: [p.json<{ id: string }>().id] });
    const [text] = (await toResidents(ticket.id)).filter((m) => m.includes("已办结"));
    const token = /\/r\/([A-Za-z0-9_-]{22})/.exec(text!)![1]!;

    expect((await app.inject({ method: "GET", url: "/r/AAAAAAAAAAAAAAAAAAAAAA" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/r/..%2F..%2Fetc" })).statusCode).toBe(404);
    // Uploaded to the ticket but not part of the resolution: not public.
    const notPart = await app.inject({
      method: "GET",
      url: `/r/${token}/photos/${staged.json<{ id: string }>().id}`,
    });
    expect(notPart.statusCode).toBe(404);

    clock.advance(31 * 24 * 3600 * 1000);
    const expired = await app.inject({ method: "GET", url: `/r/${token}` });
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain("链接无效或已过期");
  });
});

describe("refusals change nothing", () => {
  it("a zip renamed .jpg: 415 with a Chinese message, nothing stored", async () => {
    const ticket = await acceptedTicket(7);
    const before = (await t.ctx.database.db.select().from(media)).length;
    const res = await upload(unit, ticket.id, zipBytes());
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { code: "MEDIA.UNSUPPORTED_TYPE" } });
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/照片/);
    expect((await t.ctx.database.db.select().from(media)).length).toBe(before);
  });

  it("a photo over the limit: 413, nothing stored", async () => {
    const ticket = await acceptedTicket(8);
    const before = (await t.ctx.database.db.select().from(media)).length;
    const big = Buffer.concat([await jpegWithGps(), Buffer.alloc(400_000, 1)]);
    const res = await upload(unit, ticket.id, big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: "MEDIA.TOO_LARGE" } });
    expect(res.json<{ error: { message: string } }>().error.message).toContain("不能超过");
    expect(res.body).not.toMatch(/stack|at \w+ \(/);
    expect((await t.ctx.database.db.select().from(media)).length).toBe(before);
  });

  it("another unit cannot upload to or see a ticket it does not hold", async () => {
    const ticket = await acceptedTicket(9);
    expect((await upload(otherUnit, ticket.id, await png())).statusCode).toBe(404);
    expect((await otherUnit({ method: "GET", url: `/api/v1/tickets/${ticket.id}/media` })).statusCode).toBe(
      404,
    );
  });

  it("resolving with a photo not uploaded to this ticket, or with ten, is refused and the ticket stays open", async () => {
    const a = await acceptedTicket(10);
    const b = await acceptedTicket(11);
    const elsewhere = (await upload(unit, b.id, await png("#010203"), "image/png")).json<{ id: string }>().id;
    const foreign = await resolve(a.id, { reply: "已处理。", photos: [elsewhere] });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({ error: { code: "MEDIA.NOT_UPLOADED" } });
    expect(await statusOf(a.id)).toBe("accepted");

    const ten = Array.from({ length: 10 }, () => elsewhere);
    const tooMany = await resolve(a.id, { reply: "已处理。", photos: ten });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain("最多附9张照片");
    expect(await statusOf(a.id)).toBe("accepted");
  });
});
