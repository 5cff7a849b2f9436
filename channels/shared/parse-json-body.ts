import { ChannelInputError } from "../channel-input-error.js";
import { decodeUtf8Body } from "./decode-utf8.js";

/** Parses a JSON request body; malformed JSON becomes `CHANNEL.BAD_JSON`. */
export function parseJsonBody(rawBody: Buffer): unknown {
  const text = decodeUtf8Body(rawBody);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ChannelInputError("CHANNEL.BAD_JSON", "body is not valid JSON");
  }
}
