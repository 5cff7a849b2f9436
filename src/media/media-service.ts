import { createHash } from "node:crypto";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { media } from "../db/schema/index.js";
import { AppError } from "../domain/app-error.js";
import type { Env } from "../runtime/env.schema.js";
import { createLocalObjectStore } from "./local-object-store.js";
import type { ObjectStore } from "./object-store.js";
import { ImageRejected, prepareImage } from "./prepare-image.js";
import { createS3ObjectStore } from "./s3-object-store.js";
import { sniffMediaType } from "./sniff-media-type.js";

export type MediaRow = typeof media.$inferSelect;

export interface StoredMedia {
  media: MediaRow;
  /** False when the same bytes were already stored (nothing was written). */
  created: boolean;
  /** GPS the photo carried (removed from the stored bytes); the caller decides whether to keep it. */
  gps: { lat: number; lng: number } | null;
}

export interface MediaLimits {
  maxImageBytes: number;
  maxVoiceBytes: number;
}

/** Which kinds a caller accepts: staff fix photos and web uploads take images only. */
export type AcceptKinds = ReadonlyArray<"image" | "voice">;

/**
 * Checks and stores one file: the type from its bytes, the size limit of that type, a full decode
 * of images (re-encoded without metadata, with a thumbnail), then the bytes under a key derived from
 * the sha256 of what was received. Nothing is written before every check passed; the same bytes a
 * second time return the first row. Refusals are AppErrors with a message a resident can read.
 */
export class MediaService {
  constructor(
    readonly store: ObjectStore,
    private readonly limits: MediaLimits,
  ) {}

  async ingest(db: Queryable, bytes: Buffer, opts: { accept: AcceptKinds; now: Date }): Promise<StoredMedia> {
    const type = sniffMediaType(bytes);
    if (!type || !opts.accept.includes(type.kind))
      throw new AppError(
        "MEDIA.UNSUPPORTED_TYPE",
        opts.accept.includes("voice")
          ? "不支持这种文件，请发送照片（JPG、PNG、WebP、GIF）或语音。"
          : "只能上传照片（JPG、PNG、WebP、GIF格式）。",
        415,
      );
    const limit = type.kind === "image" ? this.limits.maxImageBytes : this.limits.maxVoiceBytes;
    if (bytes.length > limit)
      throw new AppError(
        "MEDIA.TOO_LARGE",
        `文件太大（不能超过${formatSize(limit)}），请压缩后再发送。`,
        413,
        { limitBytes: limit },
      );
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [existing] = await db.select().from(media).where(eq(media.sha256, sha256)).limit(1);

    let stored: Buffer = bytes;
    let thumbnail: Buffer | null = null;
    let size: { width: number; height: number } | null = null;
    let gps: StoredMedia["gps"] = null;
    if (type.kind === "image") {
      try {
        const prepared = await prepareImage(bytes, type);
        ({ bytes: stored, thumbnail, gps } = prepared);
        size = { width: prepared.width, height: prepared.height };
      } catch (error) {
        if (error instanceof ImageRejected)
          throw new AppError(
            "MEDIA.UNREADABLE",
            error.reason === "too_many_pixels"
              ? "照片分辨率过大，请压缩后再发送。"
              : "照片文件已损坏或不完整，无法打开，请重新拍摄或发送。",
            422,
          );
        throw error;
      }
    }
    if (existing) return { media: existing, created: false, gps };

    const storageKey = `${type.kind}/${sha256.slice(0, 2)}/${sha256}.${type.ext}`;
    const thumbnailKey = thumbnail ? `thumb/${sha256.slice(0, 2)}/${sha256}.jpg` : null;
    // Objects first, row second: a crash in between leaves an unreferenced object under a
    // content-derived key, which the next upload of the same bytes simply overwrites.
    await this.store.put(storageKey, stored, type.contentType);
    if (thumbnail && thumbnailKey) await this.store.put(thumbnailKey, thumbnail, "image/jpeg");
    const [row] = await db
      .insert(media)
      .values({
        sha256,
        kind: type.kind,
        contentType: type.contentType,
        size: stored.length,
        width: size?.width ?? null,
        height: size?.height ?? null,
        storageKey,
        thumbnailKey,
        createdAt: opts.now,
      })
      .onConflictDoNothing({ target: media.sha256 })
      .returning();
    if (row) return { media: row, created: true, gps };
    // Someone stored the same bytes at the same moment: theirs is the row.
    const [raced] = await db.select().from(media).where(eq(media.sha256, sha256)).limit(1);
    if (!raced) throw new Error("media row vanished after a unique conflict");
    return { media: raced, created: false, gps };
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))}MB` : `${Math.floor(bytes / 1024)}KB`;
}

export function createObjectStore(env: Env): ObjectStore {
  if (env.MEDIA_STORE === "s3")
    return createS3ObjectStore({
      // The env check refuses MEDIA_STORE=s3 without these four.
      endpoint: env.MEDIA_S3_ENDPOINT!,
      bucket: env.MEDIA_S3_BUCKET!,
      region: env.MEDIA_S3_REGION,
      accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID!,
      secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY!,
    });
  return createLocalObjectStore(path.join(env.DATA_DIR, "media"));
}

const services = new WeakMap<Env, MediaService>();

/** The deployment's media service, one per validated environment (built on first use). */
export function mediaServiceFor(env: Env): MediaService {
  let service = services.get(env);
  if (!service) {
    service = new MediaService(createObjectStore(env), {
      maxImageBytes: env.MEDIA_MAX_IMAGE_BYTES,
      maxVoiceBytes: env.MEDIA_MAX_VOICE_BYTES,
    });
    services.set(env, service);
  }
  return service;
}
