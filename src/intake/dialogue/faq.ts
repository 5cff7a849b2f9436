import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ConfigError, describeIssues } from "../../domain/config.js";

const Pattern = z.string().refine((p) => {
  try {
    new RegExp(p, "u");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

export const FaqEntry = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, "use lower-case ids such as social_security"),
  question: z.string().min(1),
  /** Regular expressions on the normalised (simplified) message; any match answers the entry. */
  patterns: z.array(Pattern).min(1),
  answer: z.string().min(1).max(300),
  /** A shorter answer for SMS (≤ 70 characters is one segment); defaults to `answer`. */
  sms: z.string().min(1).max(140).optional(),
});
export type FaqEntry = z.infer<typeof FaqEntry>;

export const FaqFile = z.strictObject({
  version: z.literal(1),
  entries: z.array(FaqEntry),
});

export interface Faq {
  entries: readonly FaqEntry[];
  /** The first entry whose pattern matches, or null. */
  match(text: string): FaqEntry | null;
}

export function buildFaq(raw: unknown): Faq {
  const parsed = FaqFile.safeParse(raw);
  if (!parsed.success) throw new ConfigError("faq.json", describeIssues(parsed.error.issues));
  const compiled = parsed.data.entries.map((e) => ({ e, res: e.patterns.map((p) => new RegExp(p, "u")) }));
  return {
    entries: parsed.data.entries,
    match: (text) => compiled.find(({ res }) => res.some((re) => re.test(text)))?.e ?? null,
  };
}

/** Loads `faq.json` from the config directory; a missing file means no FAQ, an invalid one stops boot. */
export async function loadFaq(configDir: string): Promise<Faq> {
  const file = path.join(configDir, "faq.json");
  if (!existsSync(file)) return buildFaq({ version: 1, entries: [] });
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new ConfigError("faq.json", [`not valid JSON: ${(err as Error).message}`]);
  }
  return buildFaq(raw);
}
