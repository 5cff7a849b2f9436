import path from "node:path";
import { fileURLToPath } from "node:url";
import { Complaint, callbackOf, type Contact, type ComplaintField } from "../domain/complaint.schema.js";
import type { DomainConfig } from "../domain/config.js";
import { CategoryClassifier } from "./category-model.js";
import { detectKind } from "./detect-kind.js";
import { categoryForHazard } from "./hazard-category.js";
import { withCategoryGlosses } from "./category-latin.js";
import { categoryByOperator, categoryByTaxonomy, insteadOfOther, praisedUnit } from "./taxonomy-category.js";
import { affirmedDanger, agentAlarm } from "./agent-alarm.js";
import { detectUrgency, type CombinedFinding } from "./detect-urgency.js";
import { ABSENCE, DEPENDANT, PERSON, detectUrgencyByRules, normaliseUrgencyText } from "./urgency-rules.js";
import { shippedEmergencyModel } from "./emergency-model.js";
import { KindModel, shippedKindModel } from "./kind-model.js";
import { extractAddressDetail } from "./extract-address-detail.js";
import {
  actedForName,
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "./extract-contact.js";
import type { ExtractionEngine, ExtractionInput } from "./extraction-engine.js";
import { findIntersection } from "./find-intersection.js";
import { withoutForwardedPost } from "./forwarded-message.js";
import { normalizeText, tidyPunctuation } from "./normalize-text.js";
import { parseTranscript, type Transcript } from "./parse-transcript.js";
import { placeAnswers } from "./place-answers.js";
import { callerThing } from "./caller-thing.js";
import { PlaceResolver, type PlaceMatch } from "./place-resolver.js";
import { createSegmenter, type Segmenter, type SegmenterOptions } from "./segmenter.js";
import { operatorRecap } from "./operator-recap.js";
import { summarizeComplaint } from "./summarize-complaint.js";
import { withoutContactDetails } from "./summary-without-contact.js";
import { isLatinMessage, summarizeLatin } from "./latin-summary.js";
import { asksForPhone } from "../channels-runtime/channel-rules.js";
import { hanCount } from "./han-count.js";

/** The category model shipped with the repository, trained from data/intake/category-seed.jsonl. */
export const DEFAULT_CATEGORY_MODEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/intake/category-model.json.gz",
);

// Below this the classifier's guess is not worth routing on; "other" lets a dispatcher decide.
const MIN_CATEGORY_CONFIDENCE = 0.15;
/*
 * A small wish (微心愿) is posted for volunteers through the community, which owns it (民生救助)
 * whatever is wished for: the read sets file 167 of 186 messages naming a wish there, 9 under 教育
 * (a desk lamp, books for a pupil) and 4 under 卫生健康 (a blood-glucose meter), and when the
 * classifier's reading of schooling or care was let stand, it was wrong three times for each time it
 * was right. The words of a wish (a radio, a schoolbag, a wheelchair) send the classifier anywhere.
 */
const WISH_OWNERS: readonly string[] = ["social_assistance"];
/*
 * A wish told as one ("想要一个会报时的闹钟", "她的心愿是…", "希望有人帮忙送…") stays a wish even when the
 * danger reading took something in it for a danger (an old man who cannot see, a child whose family
 * cannot afford a cake): the danger's unit would send the police to a wish. Read sets: 13 such wishes
 * filed under the danger's unit, none lost; a lost child whose words a wish shape happened to fit
 * names nothing wished for and stays with the danger.
 */
const WISH_NAMED = /想要|想给|心愿|希望有人|想有人|想请|想找人/;
// A problem that short ("在吗", "你好") cannot be acted on: ask for detail.
const MIN_FACT_HAN = 6;

export interface OfflineEngineOptions {
  /** A model file written by the classifier trainer; defaults to the shipped category model. */
  modelFile?: string;
  /** A kind model written by `zhitong intake train --from-history`; defaults to the shipped one. */
  kindModelFile?: string;
  /** How the word segmenter loads its dictionary (see SegmenterOptions); the whole one by default. */
  dictionary?: SegmenterOptions["dictionary"];
  /** A segmenter of the caller's instead (a check that two dictionaries cut alike); `dictionary` is then unused. */
  segmenter?: Segmenter;
}

/**
 * The embedded engine: no network, deterministic, a few milliseconds per message. Rules for
 * urgency, kind and contact details; a trained linear classifier for the category; the
 * jurisdiction's place names (with homophone matching) for the community.
 */
export class OfflineEngine implements ExtractionEngine {
  readonly name = "offline" as const;
  private readonly categoryCodes: Set<string>;

  private constructor(
    private readonly config: DomainConfig,
    private readonly places: PlaceResolver,
    private readonly classifier: CategoryClassifier,
    private readonly kindModel: KindModel | null,
  ) {
    this.categoryCodes = new Set(config.taxonomy.categories.map((c) => c.code));
  }

  static async create(config: DomainConfig, options: OfflineEngineOptions = {}): Promise<OfflineEngine> {
    const places = new PlaceResolver(config.jurisdiction);
    const segmenter: Segmenter =
      options.segmenter ??
      createSegmenter([...places.names, ...config.jurisdiction.units.map((u) => u.name)], {
        dictionary: options.dictionary,
      });
    const classifier = await CategoryClassifier.load(options.modelFile ?? DEFAULT_CATEGORY_MODEL, segmenter);
    // Loaded here, at start, rather than by the first resident's message.
    shippedEmergencyModel();
    // A centre's own kind model must load, or the engine does not start: a silent fallback to the
    // shipped one would undo the centre's corrections unnoticed.
    const kindModel = options.kindModelFile ? KindModel.load(options.kindModelFile) : shippedKindModel();
    return new OfflineEngine(config, places, classifier, kindModel);
  }

  async extract(input: ExtractionInput): Promise<Complaint> {
    return this.extractSync(input);
  }

  /** Same as `extract`; synchronous for benchmarks and batch evaluation. */
  extractSync(input: ExtractionInput): Complaint {
    const text = normalizeText(input.text);
    const transcript = input.channel === "hotline" || /坐席|来电人/.test(text) ? parseTranscript(text) : null;
    const facts = transcript ? tidyPunctuation(transcript.caller.join("。")) : text;
    const agentText = transcript ? transcript.agent.join("。") : "";
    const known = input.known ?? {};

    const place: PlaceMatch | null =
      this.places.exact(facts) ??
      (agentText ? this.places.exact(agentText) : null) ??
      this.places.resolve(facts);
    const detail = extractAddressDetail(facts);
    // "柳巷路和海边街交叉口" is the place; either street alone points somewhere else.
    const crossing = findIntersection(facts, this.places.names);

    // The place name says where, not what: "水库街小学门口的井盖丢了" is about a manhole, not a school.
    // The evidence shown to the dispatcher is read from the same text: "水库" of 水库街 is no evidence of pollution.
    // A message in English or pinyin is read with its everyday words glossed in Chinese (only the
    // category: the kind, the danger and the summary read the message as written).
    const categoryFacts = withCategoryGlosses(facts);
    const placeless = place ? categoryFacts.split(place.surface).join("，") : categoryFacts;
    const prediction = this.classifier.predict(placeless);
    const candidates = prediction.ranked
      .filter((r) => this.categoryCodes.has(r.category))
      .slice(0, 3)
      .map((r) => ({
        category: r.category,
        confidence: round(r.probability),
        evidence: this.classifier.explain(placeless, r.category),
      }));
    let category = this.categoryCodes.has(prediction.label) ? prediction.label : "other";
    let categoryConfidence = prediction.confidence;
    // Only a hotline call has an operator: on WeChat, SMS or the web, "坐席：转市场监管" is the
    // resident's own words, and a resident who imitates an operator must not choose the unit.
    const operatorTurns = input.channel === "hotline" ? (transcript?.agent ?? []) : [];
    const routed = categoryByOperator(operatorTurns, prediction.ranked, categoryFacts);
    const fixed =
      routed ??
      categoryByTaxonomy(categoryFacts, prediction.ranked) ??
      insteadOfOther(categoryFacts, prediction.ranked);
    if (fixed && this.categoryCodes.has(fixed.category)) {
      category = fixed.category;
      categoryConfidence = fixed.probability;
    }
    if (categoryConfidence < MIN_CATEGORY_CONFIDENCE) category = "other";
    if (
      known.category &&
      this.categoryCodes.has(known.category) &&
      (known.confidence?.category ?? 1) >= categoryConfidence
    ) {
      category = known.category;
      categoryConfidence = known.confidence?.category ?? 1;
    }

    // The danger is read with each known place name replaced by a generic place word: "水库街" must not
    // read as water. A comma instead changed the shape of sentences the model was trained on.
    const masked = this.places.mask(facts, "小区");
    const urgency = withAgentAlarm(detectUrgency(masked), transcript, masked);
    const hazardCategory = categoryForHazard(urgency.hazard, facts, category, categoryConfidence, {
      sure: urgency.decidedBy === "both",
    });
    // The operator who routed the call to one unit heard it whole: the hazard the caller's words
    // suggest (an injury already in hospital, an outage for a patient on oxygen) does not overrule.
    // A call routed to several units names its lead, but the danger's unit still comes first.
    const operatorRouted = routed !== null && routed.soleUnit && category === routed.category;
    if (hazardCategory && this.categoryCodes.has(hazardCategory) && !operatorRouted) {
      category = hazardCategory;
      categoryConfidence = Math.max(categoryConfidence, 0.9);
    }
    const kind = detectKind(facts, category, this.kindModel, {
      spoken: transcript !== null,
      agent: agentText,
    });
    const knownCategory = !!known.category && category === known.category;
    if (
      kind.kind === "wish" &&
      (!hazardCategory || WISH_NAMED.test(facts)) &&
      !knownCategory &&
      !WISH_OWNERS.includes(category)
    ) {
      category = "social_assistance";
      categoryConfidence = Math.max(
        prediction.ranked.find((r) => r.category === category)?.probability ?? 0,
        MIN_CATEGORY_CONFIDENCE,
      );
    }

    // Praise is filed under the unit it thanks, not under the thing that was put right; thanks for
    // a mediation stay with the quarrel it settled.
    const praised =
      kind.kind === "praise" && !hazardCategory && !knownCategory && category !== "neighbor_dispute"
        ? praisedUnit(facts)
        : null;
    if (praised && this.categoryCodes.has(praised) && praised !== category) {
      category = praised;
      categoryConfidence = Math.max(
        prediction.ranked.find((r) => r.category === praised)?.probability ?? 0,
        MIN_CATEGORY_CONFIDENCE,
      );
    }

    const description = [known.description, facts].filter((d): d is string => !!d && d.length > 0);
    const uniqueDescription = [...new Set(description)].join("\n").slice(0, 4000);

    // Only the resident's own number is their phone: a neighbour's stays in the description (see
    // readCallback). A relative's number they name to be called on is the ticket's callback, unless
    // their own is known from these words or from the channel (the SMS sender, the caller id).
    // A forwarded post's name and number are its author's: the writer's own, outside it, come first;
    // a name only inside it is no name of the writer's (the post's number may still be the one to call,
    // unless the post signs it with its author's name: "…有情况联系李姐159…”" is 李姐's).
    const ownWords = transcript ? null : withoutForwardedPost(facts);
    const postSigned = ownWords !== null && extractName(facts) !== extractName(ownWords);
    const said = transcript
      ? transcriptCallback(transcript.turns)
      : ((ownWords === null ? null : readCallback(ownWords)) ?? (postSigned ? null : readCallback(facts)));
    const own = said?.for === "self" ? said.phone : null;
    const channelPhone = normalizePhone(input.callerPhone);
    const callback =
      own || channelPhone ? null : said?.for === "relative" ? said : (known.contact?.callback ?? null);
    // The one the writer reports for, to be called back on their own number, is the ticket's resident.
    const calledFor =
      !transcript && !channelPhone && said?.for === "relative" ? actedForName(facts, said.phone) : null;
    const contact: Contact = {
      name:
        calledFor ??
        (transcript ? transcriptName(transcript.turns) : extractName(ownWords ?? facts)) ??
        known.contact?.name ??
        null,
      phone: own ?? channelPhone ?? known.contact?.phone ?? null,
      ...(callback ? { callback } : {}),
    };

    const withoutPlaces = (text: string) => this.places.mask(text, "");
    // The summary names the compound after its community ("海西社区海西苑…"); the ticket's location
    // and community stay the resolver's.
    // And the place of the problem, not the writer's home named before it ("我住海西苑，但…桃南一区…").
    const summaryPlace =
      this.places.awayFromHome(facts) ??
      (place && place.index >= 0 ? this.places.narrower(place, facts) : place);
    // A message in English or pinyin keeps its words (the Chinese summary breaks clauses at spaces);
    // a place the resolver read from Chinese in it ("Henghui Tower (恒汇大厦)") leads.
    // A place read from its Latin spelling ("Henghui Tower") stays in the resident's words.
    const latinPlace =
      summaryPlace && facts.includes(summaryPlace.surface) && !/[A-Za-z]/.test(summaryPlace.surface)
        ? summaryPlace.place
        : null;
    const summaryFacts = withoutContactDetails(facts, contact.name);
    const summary =
      !transcript && isLatinMessage(facts)
        ? summarizeLatin(summaryFacts, latinPlace, 30, latinPlace ? null : (summaryPlace?.place ?? null))
        : summarizeComplaint({
            facts: summaryFacts,
            place: crossing
              ? { name: crossing, surface: crossing }
              : summaryPlace
                ? { name: summaryPlace.place, surface: summaryPlace.surface }
                : streetPlace(this.places.street(facts)),
            score: (clause) => this.classifier.evidence(clause, category),
            danger: dangerClause(urgency),
            recap: transcript ? operatorRecap(transcript.turns, withoutPlaces) : null,
            placeless: withoutPlaces,
            answers: transcript ? placeAnswers(transcript.turns).map(tidyPunctuation) : null,
            thing: transcript ? callerThing(transcript.turns, withoutPlaces) : null,
            asks: kind.kind === "consultation" || kind.kind === "suggestion",
            subject:
              urgency.urgency === "emergency" && urgency.hazard === "missing"
                ? (clause) => {
                    const simple = normaliseUrgencyText(clause);
                    return PERSON.test(simple) || DEPENDANT.test(simple);
                  }
                : null,
          });

    const community = place?.community ?? known.location?.community ?? null;
    const locationText = crossing
      ? crossing
      : place
        ? // A place read from its Latin spelling ("Henghui Tower") is filed under the jurisdiction's
          // name, so staff and the duplicate search meet it as the Chinese reports of it name it.
          `${/[A-Za-z]/.test(place.surface) ? place.place : place.surface}${detail ?? ""}`
        : (known.location?.text ?? detail ?? null);

    const factHan = hanCount(uniqueDescription);
    const missing: ComplaintField[] = [];
    if (!community) missing.push("location");
    if ((category === "other" && categoryConfidence < 0.5) || factHan < MIN_FACT_HAN)
      missing.push("description");
    if (asksForPhone(input.channel) && !callbackOf(contact)) missing.push("contact");

    // A known emergency never downgrades: a follow-up turn may not repeat the alarming words.
    const urgencyValue = known.urgency === "emergency" ? "emergency" : urgency.urgency;

    return Complaint.parse({
      kind: kind.confidence >= (known.confidence?.kind ?? 0) || !known.kind ? kind.kind : known.kind,
      category,
      summary: summary || (known.summary ?? ""),
      description: uniqueDescription,
      location: {
        text: locationText ? locationText.slice(0, 200) : null,
        community,
        lat: known.location?.lat ?? null,
        lng: known.location?.lng ?? null,
      },
      urgency: urgencyValue,
      contact,
      missing,
      confidence: {
        kind: round(kind.confidence),
        category: round(categoryConfidence),
        summary: 0.6,
        description: factHan >= MIN_FACT_HAN ? 0.9 : 0.3,
        location: round(place?.score ?? (community ? (known.confidence?.location ?? 0.9) : 0)),
        urgency: urgency.reason ? 0.9 : 0.7,
        contact: callbackOf(contact) ? 0.95 : 0,
      },
      engine: "offline",
      candidates,
    });
  }

  /** The deployment configuration the engine validates against. */
  get domain(): DomainConfig {
    return this.config;
  }
}

/**
 * How plainly a clause tells the danger: one the rules read as an emergency on its own ("闻到一股
 * 臭鸡蛋味" before "燃气表还在走") is plainest; then, for someone missing, the clause that says they
 * are gone ("一转眼人没了"), since the rules' own words there name only the person ("闺女在小区里玩"
 * says where she was, not that she is lost); then one holding the words the rules matched. The
 * person's clause, ranked below, still joins the absence when both fit.
 */
function dangerClause(found: CombinedFinding): ((clause: string) => number) | null {
  const words = found.urgency === "emergency" ? found.reason : null;
  if (!words) return null;
  const missing = found.hazard === "missing";
  // The summary asks of each clause when it weighs the clauses, and again of those that might
  // join the one it picked; the answer depends on the clause alone (the rules are pure).
  const known = new Map<string, number>();
  return (clause) => {
    let plain = known.get(clause);
    if (plain === undefined) known.set(clause, (plain = plainness(clause, words, missing)));
    return plain;
  };
}

function plainness(clause: string, words: string, missing: boolean): number {
  if (detectUrgencyByRules(clause).urgency === "emergency") return 3;
  const simple = normaliseUrgencyText(clause);
  if (missing && ABSENCE.test(simple)) return 2;
  return simple.includes(words) ? 1 : 0;
}

function normalizePhone(phone: string | null | undefined): string | null {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length >= 5 ? digits.slice(-20) : null;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * A call the operator treated as an emergency (told the caller to get out, handed it to 110/119/120)
 * is one, whatever words the caller used; the hazard is the operator's when their words name it,
 * else the emergency model's reading of the caller's words.
 */
const CALLER_AT_RISK = new RegExp(
  `${ABSENCE.source}|迷路|说不清|不记得|不认识路|糊涂|打人|动手|刀|威胁|跟踪|闯|抢|绑|关起来|锁在|救命|不敢回|拦(一下|住|下来)`,
);

function withAgentAlarm(
  found: CombinedFinding,
  transcript: Transcript | null,
  callerText: string,
): CombinedFinding {
  if (found.urgency === "emergency" || !transcript || transcript.agent.length === 0) return found;
  const alarm = agentAlarm(transcript.agent) ?? affirmedDanger(transcript.turns);
  if (!alarm) return found;
  // A case handed to the station and an everyday office is the caller's danger only when the caller
  // tells of someone gone, lost or threatened (a child not found, an old man who cannot say where he
  // lives); a scam at the door, bullying at a school gate or a dog off its lead is passed on.
  if (alarm.handedOn && !CALLER_AT_RISK.test(normaliseUrgencyText(callerText))) return found;
  return {
    ...found,
    urgency: "emergency",
    reason: `坐席：${alarm.sentence}`.slice(0, 80),
    hazard: alarm.hazard ?? shippedEmergencyModel()?.predict(callerText).hazard ?? null,
    decidedBy: "rules",
  };
}

function streetPlace(street: string | null): { name: string; surface: string } | null {
  return street ? { name: street, surface: street } : null;
}
