import { createHash, createHmac } from "node:crypto";
import { constantTimeEqual } from "../shared/constant-time-equal.js";

/**
 * Twilio's request signature (docs "Webhooks security"): base64 HMAC-SHA1, keyed with the auth token,
 * over the full public URL followed by every POST parameter as name+value, names sorted. Repeated
 * names contribute each distinct value, sorted (twilio-python `compute_signature`).
 */
export function computeTwilioSignature(
  authToken: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  const byName = new Map<string, Set<string>>();
  for (const [name, value] of params) {
    const values = byName.get(name) ?? new Set<string>();
    values.add(value);
    byName.set(name, values);
  }
  let data = url;
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...(byName.get(name) ?? [])].sort()) data += name + value;
  }
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

export interface TwilioSignatureInput {
  authToken: string;
  /** The public URL Twilio called (PUBLIC_BASE_URL + path + query), not the one behind the proxy. */
  url: string;
  /** Form parameters; ignored when the URL carries `bodySHA256` (JSON bodies). */
  params: ReadonlyArray<readonly [string, string]>;
  rawBody: Buffer;
  signature: string;
}

/**
 * Validates `X-Twilio-Signature` like Twilio's own libraries: the URL is tried with and without the
 * default port (Twilio may sign `https://host:443/…` or `https://host/…`), and for JSON bodies the
 * URL's `bodySHA256` must equal the hex SHA-256 of the raw body while params are left out of the MAC.
 */
export function verifyTwilioSignature(input: TwilioSignatureInput): boolean {
  const bodyHash = new URLSearchParams(input.url.split("?")[1] ?? "").get("bodySHA256");
  let params = input.params;
  let bodyOk = true;
  if (bodyHash !== null) {
    const actual = createHash("sha256").update(input.rawBody).digest("hex");
    bodyOk = constantTimeEqual(actual, bodyHash.toLowerCase());
    params = [];
  }
  let signatureOk = false;
  for (const url of urlVariants(input.url)) {
    // Evaluate all variants (no early exit) so timing does not reveal which one matched.
    if (constantTimeEqual(computeTwilioSignature(input.authToken, url, params), input.signature))
      signatureOk = true;
  }
  return bodyOk && signatureOk;
}

/** The URL without and with its scheme's default port; other ports are kept as they are. */
export function urlVariants(url: string): string[] {
  const match = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme = "", authority = "", rest = ""] = match;
  const defaultPort = scheme.toLowerCase() === "https" ? "443" : "80";
  const portMatch = /^(.*):(\d+)$/.exec(authority);
  const host = portMatch ? (portMatch[1] ?? "") : authority;
  const port = portMatch ? portMatch[2] : undefined;
  if (port !== undefined && port !== defaultPort) return [url];
  return [`${scheme}://${host}${rest}`, `${scheme}://${host}:${defaultPort}${rest}`];
}
