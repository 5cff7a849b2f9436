import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { media, mediaAttachments, messages, residentIdentities, tickets } from "../../src/db/schema/index.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { mediaWorkers } from "../../src/media/media.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { textsToResident } from "../support/resident-outbox.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { startFakeWechatApi } from "../channels/support/fake-wechat-api.js";
import { safePush, textXml, WECHAT, wechatEnv } from "../channels/support/wechat-http.js";
import { waitFor } from "../support/wait-for.js";
import { amrBytes, jpegWithGps, zipBytes } from "./support/images.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;
let dir: string;
let staff: ReturnType<typeof as>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-media-e2e-"));
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({
    clock,
    env: wechatEnv({ WECHAT_API_BASE: api.url, WECHAT_PASSIVE_REPLY_BUDGET_MS: "0", DATA_DIR: dir }),
    workers: [(ctx) => intakeWorkers(ctx), (ctx) => mediaWorkers(ctx)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  staff = as(app, await login(app, "disp1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

let msgSeq = 7_200_000_000_000_000_000n;
const head = (from: string, type: string) => {
  msgSeq++;
  return (
    `<ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>1795000000</CreateTime><MsgType><![CDATA[${type}]]></MsgType><MsgId>${msgSeq}</MsgId>`
  );
};
async function push(xml: string): Promise<void> {
  const res = await app.inject(safePush(xml, clock.now()));
  expect(res.statusCode).toBe(200);
}
const image = (from: string, mediaId: string) =>
  push(
    `<xml>${head(from, "image")}<PicUrl><![CDATA[http://mmbiz.example/p.jpg]]></PicUrl><MediaId><![CDATA[${mediaId}]]></MediaId></xml>`,
  );
const voice = (from: string, mediaId: string, recognition: string) =>
  push(
    `<xml>${head(from, "voice")}<MediaId><![CDATA[${mediaId}]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[${recognition}]]></Recognition></xml>`,
  );
const text = (from: string, content: string) => {
  msgSeq++;
  return push(textXml(String(msgSeq), content, from));
};

const toResident = (openid: string) => textsToResident(t.ctx, openid);
const replyCount = async (openid: string, n: number) =>
  waitFor(async () => {
    const out = await toResident(openid);
    return out.length >= n ? out : null;
  }, 20_000);

async function inbound(openid: string, kind: string) {
  return t.ctx.database.db
    .select({ id: messages.id, payload: messages.payload, text: messages.text })
    .from(messages)
    .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
    .where(
      sql`${messages.direction} = 'in' AND ${messages.kind} = ${kind} AND ${residentIdentities.address} = ${openid}`,
    )
    .orderBy(asc(messages.id));
}
const attachmentsOf = async (messageId: number) =>
  t.ctx.database.db
    .select()
    .from(mediaAttachments)
    .where(
      sql`${mediaAttachments.ownerType} = 'message' AND ${mediaAttachments.ownerId} = ${String(messageId)}`,
    );

describe("a resident's WeChat photo, end to end", () => {
  it("is downloaded, counted in the confirmation and shown as a thumbnail on the ticket once confirmed", async () => {
    const openid = "oPhotoResident01";
    const photo = await jpegWithGps("#4477aa");
    api.state.media.set("MEDIA_PHOTO_1", { bytes: photo, contentType: "image/jpeg" });
    await image(openid, "MEDIA_PHOTO_1");
    await replyCount(openid, 1);
    await text(openid, "西盛家园3号楼门口的井盖丢了，很危险，我电话13912345678");
    const out = await replyCount(openid, 2);
    expect(out.at(-1)).toContain("已收到1张照片");
    expect(out.at(-1)).toContain("确认请回复1");

    // Downloaded soon after arrival, before the resident confirmed.
    const [img] = await inbound(openid, "image");
    const [att] = await waitFor(async () => {
      const a = await attachmentsOf(img!.id);
      return a.length ? a : null;
    }, 20_000);
    // WeChat lets residents share a location, so the photo's own GPS is kept as data (not in the bytes).
    expect(att!.gps?.lat).toBeCloseTo(39.9076, 3);

    await text(openid, "1");
    const ticket = await waitFor(async () => {
      const [row] = await t.ctx.database.db
        .select({ id: tickets.id, ref: tickets.ref, lat: tickets.lat, lng: tickets.lng })
        .from(tickets)
        .innerJoin(messages, eq(messages.conversationId, tickets.conversationId))
        .innerJoin(residentIdentities, eq(residentIdentities.residentId, messages.residentId))
        .where(eq(residentIdentities.address, openid))
        .limit(1);
      return row ?? null;
    }, 20_000);

    // The resident sent no location: the photo's GPS places the ticket.
    expect(ticket.lat).toBeCloseTo(39.9076, 3);
    expect(ticket.lng).toBeCloseTo(116.3915, 3);

    const list = await staff({ method: "GET", url: `/api/v1/tickets/${ticket.ref}/media` });
    expect(list.statusCode).toBe(200);
    const items = list.json<{
      items: Array<{ id: string; source: string; thumbnailUrl: string; url: string }>;
    }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: "resident", kind: "image", contentType: "image/jpeg" });
    const thumb = await staff({ method: "GET", url: items[0]!.thumbnailUrl });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers["content-type"]).toBe("image/jpeg");
    expect(thumb.headers["cache-control"]).toContain("private");
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(320);
    const full = await staff({ method: "GET", url: items[0]!.url });
    expect((await sharp(full.rawPayload).metadata()).exif).toBeUndefined();
    // Looking at a resident's photo in full is audited; thumbnails in the list are not.
    const audited = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'media.view' AND target_id = ${items[0]!.id}`,
    );
    expect(audited.rows[0]).toEqual({ n: 1 });

    // Staff only: no session, no photo.
    const anonymous = await app.inject({ method: "GET", url: items[0]!.thumbnailUrl });
    expect(anonymous.statusCode).toBe(401);
  });

  it("keeps a voice message's recognition text and stores the audio", async () => {
    const openid = "oVoiceResident01";
    api.state.media.set("MEDIA_VOICE_1", { bytes: amrBytes(), contentType: "audio/amr" });
    await voice(openid, "MEDIA_VOICE_1", "小区路灯坏了");
    const [msg] = await waitFor(async () => {
      const rows = await inbound(openid, "voice");
      return rows.length ? rows : null;
    });
    expect(msg!.text).toBe("小区路灯坏了");
    const [att] = await waitFor(async () => {
      const a = await attachmentsOf(msg!.id);
      return a.length ? a : null;
    }, 20_000);
    const [row] = await t.ctx.database.db.select().from(media).where(eq(media.id, att!.mediaId));
    expect(row).toMatchObject({ kind: "voice", contentType: "audio/amr" });
  });

  it("retries a download after WeChat answers 5xx and stores it once", async () => {
    const openid = "oRetryResident01";
    const photo = await jpegWithGps("#aa7744", 300, 200);
    api.state.media.set("MEDIA_RETRY_1", { bytes: photo, contentType: "image/jpeg" });
    api.state.script.push("http500");
    const gets = () =>
      api.requests.filter(
        (r) => r.path === "/cgi-bin/media/get" && r.query.get("media_id") === "MEDIA_RETRY_1",
      ).length;
    await image(openid, "MEDIA_RETRY_1");
    const [img] = await waitFor(async () => {
      const rows = await inbound(openid, "image");
      return rows.length ? rows : null;
    });
    await waitFor(
      async () => ((await attachmentsOf(img!.id)).length ? true : null),
      30_000,
      "the retried download",
    );
    // The first answer was a 500; the queue's backoff asked again.
    expect(gets()).toBe(2);
    expect(await attachmentsOf(img!.id)).toHaveLength(1);
  });

  it("gives up on an expired media id (40007) without retrying, keeping the message", async () => {
    const openid = "oExpiredResident01";
    await image(openid, "MEDIA_EXPIRED");
    const [img] = await waitFor(async () => {
      const rows = await inbound(openid, "image");
      return rows[0]?.payload["mediaError"] ? rows : null;
    }, 20_000);
    expect(img!.payload["mediaError"]).toBe("gone");
    expect(api.state.mediaGets.filter((m) => m === "MEDIA_EXPIRED")).toHaveLength(1);
    expect(await attachmentsOf(img!.id)).toHaveLength(0);
  });

  it("refuses a zip served as a photo: nothing stored, the message marked", async () => {
    const openid = "oZipResident01";
    api.state.media.set("MEDIA_ZIP", { bytes: zipBytes(), contentType: "image/jpeg" });
    const mediaBefore = (await t.ctx.database.db.select().from(media)).length;
    await image(openid, "MEDIA_ZIP");
    const [img] = await waitFor(async () => {
      const rows = await inbound(openid, "image");
      return rows[0]?.payload["mediaError"] ? rows : null;
    }, 20_000);
    expect(img!.payload["mediaError"]).toBe("MEDIA.UNSUPPORTED_TYPE");
    expect((await t.ctx.database.db.select().from(media)).length).toBe(mediaBefore);
  });
});
