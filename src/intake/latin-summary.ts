import { hanCount } from "./han-count.js";
import { chineseThingAndFault } from "./latin-glossary.js";

/*
 * Messages written in English or in toneless pinyin ("Hello, the street light outside Xisheng Jiayuan
 * north gate has been off for a week", "luxi xiaoqu de ludeng bu liang le"): the Chinese summary
 * breaks clauses at spaces, so it kept one or two words ("fora", "huayuan4"). Here the words stay
 * words: the place leads, then the sentence that tells the problem with its articles, auxiliaries,
 * greetings and durations left out, and, when it is still too long for the line, the least telling
 * words go first (building numbers and spots, then words after the thing, then the thing's
 * modifiers), never the thing's last word or the first word of its fault.
 */

/** Latin letters against Chinese characters: a message mostly in English or pinyin. */
const MIN_LATIN_LETTERS = 12;
const LATIN_SHARE = 2;

// A link or an address ("https://…", "a@b.cn") is no English: a Chinese complaint about a site stays Chinese.
const LINK = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b[\w-]+\.(?:com|cn|net|org)\b\S*/gi;

export function isLatinMessage(text: string): boolean {
  // Most messages have no Latin letter at all: one scan and done.
  if (!/[A-Za-z]/.test(text)) return false;
  // Taking the links out only removes letters: when the whole text has too few, so has what is
  // left, and the link pattern (whose \S+@\S+ rescans every run without spaces, so a long
  // Chinese letter with one "A栋" costs its length squared) need not run. Same answer.
  const han = hanCount(text);
  const all = countLatin(text);
  if (all < MIN_LATIN_LETTERS || all < LATIN_SHARE * han) return false;
  const latin = countLatin(text.replace(LINK, " "));
  return latin >= MIN_LATIN_LETTERS && latin >= LATIN_SHARE * han;
}

function countLatin(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

// Sentence ends, not the dot of an abbreviation ("No. 40", "Shuiku St. near", "w/o").
const SENTENCE_END = /(?<!\b(?:[Nn]o|St|Rd|Ave|Mr|Mrs|Dr))[.!?;]+(?=\s|$)|[。！？；\n]+/;
/** Sentences that only greet, thank, ask for the fix, or tell who the writer is. */
const NOTHING_TO_DO =
  /^(hello|hi|hey|dear\b[^,，]*|to whom it may concern|thanks?\b.*|thank you\b.*|(please|pls|plz|kindly)?\s*(fix|check|help|repair)\b.{0,20}|(could|can|would) (someone|you|somebody)\b.*|i am\b.*|i'm\b.*|my name\b.*|management\b.*(says|said).*)$/i;
/** What opens the sentence of the problem but is none of it. */
const LEAD_IN =
  /^(hello|hi|hey|dear sir\/madam|dear sir or madam|dear sirs?|to whom it may concern|report|urgent|complaint|but|and|now|also|so|ok|please|pls|plz|(please |pls |plz )?(send someone to |can you |could you |could someone )?(fix|check|repair|look at)|i am writing to (report|tell you|inform you|complain)( that| about)?|i('d| would) like to report( that)?)\b[\s,:!.-]*/i;
/** Words that tell what is wrong, in English or in toneless pinyin. */
const PROBLEM =
  /\b(out of (?:service|order)|(?:has|have|had)n't been|(?:is|are|was|were)n't|broken|broke|not working|not fixed|not repaired|doesn't work|does not work|out|off|missing|gone|blocked|clogged|blocking|no(?!\.|\s*\d)|zero|not|stuck|stopping|stopped|stops|flooding|flooded|flood|leaking|leaks?|burst|pothole|hole|fallen|fell|falling|flashing|dead|cut|smells?|smelly|stinks?|yellow|brown|muddy|cloudy|murky|discolou?red|dark|damaged|cracked|cracks?|collapsed|overflowing|full|noisy|noise|loud|dirty|piled|dumped|dumping|littered|uncollected|not collected|loose|tilted|leaning|exposed|sinking|frozen|icy|slippery|flickering|buzzing|sparking|sparks|smoke|smoking|fire|burning|rusty|rusted|mou?ldy?|damp|seeping|dripping|faulty|failed|failing|malfunctioning|jammed|unlit|cannot|can't|won't|dangerous|unsafe|illegal|illegally|too (?:dark|loud|hot|cold|slow|fast|dirty)|cold|huai|bu liang|bu dong|bu re|diu|man|chou|du|lou shui|ting|mei|gai dao|deng bu dao|po|duan|dao le|ting dian|ting shui|mei shui|mei dian|zao yin|chao|zang|luan|diao|lie|xie lou|mao yan|qiao|qiaoqi|qiaoqilai|qiao qi lai|zhuangwai|zhuanghuai|zhuangdao|zhuangduan|zhuang wai|zhuang huai|zhuang dao|zhuang duan|wai le|sui le|sui|ta le|ta xian|taxian|mei ren xiu|mei ren guan)\b/i;
const PROBLEM_WORDS = new RegExp(`^(?:${PROBLEM.source.slice(2, -2)})$`, "i");
/** Always left out: articles, auxiliaries, particles, fillers. */
const FILLER_WORDS = new Set(
  (
    "the a an is are was were am be been being has have had it its it's our my your their this that " +
    "just right really very still also again lol now there here some any keeps keep why" +
    " le de la ne ya ba a wo men women"
  ).split(" "),
);
// "for a week", "since this morning", "after 2 weeks", "yesterday": how long, not what.
const DURATION =
  /\b(for|since|after)\s+(about\s+|almost\s+|over\s+|more than\s+|nearly\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d+|this|the|last)?\s*(\w+\s)?(minutes?|hours?|days?|weeks?|months?|years?|morning|afternoon|evening|night|storm|rain|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\s?(am|pm))\b|\b\d+\s?(am|pm)\b|\b(yesterday|today|tonight|last time|this month|this week|every day|at night|hao ji tian|haojitian|hao jiu|hen jiu|[a-z]+ tian le)\b/gi;
/** Which building or floor, and where beside it: the first words to go when the line is full. */
const SPOT_WORDS = new Set(
  (
    "building bldg block unit floor floors room no no. dong danyuan kou menkou " +
    "north south east west gate entrance exit side sides corner near outside inside in at on of from " +
    "between by behind opposite under above next to front beside crossing intersection junction " +
    "bei nan xi dong all"
  ).split(" "),
);

/** Place names written in Latin letters: "Xisheng Jiayuan", "Haixiyuan", "Liuxiang Rd", "nanhai jie". */
const PLACE_SUFFIX =
  "Road|Rd|Street|St|Lane|Avenue|Ave|Garden|Gardens|Tower|Community|Plaza|Park|Primary School|School|Commercial Street|Mansion|Apartments?";
const CAPITALISED_PLACE = new RegExp(
  `\\b(?:[A-Z][a-z]+\\s+){0,3}(?:(?:${PLACE_SUFFIX})\\b\\.?|[A-Z][a-z]*(?:yuan|jie|xiang|qu|lu)\\b|(?:Yuan|Jiayuan|Huayuan|Erqu|Yiqu|Sanqu|Yixiang|Erxiang|Xiaoqu)\\b)`,
);
/** "in Henghui Tower", "outside the Xisheng Jiayuan": the preposition goes with the name. */
const PLACE_PREPOSITION = "(?:\\b(?:in|at|on|of|outside|near|from|by|opposite|behind)\\s+(?:the\\s+)?)?";
// Two names for a crossing: "Liuxiang Rd / Haibian St".
const CAPITALISED_PLACES = new RegExp(
  `${CAPITALISED_PLACE.source}(?:\\s*(?:/|&|and)\\s*${CAPITALISED_PLACE.source})?`,
);
const ENGLISH_PLACE_KIND =
  /\b(?:road|street|lane|alley|avenue|tower|building|estate|compound|gardens?|apartments?)\b/i;
const PINYIN_PLACE =
  /\b(?:(?!(?:wo|men|de|le|women)\b)[a-z]+\s+){1,3}?(?:xiaoqu|huayuan|jiayuan|yuan|jie|lu|xiang|xiaoxue|dasha|yiqu|erqu|sanqu|shequ|gongyu|yixiang|erxiang)\b/;

interface Word {
  text: string;
  kind: "place" | "problem" | "spot" | "word";
}

/**
 * The summary of a message mostly in Latin letters; `place` is what the resolver found (a Chinese
 * name in brackets, "Henghui Tower (恒汇大厦)"), else the place is read from the Latin words.
 */
export function summarizeLatin(
  facts: string,
  place: string | null,
  max = 30,
  /** The resolver's name of a place written in Latin letters ("Xisheng Jiayuan" → 西盛家园). */
  alias: string | null = null,
): string {
  // A Chinese name in brackets repeats the place the resolver already read.
  const text = place ? facts.split(`(${place})`).join("").split(`（${place}）`).join("") : facts;
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = sentences.filter((s) => !NOTHING_TO_DO.test(s.replace(/[\s,:!.-]+$/, "")));
  const pool = kept.length ? kept : sentences;
  let sentence = pool.find((s) => PROBLEM.test(s)) ?? pool[0] ?? text;
  // "I live in X but I'm writing about Y: the fallen tree…": what comes after the colon is the problem.
  const colon = sentence.lastIndexOf(":");
  if (colon > 0 && PROBLEM.test(sentence.slice(colon + 1))) sentence = sentence.slice(colon + 1);
  let previous = "";
  while (previous !== sentence) {
    previous = sentence;
    sentence = sentence.trim().replace(LEAD_IN, "");
  }
  // The clause that tells the fault and what comes before it; the clauses after it are effects.
  const clauses = sentence.split(/\s*[,，]\s*|\s+-\s+/).filter(Boolean);
  const faultAt = clauses.findIndex((c) => PROBLEM.test(c));
  sentence = clauses.slice(0, faultAt >= 0 ? faultAt + 1 : 1).join(", ");
  sentence = sentence.replace(DURATION, " ");

  const found =
    place ??
    sentence.match(CAPITALISED_PLACES)?.[0] ??
    text.match(CAPITALISED_PLACES)?.[0] ??
    sentence.match(PINYIN_PLACE)?.[0] ??
    text.match(PINYIN_PLACE)?.[0] ??
    // An English name neither pattern knows ("liuxiang road" in lower case): the resolver's name says
    // it. Not pinyin: its syllables would stay in the line beside the name.
    (ENGLISH_PLACE_KIND.test(text) ? alias : null) ??
    null;
  // Every place named in Latin letters goes: the lead says where; a second one ("…on Shuiku Street")
  // only repeats or narrows it, and a building number ("5 hao lou") is a spot.
  const named = (source: string) => new RegExp(`${PLACE_PREPOSITION}(?:${source})`, "g");
  // The resolver's place leads the line: it goes from the body with its preposition ("at 桃南一区").
  const body = (place ? sentence.replace(named(place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), " ") : sentence)
    .replace(named(CAPITALISED_PLACES.source), " ")
    .replace(named(PINYIN_PLACE.source), " ")
    .replace(/\b(\d+)\s*hao(\s*lou)?\b/g, "$1hao")
    .replace(/\bno\.\s*(\d+)/gi, "#$1")
    // "hasn't been collected", "isn't working": the negation is the fault word, its auxiliary filler.
    .replace(/\b(?:(?:has|have|had)(?:n't| not)\s+been|(?:is|are|was|were)(?:n't| not))\b/gi, "not");
  const words: Word[] = body
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$|\.$/gu, ""))
    .filter((w) => w && !FILLER_WORDS.has(w.toLowerCase()))
    .map((w, i, all) => ({
      text: w,
      // A fault may take three words ("out of service"); "no 15" is a house number, not a "no".
      kind:
        /^no$/i.test(w) && /^[0-9]/.test(all[i + 1] ?? "")
          ? ("spot" as const)
          : [
                w,
                `${all[i - 1]} ${w}`,
                `${w} ${all[i + 1]}`,
                `${all[i - 2]} ${all[i - 1]} ${w}`,
                `${all[i - 1]} ${w} ${all[i + 1]}`,
                `${w} ${all[i + 1]} ${all[i + 2]}`,
              ].some((t) => PROBLEM_WORDS.test(t))
            ? ("problem" as const)
            : SPOT_WORDS.has(w.toLowerCase()) || /^[0-9]|^[A-Z][0-9]*$/.test(w)
              ? ("spot" as const)
              : ("word" as const),
    }));
  // Prepositions and spots left dangling at either end say nothing.
  while (words.length && words[0]!.kind === "spot") words.shift();
  while (words.length && words[words.length - 1]!.kind === "spot") words.pop();
  const lead = found;
  const shortened = (name: string | null, limit = max): string => {
    const kept = [...words];
    const line = (): string => [name, ...kept.map((w) => w.text)].filter(Boolean).join(" ");
    const fits = (): boolean => [...line()].length <= limit;
    // The thing is the first run of plain words, its fault the first run of fault words.
    const run = (kind: Word["kind"]): Set<Word> => {
      const at = kept.findIndex((w) => w.kind === kind);
      const found = new Set<Word>();
      for (let i = at; at >= 0 && i < kept.length && kept[i]!.kind === kind; i++) found.add(kept[i]!);
      return found;
    };
    const thing = run("word");
    const fault = run("problem");
    const dropFromEnd = (test: (w: Word) => boolean): void => {
      for (let i = kept.length - 1; i >= 0 && !fits(); i--) if (test(kept[i]!)) kept.splice(i, 1);
    };
    dropFromEnd((w) => w.kind === "spot");
    dropFromEnd((w) => w.kind === "word" && !thing.has(w));
    dropFromEnd((w) => w.kind === "problem" && !fault.has(w));
    // The thing's modifiers last, from its first word: "street light" → "light".
    for (const w of thing) {
      if (fits() || thing.size < 2) break;
      kept.splice(kept.indexOf(w), 1);
      thing.delete(w);
    }
    return line();
  };
  /*
   * The district's words first when the glossary knows the thing and its fault ("西盛家园楼道灯不亮"):
   * the unit, the survey and the duplicate search read Chinese. The resident's own words follow when
   * they fit whole, so the confirmation they get back still reads in their language.
   */
  const chinese =
    chineseThingAndFault(body) ??
    chineseThingAndFault(sentence) ??
    pool.map((s) => chineseThingAndFault(s)).find(Boolean) ??
    null;
  if (chinese) {
    const zhPlace = place ?? alias;
    // Without a Chinese name the resident's spelling of the place leads ("Taonan Yiqu 路灯不亮 …").
    const head = zhPlace ? `${zhPlace}${chinese}` : lead ? `${lead} ${chinese}` : chinese;
    const room = max - [...head].length - 1;
    // The resident's words after it, their spelling of the place too when it fits ("西盛家园楼道灯不亮
    // Xisheng Jiayuan light off"), else without it.
    const whole = [lead, ...words.map((w) => w.text)].join(" ");
    const tails = [
      // Only whole: the resident's spelling of the place never takes the room of their thing.
      ...(zhPlace && lead && lead !== zhPlace && [...whole].length <= room ? [whole] : []),
      shortened(null, room),
    ];
    const tail = tails.find((t) => t && [...t].length <= room);
    if (tail) return `${head} ${tail}`;
    if ([...head].length <= max) return head;
  }
  // A Latin place name ("Xisheng Jiayuan", "Binhe Commercial Street") can leave no room for the
  // fault: the resolver's shorter name says the same place and keeps the line whole.
  let full = shortened(lead);
  if ([...full].length > max && alias) full = shortened(alias);
  if ([...full].length <= max) return full;
  // Still too long: cut at the last whole word.
  const cut = [...full].slice(0, max + 1).join("");
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, max)).trim();
}
