// Explicit "and another thing" markers. Commas alone never split: residents chain clauses about one problem.
const MARKERS =
  /[，,。；;！!\s]*(?:另外|此外|还有就是|还有个事|还有一个事|还有一件事|还有一个问题|另一个问题|另一件事|再一个|再有就是|再就是|顺便(?:再)?(?:说|反映|问)(?:一下)?|第[二三四五]个?问题|第[二三四五]件事|第[二三四五][，,、：:]|[二三四五]是|(?<=[，,。；;！!\s])[2-9][.、．)）]|(?<=[，,。；;！!\s])还有(?![人点些没的时])|^第一[，,、：:]?|^一是|^1[.、．)）])[，,：:]?/g;
import { hanCount } from "./han-count.js";

// "路灯不亮" and "电梯坏了" are whole complaints; shorter pieces ("在3号楼") belong to a neighbour.
const MIN_HAN = 4;

export interface SplitOptions {
  /** When given, neighbouring segments with the same label are merged back into one complaint. */
  classify?: (segment: string) => string;
}

/**
 * Splits a message that clearly reports several distinct problems, e.g. "路灯不亮，另外楼下垃圾
 * 没人清理" → two segments. Conservative: only explicit markers split, and a segment too short to
 * be a complaint on its own stays with its neighbour. Returns `[text]` when nothing splits.
 */
export function splitComplaints(text: string, options: SplitOptions = {}): string[] {
  const pieces = text
    .split(MARKERS)
    .map((p) => p.replace(/^[，,。；;！!\s]+|[，,；;\s]+$/g, ""))
    .filter((p) => p.length > 0);
  const segments: string[] = [];
  for (const p of pieces) {
    const last = segments.length - 1;
    if (last >= 0 && (hanCount(p) < MIN_HAN || hanCount(segments[last]!) < MIN_HAN))
      segments[last] += `，${p}`;
    else segments.push(p);
  }
  if (segments.length < 2 || !options.classify) return segments.length ? segments : [text];
  const labelled = segments.map((s) => ({ s, label: options.classify!(s) }));
  const merged: { s: string; label: string }[] = [];
  for (const seg of labelled) {
    const prev = merged[merged.length - 1];
    if (prev && prev.label === seg.label) prev.s += `，${seg.s}`;
    else merged.push({ ...seg });
  }
  return merged.map((m) => m.s);
}
