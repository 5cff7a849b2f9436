import sharp from "sharp";

/** A real JPEG carrying EXIF with a camera make and GPS (Beijing), as a phone would send it. */
export async function jpegWithGps(color = "#3366cc", width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Phone 1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "39/1 54/1 2745/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "116/1 23/1 2940/100",
      },
    })
    .toBuffer();
}

export async function png(color = "#cc3333"): Promise<Buffer> {
  return sharp({ create: { width: 200, height: 100, channels: 4, background: color } })
    .png()
    .toBuffer();
}

/** A zip archive (local file header "PK\x03\x04") — what a file renamed to .jpg really is. */
export function zipBytes(): Buffer {
  const header = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
  return Buffer.concat([header, Buffer.alloc(200, 7)]);
}

/** A WeChat-style AMR voice file (header plus a few silent frames). */
export function amrBytes(): Buffer {
  return Buffer.concat([Buffer.from("#!AMR\n", "latin1"), Buffer.alloc(320, 0x3c)]);
}
