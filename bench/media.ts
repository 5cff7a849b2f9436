/**
 * Photo preparation cost: decode, orient, re-encode without metadata and thumbnail one
 * 12-megapixel phone-size JPEG (with EXIF GPS), five times. Prints the figures; asserts nothing.
 *   node --import tsx bench/media.ts
 */
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { prepareImage } from "../src/media/prepare-image.js";
import { sniffMediaType } from "../src/media/sniff-media-type.js";

const W = 4000;
const H = 3000;
const RUNS = 5;

// A gradient with noise compresses like a photo (a flat colour would flatter the encoder).
const raw = Buffer.alloc(W * H * 3);
const noise = randomBytes(W * H * 3);
for (let i = 0; i < raw.length; i++) raw[i] = ((i % (W * 3)) / (W * 3)) * 200 + (noise[i]! % 40);
const photo = await sharp(raw, { raw: { width: W, height: H, channels: 3 } })
  .jpeg({ quality: 85 })
  .withExif({
    IFD3: {
      GPSLatitudeRef: "N",
      GPSLatitude: "39/1 54/1 2745/100",
      GPSLongitudeRef: "E",
      GPSLongitude: "116/1 23/1 2940/100",
    },
  })
  .toBuffer();
const type = sniffMediaType(photo)!;
const times: number[] = [];
let last = await prepareImage(photo, type);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  last = await prepareImage(photo, type);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    photo: `${W}x${H} JPEG`,
    inputBytes: photo.length,
    storedBytes: last.bytes.length,
    thumbnailBytes: last.thumbnail.length,
    gpsRead: last.gps !== null,
    medianMs: Math.round(times[Math.floor(RUNS / 2)]!),
    minMs: Math.round(times[0]!),
    maxMs: Math.round(times[RUNS - 1]!),
  }),
);
