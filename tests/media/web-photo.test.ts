import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { media, mediaAttachments, messages, residentIdentities, tickets } from "../../src/db/schema/index.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { mediaServiceFor } from "../../src/media/media-service.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { waitFor } from "../support/wait-for.js";
import { jpegWithGps, png, zipBytes } from "./support/images.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-web-photo-"));
  t = await createTestEnv({
    clock,
    env: { DATA_DIR: dir, WEB_CHAT_RATE_LIMIT_PER_MINUTE: "1000", MEDIA_MAX_IMAGE_BYTES: "300000" },
    workers: [(ctx) => intakeWorkers(ctx)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

type Session = { sessionId: string; token: string };
const newSession = async (): Promise<Session> =>
  (await app.inject({ method: "POST", url: "/channels/web/session" })).json<Session>();
const sendPhoto = (s: Session, bytes: Buffer, id: string, type = "image/jpeg") =>
  app.inject({
    method: "POST",
    url: `/channels/web/photos?sessionId=${s.sessionId}&clientMessageId=${id}`,
    headers: { "x-web-session-token": s.token, "content-type": type },
    payload: bytes,
  });
const say = (s: Session, text: string, id: string) =>
  app.inject({
    method: "POST",
    url: "/channels/web/messages",
    headers: { "x-web-session-token": s.token },
    payload: { sessionId: s.sessionId, text, clientMessageId: id },
  });
async function replies(s: Session): Promise<string[]> {
  const rows = await t.ctx.database.db
    .select({ text: messages.text })
    .from(messages)
    .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
    .where(sql`${messages.direction} = 'out' AND ${residentIdentities.address} = ${s.sessionId}`)
    .orderBy(asc(messages.id));
  return rows.map((r) => r.text ?? "");
}
const repliesAtLeast = (s: Session, n: number) =>
  waitFor(async () => {
    const r = await replies(s);
    return r.length >= n ? r : null;
  }, 20_000);
const mediaCount = async () => (await t.ctx.database.db.select().from(media)).length;

describe("photos from the web chat", () => {
  it("two photos (one sent twice) end on the ticket, counted in the confirmation, GPS dropped", async () => {
    const s = await newSession();
    const a = await jpegWithGps("#5566aa");
    const b = await png("#aa6655");
    expect((await sendPhoto(s, a, "p1")).statusCode).toBe(200);
    await repliesAtLeast(s, 1);
    expect((await sendPhoto(s, b, "p2", "image/png")).statusCode).toBe(200);
    await repliesAtLeast(s, 2);
    // The same photo again (a new message): stored once, counted once.
    expect((await sendPhoto(s, a, "p3")).statusCode).toBe(200);
    await repliesAtLeast(s, 3);
    // A retry of the same message stores nothing new.
    expect((await sendPhoto(s, a, "p3")).statusCode).toBe(200);

    expect((await say(s, "西盛家园3号楼门口井盖丢了", "t1")).statusCode).toBe(200);
    expect((await repliesAtLeast(s, 4)).at(-1)).toContain("手机号");
    await say(s, "13912345678", "t2");
    const out = await repliesAtLeast(s, 5);
    expect(out.at(-1)).toContain("已收到2张照片");
    await say(s, "1", "t3");
    const ticket = await waitFor(async () => {
      const [row] = await t.ctx.database.db
        .select({ id: tickets.id })
        .from(tickets)
        .innerJoin(messages, eq(messages.conversationId, tickets.conversationId))
        .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
        .where(eq(residentIdentities.address, s.sessionId))
        .limit(1);
      return row ?? null;
    }, 20_000);

    const staff = as(app, await login(app, "disp1"));
    const list = await staff({ method: "GET", url: `/api/v1/tickets/${ticket.id}/media` });
    const items = list.json<{ items: Array<{ id: string; source: string }> }>().items;
    expect(items).toHaveLength(2);
    // Web chat shares no location: the photo's GPS is not kept anywhere.
    const atts = await t.ctx.database.db
      .select()
      .from(mediaAttachments)
      .where(eq(mediaAttachments.mediaId, items[0]!.id));
    expect(atts.every((x) => x.gps === null)).toBe(true);
    const [row] = await t.ctx.database.db.select().from(media).where(eq(media.id, items[0]!.id));
    const bytes = await mediaServiceFor(t.ctx.env).store.get(row!.storageKey);
    expect((await sharp(bytes!).metadata()).exif).toBeUndefined();
  });

  it("refuses a zip renamed .jpg with a clear Chinese error and stores neither file nor message", async () => {
    const s = await newSession();
    const before = await mediaCount();
    const res = await sendPhoto(s, zipBytes(), "z1");
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      error: { code: "MEDIA.UNSUPPORTED_TYPE", message: expect.stringContaining("照片") },
    });
    expect(await mediaCount()).toBe(before);
    const stored = await t.ctx.database.db
      .select()
      .from(messages)
      .where(eq(messages.channelMessageId, `${s.sessionId}-z1`));
    expect(stored).toHaveLength(0);
  });

  it("refuses a truncated JPEG and an oversized photo, and a photo without its session token", async () => {
    const s = await newSession();
    const whole = await jpegWithGps("#778899", 500, 400);
    const truncated = await sendPhoto(s, whole.subarray(0, Math.floor(whole.length / 2)), "x1");
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json()).toMatchObject({ error: { code: "MEDIA.UNREADABLE" } });
    const big = await sendPhoto(s, Buffer.concat([whole, Buffer.alloc(350_000, 1)]), "x2");
    expect(big.statusCode).toBe(413);
    expect(big.json<{ error: { message: string } }>().error.message).toContain("不能超过");
    const anonymous = await app.inject({
      method: "POST",
      url: `/channels/web/photos?sessionId=${s.sessionId}&clientMessageId=x3`,
      headers: { "content-type": "image/jpeg" },
      payload: whole,
    });
    expect(anonymous.statusCode).toBe(401);
    const stored = await t.ctx.database.db
      .select()
      .from(messages)
      .where(sql`${messages.channelMessageId} LIKE ${`${s.sessionId}-%`}`);
    expect(stored).toHaveLength(0);
  });
});
