import type { DuplicateCandidate } from "../../src/domain/duplicate-score.js";

/** Reports on 光明路 in a made-up community, filed at `when`, with what a test changes. */
export function reportsAt(when: Date) {
  return (text: string, more: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
    text,
    category: "municipal",
    community: "community.demo",
    createdAt: when,
    place: "光明路",
    ...more,
  });
}

/** The reason codes of a duplicate score, in order. */
export const reasonCodes = (r: { reasons: { code: string }[] }): string[] => r.reasons.map((x) => x.code);
