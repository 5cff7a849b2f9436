import type { RawRequest } from "../../../channels/channel.js";

/** Builds a RawRequest the way the HTTP layer will: query parsed from the URL, body as bytes. */
export function rawRequest(
  method: string,
  url: string,
  body: string | Buffer = "",
  headers: Record<string, string> = {},
  ip?: string,
): RawRequest {
  const query: Record<string, string> = {};
  const search = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  for (const [key, value] of new URLSearchParams(search)) query[key] = value;
  return {
    method,
    url,
    headers,
    rawBody: typeof body === "string" ? Buffer.from(body, "utf8") : body,
    query,
    ...(ip === undefined ? {} : { ip }),
  };
}

/** Query string with values percent-encoded (base64 `+` and `/` must survive). */
export function qs(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
