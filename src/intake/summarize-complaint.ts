const CLAUSE_BREAK = /[，,。；;！!？?、\n]+|\s{1,}/;
const FILLER =
  /^(您好|你好|喂+|在吗|在不在|请讲|嗯+|啊+|对+|是的|好的|谢谢|麻烦了?|快点+|我想(反映|投诉|说)(一下|个事)?|我(要)?反映(一下|个事)?(情况)?|我(要)?投诉(一下)?|我有个事)[啊呀吧]*$/;
const LEAD =
  /^(我想|我要|想)?(反映|投诉|说)(一下|个)?|^(就是|那个|这个|我们这个|我们那个|我们|我家|我|你好|您好|喂)+/;
const TRAILING_DURATION =
  /(已经)?(有)?(好|这)?(几|[0-9一二三四五六七八九十两]+)(个)?(天|星期|礼拜|月|年|小时)(了|多了)?$|好久了$|很久了$|一直(这样)?$/;

export interface SummaryInput {
  /** The resident's facts, normalised. */
  facts: string;
  /** Canonical place name and what the resident actually wrote, when resolved. */
  place: { name: string; surface: string } | null;
  /** How strongly a clause speaks for the chosen category (higher is better). */
  score: (clause: string) => number;
}

/** A dispatcher-ready line of at most `max` characters, e.g. "西盛家园暖气不热". */
export function summarizeComplaint(input: SummaryInput, max = 30): string {
  const clauses = input.facts
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c && !FILLER.test(c));
  let best = clauses[0] ?? input.facts.trim();
  let bestScore = -Infinity;
  for (const clause of clauses) {
    const s = input.score(clause);
    if (s > bestScore + 1e-9) {
      best = clause;
      bestScore = s;
    }
  }
  let line = best;
  if (input.place && input.place.surface !== input.place.name)
    line = line.split(input.place.surface).join(input.place.name);
  let prev = "";
  while (prev !== line) {
    prev = line;
    line = line.replace(LEAD, "").replace(TRAILING_DURATION, "").trim();
  }
  if (!line) line = best;
  if (input.place && !line.includes(input.place.name)) line = `${input.place.name}${line}`;
  return [...line].slice(0, max).join("");
}
