import exifReader from "exif-reader";
import sharp, { type Metadata } from "sharp";
import type { SniffedType } from "./sniff-media-type.js";

export interface PreparedImage {
  /** Re-encoded in the same format, upright, with every metadata block (EXIF, XMP, ICC…) dropped. */
  bytes: Buffer;
  /** A small JPEG for the console's lists and ticket page. */
  thumbnail: Buffer;
  width: number;
  height: number;
  /** Where the photo says it was taken, read before the metadata was dropped; null when it says nothing. */
  gps: { lat: number; lng: number } | null;
}

/** Why an image was refused: unreadable covers a truncated or corrupt file and a disguised one. */
export class ImageRejected extends Error {
  constructor(readonly reason: "unreadable" | "too_many_pixels") {
    super(reason);
  }
}

const THUMB_EDGE = 320;
/** 40 megapixels: larger than any phone photo, small enough that a decompression bomb is refused. */
const MAX_PIXELS = 40_000_000;

/**
 * Decodes the whole image (sharp/libvips; a truncated JPEG fails instead of decoding half grey),
 * applies the EXIF orientation, re-encodes without metadata (sharp keeps none unless asked) and
 * makes the thumbnail. Re-encoding is what removes GPS and camera data from the stored bytes.
 */
export async function prepareImage(input: Buffer, type: SniffedType): Promise<PreparedImage> {
  const open = () =>
    sharp(input, { failOn: "truncated", limitInputPixels: MAX_PIXELS, animated: type.ext === "gif" });
  let meta: Metadata;
  try {
    meta = await open().metadata();
  } catch (error) {
    if (/pixel limit/i.test((error as Error).message)) throw new ImageRejected("too_many_pixels");
    throw new ImageRejected("unreadable");
  }
  const gps = meta.exif ? readGps(meta.exif) : null;
  try {
    let pipeline = open().rotate();
    pipeline =
      type.ext === "png"
        ? pipeline.png()
        : type.ext === "webp"
          ? pipeline.webp({ quality: 85 })
          : type.ext === "gif"
            ? pipeline.gif()
            : // libjpeg-turbo defaults: mozjpeg would save ~10% of bytes at several times the CPU.
              pipeline.jpeg({ quality: 85 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    // From the original (first frame), so libvips can shrink a JPEG while decoding it: far cheaper
    // than decoding the re-encoded full-size photo again.
    const thumbnail = await sharp(input, { failOn: "truncated", limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(THUMB_EDGE, THUMB_EDGE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { bytes: data, thumbnail, width: info.width, height: info.pageHeight ?? info.height, gps };
  } catch (error) {
    if (/pixel limit/i.test((error as Error).message)) throw new ImageRejected("too_many_pixels");
    throw new ImageRejected("unreadable");
  }
}

function readGps(exif: Buffer): { lat: number; lng: number } | null {
  try {
    const g = exifReader(exif).GPSInfo;
    const lat = dms(g?.GPSLatitude, g?.GPSLatitudeRef, "S");
    const lng = dms(g?.GPSLongitude, g?.GPSLongitudeRef, "W");
    if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
    return { lat, lng };
  } catch {
    // Broken EXIF is common (edited photos); it only means no coordinates.
    return null;
  }
}

function dms(parts: unknown, ref: unknown, negative: string): number | null {
  if (
    !Array.isArray(parts) ||
    parts.length !== 3 ||
    !parts.every((n) => typeof n === "number" && Number.isFinite(n))
  )
    return null;
  const [d, m, s] = parts as [number, number, number];
  const value = d + m / 60 + s / 3600;
  return ref === negative ? -value : value;
}
