/** What the bytes are, as told by their signature (magic number), never by a name or a header. */
export interface SniffedType {
  kind: "image" | "voice";
  contentType: string;
  ext: string;
}

const startsWith = (b: Buffer, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Buffer, text: string, at = 0) => startsWith(b, [...Buffer.from(text, "latin1")], at);

/**
 * The accepted formats: photos as phones and WeChat send them (JPEG, PNG, WebP, GIF) and voice as
 * WeChat (AMR, SILK — WeChat prefixes its SILK files with one 0x02 byte) and Twilio (MP3) deliver
 * it. Anything else (a zip renamed .jpg, a PDF, HEIC) is null.
 */
export function sniffMediaType(b: Buffer): SniffedType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: "image", contentType: "image/jpeg", ext: "jpg" };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: "image", contentType: "image/png", ext: "png" };
  if (ascii(b, "RIFF") && ascii(b, "WEBP", 8))
    return { kind: "image", contentType: "image/webp", ext: "webp" };
  if (ascii(b, "GIF87a") || ascii(b, "GIF89a"))
    return { kind: "image", contentType: "image/gif", ext: "gif" };
  if (ascii(b, "#!AMR\n")) return { kind: "voice", contentType: "audio/amr", ext: "amr" };
  if (ascii(b, "#!SILK_V3") || (b[0] === 0x02 && ascii(b, "#!SILK_V3", 1)))
    return { kind: "voice", contentType: "audio/silk", ext: "silk" };
  // MP3: an ID3v2 tag, or straight into an MPEG audio frame (11 sync bits, layer III).
  if (ascii(b, "ID3") || (b.length > 2 && b[0] === 0xff && (b[1]! & 0xe6) === 0xe2))
    return { kind: "voice", contentType: "audio/mpeg", ext: "mp3" };
  return null;
}
