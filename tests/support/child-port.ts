import { readFileSync } from "node:fs";
import getPort, { portNumbers } from "get-port";

/**
 * A port for a child `zhitong serve` to listen on. The child binds it seconds later, after starting
 * PostgreSQL and Redis, and meanwhile every outgoing connection and `listen(0)` on the machine draws
 * from the kernel's ephemeral range: a port from that range can be taken before the child gets to
 * it. So this picks below the range, at a random start so parallel test files rarely meet.
 */
export async function childServePort(): Promise<number> {
  const ephemeralLow = kernelEphemeralLow();
  const low = 10_000;
  const high = Math.max(low + 1_000, ephemeralLow - 1);
  const start = low + Math.floor(Math.random() * (high - low));
  return getPort({ port: [...portNumbers(start, high), ...portNumbers(low, start)] });
}

function kernelEphemeralLow(): number {
  try {
    const [lowText] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/);
    const low = Number.parseInt(lowText ?? "", 10);
    return Number.isInteger(low) && low > 11_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}
