import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media } from "../../src/db/schema/index.js";
import { AppError } from "../../src/domain/app-error.js";
import { createObjectStore, MediaService } from "../../src/media/media-service.js";
import type { ObjectStore } from "../../src/media/object-store.js";
import { createS3ObjectStore } from "../../src/media/s3-object-store.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { startFakeS3 } from "./support/fake-s3.js";
import { amrBytes, jpegWithGps, png, zipBytes } from "./support/images.js";

const S3 = {
  bucket: "zhitong-media",
  accessKeyId: "AKIDTEST",
  secretAccessKey: "test-secret-key-0123",
  region: "cn-north-1",
};

type Mode = "local" | "s3";

/** The same suite against both stores: S3 mode must behave exactly like local files. */
describe.each<Mode>(["local", "s3"])("media storage (%s)", (mode) => {
  let t: TestEnv;
  let dir: string;
  let s3: Awaited<ReturnType<typeof startFakeS3>> | null = null;
  let store: ObjectStore;
  let service: MediaService;
  const now = new Date("2026-11-21T02:00:00Z");

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "zt-media-"));
    const env: Record<string, string> = { DATA_DIR: dir };
    if (mode === "s3") {
      s3 = await startFakeS3(S3);
      Object.assign(env, {
        MEDIA_STORE: "s3",
        MEDIA_S3_ENDPOINT: s3.url,
        MEDIA_S3_BUCKET: S3.bucket,
        MEDIA_S3_REGION: S3.region,
        MEDIA_S3_ACCESS_KEY_ID: S3.accessKeyId,
        MEDIA_S3_SECRET_ACCESS_KEY: S3.secretAccessKey,
      });
    }
    t = await createTestEnv({ env: { ...env, MEDIA_MAX_IMAGE_BYTES: "200000" } });
    store = createObjectStore(t.ctx.env);
    service = new MediaService(store, { maxImageBytes: 200_000, maxVoiceBytes: 100_000 });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const rows = () => t.ctx.database.db.select().from(media);
  const refusal = async (p: Promise<unknown>) => {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it("puts, reads, checks and deletes an object", async () => {
    expect(store.mode).toBe(mode);
    const key = "image/ab/roundtrip.jpg";
    expect(await store.get(key)).toBeNull();
    expect(await store.exists(key)).toBe(false);
    await store.put(key, Buffer.from("hello"), "image/jpeg");
    expect((await store.get(key))?.toString()).toBe("hello");
    expect(await store.exists(key)).toBe(true);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    await store.delete(key); // deleting twice is fine
  });

  it("stores a photo without its EXIF (GPS and camera gone from the bytes) and reports the GPS", async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const {
      media: row,
      created,
      gps,
    } = await service.ingest(t.ctx.database.db, original, {
      accept: ["image"],
      now,
    });
    expect(created).toBe(true);
    expect(row).toMatchObject({ kind: "image", contentType: "image/jpeg", width: 640, height: 480 });
    expect(gps?.lat).toBeCloseTo(39.9076, 3);
    expect(gps?.lng).toBeCloseTo(116.3915, 3);
    const stored = await store.get(row.storageKey);
    expect(stored).not.toBeNull();
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from("TestCam"))).toBe(false);
    expect(row.size).toBe(stored!.length);
    const thumb = await store.get(row.thumbnailKey!);
    const thumbMeta = await sharp(thumb!).metadata();
    expect(thumbMeta.format).toBe("jpeg");
    expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBeLessThanOrEqual(320);
  });

  it("stores the same photo once, however often it arrives", async () => {
    const photo = await png("#22aa22");
    const first = await service.ingest(t.ctx.database.db, photo, { accept: ["image"], now });
    const before = mode === "s3" ? s3!.objects.size : null;
    const second = await service.ingest(t.ctx.database.db, photo, { accept: ["image"], now });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.media.id).toBe(first.media.id);
    expect((await rows()).filter((r) => r.sha256 === first.media.sha256)).toHaveLength(1);
    if (before !== null) expect(s3!.objects.size).toBe(before);
  });

  it("keeps a voice message as it came (AMR)", async () => {
    const { media: row } = await service.ingest(t.ctx.database.db, amrBytes(), {
      accept: ["image", "voice"],
      now,
    });
    expect(row).toMatchObject({ kind: "voice", contentType: "audio/amr", thumbnailKey: null });
    expect((await store.get(row.storageKey))?.equals(amrBytes())).toBe(true);
  });

  describe("refusals store nothing", () => {
    const nothingStored = async (attempt: () => Promise<unknown>) => {
      const rowsBefore = (await rows()).length;
      const objectsBefore = mode === "s3" ? s3!.objects.size : null;
      const error = await refusal(attempt());
      expect((await rows()).length).toBe(rowsBefore);
      if (objectsBefore !== null) expect(s3!.objects.size).toBe(objectsBefore);
      return error;
    };

    it("a zip renamed .jpg is not a photo", async () => {
      const e = await nothingStored(() =>
        service.ingest(t.ctx.database.db, zipBytes(), { accept: ["image"], now }),
      );
      expect(e).toMatchObject({ code: "MEDIA.UNSUPPORTED_TYPE", status: 415 });
      expect(e.message).toMatch(/照片/);
    });

    it("a voice file where only photos are accepted is refused", async () => {
      const e = await nothingStored(() =>
        service.ingest(t.ctx.database.db, amrBytes(), { accept: ["image"], now }),
      );
      expect(e.code).toBe("MEDIA.UNSUPPORTED_TYPE");
    });

    it("a photo over the size limit is refused with the limit in the message", async () => {
      // Noise does not compress: a 600×600 JPEG of it is far above the 200 kB limit.
      const big = await sharp(randomBytes(600 * 600 * 3), { raw: { width: 600, height: 600, channels: 3 } })
        .jpeg({ quality: 100 })
        .toBuffer();
      expect(big.length).toBeGreaterThan(200_000);
      const e = await nothingStored(() => service.ingest(t.ctx.database.db, big, { accept: ["image"], now }));
      expect(e).toMatchObject({ code: "MEDIA.TOO_LARGE", status: 413 });
      expect(e.message).toContain("不能超过");
    });

    it("a truncated JPEG is refused as unreadable", async () => {
      const whole = await jpegWithGps("#884422", 400, 300);
      const e = await nothingStored(() =>
        service.ingest(t.ctx.database.db, whole.subarray(0, Math.floor(whole.length * 0.6)), {
          accept: ["image"],
          now,
        }),
      );
      expect(e).toMatchObject({ code: "MEDIA.UNREADABLE", status: 422 });
    });
  });

  if (mode === "s3") {
    it("a wrong secret is refused by the server and surfaces as an error naming no secret", async () => {
      const wrong = createS3ObjectStore({
        endpoint: s3!.url,
        bucket: S3.bucket,
        region: S3.region,
        accessKeyId: S3.accessKeyId,
        secretAccessKey: "not-the-secret",
      });
      const error = await wrong.put("image/aa/x.jpg", Buffer.from("x"), "image/jpeg").catch((e: Error) => e);
      expect(String(error)).toContain("SignatureDoesNotMatch");
      expect(String(error)).not.toContain("not-the-secret");
      expect(s3!.state.rejected).toBeGreaterThan(0);
    });
  }
});
