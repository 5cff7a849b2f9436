import getPort from "get-port";

/**
 * A free port on 127.0.0.1 that is none of `reserved`. The embedded servers pick their ports before
 * the API binds its own, so the API's port is still free when they look and must be skipped by hand:
 * get-port's `exclude` only filters the ports it is asked to try, not the one the OS hands back.
 */
export async function freeLocalPort(reserved: readonly number[] = []): Promise<number> {
  for (;;) {
    // The OS picks a different ephemeral port on the next try.
    const port = await getPort({ host: "127.0.0.1" });
    if (!reserved.includes(port)) return port;
  }
}
