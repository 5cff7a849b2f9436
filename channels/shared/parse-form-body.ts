import { decodeUtf8Body } from "./decode-utf8.js";

/**
 * Parses an `application/x-www-form-urlencoded` body keeping repeated keys and their order
 * (Twilio signs every value of a repeated parameter).
 */
export function parseFormBody(rawBody: Buffer): Array<[string, string]> {
  const text = decodeUtf8Body(rawBody);
  return [...new URLSearchParams(text).entries()];
}

/** First value of a form field, or undefined. */
export function formValue(
  entries: ReadonlyArray<readonly [string, string]>,
  name: string,
): string | undefined {
  return entries.find(([key]) => key === name)?.[1];
}
