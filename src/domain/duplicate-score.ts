import {
  BACKGROUND_PARTS,
  canonicalWords,
  facilityParts,
  partsMeet,
  faultsMeet,
  faultsMeetLoosely,
  kinFaults,
  otherMarks,
  problemConcepts,
  type ProblemConcepts,
} from "./problem-concepts.js";
import { leakBetweenFloors, leakCausesDiffer } from "./leak-floors.js";
import { burstPipeAndWater, burstWaterPipe } from "./water-main.js";
import { estateWideCut, extentsDisagree, oneAgainstWholeStretch } from "./extent.js";
import { namesPlaceBySound } from "./place-sound.js";
import { oppositeCarriageways } from "./travel-direction.js";
import { crossingOf, streetsAndLandmarks } from "./crossings.js";
import { simplify } from "./text-simplify.js";
import { farFromTheOther } from "./far-from.js";
import { otherBuses } from "./bus-routes.js";
import { floodedCrossing, oneRouteService, oneSourceSensed } from "./remote-source.js";
import { residentsOwnText } from "./residents-words.js";

/**
 * Whether two tickets describe the same problem (一事多诉: a fence blocking a pavement reported by
 * residents and 44 shops). Hard gates first — same category, same community, filed within a window,
 * within a radius when both have coordinates — then the text similarity: the cosine of the two texts'
 * character-bigram (plus half-weight content-character) count vectors after normalisation. Bigrams
 * need no word segmentation and tolerate the typos and missing punctuation of residents' messages;
 * cosine (rather than Jaccard) does not punish a long description for repeating the short one.
 * Texts that name different buildings or units ("3号楼" vs "5号楼") are different problems however
 * alike the rest reads, so differing house numbers are a gate too.
 *
 * Paraphrases share few characters ("施工围挡占了人行道" / "工地的挡板把路挡住了"), so the problem is
 * also compared as concepts: the thing that is wrong (围挡, 电梯, 暖气…) and the fault (占道, 不热,
 * 漏水…), with residents' synonyms folded together, and the place each report names. Different
 * things, faults, places or gates (北门 / 南门) keep two reports apart; the same thing with the same
 * fault at the same place is what a person would merge.
 */
export interface DuplicateCandidate {
  /** Summary and description of the ticket. */
  text: string;
  category: string;
  community: string | null;
  createdAt: Date;
  lat?: number | null;
  lng?: number | null;
  /** Where the report says it is (the ticket's location text), when known. */
  place?: string | null;
  /**
   * The categories intake weighed seriously for this report (`weighedCategories`), when known: the
   * new ticket's, read from its complaint; older candidates are loaded without them.
   */
  ranked?: readonly string[];
  /**
   * The resident's facts alone (the ticket's description), when `text` is the summary with them:
   * a pair the two texts keep apart is read again on the descriptions (`scoreDuplicate`).
   */
  description?: string;
}

/**
 * A candidate with the house numbers its text names worked out once: the route worker checks each
 * open ticket of a community against every new ticket there, and most pairs part at that gate.
 */
export interface PreparedCandidate extends DuplicateCandidate {
  numbers: ReadonlyMap<string, ReadonlySet<string>>;
}

export function prepareCandidate(c: DuplicateCandidate): PreparedCandidate {
  return { ...c, numbers: addressNumbers(c.text) };
}

export interface DuplicateOptions {
  /** Score from which the centre is offered a merge. Default 0.4 (paraphrases of one problem score 0.4–0.6). */
  suggestAt?: number;
  /** Score from which the tickets are merged without asking. Default 0.8. */
  autoMergeAt?: number;
  /** How far apart in time two reports may be. Default 72 h. */
  windowHours?: number;
  /** How far apart two located reports may be. Default 300 m. */
  radiusMeters?: number;
  /** Word segmentation (jieba in production); without it texts are compared by characters only. */
  tokenize?: (text: string) => string[];
  /**
   * The deployment's place names (its estates, streets, landmarks): a pair where one ticket has no
   * community is compared only when both texts name one of them, or share a house number.
   */
  places?: readonly string[];
  /**
   * The street each landmark or estate stands on (恒汇大厦 → 滨河商业街), from the jurisdiction:
   * one resident places the problem at the building, another at its street.
   */
  streetOf?: Readonly<Record<string, string>>;
  /**
   * A message written in English or pinyin with the Chinese of its everyday words after it (intake's
   * glosses), so the concept tables read what it is about; the text as it came otherwise. A pair
   * read through a gloss is offered, never merged without asking.
   */
  gloss?: (text: string) => string;
}

export interface DuplicateReason {
  code: string;
  message: string;
}

export interface DuplicateScore {
  /** Text similarity in 0..1; 0 when a gate fails. */
  score: number;
  sameProblem: boolean;
  suggestion: "none" | "suggest_merge" | "auto_merge";
  reasons: DuplicateReason[];
}

/**
 * True when scoreDuplicate(a, b) stops at one of its first gates (another category or community,
 * outside the window or the radius, other house numbers) and so scores "none": checked without
 * building the reasons, which callers that keep only possible duplicates never read. The route
 * worker compares each new ticket with up to 200 open ones of its community, most of them of other
 * buildings. False says nothing: score the pair.
 */
export function clearlyDifferent(
  a: DuplicateCandidate | PreparedCandidate,
  b: DuplicateCandidate | PreparedCandidate,
  options: DuplicateOptions = {},
): boolean {
  if (a.community && b.community && a.community !== b.community) return true;
  // Every gate below only ever answers "different", so their order cannot change the answer; the
  // cheap ones go first. The category gate reads both texts' problem concepts (about two hundred
  // patterns on a text the scorer has not seen yet) and was first, so a new ticket paid for its
  // concepts even when every open ticket of its community was another building's.
  // The thresholds exactly as scoreDuplicate reads them ({ ...DEFAULTS, ...options }: a key given
  // as undefined stays undefined, and then no gate fires), without building that object per pair.
  const windowHours = Object.hasOwn(options, "windowHours") ? options.windowHours : DEFAULTS.windowHours;
  const hours = Math.abs(a.createdAt.getTime() - b.createdAt.getTime()) / 3_600_000;
  if (windowHours !== undefined && hours > windowHours) return true;
  if (isNum(a.lat) && isNum(a.lng) && isNum(b.lat) && isNum(b.lng)) {
    const radius = Object.hasOwn(options, "radiusMeters") ? options.radiusMeters : DEFAULTS.radiusMeters;
    if (radius !== undefined && haversineMeters(a.lat, a.lng, b.lat, b.lng) > radius) return true;
  }
  const nb = "numbers" in b ? b.numbers : addressNumbers(b.text);
  for (const [kind, xs] of "numbers" in a ? a.numbers : addressNumbers(a.text)) {
    const ys = nb.get(kind);
    if (ys && !shareNumber(xs, ys)) return true;
  }
  return (
    a.category !== b.category &&
    !crossCategoryMatch(ownWords(a).text, ownWords(b).text) &&
    !rankedTogether(a, b) &&
    !leakAcrossFloors(a, b) &&
    !burstPipeAndWater(a.text, b.text)
  );
}

/**
 * What scoring derives from one text, kept for the next comparisons: the route worker scores each
 * new ticket against up to 200 open ones of its community, and each of those again for every new
 * ticket there. Pure functions of the text, so a remembered value is the value; bounded.
 */
const MEMO_MAX = 4096;
function memo<T>(f: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const v = f(text);
    if (known.size >= MEMO_MAX) known.clear();
    known.set(text, v);
    return v;
  };
}

const DEFAULTS: Required<Omit<DuplicateOptions, "tokenize" | "places" | "streetOf" | "gloss">> = {
  suggestAt: 0.4,
  autoMergeAt: 0.8,
  windowHours: 72,
  radiusMeters: 300,
};

/**
 * Gates the residents' own words cannot lift: they part the pair on the whole text (the route
 * worker's search applies the number gate in SQL on it), so no second reading is tried.
 */
const HARD_GATES = new Set([
  "DUP.DIFFERENT_CATEGORY",
  "DUP.DIFFERENT_COMMUNITY",
  "DUP.OUTSIDE_WINDOW",
  "DUP.TOO_FAR",
  "DUP.DIFFERENT_NUMBER",
]);

/**
 * The pair scored on summary and description, and, when that keeps it apart, on the two
 * descriptions alone. The summary is a machine's thirty characters: a window of words it took, or
 * a spot it added, can cost a pair the residents' words would have brought together, and a change
 * to the summarizer would move pairs it never looked at. The summary may add agreement (it carries
 * the place's proper name where a resident misspelt it: 桃楠 / 桃南), never take it away. A pair
 * only the descriptions bring together is offered, never merged without asking.
 */
export function scoreDuplicate(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  options: DuplicateOptions = {},
): DuplicateScore {
  // What the residents said, not what the summarizer added (a filed term is the category's, and
  // the category is compared on its own).
  const ra = ownWords(a);
  const rb = ownWords(b);
  if (ra !== a || rb !== b) return scoreDuplicate(ra, rb, options);
  const gloss = options.gloss;
  if (gloss) {
    const ga = glossed(a, gloss);
    const gb = glossed(b, gloss);
    if (ga !== a || gb !== b)
      return heldGlossed(scoreDuplicate(ga, gb, { ...options, gloss: undefined }), options);
  }
  const whole = scoreTexts(a, b, options);
  if (whole.suggestion !== "none" || HARD_GATES.has(whole.reasons.at(-1)?.code ?? "")) return whole;
  if (!a.description || !b.description || (a.description === a.text && b.description === b.text))
    return whole;
  const own = scoreTexts({ ...a, text: a.description }, { ...b, text: b.description }, options);
  if (own.suggestion === "none") return whole;
  const score = round3(Math.min(own.score, (options.autoMergeAt ?? DEFAULTS.autoMergeAt) - 0.01));
  return {
    score,
    sameProblem: true,
    suggestion: "suggest_merge",
    reasons: [
      ...own.reasons,
      { code: "DUP.DESCRIPTIONS_SIMILAR", message: "摘要看不出，但两位居民的原话相近，请人工确认" },
    ],
  };
}

function scoreTexts(a: DuplicateCandidate, b: DuplicateCandidate, options: DuplicateOptions): DuplicateScore {
  const o = { ...DEFAULTS, ...options };
  const reasons: DuplicateReason[] = [];
  const gate = (code: string, message: string): DuplicateScore => ({
    score: 0,
    sameProblem: false,
    suggestion: "none",
    reasons: [...reasons, { code, message }],
  });

  const across =
    a.category === b.category
      ? "same"
      : (crossCategoryMatch(a.text, b.text) ??
        (leakAcrossFloors(a, b) || burstPipeAndWater(a.text, b.text)
          ? "floors"
          : rankedTogether(a, b)
            ? "ranked"
            : oneShopNamed(a.text, b.text) && !otherMatter(conceptsOf(a.text), conceptsOf(b.text))
              ? "shop"
              : causeAcross(a.text, b.text)
                ? "cause"
                : null));
  if (across === "same") reasons.push({ code: "DUP.SAME_CATEGORY", message: "诉求类别相同" });
  else if (across === "thing_and_fault")
    reasons.push({
      code: "DUP.SAME_THING_OTHER_CATEGORY",
      message: "类别不同，但反映的是同一设施的同一问题",
    });
  else if (across === "thing")
    reasons.push({
      code: "DUP.SAME_THING_OTHER_CATEGORY_UNSURE",
      message: "类别不同，反映的是同一设施，请人工确认",
    });
  else if (across === "ranked")
    reasons.push({
      code: "DUP.RANKED_CATEGORY",
      message: "类别不同，但分类时也考虑过对方的类别，请人工确认",
    });
  else if (across === "floors")
    reasons.push({
      code: "DUP.LEAK_OTHER_CATEGORY",
      message: "类别不同，但可能是同一处漏水或爆管，请人工确认",
    });
  else if (across === "shop")
    reasons.push({
      code: "DUP.SAME_SHOP_OTHER_CATEGORY",
      message: "类别不同，但说的是同一家店，请人工确认",
    });
  else if (across === "cause")
    reasons.push({
      code: "DUP.CAUSE_OTHER_CATEGORY",
      message: "类别不同，但一方反映的可能是另一方的原因，请人工确认",
    });
  else return gate("DUP.DIFFERENT_CATEGORY", "诉求类别不同");

  if (a.community && b.community && a.community !== b.community)
    return gate("DUP.DIFFERENT_COMMUNITY", "不在同一社区");
  if (a.community && a.community === b.community)
    reasons.push({ code: "DUP.SAME_COMMUNITY", message: "同一社区" });

  const hours = Math.abs(a.createdAt.getTime() - b.createdAt.getTime()) / 3_600_000;
  if (hours > o.windowHours)
    return gate("DUP.OUTSIDE_WINDOW", `两次反映相隔${formatHours(hours)}，超过${o.windowHours}小时`);
  reasons.push({ code: "DUP.WITHIN_WINDOW", message: `两次反映相隔${formatHours(hours)}` });

  if (isNum(a.lat) && isNum(a.lng) && isNum(b.lat) && isNum(b.lng)) {
    const m = haversineMeters(a.lat, a.lng, b.lat, b.lng);
    if (m > o.radiusMeters)
      return gate("DUP.TOO_FAR", `两处地点相距约${Math.round(m)}米，超过${o.radiusMeters}米`);
    reasons.push({ code: "DUP.NEARBY", message: `两处地点相距约${Math.round(m)}米` });
  }

  const na = addressNumbers(a.text);
  const nb = addressNumbers(b.text);
  for (const [kind, xs] of na) {
    const ys = nb.get(kind);
    if (ys && !shareNumber(xs, ys))
      return gate(
        "DUP.DIFFERENT_NUMBER",
        `门牌楼号不同（${numberLabel([...xs][0]!)}${kind}／${numberLabel([...ys][0]!)}${kind}）`,
      );
  }

  const placeAgreement = comparePlaces(a, b, o.places);
  // Intake keeps one place per report: a landmark or an estate to one resident, the street it
  // stands on to another. Such a pair is decided at the end, on the problem, and only ever offered.
  const streetAndLandmark = placeAgreement === 0 && (streetAndOther(a, b) || onItsStreet(a, b, o.streetOf));
  // Where the resident stood is not the problem's place for a route that does not come or a smell
  // put down to one named source: places and spots do not part them (remote-source.ts).
  // Only asked for when the places or the spots would part the pair: two reports at one stop or
  // one estate are compared as any other.
  let remoteRead: { route: string | null; source: string | null } | undefined;
  const remoteOf = () => {
    if (remoteRead) return remoteRead;
    const route = oneRouteService(a.text, b.text);
    return (remoteRead = {
      route,
      source: route
        ? null
        : (oneSourceSensed(a.text, b.text, placeCores(o.places ?? [])) ?? outageAcross(a, b)),
    });
  };
  const placeParts = placeAgreement === 0 && !streetAndLandmark;
  if (placeParts && !remoteOf().route && !remoteOf().source)
    return gate("DUP.DIFFERENT_PLACE", `地点不同（${a.place ?? ""}／${b.place ?? ""}）`);

  const ca = conceptsOf(a.text);
  const cb = conceptsOf(b.text);
  // A flooded crossing told from two corners: the corners do not part it, another crossing does.
  const spotPlain = spotsDiffer(a, b, ca, cb, o, false);
  const spotGate =
    spotPlain && floodedCrossing(a.text, b.text) ? spotsDiffer(a, b, ca, cb, o, true) : spotPlain;
  if (spotGate && !remoteOf().route && !remoteOf().source) return gate(spotGate[0], spotGate[1]);
  // The side of the street is where the thing is, not where the resident stood: a refuse point on
  // the east side and one on the west are two, whoever smells them.
  const flooded = floodedCrossing(a.text, b.text);
  const side = flooded ? null : oppositeStreetSides(a.text, b.text);
  if (side) return gate("DUP.DIFFERENT_SPOT", `不是路的同一侧（路${side[0]}／路${side[1]}）`);
  // So are the front and the back of one estate or building.
  const frontBack = flooded ? null : frontAndBack(a.text, b.text);
  if (frontBack) return gate("DUP.DIFFERENT_SPOT", `不是同一面（${frontBack[0]}／${frontBack[1]}）`);
  const { route, source } = placeAgreement === 0 || spotGate ? remoteOf() : { route: null, source: null };
  const remote = route ?? source;
  const shopA = shopsOf(a.text);
  const shopB = shopsOf(b.text);
  if (shopA.length && shopB.length && !shopA.some((x) => shopB.some((y) => sameShop(x, y))))
    return gate("DUP.DIFFERENT_SHOP", `不是同一家店（${shopA[0]}／${shopB[0]}）`);
  const buses = otherBuses(a.text, b.text);
  if (buses) return gate("DUP.DIFFERENT_PROBLEM", `不是同一路或同一班公交（${buses[0]}／${buses[1]}）`);
  const vehicles = otherVehicles(a.text, b.text);
  if (vehicles) return gate("DUP.DIFFERENT_PROBLEM", `不是同一辆车（${vehicles[0]}／${vehicles[1]}）`);
  const sharedObjects = [...ca.objects].filter((x) => cb.objects.has(x));
  const persons = sharedObjects.some((x) => PERSON_MATTERS.has(x)) ? otherPersons(a.text, b.text) : null;
  if (persons) return gate("DUP.DIFFERENT_PROBLEM", `不是同一个人（${persons[0]}／${persons[1]}）`);
  const marks = otherMarks(ca.objects, cb.objects);
  if (marks) return gate("DUP.DIFFERENT_PROBLEM", `反映的不是同一件事（${marks[0]}／${marks[1]}）`);
  if (leakCausesDiffer(a.text, b.text))
    return gate("DUP.DIFFERENT_PROBLEM", "一方是下雨时屋顶漏水，另一方是水管或用水设备漏水，不是同一处漏水");
  // The flat above and the flat below name different things for one leak (a burst pipe / a wet
  // ceiling): told as a cause and its effect, offered, never merged alone.
  const floorsOnly = leakAcrossFloors(a, b);
  // So do the two ends of a burst water pipe outdoors (the pipe / the road under water).
  const pipe = !floorsOnly && burstPipeAndWater(a.text, b.text);
  const floors = across === "floors" || floorsOnly || pipe;
  // One report names the cause, the other what it caused (变压器冒火 / 全小区没电): linked, never merged alone.
  const cut = sharedObjects.length ? null : supplyAndItsCause(a.text, b.text, ca, cb);
  const caused = sharedObjects.length
    ? []
    : [...ca.effects]
        .filter((x) => cb.objects.has(x))
        .concat([...cb.effects].filter((x) => ca.objects.has(x)))
        .concat(cut ? [cut] : []);
  const fixedThere =
    [...ca.objects].find((x) => cb.fixed.has(x)) ?? [...cb.objects].find((x) => ca.fixed.has(x));
  if (fixedThere && !sharedObjects.length)
    return gate("DUP.ALREADY_FIXED", `一方说${fixedThere}已经修好，反映的是另一件事`);
  if (namedThings(ca).length && namedThings(cb).length && !sharedObjects.length && !caused.length && !floors)
    return gate(
      "DUP.DIFFERENT_PROBLEM",
      `反映的不是同一件事（${[...ca.objects].join("、")}／${[...cb.objects].join("、")}）`,
    );
  // A venue (a barbecue stall) says where, not what is wrong: its smoke and its licence are two problems.
  const problemsA = namedThings(ca).filter((x) => !VENUES.has(x));
  const problemsB = namedThings(cb).filter((x) => !VENUES.has(x));
  // A loudspeaker and "too loud" are one noise told by its source and by how it is felt.
  const oneNoise = problemsA.some((x) => SYMPTOMS.has(x)) && problemsB.some((x) => SYMPTOMS.has(x));
  if (
    problemsA.length &&
    problemsB.length &&
    !problemsA.some((x) => cb.objects.has(x)) &&
    !(oneNoise && sharedObjects.length) &&
    !caused.length &&
    !floors
  )
    return gate(
      "DUP.DIFFERENT_PROBLEM",
      `反映的不是同一件事（${problemsA.join("、")}／${problemsB.join("、")}）`,
    );
  if (
    sharedObjects.length &&
    ca.faults.size &&
    cb.faults.size &&
    !faultsMeet(ca.faults, cb.faults) &&
    !floors
  )
    return gate(
      "DUP.DIFFERENT_FAULT",
      `同一设施的不同问题（${[...ca.faults].join("、")}／${[...cb.faults].join("、")}）`,
    );

  // Both name what is wrong with one facility by its part or symptom, and none is the same: for
  // the facilities whose matters residents tell apart plainly (a toilet shut / left dirty, a fire
  // lane blocked by a car / by a stall), two problems, not one told twice.
  for (const thing of sharedObjects.filter((x) => PARTED_BY_PARTS.has(x))) {
    const pa = facilityParts(a.text, thing);
    const pb = facilityParts(b.text, thing);
    if (pa.size && pb.size && !partsMeet(pa, pb) && !floors)
      return gate(
        "DUP.DIFFERENT_FAULT",
        `同一${thing}的不同问题（${[...pa].join("、")}／${[...pb].join("、")}）`,
      );
  }

  // "其他单元都有电" against "全小区停电": one building's own fault and the estate's, told at once.
  if (extentsDisagree(a.text, b.text))
    return gate("DUP.DIFFERENT_EXTENT", "一方说只有自家楼栋或单元有问题、邻居正常，另一方说的是整个小区");
  // "整条街路灯全不亮" against "最后一盏路灯不亮": the street's circuit and one lamp, two repairs.
  if (oneAgainstWholeStretch(a.text, b.text))
    return gate("DUP.DIFFERENT_EXTENT", "一方说整条街或整段都有问题，另一方说的只是其中一处");
  // The same nuisance put down to the flat above by one and to the flat below by the other.
  const neighbour = otherNeighbour(a.text, b.text);
  if (neighbour) return gate("DUP.DIFFERENT_SPOT", `不是同一户邻居（${neighbour[0]}／${neighbour[1]}）`);

  const text = Math.max(textSimilarity(a.text, b.text), wordSimilarity(a.text, b.text, o.tokenize));
  let score = text;
  if (sharedObjects.length) {
    const all = new Set([...ca.objects, ...ca.faults, ...cb.objects, ...cb.faults]);
    const both = [...all].filter(
      (x) => (ca.objects.has(x) || ca.faults.has(x)) && (cb.objects.has(x) || cb.faults.has(x)),
    );
    // Kin faults ("松了" / "翘起来") count as one fault named on both sides.
    const kin = kinFaults(ca.faults, cb.faults);
    const agreeing = (both.length + kin.length) / (all.size - kin.length);
    // The same thing is wrong: that decides most; the same fault, the same place and the words add the rest.
    // Noise is a symptom, not a thing: two noise reports at one square may be two sources.
    const base = sharedObjects.some((x) => !SYMPTOMS.has(x) && !VENUES.has(x)) ? 0.4 : 0.25;
    score = Math.max(text, base + 0.2 * agreeing + 0.25 * placeAgreement + 0.15 * text);
    reasons.push({ code: "DUP.SAME_PROBLEM", message: `同一问题（${both.join("、")}）` });
    if (placeAgreement === 1) reasons.push({ code: "DUP.SAME_PLACE", message: `同一地点（${a.place}）` });
  }
  // A link a person should confirm (a cause, a leak between floors, one shop, one remote source):
  // lifted to an offer by how far the places agree, never to an automatic merge.
  const offer = (places: number) =>
    Math.min(Math.max(text, 0.4 + 0.25 * places + 0.15 * text), o.autoMergeAt - 0.01);
  if (caused.length) score = offer(placeAgreement);
  // A leak between floors lifts a pair the words keep apart to an offer; it never lowers a score.
  const linked = floors ? offer(placeAgreement) : 0;
  const byFloors = linked > score;
  if (byFloors) score = linked;
  // A business's nuisance is told by its name as often as by the nuisance ("那家火锅店半夜卸货",
  // "火锅店凌晨搬东西太吵"): one named shop on both sides, with nothing parting them, is one source
  // for a person to confirm, never merged on the name alone.
  const byShop = oneShopNamed(a.text, b.text) && !otherMatter(ca, cb) ? offer(placeAgreement) : 0;
  if (byShop > score) score = byShop;
  // One route's service, or one source sensed from two places: offered for a person to confirm.
  if (remote) {
    // A bus told as late by one and as "出事了" by the other is still one route's service.
    // The smell itself (异味) is what both sensed, however each told it ("臭" / "刺鼻").
    const unsensed = (c: ProblemConcepts): ProblemConcepts => ({ ...c, objects: new Set(namedThings(c)) });
    const byRemote =
      !route && otherMatter(unsensed(ca), unsensed(cb)) ? 0 : offer(Math.max(placeAgreement, 0.3));
    score = Math.min(Math.max(score, byRemote), o.autoMergeAt - 0.01);
  }
  // Filed under other categories and no fault in common: the same thing, but a person should look.
  // Filed under a category the classifier also weighed for the other report: a person decides.
  if (
    across === "thing" ||
    across === "ranked" ||
    across === "floors" ||
    across === "shop" ||
    across === "cause"
  )
    score = Math.min(score, o.autoMergeAt - 0.01);
  score = round3(Math.min(1, score));
  if (streetAndLandmark && !remote) {
    // The same thing with the same fault named on both sides is what makes the two places one spot.
    if (!sharedObjects.some((x) => !SYMPTOMS.has(x) && !VENUES.has(x)) || !faultsMeet(ca.faults, cb.faults))
      return gate("DUP.DIFFERENT_PLACE", `地点不同（${a.place ?? ""}／${b.place ?? ""}）`);
    score = Math.min(score, o.autoMergeAt - 0.01);
  }
  const held = score >= o.autoMergeAt ? holdAutoMerge(a, b, ca, cb, { place: placeAgreement, text }) : null;
  if (held) score = round3(o.autoMergeAt - 0.01);
  const suggestion = score >= o.autoMergeAt ? "auto_merge" : score >= o.suggestAt ? "suggest_merge" : "none";
  reasons.push({
    code: suggestion === "none" ? "DUP.TEXT_DIFFERENT" : "DUP.TEXT_SIMILAR",
    message: `描述相似度${Math.round(score * 100)}%`,
  });
  if (held) reasons.push(held);
  else if (remote && suggestion !== "none")
    reasons.push(
      route
        ? {
            code: "DUP.ONE_ROUTE",
            message: `都说${route}公交等不到车，在不同的站，可能是同一线路的问题，请人工确认`,
          }
        : {
            code: "DUP.ONE_SOURCE",
            message: `都说是${remote}的，从不同地方反映，可能是同一个来源，请人工确认`,
          },
    );
  else if (streetAndLandmark && suggestion !== "none")
    reasons.push({
      code: "DUP.HELD_STREET_AND_PLACE",
      message: `一方说的是街道（${a.place}／${b.place}），可能是同一处，请人工确认`,
    });
  else if (byFloors && pipe && suggestion !== "none")
    reasons.push({
      code: "DUP.BURST_PIPE_AND_WATER",
      message: "一方说水管爆了，一方说地面冒水或路上全是水，可能是同一处爆管，请人工确认",
    });
  else if (byFloors && suggestion !== "none")
    reasons.push({
      code: "DUP.LEAK_ACROSS_FLOORS",
      message: "一方说楼上漏水，一方是楼上住户，可能是同一处漏水，请人工确认",
    });
  else if (caused.length && suggestion !== "none")
    reasons.push({
      code: "DUP.CAUSE_AND_EFFECT",
      message: `一方反映的可能是另一方的后果（${caused[0]}），请人工确认`,
    });
  return { score, sameProblem: suggestion !== "none", suggestion, reasons };
}

/**
 * What one report denies and the other affirms ("是化粪池满了，不是柳絮堵的" against "下水道被柳絮堵了"):
 * the two residents tell another cause, or another matter, of what reads as one problem.
 */
/**
 * The gates that part two reports at one place by where in it they are: a side, a landmark, a
 * number, a lane, a stop, a crossing, a lift, a flat, a carriageway. On a flooded crossing
 * (`corners`) the sides and landmarks are its corners and do not part the pair.
 */
function spotsDiffer(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  ca: ProblemConcepts,
  cb: ProblemConcepts,
  o: DuplicateOptions,
  corners: boolean,
): [string, string] | null {
  if (!corners && ca.spots.size && cb.spots.size && ![...ca.spots].some((x) => cb.spots.has(x)))
    return ["DUP.DIFFERENT_SPOT", `位置不同（${[...ca.spots][0]}／${[...cb.spots][0]}）`];
  const sa = anchorsOf(a.text);
  const sb = anchorsOf(b.text);
  if (sa.length && sb.length && !sa.some((x) => sb.some((y) => sameLandmark(x, y)))) {
    // On a flooded crossing a shop or a gate at a corner says which corner; what stands before
    // 路口 still names the crossing ("西盛路口" / "新城公寓路口" are two).
    const xa = corners ? crossingAnchors(a.text) : sa;
    const xb = corners ? crossingAnchors(b.text) : sb;
    if (xa.length && xb.length && !xa.some((x) => xb.some((y) => sameLandmark(x, y))))
      return ["DUP.DIFFERENT_SPOT", `位置不同（${xa[0]}／${xb[0]}）`];
  }
  // "离路西一巷口还有一公里多" against a report at 路西一巷口: the one measures from where the other is.
  const far = farFromTheOther(a.text, b.text);
  if (far) return ["DUP.DIFFERENT_SPOT", `位置不同（一方说离${far}还有一段距离）`];
  const ia = identifiersOf(a.text);
  const ib = identifiersOf(b.text);
  if (ia.length && ib.length && !ia.some((x) => ib.includes(x)))
    return ["DUP.DIFFERENT_SPOT", `编号不同（${ia[0]}／${ib[0]}）`];
  // Compared kind by kind: a turning lane against a turning lane, a lane by its side against one
  // by its side, an exit against an exit ("左转道" and "左侧车道" may be one lane).
  for (const kind of ["转车道", "侧车道", "口"]) {
    const xs = lanesAndExits(a.text).filter((x) => x.endsWith(kind));
    const ys = lanesAndExits(b.text).filter((y) => y.endsWith(kind));
    if (xs.length && ys.length && !xs.some((x) => ys.includes(x)))
      return ["DUP.DIFFERENT_SPOT", `不是同一条车道或同一个出口（${xs[0]}／${ys[0]}）`];
  }
  const stopA = stopsOf(a.text);
  const stopB = stopsOf(b.text);
  const ordinal = (x: string) => x.startsWith("第");
  for (const byOrder of [true, false]) {
    const xs = stopA.filter((x) => ordinal(x) === byOrder);
    const ys = stopB.filter((y) => ordinal(y) === byOrder);
    if (xs.length && ys.length && !xs.some((x) => ys.some((y) => sameLandmark(x, y))))
      return ["DUP.DIFFERENT_SPOT", `不是同一个站（${xs[0]}／${ys[0]}）`];
  }
  const { streets, landmarks } = streetsAndLandmarks(o.places ?? []);
  const crossA = crossingOf(a.text, streets, landmarks);
  const crossB = crossingOf(b.text, streets, landmarks);
  if (crossA && crossB && crossA !== crossB)
    return ["DUP.DIFFERENT_SPOT", `不是同一个路口（${crossA}／${crossB}）`];
  // A number against a number, a kind against a kind: "2号电梯" and "客梯" may be one lift.
  for (const byNumber of [true, false]) {
    const xs = liftsOf(a.text).filter((x) => x.endsWith("号梯") === byNumber);
    const ys = liftsOf(b.text).filter((y) => y.endsWith("号梯") === byNumber);
    if (xs.length && ys.length && !xs.some((x) => ys.includes(x)))
      return ["DUP.DIFFERENT_SPOT", `不是同一部电梯（${xs[0]}／${ys[0]}）`];
  }
  // Works in a flat, a dog kept in it, are that flat's: two flats named as the source are two households.
  const sourceA = sourceFlats(a.text);
  const sourceB = sourceFlats(b.text);
  if (sourceA.length && sourceB.length && !sourceA.some((x) => sourceB.includes(x)))
    return ["DUP.DIFFERENT_SPOT", `不是同一户（${sourceA[0]}／${sourceB[0]}）`];
  // One road, its two carriageways: a hole in the westbound lane is not the one in the eastbound.
  if (oppositeCarriageways(a.text, b.text)) return ["DUP.DIFFERENT_SPOT", "行驶方向相反，不是同一侧车道"];
  if (!corners) {
    const hand = otherHand(a.text, b.text);
    if (hand) return ["DUP.DIFFERENT_SPOT", `不是同一边（${hand[0]}／${hand[1]}）`];
  }
  return null;
}

/**
 * The side of a street a report names after the street ("西盛路东侧人行道", "庙前街路东的那个垃圾站",
 * "路北边"): the east and the west side, or the north and the south, are two spots of one street,
 * however alike the rest reads. An end or a stretch ("路东头", "路东段", "路东口") is no side, and a
 * place named with the direction in it ("路西小区", "路西一巷") is a name, not a side.
 */
const STREET_SIDE_AFTER =
  /(?<=[路街巷道])([东西南北])(?:侧|边|面)?(?=的|侧|边|面|[，。,.!！?？;；\s]|$|这|那|有|人行道|便道)/g;
const OPPOSITE: Record<string, string> = { 东: "西", 西: "东", 南: "北", 北: "南" };
const streetSidesAfter = memo((text: string): string[] => [
  ...new Set([...simplify(text).matchAll(STREET_SIDE_AFTER)].map((m) => m[1]!)),
]);
function oppositeStreetSides(a: string, b: string): [string, string] | null {
  const xs = streetSidesAfter(a);
  const ys = streetSidesAfter(b);
  if (xs.length !== 1 || ys.length !== 1) return null;
  return OPPOSITE[xs[0]!] === ys[0] ? [xs[0]!, ys[0]!] : null;
}

/**
 * The front and the back of one estate or building ("双塔小区后面工地", "3号楼前面的路灯"): a site
 * behind the estate and one in front of it are two, however alike the rest reads. Only right after
 * the kind of a place (小区, 楼, 大厦, 学校 …), so "前面说的" or "后面那个" with no place is no side.
 */
const FRONT_OR_BACK =
  /(?:小区|家园|花园|公寓|大厦|楼|院|学校|小学|中学|幼儿园|市场|医院|公园|广场|超市|商场|一区|二区|三区)(前|后)(?:面|边|头)/g;
const frontsOrBacks = memo((text: string): string[] => [
  ...new Set([...simplify(text).matchAll(FRONT_OR_BACK)].map((m) => m[1]!)),
]);
function frontAndBack(a: string, b: string): [string, string] | null {
  const xs = frontsOrBacks(a);
  const ys = frontsOrBacks(b);
  if (xs.length !== 1 || ys.length !== 1 || xs[0] === ys[0]) return null;
  return [`${xs[0]}面`, `${ys[0]}面`];
}

/**
 * A supply cut told by those who lost it and its cause told by one who saw it: the taps dry against
 * a water main dug through or a hydrant knocked off ("挖掘机把水管挖断了", "货车把消火栓撞断了"), the
 * power gone against a pole or a line brought down ("电线杆被车撞歪了", "电缆烧了"). The two share no
 * word for the thing; a person confirms that the pipe or the line is the one that feeds the flats.
 * Would get wrong: a pipe burst in one street and a cut for works announced elsewhere in one
 * community (offered, not merged; the place gates still part other buildings and sides).
 */
const LINE_DOWN =
  /(?:电线杆|线杆|电杆|电线|电缆|线缆|高压线)[^，。,.!！?？;；\s]{0,8}?(?:倒|歪|断|烧|着火|冒火|冒烟|掉下|撞)|(?:撞|刮|挖)[^，。,.!！?？;；\s]{0,4}?(?:电线杆|线杆|电杆|电线|电缆|线缆|高压线)/;
const HYDRANT_BROKEN =
  /(?:消火栓|消防栓)[^，。,.!！?？;；\s]{0,6}?(?:断|撞|坏|喷|冒|漏)|(?:撞|碰|轧|压)[^，。,.!！?？;；\s]{0,4}?(?:消火栓|消防栓)/;
// Water that reaches only the lower floors ("五楼以上没水", "高层水压低") is the building's booster
// pump or its pressure, a matter of its own, not the main cut off.
const UPPER_FLOORS_ONLY = /(?:楼|层)以上|高层|高楼层|顶楼|顶层/;
// The supply told as gone or weak, not a tap or a meter named ("水龙头漏水" is no cut): asked of a pair
// filed under two categories, where the supply's concept alone (a tap, "自来水") links too much.
const WATER_CUT =
  /停水|没水|没有水|水都没有|断水|水压|水[^，。,.!！?？;；\s]{0,2}(?:小|没劲)|出小水|水上不来|(?:没|不)来水|一滴都没/;
const POWER_CUT = /停电|没电|断电|跳闸|(?:没|不)来电|黑灯|全黑/;
function supplyAndItsCause(
  a: string,
  b: string,
  ca: ProblemConcepts,
  cb: ProblemConcepts,
  toldCut = false,
): "供水" | "供电" | null {
  for (const [cut, other, cutText, causeText] of [
    [ca, cb, a, b],
    [cb, ca, b, a],
  ] as const) {
    const cause = simplify(causeText);
    const told = simplify(cutText);
    if (
      cut.objects.has("供水") &&
      (!toldCut || WATER_CUT.test(told)) &&
      !UPPER_FLOORS_ONLY.test(told) &&
      !other.objects.has("供水") &&
      (burstWaterPipe(cause) || HYDRANT_BROKEN.test(cause))
    )
      return "供水";
    if (
      cut.objects.has("供电") &&
      (!toldCut || POWER_CUT.test(told)) &&
      !other.objects.has("供电") &&
      LINE_DOWN.test(cause)
    )
      return "供电";
  }
  return null;
}

/**
 * A cause and its effect filed under two departments (a hydrant knocked off by a lorry under traffic,
 * the taps gone weak under water supply): the categories do not part them; the rest of the scorer
 * still reads places and spots, and the pair is only ever offered.
 */
function causeAcross(a: string, b: string): boolean {
  const ca = conceptsOf(a);
  const cb = conceptsOf(b);
  if ([...ca.objects].some((x) => cb.objects.has(x))) return false;
  return (
    [...ca.effects].some((x) => cb.objects.has(x)) ||
    [...cb.effects].some((x) => ca.objects.has(x)) ||
    supplyAndItsCause(a, b, ca, cb, true) !== null
  );
}

/**
 * The hand a thing is on, told by one resident walking in and by another walking out ("进小区大门左手边",
 * "出大门左手边"): going in, the left hand is the right hand coming out. Both say which way they
 * walked and the hands, so turned round, differ: two spots. A hand with no way walked says nothing.
 */
const HAND = /([进出])[^，。,.!！?？;；]{0,8}?([左右])(?:手边|手|边|侧)/g;
const handsOf = memo((text: string): string[] => [
  ...new Set(
    [...simplify(text).matchAll(HAND)].map((m) =>
      (m[1] === "进") === (m[2] === "左") ? "进门左手" : "进门右手",
    ),
  ),
]);
function otherHand(a: string, b: string): [string, string] | null {
  const xs = handsOf(a);
  const ys = handsOf(b);
  if (xs.length !== 1 || ys.length !== 1 || xs[0] === ys[0]) return null;
  return [xs[0]!, ys[0]!];
}

/**
 * A household nuisance put down to the flat above by one report and to the flat below by the other
 * ("楼上每天晚上敲敲打打" / "楼下每天晚上敲敲打打"): two neighbours, two sources. Not a leak (the flat
 * above leaks into the one below, and each tells it from its own floor), and not a source named by
 * its number ("楼下1502" and "楼上1502" may be one flat told from two floors).
 */
// Not where something goes or comes from ("往楼下扔", "从楼上砸下来", "往2号楼上飘"), not the
// neighbours who suffer it ("吵得楼下睡不着", "楼上根本没法睡"), not a person in a quarrel ("楼上那个人").
const UP_OR_DOWN =
  /(?<![往从向朝到在得让把号])楼([上下])(?!睡|住|没法|根本|都|也|受|听|闻|(?:那个|那|的)?人|[^，。,.!！?？;；\s]{0,3}\d)/g;
const LEAKING = /漏|渗|滴水|返水|淹|水管|下水|水印|湿/;
const neighboursOf = memo((text: string): string[] => {
  const plain = arabicNumbers(simplify(text));
  if (LEAKING.test(plain)) return [];
  return [...new Set([...plain.matchAll(UP_OR_DOWN)].map((m) => `楼${m[1]}`))];
});
function otherNeighbour(a: string, b: string): [string, string] | null {
  const xs = neighboursOf(a);
  const ys = neighboursOf(b);
  if (xs.length !== 1 || ys.length !== 1 || xs[0] === ys[0]) return null;
  return [xs[0]!, ys[0]!];
}

const DENIED = /不是([^，。,.!！?？;；\s]{2,6}?)(?:堵的|弄的|造成的|搞的|的)/g;
function deniedBy(text: string, other: string): string | null {
  const plainOther = simplify(other);
  for (const m of simplify(text).matchAll(DENIED)) {
    const core = m[1]!.replace(/^(?:被|让|给)/, "").slice(0, 2);
    if (core.length === 2 && plainOther.includes(core) && !plainOther.includes(`不是${core}`)) return core;
  }
  return null;
}

/** `residentsOwnText` of one candidate, remembered: `clearlyDifferent` asks it of a new ticket once per open one. */
const ownText = memo((key: string): string => {
  const [text, description, place] = JSON.parse(key) as [string, string, string | null];
  return residentsOwnText(text, description, place);
});

/** The candidate with the summary's clauses that are not the resident's left out (`residentsOwnText`). */
function ownWords<T extends DuplicateCandidate>(c: T): T {
  if (!c.description) return c;
  const text = ownText(JSON.stringify([c.text, c.description, c.place ?? null]));
  return text === c.text ? c : { ...c, text };
}

/** The candidate with its texts glossed, or the candidate itself when the gloss changes nothing. */
function glossed<T extends DuplicateCandidate>(c: T, gloss: (text: string) => string): T {
  const text = gloss(c.text);
  const description = c.description === undefined ? undefined : gloss(c.description);
  if (text === c.text && description === c.description) return c;
  return { ...c, text, ...(description === undefined ? {} : { description }) };
}

/** A pair read through a gloss: the glossed words are the gist, not the resident's own, so a person decides. */
function heldGlossed(s: DuplicateScore, options: DuplicateOptions): DuplicateScore {
  const line = (options.autoMergeAt ?? DEFAULTS.autoMergeAt) - 0.01;
  if (s.suggestion !== "auto_merge") return s;
  return {
    ...s,
    score: round3(Math.min(s.score, line)),
    suggestion: "suggest_merge",
    reasons: [...s.reasons, { code: "DUP.HELD_GLOSSED", message: "一方是英文或拼音，请人工确认" }],
  };
}

/**
 * Whether one report places the problem on a street at a building it points at without naming it
 * ("滨河商业街北口那栋写字楼", "西盛路北头那栋十几层的公寓") and the other names a place that is not
 * a street (恒汇大厦, 新城公寓): intake keeps the street, the resident meant the building, so the
 * two may be one spot. A street alone against a building or an estate is two places (路西一巷 /
 * 路西小区), and so are two streets or two estates.
 */
function streetAndOther(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (!a.community || a.community !== b.community) return false;
  const pa = placeCore(a.place);
  const pb = placeCore(b.place);
  if (!pa || !pb) return false;
  const onStreet = (p: string, text: string) =>
    STREET.test(p) && UNNAMED_BUILDING_ON_STREET.test(simplify(text));
  return (
    (onStreet(pa, a.text) && !STREET.test(pb)) ||
    (onStreet(pb, b.text) && !STREET.test(pa)) ||
    UNNAMED_SITE.test(simplify(a.text)) ||
    UNNAMED_SITE.test(simplify(b.text))
  );
}
/**
 * Whether one report's place is a landmark or an estate and the other's the street the jurisdiction
 * says it stands on (文庙 / 庙前街, 海西苑 / 柳巷路), in one community: intake keeps one place per
 * report, the building to one resident and its street to another. Like `streetAndOther`, such a pair
 * is decided on the problem (the same thing, the faults meeting) and only ever offered.
 */
function onItsStreet(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  streetOf: Readonly<Record<string, string>> = {},
): boolean {
  if (!a.community || a.community !== b.community) return false;
  const pa = placeCore(a.place);
  const pb = placeCore(b.place);
  if (!pa || !pb) return false;
  // "西盛家园里面5号楼前", "小区里面的小路": inside the estate, not on its street.
  const on = (landmark: string, street: string, text: string) =>
    !INSIDE.test(simplify(text)) &&
    Object.entries(streetOf).some(([name, s]) => s === street && landmark.startsWith(name));
  return on(pa, pb, a.text) || on(pb, pa, b.text);
}
const INSIDE = /(?:小区|家园|花园|家属院|院|公寓)(?:里面|里头|里|内)/;
const STREET = /[路街巷]$/;
const UNNAMED_BUILDING_ON_STREET = /那(?:栋|座|幢)[^，。,.！!？?\s]{0,8}?(?:楼|公寓|大厦)/;
/**
 * An estate or a tower the resident points at by what stands next to it, not by its name
 * ("小学旁边那个小区东门", "社区北边那个小区门口", "水库街社区那个大厦后面"): intake keeps the landmark or
 * the area as the place, the problem is at the unnamed neighbour, which may be the other report's
 * estate. Decided on the problem, as a street and a building are, and only ever offered.
 */
const UNNAMED_SITE =
  /(?:旁边|边上|北边|南边|东边|西边|对面|隔壁|后面|社区)(?:的|那个|的那个)(?:小区|大厦|公寓|宿舍区|家属院)/;

/** `leakBetweenFloors` on the two tickets' texts and the flats they name. */
function leakAcrossFloors(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return leakBetweenFloors(a.text, b.text, roomsOf(a.text), roomsOf(b.text));
}

/**
 * Whether the classifier, reading one report, ranked the other's category among its top three: two
 * residents tell one problem from different sides (a pipe that burst / a flooded road; a car parked
 * for months / a space taken), and the category of each is a guess between the departments the
 * problem touches. Only the new ticket's ranking is known to the search, so either side's counts.
 */
function rankedTogether(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return Boolean(a.ranked?.includes(b.category) || b.ranked?.includes(a.category));
}

/**
 * The categories among intake's top three that the classifier gave at least a fifth of its belief:
 * a third guess at a few per cent says nothing about the report. Measured on the readable pair files:
 * every ranked category brought 9 merge pairs in and 19 never-pairs; from 0.2, 4 and 6.
 */
export const WEIGHED_CATEGORY_MIN = 0.2;
export function weighedCategories(
  candidates: readonly { category: string; confidence: number }[] | undefined,
): string[] {
  return (candidates ?? []).filter((c) => c.confidence >= WEIGHED_CATEGORY_MIN).map((c) => c.category);
}

/**
 * The categories a new ticket's duplicate search looks in: its own and the others intake ranked
 * next (its top three). The same problem told from another side is often filed under one of those;
 * scoreDuplicate then decides whether it is the same thing.
 */
export function duplicateSearchCategories(
  category: string,
  ranked: readonly { category: string }[] = [],
): string[] {
  return [...new Set([category, ...ranked.map((c) => c.category)])];
}

/**
 * A pair whose older ticket is of a category intake did not rank for the new one (the search also
 * walks those, more shallowly): the classifier saw nothing alike in the two, so however well the
 * words agree, a person decides. An automatic merge becomes a suggestion just under the line.
 */
export function holdAcrossUnrankedCategory(
  s: DuplicateScore,
  options: DuplicateOptions = {},
): DuplicateScore {
  return heldForReview(s, options, {
    code: "DUP.HELD_UNRANKED_CATEGORY",
    message: "两次反映的类别相差较远，请人工确认",
  });
}

/** An automatic merge turned into a suggestion just under the line, with the reason a person must look. */
function heldForReview(
  s: DuplicateScore,
  options: DuplicateOptions,
  reason: DuplicateReason,
): DuplicateScore {
  if (s.suggestion !== "auto_merge") return s;
  return {
    score: round3((options.autoMergeAt ?? DEFAULTS.autoMergeAt) - 0.01),
    sameProblem: true,
    suggestion: "suggest_merge",
    reasons: [...s.reasons, reason],
  };
}

/**
 * A pair where one ticket has no community (a report naming only "3号楼", or an estate's nickname
 * intake did not resolve): the route worker finds it by category and time, not by the estate. Two
 * short reports of a broken street light anywhere in the district read alike, so the words alone
 * say nothing: the pair is kept apart unless both texts name the same place (a place name of the
 * deployment, or its core without 小区/路…: 雙塔北門 and 双塔小区) or share a house number, and
 * even then a person decides: an automatic merge becomes a suggestion just under the line.
 */
export function holdWithoutCommunity(
  s: DuplicateScore,
  a: { community: string | null; text: string },
  b: { community: string | null; text: string },
  options: DuplicateOptions = {},
): DuplicateScore {
  if (s.suggestion === "none" || (a.community && b.community)) return s;
  if (
    !samePlaceNamed(a.text, b.text, options.places ?? []) &&
    !sharedReference(a.text, b.text) &&
    !sameBusinessNamed(a.text, b.text)
  )
    return {
      score: 0,
      sameProblem: false,
      suggestion: "none",
      reasons: [
        ...s.reasons,
        { code: "DUP.NO_SHARED_PLACE", message: "有一方没有说明所在社区，两次反映也没有说到同一个地方" },
      ],
    };
  return heldForReview(s, options, {
    code: "DUP.HELD_NO_COMMUNITY",
    message: "有一方没有说明所在社区，请人工确认是否同一处",
  });
}

/**
 * The reference number the centre gave a report ("受理编号0415-2231", "工单编号WM0719033"), quoted
 * again by the resident chasing it ("WM0719033 回访的时候我明明说了不满意"): the follow-up names the
 * earlier report itself, whatever place it leaves out. A number introduced as a reference on either
 * side, or a code of letters and digits, found on both.
 */
const REFERENCE =
  /(?:受理编号|受理号|工单编号|工单号|单号|编号|流水号|回执号)(?:是|为|：|:)?\s*([A-Za-z]{0,4}\d[\dA-Za-z\-－]{4,})/g;
const LETTER_CODE = /(?<![A-Za-z\d])([A-Za-z]{1,4}\d{5,})(?![A-Za-z\d])/g;
const referencesOf = memo((text: string): string[] => [
  ...new Set([...text.matchAll(REFERENCE), ...text.matchAll(LETTER_CODE)].map((m) => m[1]!.toUpperCase())),
]);
/**
 * The item's own mark, given by a resident who does not say where it stands: a lorry's plate or its
 * last digits ("车牌尾号721的渣土车"), a lift's registration code ("电梯注册代码31101234567"), a code
 * painted on a lamp post ("路灯杆编号TY-0413"). Whoever gives the same mark points at the same item,
 * wherever it is. A phone number's last digits are the caller's, not the item's.
 */
const TAIL_OR_CODE =
  /(?<!手机|电话|手机号|电话号码?|号码|卡号|身份证)(?:尾号|尾数|注册代码|注册码|识别码|设备代码|代码)(?:是|为|：|:)?\s*(\d{3,})/g;
const itemMarksOf = memo((text: string): string[] => [
  ...new Set([
    ...[...simplify(text).matchAll(TAIL_OR_CODE)].map((m) => `#${m[1]}`),
    // Codes of letters and three or more digits ("TY-0413", "HB017"), plates: not "B1" or "3A".
    ...identifiersOf(text).filter((x) => !x.startsWith("#") && /\d{3,}/.test(x)),
  ]),
]);
export function sharedReference(a: string, b: string): boolean {
  const ys = referencesOf(b);
  if (referencesOf(a).some((x) => ys.includes(x))) return true;
  const marks = itemMarksOf(b);
  return itemMarksOf(a).some((x) => marks.includes(x));
}

/**
 * A business named by its own name ("老成都火锅店", "万家福超市", "鑫源洗车店", "幸福里养老驿站"):
 * residents often give the shop alone as the place ("好邻居便利店门口那根路灯杆") and intake finds no
 * community for it, while another report names the street and the same shop. The name is what comes
 * before the kind of business, without the trade it tells ("鑫源洗车" → 鑫源); a kind alone ("那家
 * 烧烤店", "楼下水果店") or a place word ("小区门口") names no one business. Tied when the other text
 * holds the name with its trade ("老成都火锅" in "老成都火锅后厨着火了"). Only lets such a pair be
 * offered, as a shared place does: two branches of one chain are told apart by a person.
 */
const BUSINESS_KIND = /(?:店|馆|超市|酒楼|酒家|驿站|药房|诊所|火锅)/gu;
const TRADE =
  /(?:水果|面包|蛋糕|洗车|修车|汽修|便利|火锅|烧烤|川菜|湘菜|快餐|早餐|早点|小吃|理发|美发|美容|足疗|足浴|奶茶|网吧|棋牌|五金|建材|宠物|烟酒|彩票|快递|干洗|炸鸡|烤肉|烤鸭|包子|饺子|麻辣烫|养老|药|饭|面|菜|酒|茶)+$/u;
const NOT_A_NAME =
  /楼[下上里道底]|[一二三四五六七八九十\d]楼|门[口前外边]|大门|[东西南北后侧]门|对面|旁边|隔壁|小区|社区|[路街巷]|附近|这边|那边|里面|[那这每一]家|[那这]个|的|我|你|他|她|在|是|了|有/u;
// The text as the business names are read from it: simplified, quotation marks around a name dropped.
const unquoted = memo((text: string): string => simplify(text).replace(/[“”"「」『』]/g, ""));
const businessNames = memo((text: string): string[] => {
  const plain = unquoted(text);
  const out = new Set<string>();
  for (const m of plain.matchAll(BUSINESS_KIND)) {
    const run = /\p{Script=Han}*$/u.exec(plain.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? "";
    // Two characters only when nothing comes before them ("满楼" of "金满楼酒家" is no name).
    for (let k = run.length === 2 ? 2 : 3; k <= Math.min(7, run.length); k++) {
      const name = run.slice(-k);
      const own = name.replace(TRADE, "");
      if ([...own].length >= 2 && !NOT_A_NAME.test(own)) out.add(name);
    }
  }
  return [...out];
});
export function sameBusinessNamed(a: string, b: string): boolean {
  return (
    businessNames(a).some((x) => unquoted(b).includes(x)) ||
    businessNames(b).some((x) => unquoted(a).includes(x))
  );
}

/**
 * One power cut told by two neighbouring compounds of one name, when one report says the other's
 * compound is out too ("桃南二区停电了，对面一区好像也没电"; "西盛路一整片都停电了，家园、花园都黑
 * 了"): the line is shared, so the place each caller gives does not part them. Only when one report
 * names the other's compound, in full or by its kind after the shared name, with a word that says
 * it is out as well; two compounds that each report their own cut are left apart (a person joins
 * them when the supplier names one fault). Offered, never merged alone, as any remote source.
 */
const ALSO_OUT = /也|都|同时|同一|一片|整片/;
function outageAcross(a: DuplicateCandidate, b: DuplicateCandidate): string | null {
  if (!conceptsOf(a.text).objects.has("供电") || !conceptsOf(b.text).objects.has("供电")) return null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const xp = simplify(x.place ?? "");
    const yp = simplify(y.place ?? "");
    const tx = simplify(x.text);
    if (!xp || !yp || xp.includes(yp) || yp.includes(xp) || !ALSO_OUT.test(tx)) continue;
    if (tx.includes(yp)) return yp;
    const xCore = xp.replace(PLACE_KIND, "");
    const yCore = yp.replace(PLACE_KIND, "");
    const kind = yp.slice(yCore.length);
    if (kind && yCore.length >= 2 && xCore === yCore && tx.includes(kind)) return yp;
  }
  return null;
}

/** A place's name without the kind of place it is (双塔小区 → 双塔, 柳巷路 → 柳巷), when two or more characters remain. */
const PLACE_KIND = /(?:小区|家属院|家园|花园|公寓|大厦|小学|一区|二区|三区|路|街|巷)$/;
function placeCores(places: readonly string[]): string[] {
  const known = placeCoreCache.get(places);
  if (known) return known;
  const cores = [
    ...new Set(
      places.map((p) => {
        const core = simplify(p).replace(PLACE_KIND, "");
        return core.length >= 2 ? core : simplify(p);
      }),
    ),
  ];
  placeCoreCache.set(places, cores);
  return cores;
}
const placeCoreCache = new WeakMap<readonly string[], string[]>();

/**
 * A public place outside the deployment's list, named in full ("滨河公园", "人民广场", "东关菜市场"):
 * intake finds no community for it, but two reports naming the same one are at one place.
 */
const NAMED_SITE =
  /([\p{Script=Han}]{2,4}?)(公园|广场|菜市场|农贸市场|体育场|体育馆|游园|湿地|火车站|汽车站|医院)/gu;
const NOT_A_SITE_NAME = /^(?:这个|那个|一个|个|附近|旁边|门口|小区|社区|街道|我们|边的|里的|的)$/;
const namedSites = memo((text: string): string[] =>
  [...simplify(text).matchAll(NAMED_SITE)]
    // Compared by the two characters before the kind: the match may start a word early ("去滨河公园").
    .map((m) => [...m[1]!].slice(-2).join("") + m[2]!)
    .filter((x) => !NOT_A_SITE_NAME.test(x.slice(0, 2))),
);

/**
 * Whether both texts name one of the places (by its core) or one public place outside the list,
 * or share a house number of one kind.
 */
function samePlaceNamed(a: string, b: string, places: readonly string[]): boolean {
  const sa = simplify(a);
  const sb = simplify(b);
  if (placeCores(places).some((core) => sa.includes(core) && sb.includes(core))) return true;
  const sitesB = namedSites(b);
  if (namedSites(a).some((x) => sitesB.includes(x))) return true;
  const na = addressNumbers(a);
  const nb = addressNumbers(b);
  return [...na].some(([kind, xs]) => {
    const ys = nb.get(kind);
    return ys !== undefined && shareNumber(xs, ys);
  });
}

/**
 * Whether the route worker's search brings an older ticket to a new one: the same community, every
 * category (ranked ones deeper); or, when either has no community, an older ticket of a category
 * searched for the new one (its own and those intake ranked next), from any community or none.
 * Two known, different communities are never compared.
 */
export function searchedTogether(
  newer: { category: string; community: string | null },
  older: { category: string; community: string | null },
  ranked: readonly { category: string }[] = [],
): boolean {
  if (newer.community && older.community) return newer.community === older.community;
  return duplicateSearchCategories(newer.category, ranked).includes(older.category);
}

/**
 * Two reports of one problem are filed under different categories when residents describe it from
 * different sides: a site hoarding on the pavement reads as 建设施工 to one, 市政设施 or 交通出行 to
 * others. The category is the classifier's guess at the department; the thing that is wrong and
 * how it is wrong, with residents' synonyms folded, are what the reports say. Both agreeing (a
 * symptom such as noise is not a thing) is "thing_and_fault"; the same thing where one side names no
 * fault is "thing", which scoring caps below an automatic merge, and so are a cause and what it
 * caused (a smoking transformer, the power cut) and one venue named alone (the KTV downstairs).
 * Every later gate — place, spot, numbers — still applies.
 */
/** Facilities whose parts or symptoms (`facilityParts`) part two reports, not only hold them. */
const PARTED_BY_PARTS = new Set(["公厕", "堆物", "公交站", "狗", "健身器材", "游乐设施"]);

function crossCategoryMatch(a: string, b: string): "thing_and_fault" | "thing" | null {
  const ca = conceptsOf(a);
  const cb = conceptsOf(b);
  const things = (c: ProblemConcepts) => {
    const all = [...c.objects].filter((x) => !SYMPTOMS.has(x) && !VENUES.has(x));
    const causes = all.filter((x) => !EFFECTS.has(x));
    return causes.length ? causes : all;
  };
  const ta = things(ca);
  const tb = things(cb);
  const named = (c: ProblemConcepts) => [...c.objects].filter((x) => !SYMPTOMS.has(x) && !VENUES.has(x));
  const within = (x: readonly string[], y: readonly string[]) =>
    x.length > 0 && x.every((t) => y.includes(t));
  // Ice under a dripping air conditioner told once with the conditioner, once without: ice is shared.
  if (!ta.some((x) => tb.includes(x)) && !named(ca).some((x) => named(cb).includes(x))) {
    // A cause told by one resident and what it caused by another (变压器冒烟 / 停电), or one venue
    // and nothing else wrong named by one of them (楼下那家KTV / 楼下KTV太吵): offered, never merged.
    const caused =
      [...ca.effects].some((x) => cb.objects.has(x)) || [...cb.effects].some((x) => ca.objects.has(x));
    const kinds = (c: ProblemConcepts) => [...c.objects].filter((x) => !SYMPTOMS.has(x));
    const ka = kinds(ca);
    const kb = kinds(cb);
    // Not a market: its many stalls are many sources, and its name says nothing of which one.
    const oneVenue = (x: string) => VENUES.has(x) && !MANY_SOURCES.has(x);
    const venue = (within(ka, kb) && ka.every(oneVenue)) || (within(kb, ka) && kb.every(oneVenue));
    // A shop's loudspeaker told by both and nothing else named (喇叭 / 音箱 吵): the source is
    // shared, though scoring reads it as a symptom; the category is a guess between the noise
    // office and the street's. Offered; the shop and the place gates still apply.
    const alone = (k: string[]) => k.every((x) => MANY_SOURCES.has(x));
    const speaker = ca.objects.has("扩音") && cb.objects.has("扩音") && alone(ka) && alone(kb);
    return caused || venue || speaker ? "thing" : null;
  }
  if (faultsMeet(ca.faults, cb.faults)) return "thing_and_fault";
  // The same thing with faults that differ is another problem; with no fault named on one side or
  // both, and nothing else named wrong, it may be the same one told without saying what is wrong
  // with it: offered, never merged alone.
  if (ca.faults.size && cb.faults.size) return null;
  if (ta.length === tb.length && ta.every((x) => tb.includes(x))) return "thing";
  // When neither names a fault, one resident may name more than the other (unlabelled snacks / a
  // stall selling them; a pothole / the pothole and the dark street it lies in): offered too. Not
  // when one side names a fault (its complaint may be the thing the other lacks) or tells of work
  // already done (a follow-up).
  if (ca.faults.size || cb.faults.size || followsUp(a) !== followsUp(b)) return null;
  return within(ta, tb) || within(tb, ta) ? "thing" : null;
}

/**
 * Why a pair that scored an automatic merge is only offered: a wrong merge files one resident's
 * problem as part of someone else's ticket, so merging without asking needs the evidence to agree,
 * not a high score alone. Held when one report adds a thing the other does not name and says
 * nothing wrong with the thing they share, while the other does (a lift whose door will not close /
 * smoking in the lift; a tree that fell / a wasp nest in a tree): its complaint may be the added
 * thing. Held too when both place the problem more finely than the street they share but in ways
 * that cannot be matched (one landmark's doorway, the other an end of the street); when either
 * names no place, unless the words are the same (a message sent twice); and when both name flats
 * and the flats differ, unless what they share serves the whole building (a lift, the stairwell
 * light): a leak or a neighbour's noise in 301 is not the one in 602, though the resident below a
 * leak may give their own flat and the one above. Held too when only one report tells of work
 * already done on the problem or praises it (a recurrence after a repair, a thank-you), when one
 * report is across from the landmark the other names (小学对面 / 小学门口), and when both name a side
 * of the street by what lines it and differ (靠河一侧 / 商铺那一边): what the
 * wrong automatic merges of four pair sets lacked was not a word but agreement on which
 * occurrence, which item, which gate or stretch, which shop. Held too when both name a part or
 * symptom of the facility they share and none is the same (a trapped lift / a rattling one, a
 * supply cut / yellow water): the faults read both as one generic breakdown or as none, so "same
 * thing, same place" agreed by construction; and when both date the problem by festival days that
 * differ (除夕 / 初一): the same nuisance on another night. Last, whatever the words, the whole
 * problem must agree (`problemUnconfirmed`): the same things named, the fault read on both or neither.
 */
function holdAutoMerge(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  ca: ProblemConcepts,
  cb: ProblemConcepts,
  agreement: { place: number; text: number },
): DuplicateReason | null {
  if (agreement.place < 0.7 && agreement.text < RESENT)
    return { code: "DUP.HELD_NO_PLACE", message: "有一方没有说明地点，请人工确认" };
  if (placeUnsure(a.text) !== placeUnsure(b.text))
    return { code: "DUP.HELD_NO_PLACE", message: "有一方说不清具体位置，请人工确认" };
  const denied = deniedBy(a.text, b.text) ?? deniedBy(b.text, a.text);
  if (denied)
    return { code: "DUP.HELD_OTHER_PROBLEM", message: `一方说不是${denied}，另一方说是，请人工确认` };
  const ra = roomsOf(a.text);
  const rb = roomsOf(b.text);
  const shared = [...ca.objects].filter((x) => cb.objects.has(x));
  // A leak comes out of one flat's own pipe or radiator, whatever the building shares.
  const leak = ca.faults.has("漏水") && cb.faults.has("漏水");
  if (
    ra.length &&
    rb.length &&
    !ra.some((x) => rb.includes(x)) &&
    (leak || !shared.some((x) => WHOLE_BUILDING.has(x)))
  )
    return { code: "DUP.HELD_OTHER_FLAT", message: `房号不同（${ra[0]}／${rb[0]}），请人工确认` };
  // Two floors named, none the same: a landing light or a hydrant box is one per floor, so "3楼楼道灯"
  // and "7楼楼道灯" are two lamps, whatever the building shares. Not a lift: its floor is where it
  // stopped or where the resident waited.
  const floorsA = floorsOf(a.text);
  const floorsB = floorsOf(b.text);
  if (
    floorsA.length &&
    floorsB.length &&
    !floorsA.some((x) => floorsB.includes(x)) &&
    !shared.includes("电梯")
  )
    return { code: "DUP.HELD_OTHER_SPOT", message: `楼层不同（${floorsA[0]}／${floorsB[0]}），请人工确认` };
  // Somebody hurt (bitten, knocked over) is an incident of its own: a report of it and one of the
  // standing nuisance (a dog off its lead) may be two matters, though the thing and the fault agree.
  if (ca.faults.has("伤人") !== cb.faults.has("伤人"))
    return { code: "DUP.HELD_OTHER_PROBLEM", message: "只有一方说有人受伤，可能是另一件事，请人工确认" };
  if (faultsMeetLoosely(ca.faults, cb.faults))
    return {
      code: "DUP.HELD_ONE_FAULT",
      message: `一方说${[...ca.faults].join("、")}，另一方说${[...cb.faults].join("、")}，可能是同一处，请人工确认`,
    };
  // A lane or a building may have several old people living alone; the words do not say which.
  if (shared.some((x) => PEOPLE.has(x)) && agreement.text < RESENT)
    return { code: "DUP.HELD_PERSON", message: "说的可能不是同一位老人，请人工确认" };
  const added = (x: ProblemConcepts, y: ProblemConcepts) =>
    [...x.objects].filter((t) => !y.objects.has(t) && !SYMPTOMS.has(t) && !EFFECTS.has(t));
  for (const [x, y] of [
    [ca, cb],
    [cb, ca],
  ] as const) {
    const extra = added(x, y);
    if (extra.length && !x.faults.size && y.faults.size)
      return { code: "DUP.HELD_OTHER_THING", message: `一方另提到${extra.join("、")}，请人工确认` };
  }
  const fa = finerPlaces(a.text, ca);
  const fb = finerPlaces(b.text, cb);
  if (fa.length && fb.length && !fa.some((x) => fb.some((y) => sameLandmark(x, y))))
    return { code: "DUP.HELD_OTHER_SPOT", message: `具体位置对不上（${fa[0]}／${fb[0]}），请人工确认` };
  const sa = sidesOf(a.text);
  const sb = sidesOf(b.text);
  if (sa.length && sb.length && !sa.some((x) => sb.includes(x)))
    return { code: "DUP.HELD_OTHER_SPOT", message: `具体位置对不上（${sa[0]}／${sb[0]}），请人工确认` };
  const across = acrossFrom(a.text, b.text) ?? acrossFrom(b.text, a.text);
  if (across)
    return {
      code: "DUP.HELD_OTHER_SPOT",
      message: `一方说的是${across}对面，另一方说的是${across}，请人工确认`,
    };
  const ka = streetSidesOf(a.text);
  const kb = streetSidesOf(b.text);
  if (ka.length && kb.length && !ka.some((x) => kb.some((y) => sameLandmark(x, y))))
    return {
      code: "DUP.HELD_OTHER_SPOT",
      message: `具体位置对不上（${ka[0]}一侧／${kb[0]}一侧），请人工确认`,
    };
  if (otherSideOfStreet(a.text, b.text) || otherSideOfStreet(b.text, a.text))
    return { code: "DUP.HELD_OTHER_SPOT", message: "一方说的是街对面，另一方说的是街这一侧，请人工确认" };
  if ((indoors(a.text) && inStairwell(b.text)) || (indoors(b.text) && inStairwell(a.text)))
    return { code: "DUP.HELD_OTHER_SPOT", message: "一方说的是自己家里，另一方说的是楼道，请人工确认" };
  if (shared.includes("树木")) {
    const oa = treeOwner(a.text);
    const ob = treeOwner(b.text);
    if (oa && ob && oa !== ob)
      return {
        code: "DUP.HELD_OTHER_SPOT",
        message: "一方说的是路边的行道树，另一方说的是院里的树，请人工确认",
      };
  }
  for (const thing of shared) {
    const pa = facilityParts(a.text, thing);
    const pb = facilityParts(b.text, thing);
    if (pa.size && pb.size && !partsMeet(pa, pb))
      return {
        code: "DUP.HELD_OTHER_PROBLEM",
        message: `同一${thing}的不同问题（${[...pa].join("、")}／${[...pb].join("、")}），请人工确认`,
      };
  }
  const da = festivalDaysOf(a.text);
  const db = festivalDaysOf(b.text);
  if (da.length && db.length && !da.some((x) => db.includes(x)))
    return { code: "DUP.HELD_OTHER_DAY", message: `说的不是同一天（${da[0]}／${db[0]}），请人工确认` };
  const weekA = weekdaysOf(a.text);
  const weekB = weekdaysOf(b.text);
  if (weekA.length && weekB.length && !weekA.some((x) => weekB.includes(x)))
    return {
      code: "DUP.HELD_OTHER_DAY",
      message: `说的不是同一天（周${weekA[0]}／周${weekB[0]}），请人工确认`,
    };
  if (pastSeason(a.text) !== pastSeason(b.text))
    return { code: "DUP.HELD_OTHER_DAY", message: "一方说的是往年或上一季的事，请人工确认" };
  if ((asksForNew(a.text) && !mayAskForNew(b.text)) || (asksForNew(b.text) && !mayAskForNew(a.text)))
    return {
      code: "DUP.HELD_OTHER_PROBLEM",
      message: "一方是建议新装或增设，另一方反映的是现有的问题，请人工确认",
    };
  if (enquiry(a, ca, cb) !== enquiry(b, cb, ca))
    return {
      code: "DUP.HELD_ENQUIRY",
      message: "一方是咨询（计划安排、办理手续或收费是否合理），另一方反映的是眼前的问题，请人工确认",
    };
  if (claimsDamages(a.text) !== claimsDamages(b.text))
    return {
      code: "DUP.HELD_CLAIM",
      message: "一方要求赔偿损失，另一方反映的是问题本身，请人工确认",
    };
  if (shared.some((x) => SUPPLIES.has(x)) && supplyBack(a.text) !== supplyBack(b.text))
    return {
      code: "DUP.HELD_OTHER_DAY",
      message: "一方说水电气已经来过，可能是前后两次停，请人工确认",
    };
  if (atCommitteeOffice(a.text) !== atCommitteeOffice(b.text))
    return { code: "DUP.HELD_OTHER_SPOT", message: "一方说的是社区居委会，另一方没有，请人工确认" };
  if (bareReport(a) !== bareReport(b))
    return {
      code: "DUP.HELD_ONE_FAULT",
      message: "一方只写了地点和设施，没有说是什么问题，请人工确认",
    };
  if ((manyShops(a.text) && oneShop(b.text)) || (manyShops(b.text) && oneShop(a.text)))
    return { code: "DUP.HELD_OTHER_SPOT", message: "一方说的是一整排店，另一方说的是其中一家，请人工确认" };
  const wa = workersOf(a.text);
  const wb = workersOf(b.text);
  if (wa.length && wb.length && !wa.some((x) => wb.includes(x)))
    return { code: "DUP.HELD_OTHER_PROBLEM", message: `说的不是同一批人（${wa[0]}／${wb[0]}），请人工确认` };
  if (shared.includes("欠薪")) {
    const ea = employersOf(a.text);
    const eb = employersOf(b.text);
    if (ea.length && eb.length && !ea.some((x) => eb.includes(x)))
      return {
        code: "DUP.HELD_OTHER_PROBLEM",
        message: `欠薪的不是同一家单位（${ea[0]}／${eb[0]}），请人工确认`,
      };
  }
  const another = anotherOne(a.text) ?? anotherOne(b.text);
  if (another)
    return {
      code: "DUP.HELD_ANOTHER_ONE",
      message: `一方说的是另一处（${another}），请人工确认`,
    };
  if (followsUp(a.text) !== followsUp(b.text))
    return {
      code: "DUP.HELD_FOLLOW_UP",
      message: "一方说的是此前维修、清理或表扬之后的事，可能是新的一次，请人工确认",
    };
  // The same words sent twice confirm the problem, not a detail only one of them adds.
  const precision = precisionUnconfirmed(a, b, ca, cb, { place: agreement.place, shared, leak });
  if (agreement.text >= RESENT) return precision;
  return problemUnconfirmed(ca, cb) ?? precision ?? nothingRead(ca, cb);
}

/**
 * Whose tree: a street tree (行道树, "马路边的树") is the city's, a tree inside an estate or a
 * compound ("海西苑的杨树", "院里的树") the property's; the same pest on both is two jobs for two
 * owners. Null when the report does not say.
 */
const TREE_KIND = "(?:[杨柳槐松柏桃]|梧桐|法桐|银杏|香樟)?树";
const STREET_TREE = new RegExp(
  `行道树|(?:马路|人行道|(?<![路街巷])[路街])(?:边|旁|上|两侧|两边)的?${TREE_KIND}`,
);
const ESTATE_TREE = new RegExp(
  `(?:小区|院|苑|园|(?<![地城])区)(?:里|内|里面|内部)?的${TREE_KIND}|(?:小区|院)(?:里|内|里面)${TREE_KIND}`,
);
function treeOwner(text: string): "street" | "estate" | null {
  const t = simplify(text);
  const street = STREET_TREE.test(t);
  const estate = ESTATE_TREE.test(t);
  return street === estate ? null : street ? "street" : "estate";
}

/**
 * Floors a report places the problem on ("九层楼道", "12楼的水管"). Not "一层灰" (a layer of dust)
 * or "一楼奶茶店" (a ground-floor shop), nor the floor the resident lives on ("我住十二楼"): that
 * says who is reporting, not where the fault is.
 */
const FLOOR = /(?<![\d号栋幢])(\d{1,2})(?:层|楼(?![上下道梯房顶里外前后号栋]))/g;
const LIVES_ON = /住[^，。,.！!？?]{0,8}$/;
const floorsOf = memo((text: string): string[] => {
  const plain = arabicNumbers(simplify(text));
  return [...plain.matchAll(FLOOR)]
    .filter((m) => m[1] !== "1" && !LIVES_ON.test(plain.slice(0, m.index)))
    .map((m) => `${Number(m[1])}层`);
});

/**
 * The bar on where and which: an automatic merge needs each detail one report pins the problem
 * down by (a building, unit, door or flat number; a side, stretch, corner or gate; a weekday or
 * festival day; a part of the facility) named on the other side too, and the two places named at
 * the same precision. A detail on one side only was not contradicted because the other resident
 * said nothing of it, not because they agreed: "海西苑7号楼电梯困人" and "海西苑电梯困人" may be two
 * lifts, "水库街" and "水库街小学门口" two spots of one street. When neither report reads a fault,
 * the thing and the place are all the two share, so the places must be the same name. A pair held
 * here is offered just under the line: the cost of a merge that needed evidence is one click.
 */
function precisionUnconfirmed(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  ca: ProblemConcepts,
  cb: ProblemConcepts,
  // What `holdAutoMerge` has read already: the places' agreement, the things both name, both leaking.
  { place, shared, leak }: { place: number; shared: readonly string[]; leak: boolean },
): DuplicateReason | null {
  const pa = placeCore(a.place);
  const pb = placeCore(b.place);
  if (pa && pb && pa !== pb && (pa.includes(pb) || pb.includes(pa)))
    return {
      code: "DUP.HELD_LESS_PRECISE",
      message: `一方的地点更具体（${a.place}／${b.place}），可能不是同一处，请人工确认`,
    };
  const details = (t: string): [string, string[]][] => [
    ["门牌楼号", [...addressNumbers(t).keys()]],
    ["房号", roomsOf(t)],
    // A lift or a building's supply is one for every floor: a floor there says where the resident
    // stood or lives, unless the water comes through a ceiling.
    ["楼层", leak || !shared.some((x) => WHOLE_BUILDING.has(x)) ? floorsOf(t) : []],
    ["具体位置", [...sidesOf(t), ...streetSidesOf(t), ...itemPlaces(t)]],
    ["日期", [...weekdaysOf(t), ...festivalDaysOf(t)]],
    ["部位", shared.flatMap((x) => [...facilityParts(t, x)]).filter((p) => !BACKGROUND_PARTS.has(p))],
  ];
  const da = details(a.text);
  const db = details(b.text);
  for (const [i, [what, xs]] of da.entries()) {
    const ys = db[i]![1];
    if (!xs.length !== !ys.length)
      return {
        code: "DUP.HELD_LESS_PRECISE",
        message: `只有一方说明了${what}（${(xs.length ? xs : ys)[0]}），请人工确认`,
      };
  }
  if (!ca.faults.size && !cb.faults.size && place < 1)
    return {
      code: "DUP.HELD_LESS_PRECISE",
      message: "两方都没有说明具体问题，地点也不完全一致，请人工确认",
    };
  return null;
}

/**
 * The bar every automatic merge must pass on the problem itself, whatever the words: both reports
 * name the same things, and the fault is read on both or on neither. One shared thing is not one
 * problem: the rest of a report says which problem of it (a lift's button / its advert screen's
 * sound, a roof tank / the tank of a flat's toilet, the road works' hoarding / a shop's), and a
 * fault read on one side only leaves the other's complaint unread (a burnt bin / a full one, an
 * overcharged heating fee / a cold radiator). The rounds before closed such pairs one word list at a
 * time and each new set brought others; this asks for agreement instead of naming the difference,
 * so a pair it holds is only offered. Effects and symptoms (ice, noise) are how a problem shows and
 * add no thing. A wording the fault words do not read ("暖气是温的") is held too: the cost is a
 * click, never a missed merge.
 */
function problemUnconfirmed(ca: ProblemConcepts, cb: ProblemConcepts): DuplicateReason | null {
  for (const [x, y] of [
    [ca, cb],
    [cb, ca],
  ] as const) {
    const extra = [...x.objects].filter((t) => !y.objects.has(t) && !SYMPTOMS.has(t) && !EFFECTS.has(t));
    if (extra.length)
      return { code: "DUP.HELD_OTHER_THING", message: `一方另提到${extra.join("、")}，请人工确认` };
  }
  if (!ca.faults.size !== !cb.faults.size) {
    const said = [...(ca.faults.size ? ca.faults : cb.faults)];
    return {
      code: "DUP.HELD_ONE_FAULT",
      message: `只有一方说明了是什么问题（${said.join("、")}），另一方的问题没有读出，请人工确认`,
    };
  }
  return null;
}

/**
 * No thing read on either side: only the words and the place agree, and the words may be one item of
 * a longer letter ("三是物业公示不全") that another resident reported on its own, or two matters the
 * concept table has no word for. Offered; the same words sent twice still merge.
 */
function nothingRead(ca: ProblemConcepts, cb: ProblemConcepts): DuplicateReason | null {
  return !ca.objects.size && !cb.objects.size
    ? { code: "DUP.HELD_NO_THING", message: "两方都没有读出具体设施或事项，请人工确认" }
    : null;
}

/**
 * The days of the lunar new year and its festival a report names (除夕, 初一, 元宵): residents date
 * firecrackers and fireworks by them, not by the calendar. Fireworks on New Year's Eve and again on
 * the first day are two nights of one nuisance, each its own report, though every other word agrees.
 */
const FESTIVAL_DAY = /除夕|大年三十|年三十|(?:大年)?初[一二三四五六七八九十](?![中级])|元宵|正月十五/g;
const FESTIVAL_NAME: Record<string, string> = { 大年三十: "除夕", 年三十: "除夕", 正月十五: "元宵" };
const festivalDaysOf = memo((text: string): string[] =>
  [...simplify(text).matchAll(FESTIVAL_DAY)].map((m) => {
    const day = m[0].replace(/^大年(?=初)/, "");
    return FESTIVAL_NAME[day] ?? day;
  }),
);

/**
 * The day of the week a report dates the problem by ("周一下午停水了", "星期三又停了"): two reports
 * that each name a weekday, and name different ones, tell of two occurrences of one outage or
 * nuisance, like two festival nights. "这周" / "上周" name a week, not a day.
 */
// "这礼拜一直坏着", "一周一次": 一 that starts a word is no Monday.
const WEEKDAY = /(?:周|星期|礼拜)([一二三四五六日天])(?![直次样起遍共定般些点个]|下(?![午班]))/g;
const weekdaysOf = memo((text: string): string[] =>
  [...simplify(text).matchAll(WEEKDAY)].map((m) => (m[1] === "天" ? "日" : m[1]!)),
);

/**
 * A report that asks for something to be put up ("能不能装个充电桩", "建议增设信号灯"): a proposal
 * for something new, which another resident's report of the existing thing broken or misused (wires
 * strung to charge scooters, a bump crushed) does not answer, though the thing and the place agree.
 * Asking an operator to put out more shared bikes ("建议增加投放") is one too: too few bikes is not
 * the heap of bikes another resident reports at the same exit.
 */
const ASKS_FOR_NEW =
  /(?:能不能|能否|可不可以|可否|建议|希望|申请|请求|要求|想)[^，。,.！!？?]{0,6}?(?:装|安装|增设|加装|修建|设置|建个|建一|多设|画|投放)/;
/** "没有路灯" may be a proposal or lamps that are out: it neither asks nor rules a proposal out. */
const NONE_THERE = /没有|缺少|缺|一个都没有|一盏都没有/;
const asksForNew = memo((text: string): boolean => ASKS_FOR_NEW.test(simplify(text)));
const mayAskForNew = memo((text: string): boolean => asksForNew(text) || NONE_THERE.test(simplify(text)));

/**
 * A question about a plan, a procedure or a charge ("计划检修停电是哪天", "水费怎么交", "加装电梯要准备
 * 什么材料", "要收我三百维修费，合理吗"): the resident asks about the service, not that it has failed
 * now, so another resident's outage or breakdown at the same place is another matter, though the
 * thing and the place agree. "什么时候能来水" asks when the failure ends and is a report; "着火了怎么
 * 办" is a worry. A fee both reports dispute ("收我二十…这合理吗" twice) is one complaint.
 */
const ENQUIRY =
  /计划(?:检修|停电|停水|停气|施工)|哪天|几号停|多久[^，。,.！!？?]{0,6}一次|怎么(?:交|缴|申请|办理)|去哪办|(?:要|需要)准备|什么材料|合理吗/;
function enquiry(c: DuplicateCandidate, own: ProblemConcepts, other: ProblemConcepts): boolean {
  if (own.faults.has("乱收费") && other.faults.has("乱收费")) return false;
  return ENQUIRY.test(simplify(c.text));
}

/**
 * A claim for what the problem cost the resident ("修车花了八千，物业一分钱不赔", "要求赔偿"): a
 * dispute over damages is handled as a claim of its own, though it names the same fault at the same
 * place as another resident's report of the fault itself.
 */
const CLAIM = /赔偿|索赔|赔付|赔钱|不赔|赔我|要求[^，。,.！!？?]{0,4}赔|(?:经济|财产|车辆)损失/;
const claimsDamages = memo((text: string): boolean => CLAIM.test(simplify(text)));

/** Supplies a resident reports cut: one cut ends when the supply comes back. */
const SUPPLIES = new Set(["供水", "供电", "燃气"]);
/**
 * A supply told as back ("后来来了", "晚上来了水", "电来了"): the cut that report tells of is over,
 * or it tells of the next one after it ("昨天来了水，今天中午又没了"), so another resident's cut at
 * the same place may be the other of two. Asked ("来水了吗", "什么时候来水") or denied ("还没来") is
 * no return, and so is a return asked for ("何时恢复供水").
 */
const SUPPLY_BACK =
  /(?<![没未不还])(?:来了[水电气]|来[水电气]了(?![吗没])|[水电气](?:又|已经|也)?来了(?![吗没])|后来(?:又)?来了|(?:已经?|刚)恢复|恢复(?:供水|供电|供气|正常)?了)/;
const supplyBack = memo((text: string): boolean => SUPPLY_BACK.test(simplify(text)));

/**
 * The residents' committee's own office ("文庙社区居委会门口") is a building of its own, not the
 * landmark the community is named after (文庙) nor any other spot of the community.
 */
const COMMITTEE_OFFICE = /居委会|社区办公室|社区服务中心|社区服务站/;
const atCommitteeOffice = memo((text: string): boolean => COMMITTEE_OFFICE.test(simplify(text)));

/**
 * A report that is no sentence, only a place and a thing ("西盛路 井盖"): it does not say what is
 * wrong, or how many, so another resident's account of the same thing at the same place (four covers
 * sunk along a stretch) is not confirmed by it, however much of it the short text shares.
 */
const PREDICATE = /[了坏不没漏堵停破断倒满吵臭响亮黑冒掉烂塌裂乱占翻歪脏太很有在是要]/;
function bareReport(c: DuplicateCandidate): boolean {
  const own = simplify(c.description ?? c.text);
  const han = own.match(/\p{Script=Han}/gu) ?? [];
  return han.length <= 6 && !PREDICATE.test(own) && conceptsOf(own).faults.size === 0;
}

/**
 * A resident who says they cannot tell which section, building or street ("哪个区我也说不清"): the
 * place they give is the wider one, and another resident's precise place within it may be another
 * spot of it.
 */
const PLACE_UNSURE =
  /(?:哪个?[区栋楼院路街巷号]|具体位置|具体地址|门牌|地址)[^，。,.！!？?]{0,6}(?:说不清|记不清|不知道|不清楚|搞不清|不确定|忘了)|(?:说不清|不知道|不清楚|记不清|搞不清)[^，。,.！!？?]{0,4}哪个?[区栋楼院路街巷号]/;
const placeUnsure = memo((text: string): boolean => PLACE_UNSURE.test(simplify(text)));

/**
 * Inside one's own flat ("我家", "家里", a flat number) against the stairwell with no flat named
 * ("楼道里那根立管"): a leak or a cold pipe behind one resident's door is not the building's shared
 * pipe, though the thing and the fault agree.
 */
const INDOORS = /我家|家里|屋里|室内/;
const STAIRWELL = /楼道|楼梯间|走廊/;
const indoors = memo((text: string): boolean => INDOORS.test(simplify(text)) || roomsOf(text).length > 0);
const inStairwell = memo((text: string): boolean => STAIRWELL.test(simplify(text)) && !indoors(text));

/**
 * A whole row of shops ("那一排店都没执照", "整条街的店") against one shop ("那家奶茶店"): the one may
 * be among the row, or another shop the row's resident did not mean; a person decides.
 */
const MANY_SHOPS = /一排|整条街的|好几家|所有的?(?:店|商户|门面)|家家/;
const ONE_SHOP = /[那这一]家/;
const manyShops = memo((text: string): boolean => {
  const t = simplify(text);
  return MANY_SHOPS.test(t) && !ONE_SHOP.test(t);
});
const oneShop = memo((text: string): boolean => {
  const t = simplify(text);
  return ONE_SHOP.test(t) && !MANY_SHOPS.test(t);
});

/**
 * A report about last year or last season ("去年冬天暖气不达标", "上个采暖季") tells of a past
 * occurrence (a refund, a complaint about the season gone), not of the problem another resident
 * reports today: the same heating in the same estate is a different matter in another winter.
 */
// A month named with what happened then ("一月份困过人"): an earlier occurrence, told as over. "上个月
// 打过电话" or "自上月起" tell of the same problem still going on, so the last month alone is none.
const PAST_SEASON =
  /去年|前年|往年|上(?:个|一)?(?:采暖季|供暖季|冬天|冬季)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份[^，。,.！!？?]{0,8}过/;
const pastSeason = memo((text: string): boolean => PAST_SEASON.test(simplify(text)));

/**
 * The workers a report speaks for (unpaid wages, a dispute): guards and cleaners of one employer
 * are two groups with two claims, though the employer, the place and the fault agree.
 */
const WORKER =
  /保安|保洁|门卫|保姆|司机|厨师|服务员|店员|收银员|快递员|外卖员|农民工|装修工人|电工|水电工|绿化工|环卫工/g;
const workersOf = memo((text: string): string[] => [...new Set(simplify(text).match(WORKER) ?? [])]);
/**
 * Who owes the wages, by the kind of business ("培训机构", "健身房", "饭店"): one office tower or one
 * street houses many employers, and two of them in arrears are two claims.
 */
const EMPLOYER =
  /培训机构|培训班|辅导班|健身房|美容院|理发店|饭店|餐馆|餐厅|酒店|宾馆|超市|工地|工厂|公司|物业|幼儿园|学校|洗车|快递站|网吧/g;
const employersOf = memo((text: string): string[] => [...new Set(simplify(text).match(EMPLOYER) ?? [])]);

/**
 * A report that counts itself as one more of its kind ("那头也有两盏路灯坏了", "另一家店也这样"):
 * the resident knows of the other one and says this is not it. Only with a count or a measure word
 * after it: "烧开了也有沉淀" adds a symptom, not an occurrence.
 */
const ANOTHER =
  /也有(?:[一两二三四五六七八九十几好]?[个盏辆棵处根块条家只堆段]|人)|另(?:外)?[一两几][个盏辆棵处根块条家只堆段头边]/;
const anotherOne = memo((text: string): string | null => simplify(text).match(ANOTHER)?.[0] ?? null);

/** Concepts that are a person, not a thing: two reports of one kind of person may be two people. */
const PEOPLE = new Set(["独居老人"]);

/** Text similarity from which two reports are the same words, sent twice. */
const RESENT = 0.95;

/** Things a whole building shares: residents of every flat report the same one. */
const WHOLE_BUILDING = new Set([
  "电梯",
  "楼道灯",
  "门禁",
  "供水",
  "供电",
  "燃气",
  "暖气",
  "堆物",
  "垃圾",
  "水箱",
]);

/**
 * Flat numbers ("301", "1502室"): three or four digits that are not a building, a year, money, a
 * length, a time or part of a longer number or code. "501天花板" is the ceiling of 501, not 501 days.
 */
const ROOM =
  /(?<![\dA-Za-z\-－#＃.:：])([1-9]\d{2,3})(?:室|房|户)?(?![\d.:：%年月日号栋幢单元元块米层斤个次分秒平路街巷座#＃]|天(?!花板)|楼(?![上下]))/gu;
const roomsOf = memo((text: string): string[] =>
  [...arabicNumbers(simplify(text)).matchAll(ROOM)].map((m) => String(Number(m[1]))),
);

/**
 * The flats a report names as the source of a household's nuisance: the one renovating ("801装修",
 * "投诉402装修", "2106室在装修") or keeping the dog ("301的狗", "601养了两条狗"). Not the resident's
 * own flat named elsewhere in the text ("我家402，楼上天天装修").
 */
const SOURCE_FLAT =
  /(?<![\dA-Za-z\-－#＃.:：])([1-9]\d{2,3})(?:室|房|户)?(?:的|家|那家|这家|住户|业主)?(?:(?:正在|在|又在|还在)?(?:装修|装潢)|(?:养的?了?[^，。,.!！?？;；\s]{0,3}?)?(?:狗|犬|金毛|泰迪|哈士奇|柯基|柴犬|比熊))/gu;
const sourceFlats = memo((text: string): string[] =>
  [...arabicNumbers(simplify(text)).matchAll(SOURCE_FLAT)].map((m) => String(Number(m[1]))),
);

/**
 * What a report says about work already done on its problem: a repair, a clearing, a replacement
 * ("上周刚修好，今天又坏了", "上周疏通过", "刚换了新的"), or thanks and praise for it. Such a report
 * tells what happened after, and a person reads it before it joins a ticket that does not: it may
 * be the same thing gone wrong again (a new ticket), feedback on the other, or praise. Both sides
 * telling of the same earlier work (two residents on the road dug up again) agree.
 */
// Thanks that name whom ("感谢城管") are praise; "感谢！" or "先感谢了" closing a complaint is manners.
const PRAISE = /表扬|点赞|好评|很及时|很负责|安心多了|方便多了|感谢(?![！!。.，,了\s]|$)/;
// Told as done ("刚修好", "修过", "来修了"); asked for ("尽快修好", "快来修") is not.
const DONE_BEFORE =
  /(?<![没未不还])(?:修好了|修好过|修好的|刚修好|修过|修复了|清过|清理过|疏通过|通过了|换了新|换新的了|换成新的了|刚铺|新铺|换过|补过|抢修了|来修了|来修过|停过一次)/;
/**
 * Thanks next to work told as done ("积水昨天抽干了，谢谢", "谢谢昨天把路灯修好"): feedback on an
 * earlier occurrence, whichever order the two come in. A repair dated ("昨天修好", "刚修好") is one too.
 */
const ASKED = String.raw`(?<!(?:请|尽快|赶快|赶紧|麻烦|希望|早日|快点?|能不能)[^，。,.！!？?]{0,4})`;
const THANKED_DONE = new RegExp(
  `(?:谢谢|感谢).*${ASKED}(?:修好|抽干|拆了|处理|清理|清走|运走)|${ASKED}(?:修好|抽干|拆了|处理得很?快|处理好了|清理了).*(?:谢谢|感谢)`,
);
// "上个月修了锁" dates a repair as well: what follows is what went wrong after it.
const DATED_REPAIR =
  /(?:昨天|前天|上周|刚刚?|已经)修好|(?:上个?月|上周|上礼拜|前几天|前两天|昨天|前天)[^，。,.！!？?]{0,2}修(?:了|过)/;
const followsUp = memo((text: string): boolean => {
  const t = simplify(text);
  return (
    conceptsOf(text).fixed.size > 0 ||
    PRAISE.test(t) ||
    DONE_BEFORE.test(t) ||
    THANKED_DONE.test(t) ||
    DATED_REPAIR.test(t)
  );
});

/**
 * Which one of several like things a report means, beyond the building and door numbers the gates
 * read: a numbered item ("2号电梯", "1号门", "17号垃圾桶"), the gate of a compound (正门 / 后门 /
 * 侧门), the stretch of a street (起点 / 尽头 / 中段). Two reports that each say which, and say
 * different ones, are held for a person.
 */
// A day of the month ("5号开始", "今天都15号了", "3号到现在") is no item.
const NUMBERED_ITEM =
  /(?<![\d月路街巷道弄])(\d+|[一二两三四五六七八九十]+)号(?![楼院线\d了到起前后]|晚|早|上午|下午|中午|那天|这天|开始|以来|之后|以后)(?=\p{Script=Han})/gu;
const GATE = /([正后侧前主偏])(?:大)?门/g;
const GATE_NAME: Record<string, string> = {
  正: "正门",
  前: "正门",
  主: "正门",
  后: "后门",
  侧: "侧门",
  偏: "侧门",
};
const STRETCH = /(起点|起始|开头|尽头|终点|最里头|中段|中间那段)/g;
const STRETCH_NAME: Record<string, string> = {
  起点: "起点",
  起始: "起点",
  开头: "起点",
  尽头: "尽头",
  终点: "尽头",
  最里头: "尽头",
  中段: "中段",
  中间那段: "中段",
};
/**
 * Which side or part of one place a report means, beyond gates and stretches: a corner of a crossing
 * (东北角), the direction of a stop's platform (往火车站方向), a car park's entrance or exit, above or
 * below ground, a row of bungalows (4排), a unit by its side (东边单元), the n-th pole or lamp along a
 * street, a compound's tower or section by its compass point after the compound's name (双塔小区东塔 /
 * 西塔). Fresh5's wrong automatic merges named one of these on each side and differed.
 */
const SIDE =
  /([东西南北]{2})角|往([^，。,.\s]{1,6}?)方向|入口|出口|地面|地下|\d+排|([东西南北])边?单元|(?<=[区园苑])[东西南北][塔座区]|第(?:\d+|[一二三四五六七八九十]+)[根盏棵个]|中间那[根盏棵个]/g;
/** A clause saying a place is fine ("正门好的"): not where the problem is. */
const FINE = /(好的|好好的|没问题|正常|没事)$/;
const CLAUSE_BREAK = /[，,。.；;！!？?\s]+/;
const itemPlaces = memo((text: string): string[] => {
  const plain = simplify(text)
    .split(CLAUSE_BREAK)
    .filter((c) => !FINE.test(c))
    .join("，");
  const out: string[] = [];
  for (const m of arabicNumbers(plain).matchAll(NUMBERED_ITEM)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    if (n !== null) out.push(`${n}号`);
  }
  for (const m of plain.matchAll(GATE)) out.push(GATE_NAME[m[1]!]!);
  for (const m of plain.matchAll(STRETCH)) out.push(STRETCH_NAME[m[1]!]!);
  return out;
});

/**
 * The lane of a road and the lettered exit of a metro station a report names ("左转道", "最右边那条车道",
 * "B口", "C出口"): a pothole in the left-turn lane and one in the right-turn lane, or bikes at exit A
 * and at exit B, are two spots of one street or one station, however alike the two reports read.
 * Two reports that each name one and name different ones are parted (`DUP.DIFFERENT_SPOT`); one
 * that names none is held against one that does (`precisionUnconfirmed`).
 */
// "内侧快车道" is the inner lane; "靠边那条道" the kerb's, the outer one.
const LANE =
  /(?:最)?([左右内外])(?:侧|边)?(?:那条)?[快慢]?(?:车道|道(?![路口]))|([左右])[转拐](?:弯)?的?车?道|(靠)(?:路)?边(?:的|那条|那个)?车?道(?![路口])/g;
const EXIT = /(?<![A-Za-z\d])([A-Za-z])(?:出)?口/g;
// Traffic keeps right: the inner lane (内侧, by the centre line) is the leftmost, the outer the rightmost.
const LANE_NAME: Record<string, string> = {
  左: "左侧车道",
  右: "右侧车道",
  内: "左侧车道",
  外: "右侧车道",
  靠: "右侧车道",
};
const lanesAndExits = memo((text: string): string[] => {
  const plain = simplify(text);
  return [
    ...[...plain.matchAll(LANE)].map((m) => (m[2] ? `${m[2]}转车道` : LANE_NAME[m[1] ?? m[3]!]!)),
    ...[...plain.matchAll(EXIT)].map((m) => `${m[1]!.toUpperCase()}口`),
  ];
});

/** The sides and parts of one place a report names (SIDE), compared on their own: a shared stop or landmark does not make 东北角 and 西南角 one corner. */
const sidesOf = memo((text: string): string[] => [
  ...[...simplify(text).matchAll(SIDE)].map((m) =>
    m[3] ? `${m[3]}侧` : m[0].startsWith("中间") ? "中段" : (m[1] ?? m[2] ?? m[0]),
  ),
  ...lanesAndExits(text),
]);

/**
 * The landmark one report places the problem across from ("海边街小学对面便利店", "恒汇大厦对面商场")
 * when the other names that landmark and nothing across from anything: one means the landmark, the
 * other what faces it. Null when they agree or either says nothing of it.
 */
function acrossFrom(x: string, y: string): string | null {
  const plainY = plainOf(y);
  if (plainY.includes("对面")) return null;
  return oppositesOf(x).find((l) => plainY.includes(l)) ?? null;
}
const oppositesOf = memo((text: string): string[] =>
  [...arabicNumbers(simplify(text)).matchAll(ANCHOR)]
    .filter((m) => m[2]!.endsWith("对面"))
    .map((m) => anchorLandmark(m[1]!))
    .filter((l) => [...l].length >= 2 && !UNNAMED_BUILDING.test(l)),
);

/**
 * The side of a street a report names by what lines it ("靠河一侧", "商铺那一边", "恒汇大厦那一侧"):
 * two reports naming different sides mean two spots of one street.
 */
const STREET_SIDE = /(?:靠([^，。,.！!？?\s的]{1,4}?)那?一?|([^，。,.！!？?\s的在是有]{1,4}?)那一)(?:侧|边)/g;
const streetSidesOf = memo((text: string): string[] =>
  [...simplify(text).matchAll(STREET_SIDE)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((x) => !/^[东西南北这那]$/.test(x)),
);

/**
 * A street or river told as a line with two sides: "滨河商业街对面" / "河对岸" is across it, "商业街这侧"
 * is the side the resident stands on. One report across, the other on this side: two spots, though
 * every word of the thing and the fault agrees.
 */
const FAR_SIDE = /[路街巷道河]的?(?:对面|对过|对岸)|对岸/;
const NEAR_SIDE = /[路街巷道河]的?(?:这|本)一?(?:侧|边)/;
function otherSideOfStreet(x: string, y: string): boolean {
  const px = simplify(x);
  const py = simplify(y);
  return FAR_SIDE.test(px) && NEAR_SIDE.test(py) && !FAR_SIDE.test(py);
}

/** What places a report more finely than its street or compound: a side, an item, a landmark, a code, a shop. */
function finerPlaces(text: string, c: ProblemConcepts): string[] {
  const doors = [...(addressNumbers(text).get("号") ?? [])].map((n) => `${n}号`);
  return [
    ...itemPlaces(text),
    ...[...c.spots].map((x) => `${x}侧`),
    ...anchorsOf(text),
    ...identifiersOf(text),
    ...shopsOf(text),
    ...stopsOf(text),
    ...doors,
  ];
}

/**
 * The bus stops a text names ("文庙巷站", "海西苑那站", "第一个公交站"): the stop's own name after
 * the street's, or its order along the street. Two stops of one street are two places; a stop by
 * name and one by order may or may not be the same.
 */
/**
 * Which lift of a building a report means: by its number ("1号梯", "3号电梯") or its kind (客梯,
 * 货梯, 消防梯). A stairwell with two lifts has two machines that fail apart; a clause saying one of
 * them works ("客梯能用") names the other by contrast, not the one reported.
 */
const LIFT_NUMBER = /(\d+)号(?:电|客|货)?梯/g;
// A tower's lifts split by the floors they serve (低区 / 高区) are two machines as well.
const LIFT_KIND = /客梯|货梯|消防梯|([高中低])区的?(?:电梯|梯|那部)/g;
const WORKS = /正常|能用|能坐|没问题|没坏|好的|好好的|没事/;
const liftsOf = memo((text: string): string[] => {
  const out = new Set<string>();
  for (const clause of arabicNumbers(simplify(text)).split(CLAUSE_BREAK)) {
    if (WORKS.test(clause)) continue;
    for (const m of clause.matchAll(LIFT_NUMBER)) out.add(`${Number(m[1])}号梯`);
    for (const m of clause.matchAll(LIFT_KIND)) out.add(m[1] ? `${m[1]}区梯` : m[0]);
  }
  return [...out];
});

const STOP =
  /(第[一二三四五六七八九十\d]+个|[^，。,.!！?？;；、\s（）()“”"的在是了着到那这个上]{2,12}?)(?:那个|那)?(?:公交车?|车)?站(?![牌台棚长点])/gu;
/** What says the 站 is a bus stop, not a refuse or petrol station. */
const BUS = /公交|站牌|车站|候车|班次|路车/;
const NOT_A_STOP = /(垃圾|中转|转运|加油|充电|收费|服务|工作|卫生|派出|回收|泵|变电|配电|消防|水|气|换乘)$/;
const stopsOf = memo((text: string): string[] => {
  const out: string[] = [];
  const plain = simplify(text);
  if (!BUS.test(plain)) return out;
  for (const m of plain.matchAll(STOP)) {
    const before = m[1]!;
    if (before.startsWith("第")) {
      out.push(before);
      continue;
    }
    // After the street's own name, unless the stop is named after the street itself.
    const head = before.slice(0, -1);
    const cut = Math.max(head.lastIndexOf("路"), head.lastIndexOf("街"), head.lastIndexOf("巷"));
    const name = before.slice(cut + 1).replace(/(公交|车)$/, "");
    // "往北那个公交站" says which side of the street the stop stands on, not its name.
    if (
      [...name].length >= 2 &&
      !/^(公交|汽车|地铁|火车|车)$/.test(name) &&
      !NOT_A_STOP.test(name) &&
      !/^[往向朝]?[东西南北][边面行去]?$/.test(name)
    )
      out.push(name);
  }
  return out;
});

/**
 * Codes painted on street furniture and given by residents to point at one item ("杆子上写着HB-017",
 * "井盖编号WM-0231"): two different codes are two poles or two covers.
 */
const IDENTIFIER = /(?<![A-Za-z\d])([A-Za-z]{1,4})(?:[-－](\d+)|(\d{2,}))(?![\d座])/g;
/**
 * A number given as the item's own ("编号写着42的绿桶", "编号是7", "站牌042"): a code of digits alone,
 * after 编号 or right after the thing it is painted on (three digits or a leading zero: "路灯12个"
 * counts lamps).
 */
const NUMBERED =
  /(?:编号[是为写着的：:\s]{0,3}|(?:消防栓|消火栓|井盖|路灯|灯杆|电线杆|垃圾桶|站牌|充电桩)(?=\d+号|\d{3,}|0\d))(\d+)(?![\d楼栋幢单元])/g;
/**
 * A vehicle's plate as far as the resident gives it ("晋A09Q××", "冀A·7K5"): two plates that differ
 * in what both show are two vehicles.
 */
const PLATE =
  /([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-Za-z])[·.\s]?([A-Za-z\d]{3,5})/g;
/**
 * A parked vehicle told by its colour, its kind or its make ("一辆黑色轿车", "送货的厢式货车", "白色
 * 宝马"): two reports that each give one of these and differ in it are two vehicles, though the fire
 * lane or the kerb they stand in is one. Compared colour with colour, kind with kind, make with make;
 * a clause that says a vehicle has gone ("上次那辆黑车早挪了", "电动车倒是挪走了") describes none.
 */
const VEHICLE_NOUN =
  "(?:车|轿车|面包车|货车|卡车|SUV|suv|越野|吉普|出租|的士|校车|大巴|客车|商务车|皮卡|三轮|摩托|宝马|奔驰|奥迪|别克|大众|丰田|本田|日产|比亚迪|特斯拉|现代|五菱|长城|哈弗)";
const VEHICLE_COLOUR = new RegExp(
  `([黑白红银灰蓝绿黄金棕])(?![天灯])色?的?(?=[^，。,.!！?？;；\\s]{0,3}${VEHICLE_NOUN})`,
  "g",
);
const VEHICLE_KINDS: readonly [string, RegExp][] = [
  ["小轿车", /轿车|私家车|小汽车|SUV|suv|越野|吉普|商务车/],
  ["面包车", /面包车|五菱/],
  ["货车", /货车|卡车|厢货|冷藏车|皮卡|渣土车/],
  ["出租车", /出租车|的士/],
  ["客车", /校车|大巴|客车|公交车/],
  ["共享汽车", /共享汽车/],
  ["摩托车", /摩托/],
  ["电动车", /电动车|电瓶车|电动自行车/],
  ["三轮车", /三轮/],
];
const VEHICLE_MAKE = /宝马|奔驰|奥迪|别克|大众|丰田|本田|日产|比亚迪|特斯拉|现代|五菱|哈弗/g;
const GONE = /(?<![没未不])(?:挪走了|开走了|挪了|开走|走了|移走了)|上次|之前那辆|原来那辆/;
const vehicleOf = memo((text: string): { colour: string[]; kind: string[]; make: string[] } => {
  const clauses = simplify(text)
    .split(/[，,。.；;！!？?\s]+/)
    .filter((c) => !GONE.test(c));
  const rest = clauses.join("，");
  return {
    colour: [...new Set([...rest.matchAll(VEHICLE_COLOUR)].map((m) => m[1]!))],
    kind: VEHICLE_KINDS.filter(([, re]) => re.test(rest)).map(([k]) => k),
    make: [...new Set(rest.match(VEHICLE_MAKE) ?? [])],
  };
});
/** The first attribute two reports both give a vehicle and share no value of, as [a's, b's]. */
function otherVehicles(a: string, b: string): [string, string] | null {
  const va = vehicleOf(a);
  const vb = vehicleOf(b);
  for (const key of ["colour", "kind", "make"] as const) {
    const xs = va[key];
    const ys = vb[key];
    if (xs.length && ys.length && !xs.some((x) => ys.includes(x))) return [xs.join("、"), ys.join("、")];
  }
  return null;
}

/**
 * Matters whose subject is a person (one lost, one sleeping rough, one drunk in the street): at one
 * street corner a child lost and an old man lost are two people, two reports, however alike the
 * words. Told apart by age (a child / an old person) and, when both give it, by sex; a side that
 * gives neither parts nothing ("有人走丢了").
 */
const PERSON_MATTERS = new Set(["走失", "露宿", "醉酒", "倒地"]);
const PERSON_AGE: readonly [string, RegExp][] = [
  [
    "小孩",
    /小孩|孩子|儿童|小朋友|男孩|女孩|男童|女童|小学生|幼儿|娃娃?|[一二三四五六七八九十\d]岁(?!多?[的]?(?:老人|老太|老头))/,
  ],
  [
    "老人",
    /老人|老年人?|老太太?|老头|老大爷|老爷子|老奶奶|老爷爷|大爷|奶奶|爷爷|阿婆|老汉|[六七八九]十(?:多|来|几)?岁/,
  ],
];
const PERSON_SEX: readonly [string, RegExp][] = [
  ["男", /男|老头|大爷|爷爷|老汉|小伙|大叔|大哥/],
  ["女", /女|老太|奶奶|阿婆|大妈|大姐|阿姨|大婶/],
];
function personTraits(text: string, table: readonly [string, RegExp][]): string[] {
  const t = simplify(text);
  return table.filter(([, re]) => re.test(t)).map(([k]) => k);
}
/** The first trait both reports give their person and share no value of, as [a's, b's]. */
function otherPersons(a: string, b: string): [string, string] | null {
  for (const table of [PERSON_AGE, PERSON_SEX]) {
    const xs = personTraits(a, table);
    const ys = personTraits(b, table);
    // A text naming both (a grandmother and the child she looks for) is compared with nothing.
    if (xs.length === 1 && ys.length === 1 && xs[0] !== ys[0]) return [xs[0]!, ys[0]!];
  }
  return null;
}

const identifiersOf = memo((text: string): string[] => {
  const plain = simplify(text);
  return [
    ...[...plain.matchAll(PLATE)].map((m) => `${m[1]}${m[2]!.toUpperCase()}${m[3]!.toUpperCase()}`),
    ...[...plain.matchAll(IDENTIFIER)].map((m) => `${m[1]!.toUpperCase()}${Number(m[2] ?? m[3])}`),
    ...[...plain.matchAll(NUMBERED)].map((m) => `#${Number(m[1])}`),
  ];
});

/**
 * The shops a text names ("那家川菜馆", "那家超市", "足疗店"), as the words between what introduces
 * them (那家, 的, the street) and 店/馆/铺/超市/摊: two reports at one street about two shops (a
 * restaurant's smoke, a roast-duck shop's flue) are two problems. Words that name no particular shop
 * ("开店", "我们店", "小饭馆", "周边的商铺") are left out.
 */
const SHOP =
  /(?:家|个|的|街|路|巷|口|楼下|一楼|底商|在)([^\s\p{P}\p{S}\d把被给在是了着开我们你他她的家个口门那这有]{0,4}?)(店|馆|铺|超市|摊|火锅(?![店馆城]))/gu;
const NOT_A_SHOP = /^[小饭餐商门店]*$/;
/** A business's own name in quotation marks ("“老马烧烤”油烟太大"): residents quote signboards. */
const QUOTED_NAME = /[“"「『]([^”"」』，。,.!！?？\s]{2,8})[”"」』]/gu;
/**
 * What follows a shop named only to say where another one is ("烤肉店隔壁的炸串店", "就在小炒店对面",
 * "湘菜馆旁边的烧腊店"): the shop before it is the landmark, not the source reported.
 */
const BESIDE = /^(?:的|那)?(?:旁边|隔壁|斜?对面|对过|边上|附近|[东西南北左右]边|[东西南北]侧)/;
const shopsOf = memo((text: string): string[] => {
  const out: string[] = [...simplify(text).matchAll(QUOTED_NAME)].map((m) => m[1]!);
  const beside: string[] = [];
  const words = canonicalWords(text);
  for (const m of words.matchAll(SHOP)) {
    // The match may start inside the street's name ("柳巷路红星超市" is read from 巷): the shop's name follows the street.
    const name = m[1]!.replace(/^[路街巷]+/, "");
    const into = BESIDE.test(words.slice(m.index + m[0].length)) ? beside : out;
    if (m[2] === "超市" && !name) into.push("超市");
    // A hotpot restaurant goes by its name and the dish ("蜀香火锅"): the same shop as "那家火锅店".
    else if (m[2] === "火锅") into.push(`${name}火锅店`);
    // A garage is 汽修 to one resident and 修车 to another.
    else if (!NOT_A_SHOP.test(name)) into.push(name.replace(/汽修/, "修车") + m[2]!);
  }
  // A landmark shop is the one reported when the text names no other ("就在羊汤馆旁边" alone).
  return out.length ? out : beside;
});

/**
 * What a business is complained of for: a nuisance to the homes around it (its noise, its smoke or
 * smell). Anything else one side names and the other does not (the customers' bikes in the lane,
 * the cars it repairs on the pavement, its waste water frozen in the street, its refuse) is another
 * matter of the same shop, so the name alone does not link the two.
 */
const NUISANCES = new Set(["油烟", "吸烟", "喷漆"]);
function otherMatter(ca: ProblemConcepts, cb: ProblemConcepts): boolean {
  const nuisance = (o: string) => NUISANCES.has(o) || SYMPTOMS.has(o) || VENUES.has(o);
  const other = (x: ProblemConcepts, y: ProblemConcepts) =>
    [...x.objects].some((o) => !nuisance(o) && !y.objects.has(o)) ||
    (x.faults.has("占道") && !y.faults.has("占道"));
  return other(ca, cb) || other(cb, ca);
}

/**
 * Whether both texts name one shop: one name holds the other's distinctive part ("早点铺" / "早餐店"),
 * or the two share two of its characters. Stricter than `sameShop`, which only keeps two shops from
 * being parted: "洗车店" / "修车铺" share only the 车 of every garage.
 */
function oneShopNamed(a: string, b: string): boolean {
  const stem = (s: string) => s.replace(/(店|馆|铺|超市|摊)$/, "").replace(/(菜|餐|饭)$/, "");
  const one = (x: string, y: string) => {
    const sx = stem(x);
    const sy = stem(y);
    if (!sx || !sy) return false;
    if (sx.includes(sy) || sy.includes(sx)) return true;
    const ys = new Set(sy);
    return [...new Set(sx)].filter((c) => ys.has(c)).length >= 2;
  };
  const xs = shopsOf(a);
  const ys = shopsOf(b);
  return xs.some((x) => ys.some((y) => one(x, y)));
}

/** Concepts that say how a problem is felt rather than what is wrong: never enough to merge alone. */
const SYMPTOMS = new Set(["噪音", "扩音"]);
/**
 * Concepts that name where a problem comes from rather than the problem (a barbecue stall, a square's
 * dancers: two groups may dance there): never enough alone either.
 */
const VENUES = new Set(["烧烤", "广场舞", "KTV", "酒吧", "网吧", "洗车", "早市", "绿地"]);
/** Venues of many stalls or sellers: naming one on both sides does not point at one source. */
const MANY_SOURCES = new Set(["早市"]);
/**
 * What a problem leaves behind rather than the problem: ice under a leaking hydrant or a dripping
 * air conditioner. The thing itself when nothing else is named (snow nobody cleared).
 */
const EFFECTS = new Set(["冰雪", "异味"]);
/**
 * What a resident perceives without naming its source (a smell): it links a report to one naming
 * the source as a cause and its effect, and never parts it from one naming something else.
 */
const SENSED = new Set(["异味"]);
const namedThings = (c: ProblemConcepts): string[] => [...c.objects].filter((x) => !SENSED.has(x));

/** Cosine similarity of character-bigram counts, 0..1, after normalisation and synonym folding. */
export function textSimilarity(a: string, b: string): number {
  const va = bigramsOf(a);
  const vb = bigramsOf(b);
  if (va.v.size === 0 || vb.v.size === 0) return 0;
  let dot = 0;
  for (const [k, n] of va.v) dot += n * (vb.v.get(k) ?? 0);
  // Rounded: identical texts must score exactly 1, not 0.9999999999999999.
  return Math.round((dot / (va.norm * vb.norm)) * 1e9) / 1e9;
}

const conceptsOf = memo(problemConcepts);
const bigramsOf = memo((text: string) => withNorm(bigrams(normalizeForCompare(canonicalWords(text)))));

function withNorm(v: Map<string, number>): { v: Map<string, number>; norm: number } {
  return { v, norm: norm(v) };
}

/**
 * Simplified characters, lower case, no punctuation, spaces or filler words: what is left is the
 * content residents actually differ on.
 */
export function normalizeForCompare(text: string): string {
  return arabicNumbers(simplify(text))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, "")
    .replace(/(你好|您好|请问|麻烦|谢谢|一下|我们|我家|这个|那个|反映|投诉)/g, "");
}

/** Function characters that say nothing about the problem; kept inside bigrams, dropped as unigrams. */
const FUNCTION_CHARS = new Set([..."的了吗呢啊吧呀在是有也都就还和与很太把被给让又才么"]);

/**
 * Bigrams carry word order ("电梯" vs "梯电"); content unigrams, at half weight, let paraphrases
 * ("坏了" / "故障") still share "电", "梯", "修". Pure bigram cosine scored such pairs near 0.3.
 */
const NUMBER_KIND = "号楼|号院|栋|幢|单元|层|楼|室|号";
/** Building-level numbers only: reporters of one broken lift live on different floors and rooms. */
const BUILDING_KIND = "号楼|栋|幢|号院|单元";
const CN_DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "三号楼" → "3号楼", "十二栋" → "12栋": Chinese numerals before a building or unit word only, so 一般 stays. */
const CN_NUMBER = new RegExp(`([一二两三四五六七八九十]{1,3})(?=${NUMBER_KIND})`, "g");
function arabicNumbers(text: string): string {
  return text.replace(CN_NUMBER, (m) => {
    // 十二 = 12, 二十 = 20, 二十三 = 23; without 十 the digits are read one by one (一二 = 12).
    if (!m.includes("十")) return [...m].map((c) => String(CN_DIGIT[c] ?? "")).join("");
    const [tens = "", ones = ""] = m.split("十");
    return String((tens ? (CN_DIGIT[tens] ?? 1) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? 0) : 0));
  });
}

/**
 * Building and entrance numbers by kind: { "号楼" → {"3"}, "单元" → {"2"} }; 栋 and 幢 count as 号楼,
 * and so do the lettered towers of an office block ("A座"). A street's door number ("南海街1号") is
 * the kind "号": two doors of one street are two places.
 */
const BUILDING_NUMBER = new RegExp(`(\\d+)(${BUILDING_KIND})`, "g");
/** "2#楼", "8#": how estates and their residents often number buildings. */
const HASH_BUILDING = /(?<![\d#])(\d+)[#＃](?!\d)/g;
const TOWER = /(?<![A-Za-z\d])([A-Za-z]|\d+)座/g;
// "3号门" is a gate, but "102号门面" / "120号门市" is the shopfront at door 102: a door number.
const DOOR_NUMBER = /(?<=[路街巷道弄])(\d+|[一二两三四五六七八九十百零]+)(多)?号(?![楼院线]|门(?![口面市]))/g;
/**
 * Two neighbouring buildings said in one breath ("二三号楼中间", "七八栋之间"): two numbers, not
 * 23 or 78, which nobody says without 十.
 */
/** A run of buildings ("1-4号楼", "3至5栋", "1到6号楼"), read as each building in it; at most MAX_RUN + 1. */
const BUILDING_RUN = /(\d+)\s*(?:-|－|—|~|～|至|到)\s*(\d+)(?:号楼|栋|幢)/g;
const MAX_RUN = 20;
/**
 * Buildings listed in one breath: "3、4、5号楼", "3号和5号楼" (each number before the last is a
 * building too), and bare "3号4号5号" in a text that names one of them as a building ("4号楼也停电了
 * … 3号4号5号都是它带的"): without a building among them, bare numbers may be days of the month.
 */
const BUILDING_LIST = /(?<![\d号])(?:\d+(?:号(?:、|和|与|及|跟)?|、|和|与|及|跟))+\d+(?:号楼|栋|幢)/g;
const BARE_LIST = /(?<![\d号])\d+号(?:(?:、|和)?\d+号)+(?![楼院栋幢单\d])/g;
const TWO_BUILDINGS = /([一二三四五六七八])([二三四五六七八九])(号楼|栋|幢)/g;
function twoBuildings(m: string, x: string, y: string, kind: string): string {
  return CN_DIGIT[y]! === CN_DIGIT[x]! + 1 ? `${x}${kind}${y}${kind}` : m;
}
/** Nuisances that reach a building from a source outside it: a kitchen's fumes, a square's dancers. */
const FROM_OUTSIDE = new Set(["油烟", "烧烤", "广场舞", "KTV", "酒吧"]);
/** The building named as the resident's own: "我住…", "我们…", "本人住…", "…住户", "…也受不了". */
const HOME_BEFORE = /(?:我|我们|我家|本人|俺)(?:是|住|住在|家在)?[^，。,.!！?？;；\s]{0,6}$/;
const HOME_AFTER = /^(?:的)?(?:住户|居民|业主)|^(?:这边)?(?:也|都)(?:受不了|闻得到|闻到|听得见|听得到)/;
/**
 * A number denied as "not that one" ("也是群租，不是1单元那个"): another place of the same kind, not
 * where the problem is. A correction ("不是3号楼，是13号楼") keeps its number: it answers an earlier
 * report that named it, and may be that report's own correction.
 */
const DENIED_NUMBER =
  /(?<![是还])不是[^，。,.!！?？;；\s]{0,3}?[\d一二两三四五六七八九十]+(?:号楼|号院|栋|幢|单元|层|楼|室|号)(?=那[个家户套间栋])/g;
const addressNumbers = memo((text: string): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  const add = (kind: string, n: string) => {
    let set = out.get(kind);
    if (!set) out.set(kind, (set = new Set()));
    set.add(n);
  };
  const plain = arabicNumbers(
    simplify(text).replace(TWO_BUILDINGS, twoBuildings).replace(DENIED_NUMBER, "　"),
  );
  // The whole estate's water or power cut: the building named is the resident's, not the fault's.
  const building = (kind: string, n: string) => {
    if (kind !== "号楼" || !estateWide) add(kind, n);
  };
  const estateWide = estateWideCut(plain);
  // Fumes or dancers' music from outside, told from where the resident lives ("我们3号楼都闻得到",
  // "9号楼住户反映"): the building is the resident's, not the source's. The text's concepts are read
  // only for a number told as the resident's home: most texts name no such number, and reading the
  // concepts (a hundred patterns) was most of this function's cost when the intake files a ticket.
  let outside: boolean | undefined;
  const fromOutside = () => (outside ??= [...conceptsOf(text).objects].some((x) => FROM_OUTSIDE.has(x)));
  const home = (m: RegExpMatchArray) =>
    (HOME_BEFORE.test(plain.slice(0, m.index)) || HOME_AFTER.test(plain.slice(m.index! + m[0].length))) &&
    fromOutside();
  // "影响1-4号楼供电": every building of the run, so the third meets a report from 3号楼.
  for (const m of plain.matchAll(BUILDING_RUN)) {
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    if (home(m) || !(hi > lo && hi - lo <= MAX_RUN)) continue;
    for (let n = lo; n <= hi; n++) building("号楼", String(n));
  }
  // Runs were read above; blanked (same length, so indices hold) they are not read again as buildings.
  const withoutRuns = plain.replace(BUILDING_RUN, (x) => "　".repeat(x.length));
  for (const m of withoutRuns.matchAll(BUILDING_NUMBER))
    if (!home(m)) building(m[2] === "栋" || m[2] === "幢" ? "号楼" : m[2]!, String(Number(m[1])));
  for (const m of withoutRuns.matchAll(BUILDING_LIST))
    if (!home(m)) for (const n of m[0].matchAll(/\d+/g)) building("号楼", String(Number(n[0])));
  const named = out.get("号楼");
  if (named)
    for (const m of plain.matchAll(BARE_LIST)) {
      const ns = [...m[0].matchAll(/\d+/g)].map((n) => String(Number(n[0])));
      if (!home(m) && ns.some((n) => named.has(n))) for (const n of ns) building("号楼", n);
    }
  for (const m of plain.matchAll(HASH_BUILDING)) if (!home(m)) building("号楼", String(Number(m[1])));
  for (const m of plain.matchAll(TOWER))
    if (!home(m)) building("号楼", /\d/.test(m[1]!) ? String(Number(m[1])) : m[1]!.toUpperCase());
  for (const m of plain.matchAll(DOOR_NUMBER)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    if (n === null) continue;
    add("号", m[2] ? approximateRange(n) : String(n));
  }
  return out;
});

/**
 * Whether two sets of one kind of house number share one. A door number told roughly ("两百多号")
 * is a range ("201~299") and meets any number inside it: "南海街1号" and "南海街两百多号" are two
 * ends of the street, "两百多号" and "215号" may be one door.
 */
function shareNumber(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) {
    if (ys.has(x)) return true;
    const [xl, xh] = numberBounds(x);
    for (const y of ys) {
      const [yl, yh] = numberBounds(y);
      if (xl <= yh && yl <= xh) return true;
    }
  }
  return false;
}

function numberBounds(x: string): [number, number] {
  const range = /^(\d+)~(\d+)$/.exec(x);
  if (range) return [Number(range[1]), Number(range[2])];
  const n = Number(x);
  // Letters (an "A座" tower) meet only themselves.
  return Number.isFinite(n) ? [n, n] : [Number.NaN, Number.NaN];
}

/** "200~299" reads as "200多" in a reason a person reads. */
function numberLabel(x: string): string {
  const range = /^(\d+)~\d+$/.exec(x);
  return range ? `${Number(range[1]) - 1}多` : x;
}

/** "二十多" = 21~29, "两百多" = 201~299, "十多" = 11~19: the numbers "more than n" can mean. */
function approximateRange(n: number): string {
  const step = n >= 100 && n % 100 === 0 ? 100 : n >= 10 && n % 10 === 0 ? 10 : 1;
  return step === 1 ? String(n) : `${n + 1}~${n + step - 1}`;
}

/** A Chinese numeral up to the thousands ("两百零五" = 205, "十二" = 12); null when it is not one. */
function chineseNumber(s: string): number | null {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === "零") continue;
    if (c === "十" || c === "百") {
      total += (digit || 1) * (c === "十" ? 10 : 100);
      digit = 0;
    } else if (CN_DIGIT[c] !== undefined) digit = CN_DIGIT[c];
    else return null;
  }
  return total + digit || null;
}

/** The kinds of house number the number gate compares (栋 and 幢 are read as 号楼). */
export const HOUSE_NUMBER_KINDS = ["号楼", "号院", "单元"] as const;

/**
 * The house numbers a ticket's text names, as stored in `tickets.dup_numbers` so that the route
 * worker's candidate search can apply the number gate in PostgreSQL: each kind named ("号楼") and
 * each number with its kind ("3号楼"), sorted. Two texts pass the gate when, for every kind both
 * name, they share a number of it; the kind alone says "this text names one", which is what lets
 * SQL tell "names another building" from "names none". The text is the ticket's summary and
 * description, as the scorer reads it (`${summary} ${description}`).
 */
export function houseNumberTokens(summary: string, description: string): string[] {
  const out: string[] = [];
  for (const [kind, numbers] of addressNumbers(`${summary} ${description}`)) {
    out.push(kind);
    for (const n of numbers) out.push(`${n}${kind}`);
  }
  return out.sort();
}

/** The same tokens of one kind for a prepared candidate (empty when its text names none of that kind). */
export function houseNumberTokensOfKind(c: PreparedCandidate, kind: string): string[] {
  return [...(c.numbers.get(kind) ?? [])].map((n) => `${n}${kind}`);
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  for (const c of chars) if (!FUNCTION_CHARS.has(c)) out.set(c, (out.get(c) ?? 0) + 0.5);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Cosine of the two texts' content words (segmented by `tokenize`), synonyms folded; 0 without a segmenter. */
function wordSimilarity(a: string, b: string, tokenize: ((t: string) => string[]) | undefined): number {
  if (!tokenize) return 0;
  let words = wordVectors.get(tokenize);
  if (!words) {
    words = memo((t: string) => {
      const out = new Map<string, number>();
      for (const w of tokenize(normalizeForCompare(canonicalWords(t))))
        if ([...w].length > 1 || !FUNCTION_CHARS.has(w)) out.set(w, (out.get(w) ?? 0) + 1);
      return withNorm(out);
    });
    wordVectors.set(tokenize, words);
  }
  const va = words(a);
  const vb = words(b);
  if (!va.v.size || !vb.v.size) return 0;
  let dot = 0;
  for (const [k, n] of va.v) dot += n * (vb.v.get(k) ?? 0);
  return dot / (va.norm * vb.norm);
}

/** Word vectors by segmenter: the same text cuts differently with another deployment's place names. */
const wordVectors = new WeakMap<
  (t: string) => string[],
  (t: string) => { v: Map<string, number>; norm: number }
>();

/**
 * 1 when two places are the same once buildings are set aside ("西盛家园3号楼" / "西盛家园三号楼"),
 * 0.7 when one contains the other ("水库街" / "水库街小学北边") or one report's text names the other's
 * place ("水库街滨河商业街上的店" / "滨河商业街": intake kept the first street it read), 0.3 when
 * either is unknown or one report's text spells the other's place by its sound and not as another of
 * the deployment's places (`namesPlaceBySound`: "水库街那个恒辉大厦" / "恒汇大厦") — never enough to
 * merge without asking —, 0 when they differ ("桃南一区" / "桃南二区").
 */
function comparePlaces(a: DuplicateCandidate, b: DuplicateCandidate, known: readonly string[] = []): number {
  const pa = placeCore(a.place);
  const pb = placeCore(b.place);
  if (!pa || !pb) return 0.3;
  if (pa === pb) return 1;
  if (pa.includes(pb) || pb.includes(pa)) return 0.7;
  const named = (text: string, p: string) => {
    const short = p.replace(BUILDING_SUFFIX, "");
    return plainOf(text).includes(p) || ([...short].length >= 2 && plainOf(text).includes(short));
  };
  if (named(a.text, pb) || named(b.text, pa)) return 0.7;
  // The other's place spelt by its sound (恒辉大厦 / 恒汇大厦): intake kept the street said first. A
  // sound is weaker evidence than the name (a real place may sound the same and not be in the
  // deployment's list), so such a pair is offered to the dispatcher, never merged without asking.
  return namesPlaceBySound(plainOf(a.text), pb, known) || namesPlaceBySound(plainOf(b.text), pa, known)
    ? 0.3
    : 0;
}

/**
 * What residents drop from a tower's name ("恒汇大厦" → "就是恒汇"). Estates keep theirs: 西盛花园
 * and 西盛家园 are two compounds, so "西盛" names neither.
 */
const BUILDING_SUFFIX = /(大厦|大楼|商厦|商场)$/;

/**
 * The landmarks a text places the problem at on a street: what stands before 门口, 巷口, 路口 or
 * 对面 once the street's own name is cut off ("桃园北路桃南一区门口" → "桃南一区"). Two reports at
 * one street naming different landmarks ("小学门口" / "恒汇大厦门口") are two spots of it.
 */
const ANCHOR = /([^，。,.!！?？;；、\s（）()]{1,16}?)(大门口|大门对面|门口|巷口|路口|对面)/g;
const METRO_MOUTH = /地铁站?(?:[A-Za-z]?(?:出|入)?口)/;
/**
 * The resident's own door ("我家门口", "她家门口", "我们店门口"): where the teller lives or works, which
 * another resident names by the shop or the lane, never by "我家". It tells two spots apart from
 * nothing. "我们大门口" is the estate's gate, and stays a spot.
 */
const OWN_DOOR = /^(?:往|朝|到|在)?(?:我|俺|她|他|咱|自己)(?:们?(?:家|店|铺))?$/;
const UNNAMED_BUILDING = /^(?:那栋|这栋|那座|这座|那幢|一栋|一座)?(?:高楼|大楼|楼房|写字楼)$/;
const anchorsOf = memo((text: string): string[] => {
  const out: string[] = [];
  for (const m of arabicNumbers(simplify(text)).matchAll(ANCHOR)) {
    const landmark = anchorLandmark(m[1]!);
    // "那栋高楼门口" points at a building without naming it: no landmark to tell two apart.
    if ([...landmark].length >= 2 && !UNNAMED_BUILDING.test(landmark) && !OWN_DOOR.test(landmark))
      out.push(landmark);
  }
  // A metro station's mouth names no landmark before it ("西盛路地铁口"): the station is the landmark.
  if (METRO_MOUTH.test(simplify(text))) out.push("地铁站");
  return out;
});

/** The landmarks a text names before 路口: which crossing it means. */
function crossingAnchors(text: string): string[] {
  const out: string[] = [];
  for (const m of arabicNumbers(simplify(text)).matchAll(ANCHOR)) {
    if (m[2] !== "路口") continue;
    const landmark = anchorLandmark(m[1]!);
    if ([...landmark].length >= 2 && !UNNAMED_BUILDING.test(landmark)) out.push(landmark);
  }
  return out;
}

/** The landmark's name in what stands before 门口 or 对面: after the last street word and the last little word that links a phrase ("就在", "那个"). */
function anchorLandmark(before: string): string {
  const cut = Math.max(before.lastIndexOf("路"), before.lastIndexOf("街"), before.lastIndexOf("巷"));
  return before
    .slice(cut + 1)
    .replace(/^.*(的|在|是|了|着|到|把|那个|这个|那家|这家|那边|这边)/, "")
    .replace(/(那边|这边|附近|旁边|那|这)$/, "");
}

const FROM_NUMBER_ON = new RegExp(`\\d+(${NUMBER_KIND}).*$`);
function placeCore(p: string | null | undefined): string {
  return p ? placeCoreOf(p) : "";
}
const placeCoreOf = memo((p: string): string => {
  const core = arabicNumbers(simplify(p))
    .replace(FROM_NUMBER_ON, "")
    .replace(/[\p{P}\p{S}\s]+/gu, "")
    .replace(/(那边|这边|附近|旁边|门口|里面|那里|这里)$/g, "");
  // One crossing, however it is joined and ended ("桃园北路和柳巷路口" / "柳巷路与桃园北路交叉口"):
  // the two streets' names, each without the 路 / 街 / 巷 that "柳巷路口" leaves in doubt.
  const crossing = CROSSING.exec(core);
  if (!crossing) return core;
  const street = (x: string) => x.replace(/[路街巷道]+$/, "");
  return `${[street(crossing[1]!), street((crossing[2] ?? crossing[3])!)].sort().join("与")}交叉口`;
});
/** Two streets joined: the second ends as a street, or the crossing's own word follows it. */
const CROSSING =
  /^(\p{Script=Han}{1,6}?[路街巷道])(?:和|与|跟|同)(?:(\p{Script=Han}{1,6}?)(?:交叉口|十字路口|路口|口)|(\p{Script=Han}{0,5}[路街巷道]))$/u;

/**
 * Shops compared by the part of the name that sets them apart: the kind (馆, 超市) and the cuisine
 * word (菜) are shared by every restaurant or supermarket of a street, so "川菜馆" / "湘菜馆" and
 * "红星超市" / "好邻居超市" are two shops, while "足疗店" / "足浴店" (half the name in common) may be one.
 */
function sameShop(x: string, y: string): boolean {
  const stem = (s: string) => s.replace(/(店|馆|铺|超市|摊)$/, "").replace(/(菜|餐|饭)$/, "");
  const sx = stem(x);
  const sy = stem(y);
  if (!sx || !sy) return sameLandmark(x, y);
  if (sx.includes(sy) || sy.includes(sx)) return true;
  const ys = new Set(sy);
  return [...new Set(sx)].filter((c) => ys.has(c)).length >= 0.5 * Math.min(new Set(sx).size, ys.size);
}

/** One landmark when one name holds the other or most of the shorter one's characters ("菜市场" / "菜场"). */
function sameLandmark(x: string, y: string): boolean {
  if (x.includes(y) || y.includes(x)) return true;
  const ys = new Set(y);
  const shared = [...new Set(x)].filter((c) => ys.has(c)).length;
  return shared >= 0.6 * Math.min(new Set(x).size, ys.size);
}

const plainOf = memo((t: string): string => arabicNumbers(simplify(t)).replace(/[\p{P}\p{S}\s]+/gu, ""));

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const n of v.values()) s += n * n;
  return Math.sqrt(s);
}

/** Great-circle distance in metres (mean Earth radius 6,371 km; GCJ-02 vs WGS-84 offsets are ~500 m, so both points must use the same datum). */
export function haversineMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function isNum(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function formatHours(h: number): string {
  return h < 1 ? `${Math.round(h * 60)}分钟` : `${Math.round(h)}小时`;
}
