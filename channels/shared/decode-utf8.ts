import { ChannelInputError } from "../channel-input-error.js";

/** Bodies above this size are refused before parsing (the HTTP layer should also cap them). */
export const MAX_BODY_BYTES = 256 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes a request body as strict UTF-8: a provider sending GBK or broken bytes is refused, not garbled. */
export function decodeUtf8Body(rawBody: Buffer): string {
  if (rawBody.length > MAX_BODY_BYTES) {
    throw new ChannelInputError("CHANNEL.PAYLOAD_TOO_LARGE", `body exceeds ${MAX_BODY_BYTES} bytes`, 413);
  }
  try {
    return decoder.decode(rawBody);
  } catch {
    throw new ChannelInputError("CHANNEL.BAD_ENCODING", "body is not valid UTF-8");
  }
}
