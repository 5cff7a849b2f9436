import {
  callbackOf,
  type Channel,
  type Complaint,
  type ComplaintField,
} from "../../domain/complaint.schema.js";
import type { DomainConfig } from "../../domain/config.js";
import { URGENCY_LABEL } from "../../domain/labels.js";
import type { Urgency } from "../../domain/taxonomy.schema.js";
import { problemConcepts } from "../../domain/problem-concepts.js";
import { moreUrgent } from "../../domain/urgency-order.js";
import type { TicketStatus } from "../../domain/ticket-status.js";
import { extractAddressDetail } from "../extract-address-detail.js";
import { readCallback } from "../extract-contact.js";
import type { ExtractionEngine } from "../extraction-engine.js";
import { normalizeText } from "../normalize-text.js";
import { PlaceResolver } from "../place-resolver.js";
import { splitComplaints } from "../split-complaints.js";
import { readPossibleDanger } from "../danger-check.js";
import { detectUrgency, hazardOf } from "../detect-urgency.js";
import { categoryForHazard } from "../hazard-category.js";
import type { AwaitedSlot, DangerCheck, DialogueState, Draft } from "./dialogue-state.js";
import type { Faq } from "./faq.js";
import {
  anotherProblem,
  asksScope,
  isCancel,
  isConfirm,
  isQuestion,
  parseCorrection,
  parseDropOne,
  parseQuery,
  parseSwap,
  smallTalk,
} from "./intents.js";
import { parseQrScene } from "./qr-scene.js";
import { forChannel, plainForSms, REPLIES, SMS_SEGMENT, statusText } from "./replies.js";
import { adviceFor } from "./safety-advice.js";
import { asksForPhone, isOneShot, wantsShortReplies } from "../../channels-runtime/channel-rules.js";
import { hanCount } from "../han-count.js";

/** One inbound message as the dialogue sees it (channel extras already unpacked). */
export interface TurnInput {
  channel: Channel;
  kind: "text" | "voice" | "image" | "location" | "event" | "transcript" | "unsupported";
  text: string | null;
  location?: { lat: number; lng: number; label: string | null } | null;
  mediaId?: string | null;
  event?: { type: string; key: string | null } | null;
  /** The number the channel itself supplies (SMS sender, hotline caller id). */
  callerPhone?: string | null;
  /** A phone number the resident gave before (their profile): never asked again. */
  knownPhone?: string | null;
  /** The stored message's id: drafts remember which messages made them. */
  messageId?: number | null;
  now: Date;
  /** How long an emergency without a place waits for the one place question; default 60 s. */
  emergencyPlaceWaitSeconds?: number;
  /** False when the centre turned the safety question off (INTAKE_DANGER_CHECK=off); asked by default. */
  dangerCheck?: boolean;
  /** How long an unanswered safety question waits before the report is filed anyway; default 5 min. */
  dangerCheckWaitMinutes?: number;
  /** How long after a filing a resident's addition joins that ticket (INTAKE_ADDENDUM_MINUTES); default 30. */
  addendumMinutes?: number;
}

/** What a resident may learn about a ticket; `own` is true when they reported it. */
export interface TicketView {
  ref: string;
  status: TicketStatus;
  summary: string;
  unitName: string | null;
  mergedIntoRef: string | null;
  own: boolean;
}

/** The outside world of the dialogue: the worker backs these with PostgreSQL, `zhitong chat` with memory. */
export interface DialoguePorts {
  engine: ExtractionEngine;
  config: DomainConfig;
  faq: Faq;
  /** Files a ticket and returns its reference number. */
  fileTicket(
    complaint: Complaint,
    extra: { mediaIds: string[]; messageIds: number[]; dangerCheck?: DangerCheck | null },
  ): Promise<{ ref: string }>;
  findTicket(ref: string): Promise<TicketView | null>;
  /** The resident's own latest tickets, newest first. */
  recentTickets(limit: number): Promise<TicketView[]>;
  /**
   * Adds the turn's message (its words, a photo) to the resident's ticket `ref`, or to the ticket it
   * was merged into; nothing is added to a finished one. Null when the ticket is not theirs.
   */
  addToTicket(
    ref: string,
    addition: {
      text: string | null;
      mediaIds: string[];
      urgency: Urgency | null;
      /** A place the addition names (a WeChat location, a community in words), for a placeless ticket. */
      place: AddedPlace | null;
    },
  ): Promise<AddendumOutcome | null>;
}

/** A place read from an addition; `community` only when the place resolver found one. */
export interface AddedPlace {
  text: string | null;
  community: string | null;
  lat: number | null;
  lng: number | null;
}

/** What became of an addition: `ref` is the ticket it went to (the kept one when merged). */
export type AddendumOutcome =
  | {
      added: true;
      ref: string;
      mergedFrom: string | null;
      raisedTo: Urgency | null;
      /** The place was recorded on a ticket that had none (its text, for the reply). */
      placed: string | null;
    }
  | { added: false; ref: string; status: TicketStatus };

export interface TurnResult {
  state: DialogueState;
  /** Messages to send, in order (the first is the WeChat passive reply when one fits). */
  replies: string[];
  filed: { ref: string; emergency: boolean }[];
}

/** Hotline transcripts arrive after the call: nobody is there to answer a question. */
/** Kinds of appeal that need no place (a question about social security has none). */
const PLACELESS_KINDS = new Set(["consultation", "suggestion", "praise"]);
/** How often a slot may be asked: a second try only for a place we could not find. */
const ASK_LIMIT: Record<"location" | "description" | "contact", number> = {
  location: 2,
  description: 1,
  contact: 1,
};
// "路灯不亮", "电梯坏了": four characters can state a whole problem.
const MIN_FACT_HAN = 4;
// Once fillers ("了", "的", "个") are removed, "井盖丢了" keeps three: still a problem.
const MIN_PROBLEM_HAN = 3;
/** Words that announce a problem without stating one: "有个事想反映一下" says nothing yet. */
const NO_FACTS =
  /你好|您好|在吗|喂|我们?|想|要|有个?|一个|一件|件|事情?|问题|情况|反映|投诉|举报|一下|说说?|咨询|请问|帮忙|麻烦|你们|了|的|啊|呀|吧|个|附照片\d+张|居民/g;
/** What the problem is comes before where it is; a phone number last. */
const SLOT_ORDER = ["description", "location", "contact"] as const;
const DEFAULT_EMERGENCY_PLACE_WAIT_SECONDS = 60;
const DEFAULT_DANGER_CHECK_WAIT_MINUTES = 5;
const DEFAULT_ADDENDUM_MINUTES = 30;
/** "补充一下，是2单元的", "忘了说，…": words that announce more about what was just reported. */
const ADDENDUM_CUE =
  /^(?:对了[，,\s]*)?(?:补充(?:一下|说明|一点|两句)?|忘了说|忘记说了?|刚才忘了说?|还有就是|再说一下|另外说明(?:一下)?)(?:一下)?[：:，,、。\s]*/;
/** Words saying a problem is still there: "还是不热", "一直没人来", "到现在还漏". */
const STILL = /还是|仍然|依然|依旧|一直|还没|到现在|至今|照样|仍旧/;
const DECLINE = /^(不留|不方便|不用|不需要|没有|不想留|算了|不了)/;
/** "不留", "不想留电话" said on its own: a refusal, never a detail of the problem. */
const BARE_DECLINE = /^(不留|不方便留?|不想留|不用留|不留了)(电话|号码|手机号?)?[。.!！]*$/;
/*
 * Answers to the safety question, read on the words without punctuation: "没有" / "不是" / "没事"
 * deny; "有" / "是的" / "对" / "有人受伤" affirm. Whatever else the answer says (a place, a
 * correction, a danger in its own words) is read as usual.
 */
const DANGER_NO = /^(没|无|不|否|并没|还好|暂时没|应该没|好像没)/;
const DANGER_YES =
  /^(有|是|对|嗯|确实|真的有|危险|紧急|快|(你们|麻烦|请)?(快|赶紧|赶快|马上|立刻|立即)(点|些)?(来|过来|派人))/;
/** "不知道", "不清楚": neither yes nor no; the report is not let down to normal on such an answer. */
const DANGER_UNSURE = /^(不知道|不清楚|不确定|说不好|说不准|不好说|没看到|没注意)/;
/** What a bare yes or no consists of: nothing left to read as a place or a problem. */
const YES_NO_WORDS =
  /有|没|无|是|不|否|对|的|了|啊|呀|吧|嗯|哦|事|危险|还好|暂时|应该|好像|确实|真|并|紧急|快|知道|清楚|确定|说|准|看到|注意|你们|麻烦|请|赶紧|赶快|马上|立刻|立即|过来|来|派人|点|些/g;

const resolvers = new WeakMap<DomainConfig, PlaceResolver>();
function resolverFor(config: DomainConfig): PlaceResolver {
  let r = resolvers.get(config);
  if (!r) resolvers.set(config, (r = new PlaceResolver(config.jurisdiction)));
  return r;
}

/**
 * One dialogue turn, Rasa-forms style: fill the slots of the current draft from what the resident
 * said, ask for the first missing one (never twice for what is known), confirm the summary, file
 * on confirmation. Emergencies skip every question. Pure apart from the ports; the caller persists
 * `state` and sends `replies` in the same transaction as the ports' writes.
 */
export async function runTurn(
  prev: DialogueState,
  input: TurnInput,
  ports: DialoguePorts,
): Promise<TurnResult> {
  const turn = new Turn(structuredClone(prev), input, ports);
  await turn.run();
  return { state: turn.state, replies: turn.replies.map((r) => turn.fit(r)), filed: turn.filed };
}

/**
 * Files what waited past its deadline (`input.now`): emergencies whose place question went
 * unanswered, and reports whose safety question did (as urgent). Called by the intake sweep, a
 * durable BullMQ job scheduler, never by a timer in this process.
 */
export async function runTimeouts(
  prev: DialogueState,
  input: Pick<TurnInput, "channel" | "now">,
  ports: DialoguePorts,
): Promise<TurnResult> {
  const turn = new Turn(structuredClone(prev), { ...input, kind: "event", text: null }, ports);
  await turn.fileOverdue();
  return { state: turn.state, replies: turn.replies.map((r) => turn.fit(r)), filed: turn.filed };
}

/** When a draft is filed without an answer: its emergency place question's or safety question's wait. */
function waitUntilOf(d: Draft): string | null {
  return d.emergencyWaitUntil ?? d.dangerCheck?.waitUntil ?? null;
}

/** Whether a stored dialogue has a draft waiting for an answer past `now` (see `runTimeouts`). */
export function hasOverdueDraft(state: DialogueState, now: Date): boolean {
  return state.drafts.some((d) => {
    const until = waitUntilOf(d);
    return until !== null && Date.parse(until) <= now.getTime();
  });
}

/** Whether a stored dialogue has a draft the sweep will file if no answer comes: idle expiry leaves it alone. */
export function hasWaitingDraft(state: DialogueState): boolean {
  return state.drafts.some((d) => waitUntilOf(d) !== null);
}

class Turn {
  readonly replies: string[] = [];
  /** The emergency whose place was asked in this very turn: it waits for the answer. */
  private askedEmergency: Draft | null = null;
  readonly filed: { ref: string; emergency: boolean }[] = [];
  private readonly places: PlaceResolver;
  /** Plain readings of this turn's texts: a message read as a possible addition and then as a new
   * report is read once (with the LLM engine, one call instead of two). */
  private readonly readings = new Map<string, Promise<Complaint>>();

  constructor(
    readonly state: DialogueState,
    private readonly input: TurnInput,
    private readonly ports: DialoguePorts,
  ) {
    this.places = resolverFor(ports.config);
  }

  async run(): Promise<void> {
    const { input } = this;
    switch (input.kind) {
      case "event":
        return this.onEvent();
      case "location":
        return this.onLocation();
      case "image":
        return this.onImage();
      case "unsupported":
        this.say(REPLIES.unsupported);
        return;
      default: {
        const text = input.text ? normalizeText(input.text) : "";
        if (!text) {
          this.say(input.kind === "voice" ? REPLIES.voiceUnclear : REPLIES.unsupported);
          return;
        }
        if (input.kind === "transcript" || isOneShot(input.channel)) return this.oneShot(text);
        return this.onText(text);
      }
    }
  }

  /** Shortens a reply for SMS when a shorter variant exists (one 70-character segment). */
  fit(text: string): string {
    return wantsShortReplies(this.input.channel) ? plainForSms(text) : text;
  }

  // ---- message kinds ------------------------------------------------------------------------

  private async onText(text: string): Promise<void> {
    const { state } = this;
    if (isCancel(text)) {
      if (state.drafts.length) {
        state.drafts = [];
        state.awaiting = null;
        this.say(REPLIES.cancelled);
      } else this.say(REPLIES.nothingToCancel);
      return;
    }
    const query = parseQuery(text);
    if (query) {
      await this.answerQuery(query.ref);
      return this.remindPending();
    }
    if (state.awaiting === "danger" && state.drafts[0]?.dangerCheck) return this.answerDangerCheck(text);
    const talk = smallTalk(text);
    if (talk && !(state.awaiting === "confirm" && isConfirm(text))) {
      if (talk === "greeting") {
        if (!state.drafts.length) this.say(forChannel(this.input.channel, REPLIES.greeting));
      } else this.say(talk === "thanks" ? REPLIES.thanks : REPLIES.bye);
      return this.remindPending();
    }
    if (state.awaiting === "confirm" && isConfirm(text)) {
      const confirmed = state.drafts.shift()!;
      this.noteMessage(confirmed);
      await this.fileDraft(confirmed);
      if (state.drafts.length) this.say(REPLIES.nextOne);
      return this.advance();
    }
    const drop = parseDropOne(text);
    if (drop !== null && this.dropOne(drop)) return this.advance();
    if (!/[\p{L}\p{N}]/u.test(text)) {
      // Emoji or punctuation only says nothing to file, answer or correct.
      if (!state.drafts.length) this.say(forChannel(this.input.channel, REPLIES.greeting));
      return this.remindPending();
    }
    const another = state.drafts.length && hasFacts(state.drafts[0]!.complaint) ? anotherProblem(text) : null;
    if (another && this.statesProblem(another)) {
      // "还有…井盖丢了" while the first waits: a new draft after the others, never a change of the first.
      await this.startDrafts(another, undefined, true);
      if (state.drafts.some((d) => d.complaint.urgency === "emergency")) {
        await this.fileEmergencies();
        return this.advance();
      }
      this.say(REPLIES.anotherQueued);
      return this.remindPending();
    }
    if (isQuestion(text) && (asksScope(text) || this.ports.faq.match(text))) {
      const entry = asksScope(text) ? null : this.ports.faq.match(text);
      if (entry)
        this.say(forChannel(this.input.channel, { full: entry.answer, sms: entry.sms ?? entry.answer }));
      else this.say(REPLIES.scope(this.scopeNames()));
      return this.remindPending();
    }
    if (state.drafts.length && !hasFacts(state.drafts[0]!.complaint) && this.statesProblem(text)) {
      // "有个事想反映一下" said nothing: the next message is the report itself, maybe several problems.
      await this.startDrafts(text, state.drafts.shift()!);
    } else if (state.drafts.length) {
      await this.mergeIntoActive(text);
    } else {
      const addition = await this.readAddition(text);
      if (addition) {
        const reply = await this.addToFiled(text, [], addition.urgency, this.placeIn(text));
        if (reply.added) return;
      }
      await this.startDrafts(text);
    }
    await this.fileEmergencies();
    await this.advance();
  }

  /**
   * The ticket a resident's addition joins: the conversation's latest filing, while the window
   * after it is open and nothing else is being drafted. Null otherwise.
   */
  private addendumTarget(): string | null {
    const { state, input } = this;
    const ref = state.refs.at(-1);
    if (!ref || !state.lastFiledAt || state.drafts.length || state.awaiting) return null;
    const windowMs = (input.addendumMinutes ?? DEFAULT_ADDENDUM_MINUTES) * 60_000;
    return input.now.getTime() - Date.parse(state.lastFiledAt) <= windowMs ? ref : null;
  }

  /**
   * Whether a message after a filing adds to it: it announces an addition ("补充一下…", "忘了说…")
   * or states no problem of its own (a unit number, a place detail, "你们快来吧"), or says the filed
   * problem is still there (`sameProblemAgain`) with no place of its own. A danger is never
   * an addition: it is a report of its own, filed and dispatched as one. Null when it is no addition;
   * else the urgency the rules read in it, which may raise the ticket's.
   */
  private async readAddition(text: string): Promise<{ urgency: Urgency } | null> {
    if (!this.addendumTarget()) return null;
    const cue = ADDENDUM_CUE.exec(text);
    // A repeated "1" or "好" acknowledges; it adds nothing a unit needs to read.
    if (isConfirm(text) || (!cue && hanCount(text) < 2)) return null;
    const ownProblem = !cue && this.statesProblem(text);
    if (ownProblem && !STILL.test(text)) return null;
    const read = await this.readPlain(text);
    if (read.urgency === "emergency") return null;
    // "暖气还是不热，老人发烧了": the filed problem said again, still there. It joins the ticket only
    // when it names the ticket's problem and no place of its own; otherwise it is a new report.
    if (
      ownProblem &&
      (!this.sameProblemAgain(text, read.category) || read.location.text || read.location.community)
    )
      return null;
    return { urgency: read.urgency };
  }

  /**
   * Whether a message names the problem just filed: a thing the ticket names (暖气 / 暖气), or, when
   * it names no thing ("到现在还在漏"), the ticket's category. 楼道灯 after 下水道 is another problem.
   */
  private sameProblemAgain(text: string, category: string): boolean {
    const things = problemConcepts(text).objects;
    if (!things.size) return category === this.state.lastFiledCategory;
    return this.state.lastFiledThings.some((x) => things.has(x));
  }

  /**
   * Adds this message to the latest ticket filed (`addendumTarget`). Says what happened: added (to
   * the kept ticket when it was merged), or the ticket is finished and the message is read as usual.
   */
  private async addToFiled(
    text: string | null,
    mediaIds: string[],
    urgency: Urgency | null,
    place: AddedPlace | null = null,
  ): Promise<{ added: boolean }> {
    const ref = this.addendumTarget()!;
    const outcome = await this.ports.addToTicket(ref, { text, mediaIds, urgency, place });
    if (!outcome) return { added: false };
    if (outcome.added) {
      this.say(
        outcome.mergedFrom
          ? REPLIES.addendumMerged(outcome.mergedFrom, outcome.ref)
          : REPLIES.addendumAdded(outcome.ref),
      );
      // Only a raise that happened is told: the resident knows the ticket is now handled as urgent.
      if (outcome.raisedTo) this.say(REPLIES.addendumRaised(URGENCY_LABEL[outcome.raisedTo]));
      if (outcome.placed) this.say(REPLIES.addendumPlaced(outcome.placed));
      return { added: true };
    }
    this.say(REPLIES.addendumFinished(outcome.ref, statusText(outcome.status, null, null)));
    // A finished ticket takes no more additions: the next message is not offered to it again.
    this.state.lastFiledAt = null;
    return { added: false };
  }

  /** A community named in an addition's words ("在海西苑东门"); null when none is found. */
  private placeIn(text: string): AddedPlace | null {
    const normal = normalizeText(text);
    const place = this.places.resolve(normal);
    if (!place) return null;
    // From the place to the end of its clause ("海西苑东门"), not the words around it ("补充一下，在").
    const clause = normal
      .slice(place.index)
      .split(/[，。,.；;！!？?\s]/)[0]!
      .slice(0, 30);
    return { text: clause || place.place, community: place.community, lat: null, lng: null };
  }

  private async oneShot(text: string): Promise<void> {
    const complaint = await this.ports.engine.extract({
      text,
      channel: this.input.channel,
      callerPhone: this.input.callerPhone ?? null,
    });
    const draft = this.newDraft(complaint);
    if (draft.complaint.urgency === "emergency") this.say(adviceFor(hazardOf(text)));
    await this.fileDraft(draft);
  }

  private async onEvent(): Promise<void> {
    const event = this.input.event;
    const type = (event?.type ?? "").toLowerCase();
    const prefill = parseQrScene(event?.key, this.ports.config);
    if (prefill && (type === "subscribe" || type === "scan")) {
      this.state.prefill = prefill;
      for (const d of this.state.drafts) if (!d.complaint.location.community) this.applyPrefill(d);
    }
    switch (type) {
      case "subscribe":
        this.say(
          prefill
            ? forChannel(this.input.channel, REPLIES.welcomeAt)(prefill.text)
            : forChannel(this.input.channel, REPLIES.welcome),
        );
        return this.remindPending();
      case "scan":
        if (prefill) this.say(REPLIES.placeNoted(prefill.text));
        else this.say(forChannel(this.input.channel, REPLIES.reportHowTo));
        return this.remindPending();
      case "unsubscribe":
        // Nothing can be sent to an unfollowed account; drop what was being drafted.
        this.state.drafts = [];
        this.state.awaiting = null;
        this.state.prefill = null;
        return;
      case "click": {
        const key = (event?.key ?? "").toUpperCase();
        if (key === "REPORT") this.say(forChannel(this.input.channel, REPLIES.reportHowTo));
        else if (key === "QUERY") await this.answerQuery(null);
        return;
      }
      default:
        return; // view, location reports, call events: nothing to say
    }
  }

  private async onLocation(): Promise<void> {
    const loc = this.input.location;
    if (!loc) {
      this.say(REPLIES.unsupported);
      return;
    }
    const active = this.state.drafts[0];
    if (!active && this.addendumTarget()) {
      // Just after a filing, a shared location is about that ticket, not the start of another.
      const place = this.places.resolve(normalizeText(loc.label ?? ""));
      const reply = await this.addToFiled(loc.label, [], null, {
        text: loc.label ? loc.label.slice(0, 200) : null,
        community: place?.community ?? null,
        lat: loc.lat,
        lng: loc.lng,
      });
      if (reply.added) return;
    }
    if (!active) {
      this.state.pendingLocation = loc;
      this.notePending();
      this.say(REPLIES.locationNoted(loc.label));
      return;
    }
    this.applyGeo(active, loc);
    this.noteMessage(active);
    await this.advance();
  }

  private async onImage(): Promise<void> {
    const mediaId = this.input.mediaId;
    const active = this.state.drafts[0];
    if (!mediaId) {
      this.say(REPLIES.unsupported);
      return;
    }
    if (!active && this.addendumTarget()) {
      const reply = await this.addToFiled(null, [mediaId], null);
      if (reply.added) return;
    }
    if (!active) {
      this.state.pendingMedia = [...this.state.pendingMedia, mediaId].slice(-9);
      this.notePending();
      this.say(REPLIES.photoNoted);
      return;
    }
    this.attachMedia(active, [mediaId]);
    this.noteMessage(active);
    this.say(REPLIES.photoAdded);
    if (this.state.awaiting !== "confirm") await this.advance();
  }

  // ---- drafting -----------------------------------------------------------------------------

  /**
   * "第二个不用了": drops that problem of the message being registered, when it is still open.
   * Says so; false when there is no such draft (then the message is read as usual).
   */
  private dropOne(position: number): boolean {
    const { state } = this;
    const group = state.drafts.filter(
      (d) => d.ordinal !== null && d.startedAt === state.drafts[0]?.startedAt,
    );
    const last = Math.max(0, ...group.map((d) => d.ordinal ?? 0));
    const wanted = position === -1 ? last : position;
    const target = group.find((d) => d.ordinal === wanted);
    if (!target) return false;
    state.drafts = state.drafts.filter((d) => d !== target);
    state.awaiting = null;
    this.say(REPLIES.droppedOne(wanted));
    return true;
  }

  private async startDrafts(text: string, replaces?: Draft, queued = false): Promise<void> {
    const segments = splitComplaints(text);
    const complaints: Complaint[] = [];
    for (const segment of segments) complaints.push(structuredClone(await this.readPlain(segment)));
    // A place named once in the message applies to the other problems of the same message.
    const placed = complaints.find((c) => c.location.community);
    for (const c of complaints)
      if (!c.location.community && placed) c.location = { ...placed.location, text: placed.location.text };
    if (replaces) {
      // What the empty draft already knew (a place, photos, a declined phone) carries over.
      const known = replaces.complaint;
      for (const c of complaints) {
        if (!c.location.community && (known.location.community || known.location.lat !== null))
          c.location = { ...known.location };
        if (!c.contact.phone && known.contact.phone) c.contact = { ...known.contact };
      }
    }
    if (complaints.length > 1 && !queued) this.say(REPLIES.several(complaints.length));
    const drafts = complaints.map((c) => this.newDraft(c));
    if (drafts.length > 1) drafts.forEach((d, i) => (d.ordinal = i + 1));
    if (replaces) {
      if (replaces.mediaIds.length) this.attachMedia(drafts[0]!, replaces.mediaIds);
      for (const d of drafts) d.asked = { ...replaces.asked };
      this.state.drafts.unshift(...drafts);
    } else this.state.drafts.push(...drafts);
  }

  /** The engine's reading of a text on its own (nothing known yet), once per text in a turn. */
  private readPlain(text: string): Promise<Complaint> {
    let reading = this.readings.get(text);
    if (!reading) {
      reading = this.ports.engine.extract({
        text,
        channel: this.input.channel,
        callerPhone: this.input.callerPhone ?? null,
      });
      this.readings.set(text, reading);
    }
    return reading;
  }

  /** Whether a message says what is wrong, beyond a place, a building or a phone number. */
  private statesProblem(text: string): boolean {
    const rest = text.replace(NO_FACTS, "");
    return leftoverHan(rest, this.places.resolve(rest)?.surface, extractAddressDetail(rest)) >= 3;
  }

  private newDraft(complaint: Complaint): Draft {
    const draft: Draft = {
      complaint: { ...complaint, location: { ...complaint.location }, contact: { ...complaint.contact } },
      asked: {},
      mediaIds: [],
      messageIds: [],
      startedAt: this.input.now.toISOString(),
      ordinal: null,
      emergencyWaitUntil: null,
      advice: null,
      dangerCheck: null,
    };
    draft.messageIds = [...this.state.pendingMessageIds];
    this.state.pendingMessageIds = [];
    this.noteMessage(draft);
    const given = draft.complaint.contact.phone;
    if (given && given !== this.input.callerPhone) this.state.phone = given;
    if (draft.complaint.contact.callback) this.state.callback = draft.complaint.contact.callback;
    else if (!given && this.state.callback) draft.complaint.contact.callback = this.state.callback;
    const knownPhone = this.state.phone ?? this.input.knownPhone;
    if (!draft.complaint.contact.phone && knownPhone) draft.complaint.contact.phone = knownPhone;
    if (this.state.phoneDeclined) draft.asked.contact = ASK_LIMIT.contact;
    if (!draft.complaint.location.community && this.state.prefill) this.applyPrefill(draft);
    if (this.state.pendingLocation) {
      this.applyGeo(draft, this.state.pendingLocation);
      this.state.pendingLocation = null;
    }
    if (this.state.pendingMedia.length) {
      this.attachMedia(draft, this.state.pendingMedia);
      this.state.pendingMedia = [];
    }
    return draft;
  }

  /** Merges a follow-up message into the draft being discussed: an answer, a correction or more detail. */
  private async mergeIntoActive(text: string): Promise<void> {
    const draft = this.state.drafts[0]!;
    const awaiting = this.state.awaiting;
    const known = draft.complaint;
    const correction = parseCorrection(text);
    const swap = parseSwap(text);
    const value = correction ?? text;

    const turn = await this.ports.engine.extract({
      text: value,
      channel: this.input.channel,
      known,
      callerPhone: this.input.callerPhone ?? null,
    });
    const next: Complaint = { ...known, location: { ...known.location }, contact: { ...known.contact } };

    // Place: what this message names wins over what was known (that is how corrections work).
    const place = this.places.resolve(value);
    const detail = extractAddressDetail(value);
    if (place) {
      // "改成西盛花园" changes the compound; the building already given stays, as in the summary.
      const keptDetail = detail ?? (correction ? extractAddressDetail(known.location.text ?? "") : null);
      next.location.text = `${place.surface}${keptDetail ?? ""}`.slice(0, 200);
      next.location.community = place.community;
    } else if (detail) {
      next.location.text = `${stripDetail(known.location.text ?? "")}${detail}`.slice(0, 200);
    } else if (
      turn.location.community &&
      turn.location.community !== known.location.community &&
      !correction
    ) {
      next.location = { ...turn.location, lat: known.location.lat, lng: known.location.lng };
    } else if (
      awaiting === "location" &&
      !known.location.text &&
      hanCount(value) >= 2 &&
      value.length <= 40
    ) {
      next.location.text = value;
    }
    if (place) next.confidence = { ...next.confidence, location: Math.round(place.score * 1000) / 1000 };

    // Contact: the resident's own number in this message (any number that answers the bot's
    // question, unless said to be someone else's) replaces the known one; "不留" settles it.
    // A relative's number they name for it ("打我女儿电话…") is this report's callback instead, and
    // their own number given later replaces it; neither touches the other.
    const answered = awaiting === "contact" ? readCallback(normalizeText(value), { answering: true }) : null;
    const ownPhone = (answered?.for === "self" ? answered.phone : null) ?? turn.contact.phone;
    if (ownPhone && ownPhone !== this.input.callerPhone) next.contact.phone = ownPhone;
    const callback = answered ? (answered.for === "relative" ? answered : null) : turn.contact.callback;
    if (callback) next.contact.callback = callback;
    else delete next.contact.callback;
    if (turn.contact.name) next.contact.name = turn.contact.name;

    // The problem: the engine re-reads it with the known complaint as context.
    // A bare answer ("西盛家园3号楼") says nothing about the problem: "other" never replaces a category.
    const keep = turn.category === "other" && known.category !== "other";
    next.category = keep ? known.category : turn.category;
    next.kind = keep ? known.kind : turn.kind;
    if (!keep) next.confidence = { ...known.confidence, ...pick(turn.confidence, ["category", "kind"]) };
    if (known.category !== next.category || !known.summary) next.summary = turn.summary || known.summary;
    // "不是暖气，是热水没有", "不是路灯，是楼道灯": the problem itself was corrected, whatever its category.
    const problemFix = swap ? this.correctedProblem(known.summary, swap, place?.surface, detail) : null;
    if (problemFix !== null) next.summary = problemFix || turn.summary || known.summary;
    if (moreUrgent(turn.urgency, known.urgency)) next.urgency = turn.urgency;

    const isSlotAnswer =
      problemFix === null &&
      ((awaiting === "contact" && (!!ownPhone || !!next.contact.callback || DECLINE.test(value))) ||
        BARE_DECLINE.test(value) ||
        // "现在冒浓烟了，着火了，在西盛家园3号楼" answers where, and says more: the facts are kept.
        (awaiting === "location" &&
          (!!place || !!detail) &&
          leftoverHan(value, place?.surface, detail) < 6) ||
        leftoverHan(value, place?.surface, detail) < 2);
    if (!isSlotAnswer) {
      const addition = correction ? `（更正：${correction}）` : text;
      if (!known.description.includes(addition))
        next.description = [known.description, addition].filter(Boolean).join("\n").slice(0, 4000);
    }
    if (place) next.summary = withPlace(next.summary, place.place, this.places);
    else if (detail) next.summary = withDetail(next.summary, detail);
    else if (next.summary !== known.summary && next.location.text) {
      // A corrected problem keeps the place already known: "what" changed, "where" did not.
      const knownPlace = this.places.exact(next.location.text);
      if (knownPlace) next.summary = withPlace(next.summary, knownPlace.place, this.places);
    }
    draft.complaint = next;
    if (place || detail)
      for (const sibling of this.state.drafts.slice(1)) {
        // Problems of the same message that named no place are at the place just given.
        const l = sibling.complaint.location;
        if (sibling.startedAt === draft.startedAt && !l.community && l.lat === null && !l.text) {
          sibling.complaint.location = { ...next.location };
          if (place)
            sibling.complaint.summary = withPlace(sibling.complaint.summary, place.place, this.places);
        }
      }
    this.noteMessage(draft);
    if (next.contact.phone && next.contact.phone !== this.input.callerPhone)
      this.state.phone = next.contact.phone;
    this.state.callback = next.contact.callback ?? null;
    if (!next.contact.phone && ((awaiting === "contact" && DECLINE.test(value)) || BARE_DECLINE.test(value)))
      this.state.phoneDeclined = true;
    if (awaiting === "contact") draft.asked.contact = Math.max(draft.asked.contact ?? 0, ASK_LIMIT.contact);
  }

  /**
   * The summary after "不是X，是Y" when X is the problem, not the place: Y alone when it states a
   * whole problem ("热水没有": "" asks for the engine's reading of it), else X replaced by Y in the
   * summary ("路灯不亮" → "楼道灯不亮"). Null when X is a place or names nothing of the summary.
   */
  private correctedProblem(
    summary: string,
    swap: { from: string; to: string },
    placeSurface: string | undefined,
    detail: string | null,
  ): string | null {
    const from = swap.from.replace(/[，,。\s]/g, "");
    if (!from || this.places.resolve(from) || extractAddressDetail(from)) return null;
    let to = swap.to;
    if (placeSurface) to = to.replace(placeSurface, "");
    if (detail) to = to.replace(detail, "");
    to = to.replace(/^[，,、\s]+|[，,、。\s]+$/g, "").split(/[，,、。]/)[0]!;
    if (!to) return null;
    if (hanCount(to) >= MIN_FACT_HAN) return "";
    return summary.includes(from) ? summary.replace(from, to) : null;
  }

  private applyPrefill(draft: Draft): void {
    const prefill = this.state.prefill!;
    const detail = extractAddressDetail(draft.complaint.location.text ?? "");
    draft.complaint.location.community = prefill.community;
    draft.complaint.location.text = detail ? `${stripDetail(prefill.text)}${detail}` : prefill.text;
  }

  private applyGeo(draft: Draft, loc: { lat: number; lng: number; label: string | null }): void {
    const l = draft.complaint.location;
    l.lat = loc.lat;
    l.lng = loc.lng;
    if (loc.label) {
      const place = this.places.resolve(normalizeText(loc.label));
      if (place && !l.community) l.community = place.community;
      if (!l.text || place) l.text = loc.label.slice(0, 200);
    }
  }

  private attachMedia(draft: Draft, ids: string[]): void {
    const before = draft.mediaIds.length;
    draft.mediaIds = [...new Set([...draft.mediaIds, ...ids])].slice(0, 9);
    if (before === 0 && draft.mediaIds.length)
      draft.complaint.description =
        `${draft.complaint.description}\n（居民附照片${draft.mediaIds.length}张）`.trim();
    else
      draft.complaint.description = draft.complaint.description.replace(
        /（居民附照片\d+张）/,
        `（居民附照片${draft.mediaIds.length}张）`,
      );
  }

  // ---- asking, confirming, filing -------------------------------------------------------------

  /** Asks for the first missing slot of the current draft, or confirms it when nothing is missing. */
  private async advance(): Promise<void> {
    const { state } = this;
    while (state.drafts.length) {
      const draft = state.drafts[0]!;
      // A number given (or refused) for one problem of the message answers for all of them.
      const phone = state.phone ?? this.input.knownPhone;
      if (!callbackOf(draft.complaint.contact) && state.callback)
        draft.complaint.contact.callback = state.callback;
      if (!draft.complaint.contact.phone && phone) draft.complaint.contact.phone = phone;
      if (state.phoneDeclined) draft.asked.contact = Math.max(draft.asked.contact ?? 0, ASK_LIMIT.contact);
      draft.complaint.missing = missingFields(draft.complaint, this.input.channel);
      if (draft.complaint.urgency === "emergency") {
        if (draft === this.askedEmergency) return;
        await this.fileEmergencies();
        continue;
      }
      if (this.asksDanger(draft)) return;
      const slot = SLOT_ORDER.filter((f) => draft.complaint.missing.includes(f)).find(
        (f): f is "location" | "description" | "contact" =>
          (f === "location" || f === "description" || f === "contact") &&
          (draft.asked[f] ?? 0) < ASK_LIMIT[f],
      );
      if (slot) {
        const times = (draft.asked[slot] ?? 0) + 1;
        draft.asked[slot] = times;
        state.awaiting = slot;
        this.say(this.question(slot, times));
        return;
      }
      state.awaiting = "confirm";
      this.say(this.confirmation(draft));
      return;
    }
    state.awaiting = null;
  }

  private question(slot: Exclude<AwaitedSlot, "confirm">, times: number): string {
    if (slot === "danger") return forChannel(this.input.channel, REPLIES.askDanger);
    const sms = wantsShortReplies(this.input.channel) && !isOneShot(this.input.channel);
    if (slot === "location")
      return (sms ? REPLIES.askLocationSms : REPLIES.askLocation)[Math.min(times, 2) - 1]!;
    return slot === "description" ? REPLIES.askDescription : REPLIES.askContact;
  }

  private confirmation(draft: Draft): string {
    const c = draft.complaint;
    const text = REPLIES.confirm(c.summary, c.location.text, draft.mediaIds.length);
    return wantsShortReplies(this.input.channel) && [...text].length > SMS_SEGMENT
      ? REPLIES.confirmShort(c.summary)
      : text;
  }

  /**
   * The one safety question, asked once per draft, before the place or the confirmation, when the
   * words show a possible danger the detector did not call an emergency (src/intake/danger-check.ts).
   * Only where someone can answer at once: never on a hotline transcript, the call is over.
   */
  private asksDanger(draft: Draft): boolean {
    if (this.input.dangerCheck === false) return false;
    if (draft.dangerCheck || isOneShot(this.input.channel) || this.input.kind === "transcript") return false;
    // The engine reads the danger with known place names masked ("水库街" holds no water): so does the check.
    const danger = readPossibleDanger(
      this.places.mask(draft.complaint.description, "小区"),
      draft.complaint.urgency,
      undefined,
      draft.complaint.kind,
    );
    if (!danger) return false;
    const waitMs = (this.input.dangerCheckWaitMinutes ?? DEFAULT_DANGER_CHECK_WAIT_MINUTES) * 60_000;
    draft.dangerCheck = {
      ...danger,
      askedAt: this.input.now.toISOString(),
      answer: null,
      waitUntil: new Date(this.input.now.getTime() + waitMs).toISOString(),
    };
    this.state.awaiting = "danger";
    this.say(this.question("danger", 1));
    return true;
  }

  /**
   * The answer to the safety question. A danger affirmed ("有", "是的，有人受伤"), or told in words the
   * detector reads as an emergency, makes the draft an emergency with the danger the evidence points
   * to, and the emergency path takes it from there (advice, the place question if missing, filed and
   * dispatched at once). Anything else continues the normal flow with the answer read as usual.
   */
  private async answerDangerCheck(text: string): Promise<void> {
    const { state } = this;
    const draft = state.drafts[0]!;
    const check = draft.dangerCheck!;
    state.awaiting = null;
    check.waitUntil = null;
    const words = text.replace(/[\p{P}\p{S}\s]/gu, "");
    const unsure = DANGER_UNSURE.test(words);
    const no = !unsure && DANGER_NO.test(words);
    const yes = !no && DANGER_YES.test(words);
    // A bare "有" or "没有" has nothing else to read; "没有，在西盛家园3号楼" has a place.
    if (hanCount(words.replace(YES_NO_WORDS, "")) > 0 || /\d/.test(words)) await this.mergeIntoActive(text);
    else this.noteMessage(draft);
    const emergency = yes || draft.complaint.urgency === "emergency";
    check.answer = emergency ? "yes" : no ? "no" : "other";
    if (emergency) this.makeEmergency(draft, check);
    // Nobody ruled a danger out: someone looks at it soon, as when the question goes unanswered.
    else if (unsure) atLeastUrgent(draft);
    await this.fileEmergencies();
    await this.advance();
  }

  /** A draft the resident said is a danger: an emergency, carried by the unit that danger needs. */
  private makeEmergency(draft: Draft, check: DangerCheck): void {
    const c = draft.complaint;
    c.urgency = "emergency";
    const hazard = hazardOf(this.places.mask(c.description, "小区")) ?? check.hazard;
    const category = categoryForHazard(hazard, c.description, c.category, c.confidence.category ?? 0);
    if (category && this.ports.config.taxonomy.categories.some((t) => t.code === category))
      c.category = category;
  }

  /**
   * Emergencies first: the safety advice at once; one short question for the place when it is
   * missing (the draft then waits a bounded time, see `runTimeouts`); every other emergency filed
   * now, placed or not.
   */
  private async fileEmergencies(): Promise<void> {
    const urgent = this.state.drafts.filter((d) => d.complaint.urgency === "emergency");
    if (!urgent.length) return;
    const advice: string[] = [];
    const file: Draft[] = [];
    for (const d of urgent) {
      // Advice given when the place was asked is not repeated, unless the danger is now another one.
      const now = adviceOf(d, this.places);
      if (d.advice !== now && (d.emergencyWaitUntil === null || d.advice !== null)) {
        advice.push(now);
        d.advice = now;
      }
      if (!this.askedEmergency && this.mayAskEmergencyPlace(d)) {
        const waitMs = (this.input.emergencyPlaceWaitSeconds ?? DEFAULT_EMERGENCY_PLACE_WAIT_SECONDS) * 1000;
        d.emergencyWaitUntil = new Date(this.input.now.getTime() + waitMs).toISOString();
        d.asked.location = ASK_LIMIT.location;
        this.askedEmergency = d;
      } else if (d !== this.askedEmergency) file.push(d);
    }
    this.state.drafts = this.state.drafts.filter((d) => !file.includes(d));
    if (this.askedEmergency) {
      // The waiting emergency is discussed before any ordinary draft.
      this.state.drafts = [
        this.askedEmergency,
        ...this.state.drafts.filter((d) => d !== this.askedEmergency),
      ];
    }
    this.replies.unshift(...new Set(advice));
    for (const d of file) await this.fileDraft(d);
    if (this.askedEmergency) {
      this.state.awaiting = "location";
      this.say(REPLIES.askEmergencyPlace);
    } else if (this.state.awaiting && !this.state.drafts.length) this.state.awaiting = null;
  }

  /** One place question per emergency, only where someone can answer it at once. */
  private mayAskEmergencyPlace(d: Draft): boolean {
    const l = d.complaint.location;
    return (
      !l.community &&
      l.lat === null &&
      d.emergencyWaitUntil === null &&
      !isOneShot(this.input.channel) &&
      this.input.kind !== "transcript"
    );
  }

  /** The sweep's half of the emergency: an unanswered place question no longer holds the ticket. */
  async fileOverdue(): Promise<void> {
    const now = this.input.now.getTime();
    const overdue = this.state.drafts.filter((d) => {
      const until = waitUntilOf(d);
      return until !== null && Date.parse(until) <= now;
    });
    if (!overdue.length) return;
    this.state.drafts = this.state.drafts.filter((d) => !overdue.includes(d));
    const { awaiting } = this.state;
    if (awaiting === "location" || awaiting === "danger" || !this.state.drafts.length)
      this.state.awaiting = null;
    for (const d of overdue) {
      const check = d.emergencyWaitUntil === null ? d.dangerCheck : null;
      if (!check) {
        await this.fileDraft(d);
        continue;
      }
      // Nobody said whether someone is in danger: a person looks at it soon rather than the draft
      // lapsing unseen. Urgent, not an emergency: nothing confirmed one.
      check.answer = "unanswered";
      check.waitUntil = null;
      atLeastUrgent(d);
      await this.fileDraft(d, REPLIES.dangerUnanswered);
    }
    if (this.state.drafts.length && !this.state.awaiting) await this.advance();
  }

  /** Files a draft and tells the resident its number (`told`: what to say instead of the usual). */
  private async fileDraft(
    draft: Draft,
    told?: { full: (ref: string) => string; sms: (ref: string) => string },
  ): Promise<void> {
    const complaint: Complaint = {
      ...draft.complaint,
      missing: missingFields(draft.complaint, this.input.channel),
    };
    const { ref } = await this.ports.fileTicket(complaint, {
      mediaIds: draft.mediaIds,
      messageIds: draft.messageIds,
      dangerCheck: draft.dangerCheck,
    });
    const emergency = complaint.urgency === "emergency";
    this.filed.push({ ref, emergency });
    this.state.refs = [...this.state.refs, ref].slice(-5);
    this.state.lastFiledAt = this.input.now.toISOString();
    this.state.lastFiledCategory = complaint.category;
    // What the filed things cause counts too: "还是很臭" after refuse nobody cleared is that report again.
    const filed = problemConcepts(complaint.description);
    this.state.lastFiledThings = [...filed.objects, ...filed.effects].slice(0, 20);
    if (this.state.awaiting === "confirm") this.state.awaiting = null;
    if (emergency) this.say(REPLIES.emergencyFiled(ref));
    else if (told) this.say(forChannel(this.input.channel, told)(ref));
    else if (this.input.kind === "transcript" || isOneShot(this.input.channel))
      this.say(REPLIES.hotlineFiled(ref));
    else this.say(wantsShortReplies(this.input.channel) ? REPLIES.filedShort(ref) : REPLIES.filed(ref));
  }

  // ---- queries and reminders ----------------------------------------------------------------

  private async answerQuery(ref: string | null): Promise<void> {
    if (ref) {
      const t = await this.ports.findTicket(ref);
      this.say(t ? describeTicket(t) : REPLIES.ticketNotFound(ref));
      return;
    }
    const recent = await this.ports.recentTickets(3);
    this.say(recent.length ? recent.map(describeTicket).join("\n") : REPLIES.noTickets);
  }

  /** After an aside (a question, thanks), repeat what the bot is waiting for, so the draft is not lost. */
  private remindPending(): void {
    const draft = this.state.drafts[0];
    const awaiting = this.state.awaiting;
    if (!draft || !awaiting) return;
    if (awaiting === "confirm") this.say(this.confirmation(draft));
    else this.say(this.question(awaiting, awaiting === "danger" ? 1 : (draft.asked[awaiting] ?? 1)));
  }

  private scopeNames(): string {
    return this.ports.config.taxonomy.categories
      .filter((c) => c.code !== "other")
      .slice(0, 8)
      .map((c) => c.name)
      .join("、");
  }

  /** Remembers that this turn's message belongs to the draft (its transcript). */
  private noteMessage(draft: Draft): void {
    const id = this.input.messageId;
    if (id == null || draft.messageIds.includes(id)) return;
    draft.messageIds = [...draft.messageIds, id].slice(-200);
  }

  private notePending(): void {
    const id = this.input.messageId;
    if (id == null || this.state.pendingMessageIds.includes(id)) return;
    this.state.pendingMessageIds = [...this.state.pendingMessageIds, id].slice(-20);
  }

  private say(text: string): void {
    this.replies.push(text);
  }
}

/** A possible danger nobody ruled out: a person looks at it soon, though nothing confirmed an emergency. */
function atLeastUrgent(d: Draft): void {
  if (d.complaint.urgency === "normal") d.complaint.urgency = "urgent";
}

/**
 * The safety advice for an emergency draft: the danger its words describe when the detector reads
 * them as one, else the one the safety question's evidence pointed to (a sign the detector does not
 * call an emergency, such as smoke typed in pinyin: its weaker reading of the same words may name
 * another hazard), else that weaker reading, else the generic "call 110/119/120".
 */
function adviceOf(d: Draft, places: PlaceResolver): string {
  const fromCheck = d.dangerCheck?.answer === "yes" ? d.dangerCheck.hazard : null;
  // Read with the place masked, as the engine and `makeEmergency` read it: a compound's name is no
  // evidence of a danger.
  const read = detectUrgency(places.mask(d.complaint.description, "小区"));
  return adviceFor((read.urgency === "emergency" ? read.hazard : null) ?? fromCheck ?? read.hazard);
}

/** Slots still needed before a ticket is worth filing on this channel. */
export function missingFields(c: Complaint, channel: Channel): ComplaintField[] {
  const missing: ComplaintField[] = [];
  const placed = !!c.location.community || c.location.lat !== null;
  if (!placed && !PLACELESS_KINDS.has(c.kind)) missing.push("location");
  if (
    hanCount(c.description) < MIN_FACT_HAN ||
    hanCount(c.description.replace(NO_FACTS, "")) < MIN_PROBLEM_HAN ||
    (c.category === "other" && (c.confidence.category ?? 0) < 0.5)
  )
    missing.push("description");
  if (asksForPhone(channel) && !callbackOf(c.contact)) missing.push("contact");
  return missing;
}

function describeTicket(t: TicketView): string {
  const status = statusText(t.status, t.own ? t.unitName : null, t.mergedIntoRef);
  return t.own ? REPLIES.ticketDetail(t.ref, t.summary, status) : REPLIES.ticketStatus(t.ref, status);
}

/** The summary led by the (new) place name, replacing a place it named before. */
function withPlace(summary: string, place: string, places: PlaceResolver): string {
  let core = summary;
  const old = places.exact(core);
  if (old && old.place !== place) core = core.replace(old.surface, "");
  // "双塔小区" + "小区垃圾没人清运" reads "双塔小区垃圾没人清运".
  // "西盛花园" + "小区路灯不亮" reads "西盛花园路灯不亮": the generic word gives way to the name.
  if (!core.includes(place))
    core = `${place}${core.replace(/^(我们|我家)?小区(?!区)/, "")}`.replace(/(小区|家园|花园)\1/, "$1");
  return [...core].slice(0, 30).join("");
}

/** The summary with a corrected building/unit/room: "西盛家园3号楼电梯坏了" → "西盛家园5号楼电梯坏了". */
function withDetail(summary: string, detail: string): string {
  const old = extractAddressDetail(summary);
  if (!old || old === detail) return summary;
  return [...summary.replace(old, detail)].slice(0, 30).join("");
}

/** Whether a complaint states a problem at all ("有个事想反映一下" does not). */
function hasFacts(c: Complaint): boolean {
  return hanCount(c.description.replace(NO_FACTS, "")) >= MIN_PROBLEM_HAN;
}

/** "西盛家园3号楼" → "西盛家园": the place without its building/unit/room. */
function stripDetail(text: string): string {
  const detail = extractAddressDetail(text);
  if (!detail) return text;
  // The detail may have been written with spaces ("3 号楼"); match it loosely and drop it.
  const loose = [...detail].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  return text.replace(new RegExp(`${loose}.*$`), "");
}

function leftoverHan(text: string, placeSurface: string | undefined, detail: string | null): number {
  let rest = text;
  if (placeSurface) rest = rest.replace(placeSurface, "");
  if (detail) rest = rest.replace(detail, "");
  rest = rest.replace(/在|是|的|了|啊|呀|吧|就|我|家|住|这|那|里|边|附近|门口|楼下|旁边|号码|电话|手机/g, "");
  return hanCount(rest);
}

function pick<T extends object>(o: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k))) as Partial<T>;
}
