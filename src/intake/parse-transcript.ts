/** A hotline transcript split by speaker. */
export interface Transcript {
  /** The caller's turns: the facts of the appeal come only from these. */
  caller: string[];
  /**
   * The agent's turns: used only to confirm a place the caller mis-pronounced or ASR misheard, and
   * the unit the agent routes the call to (see categoryByOperator).
   */
  agent: string[];
  /** Every turn in the order spoken: who asked for a number, and what the answer was. */
  turns: { speaker: "caller" | "agent"; text: string }[];
}

const AGENT = /^(坐席|话务员|接线员|客服|工作人员)\s*[:：]\s*/;
// "来电人（男）：", "来电人（换人）：", "（孙子）：": a second person taking the phone on the caller's side is
// labelled with a note in brackets, or by the note alone; their words are the caller's side of the call.
const CALLER =
  /^(?:(?:来电人|来电者|市民|群众|居民|用户)(?:[（(][^（）()\n:：]{1,5}[）)])?|[（(][^（）()\n:：]{1,5}[）)])\s*[:：]\s*/;
// A turn may end with an ellipsis ("……", or "......" once normalised), a bracket or a quotation mark.
// The caller is often labelled 市民 or 群众 in the centre's own exports ("坐席：您好。市民：…"): left out
// here, the caller's words stayed in the agent's turn and no danger in them was read.
const INLINE_LABEL =
  /(?<=[。！？!?，,；;\s….）)”"」』])((坐席|话务员|接线员|客服|工作人员|来电人|来电者|市民|群众)(?:[（(][^（）()\n:：]{1,5}[）)])?\s*[:：])/g;

// Recorders and ASR exports stamp each turn with its time ("[00:00:26] 坐席：", "00:26 来电人：", "【00:01:05】").
// Left in, the stamp stood on a line of its own, became a turn of the speaker before, and its digits
// and colons were read as the caller's words. Right before (or after) a speaker's label any time is a
// stamp; at the start of an unlabelled line only one in brackets or with hours, minutes and seconds,
// since a caller's line may open with a clock time ("8:30开始施工").
const TIME = String.raw`\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[.,]\d{1,3})?`;
const BRACKETED_TIME = String.raw`[\[【(（]\s*${TIME}\s*[\]】)）]`;
const STAMP = `(?:${BRACKETED_TIME}|${TIME})`;
const LINE_STAMP = String.raw`(?:${BRACKETED_TIME}|\d{1,2}[:：]\d{2}[:：]\d{2}(?:[.,]\d{1,3})?(?![\d:：]))`;
const LABEL_WORD = "坐席|话务员|接线员|客服|工作人员|来电人|来电者|市民|群众|居民|用户";
const NOTE = "[（(][^（）()\\n:：]{1,5}[）)]";
const STAMP_BEFORE_LABEL = new RegExp(
  `(?<![\\d:：])${STAMP}[ \\t]*(?=(?:(?:${LABEL_WORD})(?:${NOTE})?|${NOTE})\\s*[:：])`,
  "g",
);
const STAMP_AFTER_LABEL = new RegExp(`(${LABEL_WORD})[ \\t]*${STAMP}[ \\t]*(?=[:：])`, "g");
const STAMP_OPENING_LINE = new RegExp(`(^|\\n)[ \\t]*${LINE_STAMP}[ \\t]*`, "g");

/** The text without the recorder's time stamps of its turns. */
export function withoutTurnStamps(text: string): string {
  return text
    .replace(STAMP_BEFORE_LABEL, "\n")
    .replace(STAMP_AFTER_LABEL, "$1")
    .replace(STAMP_OPENING_LINE, "$1");
}

/**
 * Splits `坐席：…`/`来电人：…` lines. Returns null when the text is not a transcript, so ordinary
 * messages that happen to contain a colon are left alone. Unlabelled lines continue the previous turn.
 */
export function parseTranscript(text: string): Transcript | null {
  // ASR exports and hand-typed notes often keep both speakers on one line; every label starts a turn.
  const lines = withoutTurnStamps(text).replace(INLINE_LABEL, "\n$1").split("\n");
  if (!lines.some((l) => AGENT.test(l.trim()) || CALLER.test(l.trim()))) return null;
  const out: Transcript = { caller: [], agent: [], turns: [] };
  let speaker: "caller" | "agent" = "caller";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (AGENT.test(line)) {
      speaker = "agent";
      out.turns.push({ speaker, text: line.replace(AGENT, "") });
    } else if (CALLER.test(line)) {
      speaker = "caller";
      out.turns.push({ speaker, text: line.replace(CALLER, "") });
    } else {
      out.turns.push({ speaker, text: line });
    }
    out[speaker].push(out.turns[out.turns.length - 1]!.text);
  }
  return out;
}
