import { z } from "zod";
import { maskFreeText } from "../auth/free-text-mask.js";
import { Channel, callbackOf } from "../domain/complaint.schema.js";
import { digitView } from "../domain/personal-numbers.js";
import { toSimplifiedChinese } from "../domain/text-simplify.js";
import type { ExtractionEngine } from "./extraction-engine.js";
import { readLabelledLines } from "./labelled-lines.js";
import { maskPersonalData } from "./mask-personal-data.js";

/** A message and the callback number and name a person reads in it (null: none given). */
export const ContactCase = z.object({
  text: z.string().min(1),
  channel: Channel,
  phone: z
    .string()
    .regex(/^\d{7,12}$/, "digits only")
    .nullable(),
  name: z.string().min(1).nullable(),
  /**
   * Whose the labelled callback number is, when a writer says ("relative": one the resident named
   * for a relative or a carer). Optional; any other value is counted under its own name.
   */
  callback_for: z.string().min(1).max(40).optional(),
});
export type ContactCase = z.infer<typeof ContactCase>;

interface Score {
  correct: number;
  total: number;
}

export interface ContactEvaluation {
  cases: number;
  /** Every case: the callback number found (the resident's own or a relative's) equals the label (null for null). */
  phone: Score;
  /**
   * Cases by their `callback_for` label (absent: not counted): the labelled number found, and found
   * and said to be a relative's. "relative" is the subset the engine should read as someone else's.
   */
  callbackFor: Record<string, { total: number; found: number; forRelative: number }>;
  /** Cases with a callback number: found exactly / a different number taken / none found. */
  given: { total: number; found: number; wrong: number; missed: number };
  /** Cases without one: a number taken anyway (someone else's, an order number…). */
  none: { total: number; taken: number };
  name: Score;
  /** Labelled numbers whose digits can still be read after masking (staff view; text sent to an LLM). */
  leaks: { total: number; staffView: number; llm: number };
  /**
   * Labelled names of two characters or more still in the staff view, masked as the console masks a
   * ticket's text (the contact name the engine read is masked wherever it stands).
   */
  nameLeaks: { total: number; staffView: number };
  /**
   * Wrong phones and names; "name_leak" / "phone_leak": a labelled name or number left readable in
   * the staff view (actual: that view).
   */
  failures: {
    text: string;
    field: "phone" | "name" | "name_leak" | "phone_leak";
    expected: string | null;
    actual: string | null;
  }[];
}

/** Runs the engine on each case as the bot would and scores the contact it reads; checks the maskers. */
export async function evaluateContacts(
  engine: ExtractionEngine,
  cases: readonly ContactCase[],
): Promise<ContactEvaluation> {
  const result: ContactEvaluation = {
    cases: cases.length,
    phone: { correct: 0, total: 0 },
    given: { total: 0, found: 0, wrong: 0, missed: 0 },
    callbackFor: {},
    none: { total: 0, taken: 0 },
    name: { correct: 0, total: 0 },
    leaks: { total: 0, staffView: 0, llm: 0 },
    nameLeaks: { total: 0, staffView: 0 },
    failures: [],
  };
  for (const c of cases) {
    const { contact: read } = await engine.extract({ text: c.text, channel: c.channel });
    const callback = callbackOf(read);
    const contact = { name: read.name, phone: callback?.phone ?? null };
    result.phone.total++;
    if (c.callback_for) {
      const by = (result.callbackFor[c.callback_for] ??= { total: 0, found: 0, forRelative: 0 });
      by.total++;
      if (contact.phone === c.phone) by.found++;
      if (contact.phone === c.phone && callback?.for === "relative") by.forRelative++;
    }
    if (contact.phone === c.phone) result.phone.correct++;
    else result.failures.push({ text: c.text, field: "phone", expected: c.phone, actual: contact.phone });
    if (c.phone === null) {
      result.none.total++;
      if (contact.phone !== null) result.none.taken++;
    } else {
      result.given.total++;
      if (contact.phone === c.phone) result.given.found++;
      else if (contact.phone === null) result.given.missed++;
      else result.given.wrong++;
      result.leaks.total++;
      const staffView = maskFreeText(c.text, { houseNumbers: true });
      if (readable(staffView, c.phone)) {
        result.leaks.staffView++;
        result.failures.push({ text: c.text, field: "phone_leak", expected: c.phone, actual: staffView });
      }
      if (readable(maskPersonalData(c.text), c.phone)) result.leaks.llm++;
    }
    if (c.name && [...c.name].length >= 2) {
      result.nameLeaks.total++;
      const staffView = maskFreeText(c.text, { houseNumbers: true }, [contact.name]);
      if (staffView.includes(c.name)) {
        result.nameLeaks.staffView++;
        result.failures.push({ text: c.text, field: "name_leak", expected: c.name, actual: staffView });
      }
    }
    result.name.total++;
    // A name written in traditional characters is the same name in simplified ones.
    if (simplified(contact.name) === simplified(c.name)) result.name.correct++;
    else result.failures.push({ text: c.text, field: "name", expected: c.name, actual: contact.name });
  }
  return result;
}

function simplified(name: string | null): string | null {
  return name === null ? null : toSimplifiedChinese(name);
}

/** Whether the number's digits still stand in the text, however they are spaced or spelt. */
function readable(masked: string, phone: string): boolean {
  return digitView(masked).replace(/\D/g, "").includes(phone);
}

export function formatContactEvaluation(r: ContactEvaluation, options: { failures?: boolean } = {}): string {
  const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : "-");
  const lines = [
    `${r.cases} cases`,
    `  phone      ${pct(r.phone.correct, r.phone.total).padStart(6)}  (${r.phone.correct}/${r.phone.total})`,
    `    given ${r.given.total}: found ${r.given.found}, another number taken ${r.given.wrong}, missed ${r.given.missed}`,
    `    none given ${r.none.total}: a number taken anyway ${r.none.taken}`,
    ...Object.entries(r.callbackFor).map(
      ([label, by]) =>
        `    callback_for "${label}" ${by.total}: right ${by.found}, of them read as a relative's ${by.forRelative}`,
    ),
    `  name       ${pct(r.name.correct, r.name.total).padStart(6)}  (${r.name.correct}/${r.name.total})`,
    `  numbers still readable after masking: staff view ${r.leaks.staffView}/${r.leaks.total}, LLM ${r.leaks.llm}/${r.leaks.total}`,
    `  names still in the staff view: ${r.nameLeaks.staffView}/${r.nameLeaks.total}`,
  ];
  if (options.failures)
    for (const f of r.failures)
      lines.push(
        f.field === "name_leak" || f.field === "phone_leak"
          ? `  ✗ ${f.field === "name_leak" ? "name" : "number"} in the staff view: ${f.expected}: ${f.actual}`
          : `  ✗ ${f.field}: expected ${f.expected ?? "null"}, got ${f.actual ?? "null"}: ${f.text}`,
      );
  return lines.join("\n");
}

export function readContactCases(file: string): Promise<ContactCase[]> {
  return readLabelledLines(file, ContactCase);
}
