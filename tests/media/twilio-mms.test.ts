import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { mediaAttachments, messages } from "../../src/db/schema/index.js";
import { mediaWorkers } from "../../src/media/media.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { startFakeServer } from "../channels/support/http-fake.js";
import { SMS_SECRETS, smsEnv, twilioSms } from "../channels/support/sms-http.js";
import { waitFor } from "../support/wait-for.js";
import { png } from "./support/images.js";

/** Twilio's media endpoint: the account's Basic credentials, or 401. */
const SID = "ACtest00000000000000000000000000";
let photo: Buffer;
let twilio: Awaited<ReturnType<typeof startFakeServer>>;
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let dir: string;

beforeAll(async () => {
  photo = await png("#224466");
  twilio = await startFakeServer((req) => {
    const expected = `Basic ${Buffer.from(`${SID}:${SMS_SECRETS.twilioToken}`).toString("base64")}`;
    if (req.headers.authorization !== expected) return { status: 401, body: { code: 20003 } };
    if (req.path === `/2010-04-01/Accounts/${SID}/Messages/MM1/Media/ME1`)
      return { status: 200, body: photo, contentType: "image/png" };
    return { status: 404, body: { code: 20404 } };
  });
  dir = await mkdtemp(path.join(tmpdir(), "zt-mms-"));
  t = await createTestEnv({
    clock,
    env: smsEnv({ TWILIO_ACCOUNT_SID: SID, TWILIO_API_BASE: twilio.url, DATA_DIR: dir }),
    workers: [(ctx) => mediaWorkers(ctx)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  await twilio.close();
  await rm(dir, { recursive: true, force: true });
});

const inbound = () =>
  t.ctx.database.db
    .select({
      id: messages.id,
      kind: messages.kind,
      text: messages.text,
      payload: messages.payload,
      cid: messages.channelMessageId,
    })
    .from(messages)
    .where(sql`${messages.direction} = 'in'`)
    .orderBy(asc(messages.id));

describe("MMS photos through Twilio", () => {
  it("stores the photo as its own message, fetches it with the account's credentials, keeps the text", async () => {
    const res = await app.inject(
      twilioSms({
        MessageSid: "MM1",
        From: "+8613912345678",
        To: "+8610000000",
        Body: "西盛家园门口井盖丢了",
        NumMedia: "2",
        MediaUrl0: `${twilio.url}/2010-04-01/Accounts/${SID}/Messages/MM1/Media/ME1`,
        MediaContentType0: "image/png",
        MediaUrl1: `${twilio.url}/2010-04-01/Accounts/${SID}/Messages/MM1/Media/ME2`,
        MediaContentType1: "video/mp4",
      }),
    );
    expect(res.statusCode).toBe(200);
    const rows = await inbound();
    expect(rows.map((r) => [r.cid, r.kind])).toEqual([
      ["MM1-media0", "image"],
      ["MM1", "text"],
    ]);
    expect(rows[1]!.text).toBe("西盛家园门口井盖丢了");
    await waitFor(async () => {
      const a = await t.ctx.database.db
        .select()
        .from(mediaAttachments)
        .where(
          sql`${mediaAttachments.ownerType} = 'message' AND ${mediaAttachments.ownerId} = ${String(rows[0]!.id)}`,
        );
      return a.length ? a : null;
    }, 20_000);
  });

  it("never fetches a media URL outside the Twilio API", async () => {
    const before = twilio.requests.length;
    await app.inject(
      twilioSms({
        MessageSid: "MM2",
        From: "+8613912345679",
        Body: "",
        NumMedia: "1",
        MediaUrl0: "http://169.254.169.254/latest/meta-data",
        MediaContentType0: "image/jpeg",
      }),
    );
    const row = await waitFor(async () => {
      const r = (await inbound()).find((m) => m.cid === "MM2-media0");
      return r?.payload["mediaError"] ? r : null;
    }, 20_000);
    expect(row.payload["mediaError"]).toBe("gone");
    expect(twilio.requests.length).toBe(before);
  });
});
