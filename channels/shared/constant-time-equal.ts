import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares two secrets or digests without leaking where they differ. Both sides are hashed first
 * so that `timingSafeEqual` sees equal lengths and the length of the expected value does not leak.
 */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db);
}
