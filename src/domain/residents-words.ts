import { simplify } from "./text-simplify.js";

/*
 * A ticket's summary is mostly a window of the resident's own clauses, with the place's proper name
 * in front. The summarizer may also add a clause nobody wrote: the term a work order files a problem
 * under ("噪音扰民" after "KTV每天唱到两点"), or a hotline operator's restatement. Two reports that
 * both get the same filed term do not agree on anything the residents said: the term stands for the
 * category, which the scorer already compares as a signal of its own. So the scorer reads the
 * summary's clauses that hold the resident's words, and of the others only the place's name.
 */

const CLAUSE = /[，,；;。]/;
/** Punctuation and spaces, left out before words are compared. */
const NOT_WORD = /[\p{P}\p{S}\s]+/gu;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Whether the clause is told in the resident's words: it shares a two-character run with the
 * description (the summarizer trims fillers inside a clause, so the clause itself need not appear
 * whole). A one-character clause is the resident's when the character is.
 */
function residentsClause(clause: string, words: string, runs: ReadonlySet<string>): boolean {
  const plain = simplify(clause).replace(NOT_WORD, "");
  if (!plain) return false;
  if ([...plain].length === 1) return words.includes(plain);
  for (const run of bigrams(plain)) if (runs.has(run)) return true;
  return false;
}

/**
 * The scored text (`${summary} ${description}`) without the summary's clauses that hold none of the
 * description's words; such a clause keeps only the place's name when it names it. The text as it
 * is when it does not end with the description (a hand-labelled pair, a text with no summary).
 */
export function residentsOwnText(
  text: string,
  description: string | undefined,
  place?: string | null,
): string {
  if (!description || text === description || !text.endsWith(description)) return text;
  const summary = text.slice(0, text.length - description.length).trim();
  if (!summary) return text;
  const words = simplify(description).replace(NOT_WORD, "");
  const runs = bigrams(words);
  const clauses = summary.split(CLAUSE).map((c) => c.trim());
  const kept = clauses
    .map((c) => (residentsClause(c, words, runs) ? c : place && c.includes(place) ? place : ""))
    .filter(Boolean);
  if (kept.length === clauses.filter(Boolean).length) return text;
  return kept.length ? `${kept.join("，")} ${description}` : description;
}
