import { tonelessSyllables } from "./toneless-pinyin.js";

/*
 * Place names written in Latin letters: English ("Henghui Tower", "Taonan 1st District", "Shuiku
 * Street Primary School") or pinyin ("xi sheng lu", "Luxi Xiaoqu"). The resolver's other passes
 * compare Han characters and never meet such a message, so it was filed with no community and never
 * compared with the Chinese reports of the same problem. A name is read as its toneless syllables,
 * run together or spaced, with the kind of place it ends in (路, 街, 小区, 大厦 …) also in English.
 */

/** The kinds of place a name ends in, longest first, with how English and pinyin write them. */
const KINDS: readonly (readonly [string, readonly string[]])[] = [
  ["商业街", ["shang[\\s-]?ye[\\s-]?jie", "commercial street", "shopping street"]],
  ["家属院", ["jia[\\s-]?shu[\\s-]?yuan", "compound", "quarters", "housing"]],
  ["小区", ["xiao[\\s-]?qu", "compound", "estate", "community", "residential area"]],
  ["家园", ["jia[\\s-]?yuan", "homes?"]],
  ["花园", ["hua[\\s-]?yuan", "gardens?"]],
  ["公寓", ["gong[\\s-]?yu", "apartments?", "apts?\\.?", "flats"]],
  ["大厦", ["da[\\s-]?sha", "tower", "building", "plaza", "mansion"]],
  ["小学", ["xiao[\\s-]?xue", "primary school", "elementary school"]],
  [
    "一区",
    [
      "yi[\\s-]?qu",
      "(?:1st|first|no\\.?\\s?1) (?:district|zone|area|section)",
      "(?:district|zone|area|section) (?:1|one)",
    ],
  ],
  [
    "二区",
    [
      "er[\\s-]?qu",
      "(?:2nd|second|no\\.?\\s?2) (?:district|zone|area|section)",
      "(?:district|zone|area|section) (?:2|two)",
    ],
  ],
  ["路", ["lu", "road", "rd\\.?"]],
  ["街", ["jie", "street", "st\\.?"]],
  ["巷", ["xiang", "lane", "alley"]],
];
/** A direction a street's name ends in before its kind (桃园北路: "Taoyuan North Road", "Taoyuan Bei Lu"). */
const DIRECTIONS: Readonly<Record<string, string>> = {
  东: "dong|east",
  南: "nan|south",
  西: "xi|west",
  北: "bei|north",
};
/** Kinds whose name alone is said without them ("Shuangta" for 双塔小区). */
const SAID_ALONE = new Set(["小区"]);

const GAP = "[\\s-]*";

function syllables(name: string): string {
  return tonelessSyllables(name).join("[\\s-]?");
}

/** The Latin spellings of one name, as regular-expression alternatives. */
function spellings(name: string, names: ReadonlySet<string>): string[] {
  const out = [syllables(name)];
  for (const [kind, forms] of KINDS) {
    if (!name.endsWith(kind)) continue;
    const core = name.slice(0, -kind.length);
    if ([...core].length < 2) break;
    const cores = [syllables(core)];
    // 水库街小学: "Shuiku Street Primary School".
    if (names.has(core)) cores.push(...spellings(core, names));
    const last = core.slice(-1);
    if (DIRECTIONS[last] && [...core].length >= 3)
      cores.push(`${syllables(core.slice(0, -1))}${GAP}(?:${DIRECTIONS[last]})`);
    for (const c of cores) out.push(`${c}${GAP}(?:${forms.join("|")})`);
    if (SAID_ALONE.has(kind)) out.push(...cores);
    break;
  }
  return [...new Set(out)];
}

export interface RomanisedMatch {
  name: string;
  index: number;
  surface: string;
}

/** Matches a text's Latin place names against a list of Han place names. */
export class RomanisedPlaces {
  private readonly patterns: { name: string; re: RegExp }[];

  constructor(names: readonly string[]) {
    const all = new Set(names);
    this.patterns = names
      .filter((n) => /^\p{Script=Han}+$/u.test(n))
      .map((name) => ({
        name,
        re: new RegExp(`(?<![a-z])(?:${spellings(name, all).join("|")})(?![a-z])`, "gi"),
      }));
  }

  /** Every name found, longest spelling first where two overlap. */
  find(text: string): RomanisedMatch[] {
    const hits: RomanisedMatch[] = [];
    for (const { name, re } of this.patterns)
      for (const m of text.matchAll(re)) hits.push({ name, index: m.index, surface: m[0] });
    hits.sort((a, b) => b.surface.length - a.surface.length || a.index - b.index);
    const kept: RomanisedMatch[] = [];
    for (const h of hits)
      if (!kept.some((k) => h.index < k.index + k.surface.length && k.index < h.index + h.surface.length))
        kept.push(h);
    return kept;
  }
}

/** A run of four Latin letters: a message (or part) written in English or pinyin. */
export const LATIN_WORD = /[A-Za-z]{4}/;
