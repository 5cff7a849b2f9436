/** The session caches of this process (session-cache.ts), told to forget by revocations made here. */
export const liveSessionCaches = new Set<{ clear(): void }>();

/**
 * Forgets every cached session in this process at once: called by whoever revokes a session here,
 * so the next request of the same client is refused without waiting for the notification.
 */
export function forgetCachedSessions(): void {
  for (const cache of liveSessionCaches) cache.clear();
}
