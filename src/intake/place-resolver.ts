import type { Jurisdiction } from "../domain/jurisdiction.schema.js";
import { syllableInContext } from "./pinyin-in-context.js";
import { possibleSyllables } from "./pinyin-readings.js";
import { tonelessSyllables } from "./toneless-pinyin.js";
import { LATIN_WORD, RomanisedPlaces } from "./romanised-places.js";

/** A place in the message resolved to the community (unit id) responsible for it. */
export interface PlaceMatch {
  community: string;
  /** The canonical place or unit name from the jurisdiction, e.g. 西盛家园. */
  place: string;
  /** The text as the resident (or ASR) wrote it, e.g. 西胜家园. */
  surface: string;
  /** Offset of `surface` in the searched text. */
  index: number;
  /** 1 for an exact match, lower for homophones and near-misses. */
  score: number;
  method: "exact" | "pinyin" | "fuzzy";
}

interface Entry {
  name: string;
  community: string;
  chars: string[];
  /**
   * An estate's name said without 小区 (双塔): matched and reported as written, like a work unit's
   * name for its housing (机具厂), so a summary keeps the resident's word ("双塔公园" is no estate).
   */
  alone?: boolean;
  /** For a name said alone: the name where what follows is a part of the estate (`ESTATE_PART`). */
  pattern?: RegExp;
  /** What must follow a name said alone (`ESTATE_PART` for an estate, `BESIDE_PART` for a street's stem). */
  part?: RegExp;
}

/** An entry's sounds, for the homophone pass. */
interface Sounds {
  syllables: string[];
  loose: string[];
}

// Scores below these are not trusted: a wrong community routes the ticket to the wrong people.
const PINYIN_SCORE = 0.9;
const LOOSE_PINYIN_SCORE = 0.8;
const FUZZY_SCORE = 0.7;
// A romanised name: spelt out in full, but by the resident's hand, not the jurisdiction's characters.
const LATIN_SCORE = 0.85;

/**
 * Resolves place names against the jurisdiction's communities: exact substring first (longest
 * name wins, so 文庙巷 beats 文庙), then same-pinyin windows (ASR homophones: 西胜家园 → 西盛家园),
 * then loose pinyin (zh/z, n/l, -ng/-n confusions) and one-character edits. Returns null when
 * nothing matches or the best candidates point at different communities.
 */
export class PlaceResolver {
  private readonly entries: Entry[];
  /** The communities' own names (海西社区, 海西) that are no listed place of theirs. */
  private readonly unitNames = new Set<string>();
  private readonly streets: string[];
  private readonly lengths: number[];
  /**
   * For each name length, for each position in the name, the entries (by index, in `entries` order)
   * with a given character there. A window is compared only with names sharing a character in place,
   * which `approximate` requires anyway: long letters no longer cost windows × every name.
   */
  private readonly byCharAt = new Map<number, Map<string, number[]>[]>();
  // Each name's pinyin, computed the first time a window of a message shares a character with it
  // (no other name can match): a one-message `extract` does not pay for every name's pinyin.
  private readonly sounds: (Sounds | undefined)[] = [];

  constructor(jurisdiction: Jurisdiction) {
    const seen = new Set<string>();
    this.streets = jurisdiction.units.filter((u) => u.level === "street").map((u) => u.name);
    this.entries = [];
    for (const unit of jurisdiction.units) {
      if (unit.level !== "community") continue;
      const short = unit.name.replace(/(社区|村委会|村)$/, "");
      for (const name of [unit.name, short]) if (!unit.places.includes(name)) this.unitNames.add(name);
      for (const name of [unit.name, ...unit.places, short, ...unit.places.map(workUnitOf)]) {
        if ([...name].length < 2 || seen.has(name)) continue;
        seen.add(name);
        this.entries.push({ name, community: unit.id, chars: [...name] });
      }
      // An estate is called by its name without 小区 ("双塔2号楼", "双塔东门"), as the romanised
      // pass reads "Shuangta": after every listed name, so a place or unit name that is the same
      // word keeps its own meaning (路西 is the community, not 路西小区).
      for (const place of unit.places) {
        this.addAlone(estateNameAlone(place), unit.id, ESTATE_PART, seen);
      }
    }
    // A village or strip named after what a street is named for, with a quarter ("水库东村" by 水库街,
    // "南海北边" by 南海街): after every unit's own names, so no estate's bare name is taken.
    for (const unit of jurisdiction.units) {
      if (unit.level !== "community") continue;
      for (const place of unit.places) {
        this.addAlone(STREET_NAMED.exec(place)?.[1] ?? "", unit.id, BESIDE_PART, seen);
      }
    }
    this.entries.sort((a, b) => b.chars.length - a.chars.length);
    this.lengths = [...new Set(this.entries.map((e) => e.chars.length))];
    for (const [k, e] of this.entries.entries()) {
      const len = e.chars.length;
      if (!this.byCharAt.has(len))
        this.byCharAt.set(
          len,
          Array.from({ length: len }, () => new Map()),
        );
      const positions = this.byCharAt.get(len)!;
      for (const [j, c] of e.chars.entries()) {
        const list = positions[j]!.get(c);
        if (list) list.push(k);
        else positions[j]!.set(c, [k]);
      }
    }
  }

  /** A name read only when one of `part`'s words follows it ("双塔2号楼", "水库东村"); once per name. */
  private addAlone(name: string, community: string, part: RegExp, seen: Set<string>): void {
    if ([...name].length < 2 || seen.has(name)) return;
    seen.add(name);
    const pattern = new RegExp(`${name}(?=${part.source.slice(1)})`, "gu");
    this.entries.push({ name, community, chars: [...name], alone: true, pattern, part });
  }

  /**
   * Every place and unit name, for the segmenter's user dictionary. The same array every time:
   * findIntersection compiles its patterns once per list.
   */
  get names(): readonly string[] {
    // Not a street's stem (水库, 海边): a common word everywhere else, it would cut every text's words
    // differently for the models, which learnt their words without it.
    return (this.nameList ??= this.entries.filter((e) => e.part !== BESIDE_PART).map((e) => e.name));
  }
  private nameList: readonly string[] | undefined;

  /**
   * The text with every known place name replaced by `by`: a name says where, never what happens
   * there ("水库街" holds no water, "火车站路" no fire). Longest names first, so 文庙巷 goes whole.
   */
  mask(text: string, by = "，"): string {
    let out = text;
    for (const e of this.entries) {
      // A street's stem is the thing itself (水库东边 is by the water): it stays.
      if (e.part === BESIDE_PART || !out.includes(e.name)) continue;
      out = e.alone ? out.replace(e.pattern!, by) : out.split(e.name).join(by);
    }
    return out;
  }

  /**
   * The sub-district (街道) the text names, earliest first, when it names no community: a question
   * ("社保卡在哪儿补", "骑马山街道这边") often gives only that, and the summary still says where.
   */
  street(text: string): string | null {
    let best: string | null = null;
    let at = Infinity;
    for (const name of this.streets) {
      const i = text.indexOf(name);
      if (i >= 0 && i < at) [best, at] = [name, i];
    }
    return best;
  }

  /**
   * For a match that is only a community's own name, the first place of that community the text
   * names after it ("海西社区海西苑22号楼", "我住西盛社区，新城公寓", "本人系水库街社区居民…滨河商业街"):
   * a summary says where, and the community says only whose it is. The match itself otherwise.
   * The ticket's community is the same either way.
   */
  narrower(match: PlaceMatch, text: string): PlaceMatch {
    if (!this.unitNames.has(match.place)) return match;
    let best: PlaceMatch = match;
    for (const e of this.entries) {
      if (e.community !== match.community || this.unitNames.has(e.name) || e.alone) continue;
      const i = text.indexOf(e.name, match.index + match.surface.length);
      // Longest names first: 文庙巷 is found before 文庙 at the same place.
      if (i >= 0 && (best === match || i < best.index))
        best = { ...match, place: e.name, surface: e.name, index: i, score: 1, method: "exact" };
    }
    return best;
  }

  /**
   * Where the problem is when the resident first says where they live and then names another place
   * ("我住海西苑，但今天去桃南一区看我妈时…", "我家在新城公寓，单位在恒汇大厦，大厦车库…", "虽然我住西盛花
   * 园，但西盛路公交站…"): the first place named after the home that is not part of it. Null when
   * the text names no home or nothing else. Only the summary's place: the ticket's location and
   * community stay the resolver's.
   */
  awayFromHome(text: string): PlaceMatch | null {
    let at = -1;
    let homeName: string | null = null;
    let sameSentence = false;
    for (const [pattern, after, sentence] of HOMES) {
      const home = pattern.exec(text);
      if (!home) continue;
      let from = home.index + home[0].length;
      // "家住骑马山街道西盛路": the sub-district or community only says whose the home is.
      from += ADMIN_PREFIX.exec(text.slice(from))?.[0].length ?? 0;
      const name = this.entries.find((e) => text.startsWith(e.name, from))?.name;
      // "我是海西苑的…", "我在西盛家园住": the words after the name must make it the home.
      if (!name || (after && !after.test(text.slice(from + name.length)))) continue;
      if (at < 0 || from < at) [at, homeName, sameSentence] = [from, name, sentence];
    }
    if (!homeName) return null;
    const homeCommunity = this.entries.find((e) => e.name === homeName)!.community;
    const end = at + homeName.length;
    const found: PlaceMatch[] = [];
    const covered: boolean[] = [];
    for (const e of this.entries) {
      // Longest names first: the first name found at an offset is the whole name there.
      if (homeName.includes(e.name) || e.name.includes(homeName)) continue;
      for (let i = text.indexOf(e.name, end); i >= 0; i = text.indexOf(e.name, i + 1)) {
        const between = text.slice(end, i);
        if (covered[i] || !CLAUSE_END.test(between) || (sameSentence && SENTENCE_END.test(between))) continue;
        // The home's own community ("住桃园北路，桃南社区这边") or a sub-district ("柳巷街道的网格员")
        // says whose, not where.
        if (
          (this.unitNames.has(e.name) && e.community === homeCommunity) ||
          text.startsWith("街道", i + e.name.length)
        )
          continue;
        found.push(exactMatch(e, i));
        for (let j = i; j < i + e.name.length; j++) covered[j] = true;
      }
    }
    if (!found.length) return null;
    found.sort((a, b) => a.index - b.index);
    // Where the relative the resident writes for lives ("今天去文庙那边…，她住庙前街18号院"), over a
    // place passed on the way.
    let best =
      found.find((f) => RELATIVE_HOME.test(text.slice(Math.max(0, f.index - 3), f.index))) ?? found[0]!;
    // A name said short and then in full ("机具厂那个宿舍，机具厂家属院").
    const fuller = found.find(
      (f) =>
        f.index > best.index &&
        f.index - best.index <= 16 &&
        f.place.includes(best.place) &&
        f.place !== best.place,
    );
    if (fuller) best = fuller;
    // A street and the compound on it ("柳巷路那边海西苑9号楼"): the compound says where.
    const inside = found.find(
      (f) =>
        f.index > best.index &&
        !ROAD.test(f.place) &&
        SIDE_OF.test(text.slice(best.index + best.surface.length, f.index)),
    );
    if (inside) best = inside;
    return best;
  }

  resolve(text: string): PlaceMatch | null {
    return this.exact(text) ?? this.approximate(text) ?? this.romanised(text);
  }

  /**
   * Places written in Latin letters ("Xisheng Jiayuan", "Henghui Tower", "nan hai jie"), tried last
   * and only when the text has a Latin word: the other passes read Han characters only.
   */
  private romanised(text: string): PlaceMatch | null {
    if (!LATIN_WORD.test(text)) return null;
    const latin = (this.latin ??= {
      // The listed names only: the romanised pass says an estate's name alone its own way.
      places: new RomanisedPlaces(this.entries.filter((e) => !e.alone).map((e) => e.name)),
      community: new Map(this.entries.map((e) => [e.name, e.community])),
    });
    const found = latin.places.find(text).map((m) => ({
      community: latin.community.get(m.name)!,
      place: m.name,
      surface: m.surface,
      index: m.index,
      score: LATIN_SCORE,
      method: "pinyin" as const,
    }));
    return pickOne(found, text);
  }
  /** Built the first time a message has Latin letters: most never do. */
  private latin: { places: RomanisedPlaces; community: Map<string, string> } | undefined;

  /** Exact substring matches only; used for agent turns in a transcript, which are not misheard. */
  exact(text: string): PlaceMatch | null {
    const found: PlaceMatch[] = [];
    const covered: boolean[] = [];
    for (const e of this.entries) {
      for (let i = text.indexOf(e.name); i >= 0; i = text.indexOf(e.name, i + 1)) {
        if (covered[i] || !saidAsPlace(e, text, i)) continue;
        found.push(exactMatch(e, i));
        for (let j = i; j < i + e.name.length; j++) covered[j] = true;
      }
    }
    return pickOne(found, text);
  }

  private approximate(text: string): PlaceMatch | null {
    const chars = [...text];
    if (!this.maySoundLikeAName(chars)) return null;
    const read = this.alikeByTable(chars);
    if (read) return read.length ? pickBest(read, text) : null;
    const syllables = toSyllables(text);
    if (syllables.length !== chars.length) return null;
    const loose = syllables.map(loosen);
    const found: PlaceMatch[] = [];
    for (const [i, len, k] of this.windowsSharingAChar(chars)) {
      const e = this.entries[k]!;
      const es = (this.sounds[k] ??= soundsOf(e.name));
      let sameChar = 0;
      let samePinyin = 0;
      let sameLoose = 0;
      for (let j = 0; j < len; j++) {
        if (chars[i + j] === e.chars[j]) sameChar++;
        if (syllables[i + j] === es.syllables[j]) samePinyin++;
        if (loose[i + j] === es.loose[j]) sameLoose++;
      }
      const match = scoreWindow(e, chars, i, sameChar, samePinyin, sameLoose);
      if (match) found.push(match);
    }
    if (!found.length) return null;
    return pickBest(found, text);
  }

  /**
   * What `approximate` finds, in the same order, with the syllables read from pinyin-pro's tables
   * (src/intake/pinyin-in-context.ts) instead of pinyin-pro; undefined when a window that could
   * sound like a name has a character whose syllable the tables cannot tell. A window some
   * character of which can never read like the name's scores only as a one-character edit.
   */
  private alikeByTable(chars: string[]): PlaceMatch[] | undefined {
    const found: PlaceMatch[] = [];
    for (const [i, len, k] of this.windowsSharingAChar(chars)) {
      const e = this.entries[k]!;
      let sameChar = 0;
      let alike = 0;
      for (let j = 0; j < len; j++) {
        if (chars[i + j] === e.chars[j]) sameChar++;
        if (mayReadAlike(chars[i + j]!, e.chars[j]!)) alike++;
      }
      let samePinyin = 0;
      let sameLoose = 0;
      if (alike === len) {
        const es = (this.sounds[k] ??= soundsByTable(e.chars));
        if (!es) return undefined;
        for (let j = 0; j < len; j++) {
          const syllable = syllableInContext(chars, i + j);
          if (syllable === undefined) return undefined;
          if (syllable === es.syllables[j]) samePinyin++;
          if (loosen(syllable) === es.loose[j]) sameLoose++;
        }
      }
      const match = scoreWindow(e, chars, i, sameChar, samePinyin, sameLoose);
      if (match) found.push(match);
    }
    return found;
  }

  /**
   * Each window of three or more characters with each name of its length that shares a character
   * with it in place (start, length, the name's index; names in index order): homophones must
   * still share one, or any same-sounding phrase would match, and a window that shares none builds
   * no set.
   */
  private *windowsSharingAChar(chars: string[]): Generator<[number, number, number]> {
    for (const len of this.lengths) {
      if (len < 3) continue;
      const positions = this.byCharAt.get(len)!;
      for (let i = 0; i + len <= chars.length; i++) {
        let candidates: Set<number> | null = null;
        for (let j = 0; j < len; j++) {
          const at = positions[j]!.get(chars[i + j]!);
          if (at) for (const k of at) (candidates ??= new Set<number>()).add(k);
        }
        if (!candidates) continue;
        for (const k of [...candidates].sort((a, b) => a - b)) yield [i, len, k];
      }
    }
  }

  /**
   * Whether any window of the text could score in `approximate`, told from the characters alone:
   * every character could be read as the name's character is (in some text), or all but one are
   * the name's own. Where it says no, `approximate` would have found nothing, so the message's
   * pinyin, most of what that pass costs a short message, is not read.
   */
  private maySoundLikeAName(chars: string[]): boolean {
    for (const len of this.lengths) {
      if (len < 3) continue;
      const positions = this.byCharAt.get(len)!;
      for (let i = 0; i + len <= chars.length; i++) {
        for (let j = 0; j < len; j++) {
          for (const k of positions[j]!.get(chars[i + j]!) ?? []) {
            const name = this.entries[k]!.chars;
            let sameChar = 0;
            let alike = 0;
            for (let m = 0; m < len; m++) {
              if (chars[i + m] === name[m]) sameChar++;
              if (mayReadAlike(chars[i + m]!, name[m]!)) alike++;
            }
            if (alike === len || (len >= 4 && sameChar === len - 1)) return true;
          }
        }
      }
    }
    return false;
  }
}

/** Whether two characters can have the same loosened syllable in some texts. */
function mayReadAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = looseSyllables(a);
  const sb = looseSyllables(b);
  return sa === null || sb === null || sa.some((s) => sb.includes(s));
}

const looseSyllablesOf = new Map<string, readonly string[] | null>();
function looseSyllables(char: string): readonly string[] | null {
  let out = looseSyllablesOf.get(char);
  if (out === undefined) {
    const syllables = possibleSyllables(char);
    out = syllables && [...new Set(syllables.map(loosen))];
    if (looseSyllablesOf.size < 30_000) looseSyllablesOf.set(char, out);
  }
  return out;
}

/**
 * A work unit's housing compound (机具厂家属院) is called by the unit's name with any of the words
 * for such housing, or none: 机具厂宿舍, 机具厂那个家属院, 机具厂那边. The unit's name, then, is a
 * name of the compound's place; "" for places that are no such compound.
 */
const WORK_UNIT_HOUSING = /^(.{2,})(家属院|家属楼|家属区|宿舍区|宿舍|生活区|大院)$/u;
// A tower is called by its name without 大厦 as an estate is without 小区 ("恒汇东门", "恒汇二期").
const ESTATE_ALONE = /^(.{2,})(?:小区|大厦)$/u;
/**
 * What only an estate or a tower has, said right after its bare name: a building, unit, flat or
 * phase ("双塔2号楼", "双塔7楼502", "双塔5栋", "恒汇二期"), a gate, side or tower ("双塔东门", "雙塔北
 * 門" once simplified, "双塔西塔"), its walls, roof or doorway ("恒汇后墙", "恒汇楼顶", "双塔门口").
 * A bare two-character name may be a common word or a landmark of the same name (双塔公园), and
 * "南坪那边" may be the village, not the estate: without such a part the name is not read.
 */
const ESTATE_PART =
  /^(?:[东西南北](?:大门|门|边|侧|区|塔|面)|[前后外]墙|楼顶|楼下|大门|门口|[\d一二三四五六七八九十两]{1,3}(?:号楼|号院|号|栋|幢|楼|单元|座|期)|[A-Za-z][座栋])/u;
/**
 * A street's name without 街 or 路 is what the street is named for (水库街 for the reservoir, 南海街):
 * the village or strip beside it is called by that word and a quarter ("水库东村", "水库东边那个村子").
 * Said without a quarter the word is only a common noun (水库, 海边), so it is not read then.
 */
const STREET_NAMED = /^(.{2,})(?:街|路)$/u;
const BESIDE_PART = /^[东西南北](?:村|边|侧|头|片)/u;
/** Whether an entry found at `i` is said as the place: a listed name always, a name alone before a part of its place. */
function saidAsPlace(e: Entry, text: string, i: number): boolean {
  return !e.alone || (e.part ?? ESTATE_PART).test(text.slice(i + e.name.length));
}
function estateNameAlone(place: string): string {
  return ESTATE_ALONE.exec(place)?.[1] ?? "";
}
function workUnitOf(place: string): string {
  return WORK_UNIT_HOUSING.exec(place)?.[1] ?? "";
}

/**
 * One community, or null when the matches disagree. The earliest, longest mention is reported.
 * Two kinds of disagreement are not one: a caller who corrects himself ("西盛路和柳巷路……不对，是
 * 西盛路口") means the places after the correction, and a home compound named beside a school
 * ("路西小区离水库街小学只有八百米", "新城公寓对口的是哪个小学？中介说是水库街小学") is where the
 * resident lives, the school only what the question is about.
 */
function pickOne(found: PlaceMatch[], text: string): PlaceMatch | null {
  if (!found.length) return null;
  const communities = new Set(found.map((f) => f.community));
  if (communities.size > 1) {
    const settled = afterCorrection(found, text) ?? homeBesideSchool(found);
    return settled ? pickOne(settled, "") : null;
  }
  // Within one community too: "西盛花园，不对，西盛家园" is the garden's neighbour, not the garden.
  const settled = afterCorrection(found, text) ?? found;
  const sorted = [...settled].sort((a, b) => a.index - b.index || b.place.length - a.place.length);
  const first = sorted[0]!;
  // A caller who starts with the community's short name and then says the compound ("桃南，桃南二区",
  // "路西，路西小区") means the compound.
  return sorted.find((f) => f.place.length > first.place.length && f.place.startsWith(first.place)) ?? first;
}

/*
 * A caller correcting the place: "不对", "说错了", "其实是…", "不是西山路，是西盛路", "文庙……不是，是双塔
 * 小区", "西盛家园，不，西盛花园".
 */
const CORRECTION =
  /不对|说错了|口误|记错了|其实是|(^|[，,。…\s])不[，,。…\s]|不是[^，,。！？!?]{0,10}[，,。…\s]+(而)?是/g;

function afterCorrection(found: PlaceMatch[], text: string): PlaceMatch[] | null {
  let last = -1;
  // After the whole correction: in "不是桃南一区，是桃南二区" the place taken back stands inside it.
  for (const m of text.matchAll(CORRECTION)) last = m.index + m[0].length;
  if (last < 0) return null;
  const before = found.filter((f) => f.index < last);
  const after = found.filter((f) => f.index >= last);
  return before.length && after.length ? after : null;
}

/** The writer's own home, said before the place of the problem ("我住", "我家在", "虽然我住在"). */
/** A relative's home named after the writer's ("我妈住机具厂家属院", "她住庙前街18号院"). */
const RELATIVE_HOME = /住(在)?$/;
const ROAD = /(路|街|巷|道)$/;
const SIDE_OF = /^(那边|这边|那儿|那里|边上)?(的)?$/;
const ADMIN_PREFIX = /^[\u4e00-\u9fff]{2,4}?(街道|社区)(?=[\u4e00-\u9fff])/;
const HOME_START = "(?:^|[，,。！!？?\\s：:])(?:虽然|虽说)?";
/** A building, unit or floor after the home's name ("海西苑5号楼的"). */
const HOME_UNIT = "[0-9０-９一二三四五六七八九十百A-Za-z-]*(?:号楼|号院|号|栋|幢|单元|座|楼|期)?";
/**
 * How a resident says where they live, each with what must follow the home's name, if anything, and
 * whether the other place must come in the same sentence (the words that say who writes, see below):
 * "我住…", "（我们）家住在…", "家在…", "我家…的", a clause opening on "住（在）…" (the subject dropped,
 * as in a short message); "我是…的/居民/住户/业主" and "我在…住" only with those words after the name
 * ("我在南海街，…" says where the writer stands, not where they live).
 */
const HOMES: readonly [RegExp, RegExp | null, boolean][] = [
  [new RegExp(`${HOME_START}(?:我们|我|本人)?(?:家住在|家住|住在|住|家在|家是)(?!的)`), null, false],
  [new RegExp(`${HOME_START}(?:我们|我)家(?![住在是])`), new RegExp(`^${HOME_UNIT}的`), false],
  [new RegExp(`${HOME_START}(?:我|本人)(?:是|系)`), new RegExp(`^${HOME_UNIT}(?:的|居民|住户|业主)`), true],
  [new RegExp(`${HOME_START}(?:我|本人)(?:在)`), new RegExp(`^${HOME_UNIT}住`), true],
];
/** "我是西盛花园的业主代表。小区北侧围墙…墙外是西盛路人行道": a letter that says who writes, then its own compound. */
const SENTENCE_END = /[。！!？?\n]/;
/** The place of the problem is told in a later clause than the home ("我家在水库街恒汇大厦" is one address). */
const CLAUSE_END = /[，,。；;！!？?\s]/;

const HOME_COMPOUND = /(小区|家园|花园|公寓|苑|[一二三四五]区|家属院|大厦)$/u;
const SCHOOL = /(小学|中学|幼儿园)$/u;

function homeBesideSchool(found: PlaceMatch[]): PlaceMatch[] | null {
  const schools = found.filter((f) => SCHOOL.test(f.place));
  const rest = found.filter((f) => !SCHOOL.test(f.place));
  if (!schools.length || !rest.length || !rest.some((f) => HOME_COMPOUND.test(f.place))) return null;
  return new Set(rest.map((f) => f.community)).size === 1 ? rest : null;
}

/** A window of `len` characters at `i` against a name, scored by how many characters and syllables are the name's. */
function scoreWindow(
  e: Entry,
  chars: string[],
  i: number,
  sameChar: number,
  samePinyin: number,
  sameLoose: number,
): PlaceMatch | null {
  const len = e.chars.length;
  let score = 0;
  let method: PlaceMatch["method"] = "pinyin";
  if (samePinyin === len) score = PINYIN_SCORE + 0.05 * (sameChar / len);
  else if (sameLoose === len) score = LOOSE_PINYIN_SCORE + 0.05 * (sameChar / len);
  else if (len >= 4 && sameChar === len - 1 && isHan(chars.slice(i, i + len))) {
    score = FUZZY_SCORE;
    method = "fuzzy";
  }
  if (score <= 0) return null;
  const surface = chars.slice(i, i + len).join("");
  const index = chars.slice(0, i).join("").length;
  return { community: e.community, place: e.name, surface, index, score, method };
}

/** The best-scoring matches, settled to one community, or null. */
function pickBest(found: PlaceMatch[], text: string): PlaceMatch | null {
  const best = Math.max(...found.map((f) => f.score));
  return pickOne(
    found.filter((f) => f.score >= best - 1e-9),
    text,
  );
}

/** A name's sounds read from pinyin-pro's tables, as `soundsOf` would read them; undefined where they cannot tell. */
function soundsByTable(chars: readonly string[]): Sounds | undefined {
  const syllables: string[] = [];
  for (let j = 0; j < chars.length; j++) {
    const syllable = syllableInContext(chars, j);
    if (syllable === undefined) return undefined;
    syllables.push(syllable);
  }
  return { syllables, loose: syllables.map(loosen) };
}

function soundsOf(name: string): Sounds {
  const syllables = toSyllables(name);
  return { syllables, loose: syllables.map(loosen) };
}

function toSyllables(text: string): string[] {
  // pinyin-pro returns one entry per character (non-Chinese characters pass through as themselves).
  return tonelessSyllables(text);
}

// Accent and ASR confusions common in northern and southern Mandarin. Mandarin has a few hundred
// syllables and a long letter repeats them thousands of times: each is loosened once.
const loosened = new Map<string, string>();

function loosen(s: string): string {
  let out = loosened.get(s);
  if (out === undefined) {
    out = loosenNow(s);
    // Anything pinyin-pro passes through unchanged (punctuation, Latin words) is a syllable too.
    if (loosened.size < 10_000) loosened.set(s, out);
  }
  return out;
}

function loosenNow(s: string): string {
  return s
    .replace(/^zh/, "z")
    .replace(/^ch/, "c")
    .replace(/^sh/, "s")
    .replace(/^n/, "l")
    .replace(/^r/, "l")
    .replace(/^f/, "h")
    .replace(/ng$/, "n");
}

function isHan(chars: string[]): boolean {
  return chars.every((c) => /\p{Script=Han}/u.test(c));
}

/** A place named verbatim at `index`. */
function exactMatch(entry: { community: string; name: string }, index: number): PlaceMatch {
  return {
    community: entry.community,
    place: entry.name,
    surface: entry.name,
    index,
    score: 1,
    method: "exact",
  };
}
