import type { TranscriptSegment } from "./hotline-event.schema.js";

export interface AssembledTranscript {
  /** One line per speaker turn: `来电人：…` / `坐席：…`, in call order. */
  lines: string[];
  text: string;
  /** Segments used, after duplicates and superseded partials were dropped. */
  segments: TranscriptSegment[];
  /** True when some utterance never got its final result (the text may be rough). */
  hasPartials: boolean;
}

const LABELS = { caller: "来电人", agent: "坐席" } as const;

/**
 * Builds the ordered transcript of one call from segments that may arrive late, twice or out of
 * order. Per seq a final result wins over partials; among equals the later arrival wins (the feed
 * may correct itself). Consecutive utterances of one speaker become one line.
 */
export function assembleTranscript(
  segmentsInArrivalOrder: readonly TranscriptSegment[],
): AssembledTranscript {
  const bySeq = new Map<number, TranscriptSegment>();
  for (const segment of segmentsInArrivalOrder) {
    const current = bySeq.get(segment.seq);
    if (!current || segment.final || !current.final) bySeq.set(segment.seq, segment);
  }
  const segments = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const lines: string[] = [];
  let lastSpeaker: TranscriptSegment["speaker"] | null = null;
  for (const segment of segments) {
    const text = segment.text.trim();
    if (!text) continue;
    if (segment.speaker === lastSpeaker && lines.length > 0) {
      lines[lines.length - 1] += text;
    } else {
      lines.push(`${LABELS[segment.speaker]}：${text}`);
      lastSpeaker = segment.speaker;
    }
  }
  return { lines, text: lines.join("\n"), segments, hasPartials: segments.some((s) => !s.final) };
}
