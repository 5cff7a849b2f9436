import { MediaFetchError, type ChannelPort, type MediaSource } from "../port.js";

/**
 * Photos residents send by MMS through Twilio, fetched from the `MediaUrlN` of the webhook with the
 * account's credentials (Twilio may enforce HTTP auth on media). Only URLs on the Twilio API's own
 * origin are fetched: the server never requests an address a message merely names.
 * Null when TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN are unset.
 */
export function createTwilioMediaSource(port: ChannelPort): MediaSource | null {
  const sid = port.env["TWILIO_ACCOUNT_SID"];
  const token = port.env["TWILIO_AUTH_TOKEN"];
  if (!sid || !token) return null;
  const origin = new URL(port.env["TWILIO_API_BASE"] ?? "https://api.twilio.com").origin;
  const auth = `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`;
  return {
    async fetchMedia(ref) {
      let url: URL;
      try {
        url = new URL(ref.mediaUrl ?? "");
      } catch {
        throw new MediaFetchError("MMS media without a usable URL", false);
      }
      if (url.origin !== origin) throw new MediaFetchError("MMS media URL is not on the Twilio API", false);
      let res: Response;
      let bytes: Buffer;
      try {
        // The media redirects to a signed CDN address; fetch drops the Authorization header there.
        res = await port.fetch(url, {
          headers: { authorization: auth },
          signal: AbortSignal.timeout(30_000),
        });
        bytes = Buffer.from(await res.arrayBuffer());
      } catch (error) {
        throw new MediaFetchError(`Twilio media unreachable: ${(error as Error).message}`, true);
      }
      // 404: deleted from Twilio; 401/403: wrong credentials — a retry cannot help either.
      if (!res.ok)
        throw new MediaFetchError(`Twilio media HTTP ${res.status}`, res.status >= 500 || res.status === 429);
      return { bytes, contentType: res.headers.get("content-type") };
    },
  };
}
