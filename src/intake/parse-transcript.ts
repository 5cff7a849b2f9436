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

/**
 * Splits `坐席：…`/`来电人：…` lines. Returns null when the text is not a transcript, so ordinary
 * messages that happen to contain a colon are left alone. Unlabelled lines continue the previous turn.
 */
export function parseTranscript(text: string): Transcript | null {
  // ASR exports and hand-typed notes often keep both speakers on one line; every label starts a turn.
  const lines = text.replace(INLINE_LABEL, "\n$1").split("\n");
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
