import { isIP } from "node:net";
import { z } from "zod";

/** Named ranges understood by proxy-addr (fastify's trustProxy). */
const PRESETS = new Set(["loopback", "linklocal", "uniquelocal"]);

function validEntry(entry: string): boolean {
  if (PRESETS.has(entry)) return true;
  const [address, prefix, extra] = entry.split("/");
  if (extra !== undefined) return false;
  const family = isIP(address ?? "");
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const MESSAGE =
  'a hop count (e.g. 1) or the proxy\'s addresses/CIDRs (e.g. "10.0.0.5,192.168.0.0/16" or "loopback"); ' +
  '"true" is refused because it would believe X-Forwarded-For from anyone';

/**
 * TRUST_PROXY: whose X-Forwarded-For to believe. Off by default, so allowlists, rate limits and the
 * audit log use the socket address; a hop count or the reverse proxy's own addresses turn it on.
 * Trusting every sender is not offered: one forged header would pass the gateways' IP allowlists.
 */
export const TrustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (v === "false" || v === "0") return false;
    if (/^\d{1,2}$/.test(v)) return Number(v);
    const entries = v
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    if (entries.length === 0 || !entries.every(validEntry)) {
      ctx.addIssue({ code: "custom", message: MESSAGE });
      return z.NEVER;
    }
    return entries;
  })
  .default(false);
