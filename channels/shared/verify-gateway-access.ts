import { BlockList, isIP } from "node:net";
import type { RawRequest, VerifyResult } from "../channel.js";
import { constantTimeEqual } from "./constant-time-equal.js";
import { queryValue } from "./header-value.js";

export interface GatewayAccessOptions {
  /** Secret token the gateway must present as the last path segment or as `?token=`. */
  pathToken: string;
  /** Allowed client IPs and CIDR ranges (IPv4 or IPv6); empty = any address. */
  allowedIps: readonly string[];
}

/**
 * Protects gateways that do not sign their callbacks (Aliyun SMS uplink, Tencent SMS reply): the
 * callback URL carries a long random token, and optionally only the provider's published IPs may call.
 */
export function verifyGatewayAccess(req: RawRequest, options: GatewayAccessOptions): VerifyResult {
  const presented = pathToken(req);
  if (presented === undefined || !constantTimeEqual(presented, options.pathToken)) {
    return { ok: false, status: 401, code: "GATEWAY.BAD_TOKEN", reason: "missing or wrong path token" };
  }
  if (options.allowedIps.length > 0 && !isIpAllowed(req.ip, options.allowedIps)) {
    return {
      ok: false,
      status: 403,
      code: "GATEWAY.IP_NOT_ALLOWED",
      reason: "client address not in allowlist",
    };
  }
  return { ok: true };
}

function pathToken(req: RawRequest): string | undefined {
  const fromQuery = queryValue(req.query, "token");
  if (fromQuery) return fromQuery;
  const path = req.url.split("?")[0] ?? "";
  const last = path.split("/").filter(Boolean).at(-1);
  return last;
}

/** True when `ip` matches one of the entries (exact address or CIDR). IPv4-mapped IPv6 counts as IPv4. */
export function isIpAllowed(ip: string | undefined, allowed: readonly string[]): boolean {
  if (!ip) return false;
  const address = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(address);
  if (family === 0) return false;
  const list = new BlockList();
  for (const entry of allowed) {
    const [net, prefix] = entry.split("/");
    const entryFamily = isIP(net ?? "");
    if (entryFamily === 0) continue;
    const type = entryFamily === 4 ? "ipv4" : "ipv6";
    try {
      if (prefix === undefined) list.addAddress(net as string, type);
      else if (/^\d{1,3}$/.test(prefix)) list.addSubnet(net as string, Number(prefix), type);
    } catch {
      // An out-of-range prefix is a configuration mistake: skip the entry rather than fail open or throw.
    }
  }
  return list.check(address, family === 4 ? "ipv4" : "ipv6");
}
