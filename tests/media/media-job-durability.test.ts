import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Worker } from "bullmq";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { mediaAttachments, messages } from "../../src/db/schema/index.js";
import { fetchInboundMedia } from "../../src/media/fetch-inbound-media.js";
import { mediaSources, mediaWorkers } from "../../src/media/media.worker.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { startFakeWechatApi } from "../channels/support/fake-wechat-api.js";
import { safePush, WECHAT, wechatEnv } from "../channels/support/wechat-http.js";
import { waitFor } from "../support/wait-for.js";
import { loseRedisData } from "../support/redis-loss.js";
import { jpegWithGps } from "./support/images.js";

/**
 * The media download is durable: its job is written to the outbox with the message, and when Redis
 * loses its data the recovery sweep finds the photo still missing in PostgreSQL and queues it again
 * under the same job id. Run twice, the job downloads and stores once.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;
let dir: string;
let workers: Worker[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-media-durable-"));
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({ clock, env: wechatEnv({ WECHAT_API_BASE: api.url, DATA_DIR: dir }) });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await app.close();
  await t.close();
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const imageXml = (msgId: string, mediaId: string) =>
  `<xml><ToUserName><![CDATA[gh_zhitong]]></ToUserName><FromUserName><![CDATA[oDurable01]]></FromUserName>` +
  `<CreateTime>1795000000</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.example/p.jpg]]></PicUrl>` +
  `<MediaId><![CDATA[${mediaId}]]></MediaId><MsgId>${msgId}</MsgId></xml>`;

const downloads = (mediaId: string) =>
  api.requests.filter((r) => r.path === "/cgi-bin/media/get" && r.query.get("media_id") === mediaId).length;

async function messageIdOf(channelMessageId: string): Promise<number> {
  const [row] = await t.ctx.database.db
    .select({ id: messages.id })
    .from(messages)
    .where(sql`${messages.channelMessageId} = ${channelMessageId}`);
  return row!.id;
}
const attachments = async (messageId: number) =>
  (
    await t.ctx.database.db
      .select()
      .from(mediaAttachments)
      .where(
        sql`${mediaAttachments.ownerType} = 'message' AND ${mediaAttachments.ownerId} = ${String(messageId)}`,
      )
  ).length;

describe("the media download job", () => {
  it("is re-queued by the recovery sweep after Redis lost it, and runs once", async () => {
    api.state.media.set("MEDIA_LOST_1", { bytes: await jpegWithGps("#112233"), contentType: "image/jpeg" });
    const res = await app.inject(safePush(imageXml("7300000000000000001", "MEDIA_LOST_1"), clock.now()));
    expect(res.statusCode).toBe(200);
    const id = await messageIdOf("7300000000000000001");
    // The relay hands the job to Redis; then Redis loses everything before any worker ran.
    // The relay skips a pass while its Redis connection is still coming up (a loaded machine).
    await waitFor(
      async () => (await t.ctx.relay.drain(), t.ctx.queues.media.getJob(`media_${id}`)),
      15_000,
      "relay",
    );
    await loseRedisData(t);
    expect(await t.ctx.queues.media.getJob(`media_${id}`)).toBeUndefined();

    const first = await sweepStuckWork(t.ctx);
    expect(first.media).toBe(1);
    await t.ctx.relay.drain();
    workers = await Promise.resolve(mediaWorkers(t.ctx));
    await waitFor(
      async () => ((await attachments(id)) === 1 ? true : null),
      20_000,
      "the recovered download",
    );

    // Nothing left to recover; the job is not added again, the photo not fetched again.
    const second = await sweepStuckWork(t.ctx);
    expect(second.media).toBe(0);
    expect(downloads("MEDIA_LOST_1")).toBe(1);
  });

  it("run twice for the same message (a duplicate delivery), downloads and stores once", async () => {
    api.state.media.set("MEDIA_TWICE", { bytes: await jpegWithGps("#332211"), contentType: "image/jpeg" });
    await app.inject(safePush(imageXml("7300000000000000002", "MEDIA_TWICE"), clock.now()));
    const id = await messageIdOf("7300000000000000002");
    const sources = mediaSources(t.ctx);
    await waitFor(async () => ((await attachments(id)) === 1 ? true : null), 20_000, "the first download");
    expect(await fetchInboundMedia(t.ctx, id, sources)).toBe("already");
    expect(await attachments(id)).toBe(1);
    expect(downloads("MEDIA_TWICE")).toBe(1);
  });

  it("tries again a download whose retries were used up (a long outage), while WeChat still keeps it", async () => {
    api.state.media.set("MEDIA_OUTAGE", { bytes: await jpegWithGps("#445566"), contentType: "image/jpeg" });
    await Promise.all(workers.map((w) => w.close()));
    workers = [];
    await app.inject(safePush(imageXml("7300000000000000004", "MEDIA_OUTAGE"), clock.now()));
    const id = await messageIdOf("7300000000000000004");
    // The relay hands the stored job to Redis first, so losing Redis's data cannot race with it.
    await waitFor(
      async () => (await t.ctx.relay.drain(), t.ctx.queues.media.getJob(`media_${id}`)),
      15_000,
      "relay",
    );
    await loseRedisData(t);
    // The job as it stands after its last retry: failed in Redis (one attempt here, answered 500).
    await t.ctx.queues.media.add("media", { messageId: id }, { jobId: `media_${id}`, attempts: 1 });
    api.state.script.push("http500");
    workers = await Promise.resolve(mediaWorkers(t.ctx));
    // The state is asked first and the job read after: a job read while still active can turn failed
    // before the state question, and then carries the attempt count it had before failing.
    const failed = await waitFor(async () => {
      if ((await t.ctx.queues.media.getJobState(`media_${id}`)) !== "failed") return null;
      return (await t.ctx.queues.media.getJob(`media_${id}`)) ?? null;
    }, 20_000);
    expect(failed.attemptsMade).toBe(1);

    expect((await sweepStuckWork(t.ctx)).media).toBe(1);
    await t.ctx.relay.drain();
    await waitFor(
      async () => ((await attachments(id)) === 1 ? true : null),
      20_000,
      "the download after the outage",
    );
  });

  it("leaves a photo older than WeChat's three days alone (it can no longer be fetched)", async () => {
    await Promise.all(workers.map((w) => w.close()));
    workers = [];
    await app.inject(safePush(imageXml("7300000000000000003", "MEDIA_OLD"), clock.now()));
    const id = await messageIdOf("7300000000000000003");
    await waitFor(
      async () => (await t.ctx.relay.drain(), t.ctx.queues.media.getJob(`media_${id}`)),
      15_000,
      "relay",
    );
    // Not tried yet: no worker ran, so neither a file nor a failure is recorded.
    expect(await attachments(id)).toBe(0);
    await t.ctx.database.db
      .update(messages)
      .set({ createdAt: new Date(clock.now().getTime() - 4 * 24 * 3600 * 1000) })
      .where(sql`${messages.id} = ${id}`);
    await loseRedisData(t);
    const counts = await sweepStuckWork(t.ctx);
    expect(counts.media).toBe(0);
    // A fresh one in the same state is recovered: age is the reason.
    await t.ctx.database.db
      .update(messages)
      .set({ createdAt: new Date(clock.now().getTime() - 2 * 24 * 3600 * 1000) })
      .where(sql`${messages.id} = ${id}`);
    expect((await sweepStuckWork(t.ctx)).media).toBe(1);
  });
});
