import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { mediaAttachments, messages, ticketEvents } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";
import { jpegWithGps, png } from "./support/images.js";

const clock = testClock("2026-11-23T02:00:00Z");
const BASE = "https://zhitong.example.gov.cn";
let t: TestEnv;
let app: App;
let dir: string;
type Caller = ReturnType<typeof as>;
let lead: Caller;
let assist: Caller;
let other: Caller;
let centre: Caller;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-progress-photos-"));
  t = await createTestEnv({
    clock,
    env: {
      DATA_DIR: dir,
      PUBLIC_BASE_URL: BASE,
      SESSION_IDLE_MINUTES: "100000",
      SESSION_MAX_HOURS: "10000",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  await createStaff(t, "water1", "unit", "utility.water");
  await createStaff(t, "luxi1", "unit", "community.luxi");
  await createStaff(t, "disp1", "dispatcher");
  lead = as(app, await login(app, "xisheng1"));
  assist = as(app, await login(app, "water1"));
  other = as(app, await login(app, "luxi1"));
  centre = as(app, await login(app, "disp1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

// Every photo distinct: the store keeps one file per content, so equal bytes would share an id.
let shade = 0;
const nextPhoto = () => {
  shade++;
  const c = `#${(shade * 2654435761).toString(16).slice(-6).padStart(6, "0")}`;
  return shade % 2 ? jpegWithGps(c) : png(c);
};
async function upload(who: Caller, ticketId: string): Promise<string> {
  const res = await who({
    method: "POST",
    url: `/api/v1/tickets/${ticketId}/media`,
    payload: await nextPhoto(),
    headers: { "content-type": "application/octet-stream" },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}
const note = (who: Caller, ticketId: string, body: Record<string, unknown>) =>
  who({ method: "POST", url: `/api/v1/tickets/${ticketId}/actions/note`, payload: body });

let building = 0;
/** A ticket held by 西盛社区 (accepted), with the water company assisting. */
async function jointTicket() {
  building++;
  const ticket = await seedTicket(t, {
    unitId: "community.xisheng",
    summary: `西盛家园${building}号楼门前水管漏水`,
    description: `王建国反映西盛家园${building}号楼门前水管漏水，电话13912345678。`,
    locationText: `西盛家园${building}号楼2单元301室`,
    phone: `1381234${String(building).padStart(4, "0")}`,
  });
  expect(
    (await lead({ method: "POST", url: `/api/v1/tickets/${ticket.id}/actions/accept`, payload: {} }))
      .statusCode,
  ).toBe(200);
  const added = await centre({
    method: "POST",
    url: `/api/v1/tickets/${ticket.id}/actions/add_assist`,
    payload: { unitId: "utility.water" },
  });
  expect(added.statusCode).toBe(200);
  return ticket;
}

interface EventView {
  id: number;
  action: string;
  actorUnitId: string | null;
  data: Record<string, unknown>;
  photos?: { id: string; url: string; thumbnailUrl: string | null }[];
}
const timeline = async (who: Caller, ticketId: string) => {
  const res = await who({ method: "GET", url: `/api/v1/tickets/${ticketId}` });
  expect(res.statusCode).toBe(200);
  return res.json<{ events: EventView[] }>().events;
};
/** What a refusal must leave untouched: the ticket's notes and every note attachment. */
const noteState = async (ticketId: string) => ({
  notes: (
    await t.ctx.database.db
      .select({ id: ticketEvents.id })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.action, "note")))
  ).length,
  attached: (
    await t.ctx.database.db
      .select({ id: mediaAttachments.id })
      .from(mediaAttachments)
      .where(eq(mediaAttachments.ownerType, "note"))
  ).length,
});

describe("progress with photos (协办)", () => {
  it("an assisting unit's progress photos show under its note, openable by the lead and the centre, not by another unit", async () => {
    const ticket = await jointTicket();
    const ids = [await upload(assist, ticket.id), await upload(assist, ticket.id)];
    const res = await note(assist, ticket.id, { text: "已关闭阀门，明早更换管道。", photos: ids });
    expect(res.statusCode).toBe(200);

    for (const viewer of [lead, centre, assist]) {
      const events = await timeline(viewer, ticket.id);
      const entry = events.find((e) => e.action === "note");
      expect(entry?.actorUnitId).toBe("utility.water");
      expect(entry?.photos?.map((p) => p.id)).toEqual(ids);
      for (const p of entry!.photos!) {
        expect(p.thumbnailUrl).toBe(`/api/v1/tickets/${ticket.id}/media/${p.id}?size=thumb`);
        const thumb = await viewer({ method: "GET", url: p.thumbnailUrl! });
        expect(thumb.statusCode).toBe(200);
        expect(thumb.headers["content-type"]).toBe("image/jpeg");
        expect(thumb.headers["cache-control"]).toContain("private");
        expect((await viewer({ method: "GET", url: p.url })).statusCode).toBe(200);
      }
    }
    // Other events carry no photos field.
    expect((await timeline(lead, ticket.id)).filter((e) => e.photos).length).toBe(1);

    // The media list names them as progress photos of that note.
    const list = await lead({ method: "GET", url: `/api/v1/tickets/${ticket.id}/media` });
    const noteId = (await timeline(lead, ticket.id)).find((e) => e.action === "note")!.id;
    expect(list.json<{ items: unknown[] }>().items).toEqual(
      ids.map((id) => expect.objectContaining({ id, source: "progress", eventId: noteId, round: null })),
    );

    // Another unit: neither the ticket, nor its files.
    for (const id of ids) {
      const url = `/api/v1/tickets/${ticket.id}/media/${id}?size=thumb`;
      expect([403, 404]).toContain((await other({ method: "GET", url })).statusCode);
    }
    expect((await other({ method: "GET", url: `/api/v1/tickets/${ticket.id}` })).statusCode).toBe(404);
  });

  it("the lead unit and the centre add progress with photos too", async () => {
    const ticket = await jointTicket();
    const mine = await upload(lead, ticket.id);
    expect((await note(lead, ticket.id, { text: "已到现场查看。", photos: [mine] })).statusCode).toBe(200);
    const theirs = await upload(centre, ticket.id);
    expect((await note(centre, ticket.id, { text: "中心已电话督促。", photos: [theirs] })).statusCode).toBe(
      200,
    );
    const notes = (await timeline(assist, ticket.id)).filter((e) => e.action === "note");
    expect(notes.map((n) => n.photos?.map((p) => p.id))).toEqual([[mine], [theirs]]);
  });

  it("a note without photos is unchanged", async () => {
    const ticket = await jointTicket();
    expect((await note(assist, ticket.id, { text: "已安排人员。" })).statusCode).toBe(200);
    const entry = (await timeline(lead, ticket.id)).find((e) => e.action === "note");
    expect(entry?.data.text).toBe("已安排人员。");
    expect(entry?.photos).toBeUndefined();
  });
});

describe("refusals change nothing", () => {
  it("a photo uploaded to a different ticket: 422, no note, nothing attached", async () => {
    const ticket = await jointTicket();
    const elsewhere = await jointTicket();
    const foreign = await upload(assist, elsewhere.id);
    const before = await noteState(ticket.id);
    const res = await note(assist, ticket.id, { text: "进展", photos: [foreign] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: "MEDIA.NOT_UPLOADED" } });
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/上传/);
    expect(res.body).not.toMatch(/stack|at \w+ \(/);
    expect(await noteState(ticket.id)).toEqual(before);
  });

  it("a photo the lead uploaded cannot be passed off as the assisting unit's progress", async () => {
    const ticket = await jointTicket();
    const leads = await upload(lead, ticket.id);
    const before = await noteState(ticket.id);
    const res = await note(assist, ticket.id, { text: "进展", photos: [leads] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: "MEDIA.NOT_UPLOADED" } });
    expect(await noteState(ticket.id)).toEqual(before);
  });

  it("an unknown photo id is refused", async () => {
    const ticket = await jointTicket();
    const before = await noteState(ticket.id);
    const res = await note(assist, ticket.id, {
      text: "进展",
      photos: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(res.statusCode).toBe(422);
    expect(await noteState(ticket.id)).toEqual(before);
  });

  it("more than nine photos: 400 naming the limit, nothing recorded", async () => {
    const ticket = await jointTicket();
    const id = await upload(assist, ticket.id);
    const ids = Array.from({ length: 10 }, (_, i) => (i === 0 ? id : crypto.randomUUID()));
    const before = await noteState(ticket.id);
    const res = await note(assist, ticket.id, { text: "进展", photos: ids });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("最多附9张照片");
    expect(await noteState(ticket.id)).toEqual(before);
  });

  it("a malformed photo id: 400", async () => {
    const ticket = await jointTicket();
    const res = await note(assist, ticket.id, { text: "进展", photos: ["../etc/passwd"] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("照片编号格式不对");
  });

  it("a unit not on the ticket cannot add progress to it", async () => {
    const ticket = await jointTicket();
    const before = await noteState(ticket.id);
    const res = await note(other, ticket.id, { text: "进展" });
    expect(res.statusCode).toBe(404);
    expect(await noteState(ticket.id)).toEqual(before);
  });
});

describe("duplicate submission", () => {
  it("the same request twice records one note with its photos once", async () => {
    const ticket = await jointTicket();
    const ids = [await upload(assist, ticket.id), await upload(assist, ticket.id)];
    const body = { text: "管道已更换。", photos: ids };
    expect((await note(assist, ticket.id, body)).statusCode).toBe(200);
    const again = await note(assist, ticket.id, body);
    expect(again.statusCode).toBe(200);
    const notes = (await timeline(lead, ticket.id)).filter((e) => e.action === "note");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.photos?.map((p) => p.id)).toEqual(ids);
    const rows = await t.ctx.database.db
      .select({ mediaId: mediaAttachments.mediaId })
      .from(mediaAttachments)
      .where(and(eq(mediaAttachments.ownerType, "note"), eq(mediaAttachments.ownerId, String(notes[0]!.id))));
    expect(rows).toHaveLength(2);

    // The same photo under a different note is refused rather than shown twice.
    const reused = await note(assist, ticket.id, { text: "另一条进展。", photos: [ids[0]] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ error: { code: "MEDIA.ALREADY_ATTACHED" } });
    expect((await timeline(lead, ticket.id)).filter((e) => e.action === "note")).toHaveLength(1);
  });

  it("two identical requests at once: one note; the loser is told to retry, and its retry adds nothing", async () => {
    const ticket = await jointTicket();
    const ids = [await upload(assist, ticket.id)];
    const body = { text: "同时提交。", photos: ids };
    const results = await Promise.all([note(assist, ticket.id, body), note(assist, ticket.id, body)]);
    for (const r of results) expect([200, 409]).toContain(r.statusCode);
    expect(results.some((r) => r.statusCode === 200)).toBe(true);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json()).toMatchObject({ error: { code: "TICKET.CONFLICT" } });
      expect((await note(assist, ticket.id, body)).statusCode).toBe(200);
    }
    const notes = (await timeline(lead, ticket.id)).filter((e) => e.action === "note");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.photos?.map((p) => p.id)).toEqual(ids);
  });
});

describe("the public result page", () => {
  it("an assisting unit's photo cannot become a fix photo of the lead's resolution", async () => {
    const ticket = await jointTicket();
    const progress = await upload(assist, ticket.id);
    const staged = await upload(assist, ticket.id);
    expect((await note(assist, ticket.id, { text: "阀门已关。", photos: [progress] })).statusCode).toBe(200);
    for (const id of [progress, staged]) {
      const res = await lead({
        method: "POST",
        url: `/api/v1/tickets/${ticket.id}/actions/resolve`,
        payload: { reply: "已修复。", photos: [id] },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: "MEDIA.NOT_UPLOADED" } });
    }
    const status = await lead({ method: "GET", url: `/api/v1/tickets/${ticket.id}` });
    expect(status.json<{ status: string }>().status).toBe("accepted");
  });

  it("a photo staged before uploaders were recorded still serves a resolution, not a progress note", async () => {
    const ticket = await jointTicket();
    const id = await upload(lead, ticket.id);
    // As a pre-upgrade upload: the ticket's upload row without the uploader's.
    await t.ctx.database.db
      .delete(mediaAttachments)
      .where(and(eq(mediaAttachments.ownerType, "uploader"), eq(mediaAttachments.mediaId, id)));
    const noted = await note(lead, ticket.id, { text: "进展", photos: [id] });
    expect(noted.statusCode).toBe(422);
    const resolved = await lead({
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/actions/resolve`,
      payload: { reply: "已修复。", photos: [id] },
    });
    expect(resolved.statusCode).toBe(200);
  });

  it("shows only the lead's fix photos, never progress photos", async () => {
    const ticket = await jointTicket();
    const progress = await upload(assist, ticket.id);
    const leadProgress = await upload(lead, ticket.id);
    expect((await note(assist, ticket.id, { text: "供水已恢复。", photos: [progress] })).statusCode).toBe(
      200,
    );
    expect((await note(lead, ticket.id, { text: "现场清理中。", photos: [leadProgress] })).statusCode).toBe(
      200,
    );
    const fix = await upload(lead, ticket.id);
    const resolved = await lead({
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/actions/resolve`,
      payload: { reply: "水管已修复，路面已清理。", photos: [fix] },
    });
    expect(resolved.statusCode).toBe(200);

    const out = await t.ctx.database.db
      .select({ text: messages.text })
      .from(messages)
      .where(sql`${messages.direction} = 'out' AND ${messages.payload}->>'ticketId' = ${ticket.id}`)
      .orderBy(asc(messages.id));
    const resolvedText = out.map((m) => m.text ?? "").find((m) => m.includes("已办结"));
    const token = /\/r\/([A-Za-z0-9_-]{22})/.exec(resolvedText ?? "")?.[1];
    expect(token).toBeDefined();
    const page = await app.inject({ method: "GET", url: `/r/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/r/${token}/photos/${fix}?size=thumb`);
    for (const hidden of [progress, leadProgress, "供水已恢复", "现场清理中"])
      expect(page.body).not.toContain(hidden);
    for (const hidden of [progress, leadProgress])
      expect((await app.inject({ method: "GET", url: `/r/${token}/photos/${hidden}` })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: `/r/${token}/photos/${fix}` })).statusCode).toBe(200);
  });
});
