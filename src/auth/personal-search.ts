import { TICKET_REF_PATTERN } from "../domain/ticket-ref.js";

/** A search term that looks up a person rather than a problem: a phone or an ID number. */
export interface PersonalSearch {
  kind: "phone" | "id_number";
  /** The number as digits only (an ID number may end in X), however the caller wrote it. */
  digits: string;
}

// Five digits already narrow a phone number down: "139111" is a probe, not a word search.
const DIGIT_RUN = /\d{5,}/;

/**
 * Classifies a free-text search. Reference numbers (ZT20261121-0042) are ordinary searches; any
 * other term holding a run of five or more digits, written with spaces, dashes or +86 or not, is
 * a search for a person, which only roles allowed to reveal contact details may run (audited).
 */
export function personalSearch(q: string): PersonalSearch | null {
  const term = q.trim();
  if (TICKET_REF_PATTERN.test(term)) return null;
  const ascii = term.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const compact = ascii.replace(/[\s\-－+＋()（）]/g, "");
  if (/^\d{17}[\dXx]$/.test(compact)) return { kind: "id_number", digits: compact.toUpperCase() };
  if (!DIGIT_RUN.test(compact)) return null;
  const digits = compact.replace(/\D/g, "");
  return {
    kind: "phone",
    digits: digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits,
  };
}
