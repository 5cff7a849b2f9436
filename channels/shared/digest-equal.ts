import { timingSafeEqual } from "node:crypto";

/**
 * Compares a presented digest with the expected one in constant time, for digests whose length is
 * public (a SHA-1 hex signature is always 40 characters): unlike `constantTimeEqual` it does not
 * hash both sides first, which was two of the four hashes of every WeChat push. A presented value
 * of another length is refused at once; that only tells the sender what the algorithm already says.
 */
export function digestEqual(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
