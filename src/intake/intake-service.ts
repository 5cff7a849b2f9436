import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../db/client.js";
import { updateProfile } from "../db/repositories/residents.repository.js";
import { conversations, messages, residentIdentities, residents } from "../db/schema/index.js";
import type { Channel, Complaint } from "../domain/complaint.schema.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import type { AppContext } from "../runtime/context.js";
import { loadState } from "./dialogue/dialogue-state.js";
import type { Faq } from "./dialogue/faq.js";
import { REPLIES } from "./dialogue/replies.js";
import {
  hasOverdueDraft,
  hasWaitingDraft,
  runTimeouts,
  runTurn,
  type DialoguePorts,
  type TurnInput,
} from "./dialogue/run-turn.js";
import type { ExtractionEngine } from "./extraction-engine.js";
import { warmUpEngine } from "./engine-warm-up.js";
import { OfflineEngine } from "./offline-engine.js";
import {
  MAX_PREPARE_ATTEMPTS,
  recordingEngine,
  replayEngine,
  StaleTurnError,
  type PreparedTurn,
} from "./prepared-answers.js";
import type { SurveyHook } from "./survey-hook.js";
import { findTicketView, recentTicketViews } from "./ticket-views.js";
import { TurnBatcher, type BatchResult } from "./turn-batcher.js";
import { TurnFilings } from "./turn-filings.js";
import { addToTicket } from "./ticket-addendum.js";
import { placeFromAddition } from "./addendum-place.js";
import { raiseUrgencyFromAddition } from "./addendum-urgency.js";
import { claimBatch, clearAttempts, leaseForPrepare, park, recordFailure } from "./intake-claims.js";
import {
  connectionOf,
  insertConversation,
  loadTurns,
  lockAndLoadTurns,
  type LoadedTurn,
  replyIdentity,
  writeTurns,
  type TurnSnapshot,
  type TurnWrite,
} from "./turn-store.js";
import { replyNotBefore } from "../channels-runtime/channel-rules.js";
import { photoLocation } from "../media/media-attachments.js";
import { wakeReplyWaiters } from "../queue/reply-wake.js";

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;

export interface IntakeDeps {
  engine: ExtractionEngine;
  faq: Faq;
  /** Called first on every text turn (callback survey answers); wired by src/inbound, none by default. */
  surveyHook?: SurveyHook | null;
  /** Test seam: runs inside the turn's transaction after the dialogue's writes, before commit. */
  beforeCommit?: (tx: Tx, message: MessageRow) => Promise<void>;
}

export type TurnOutcome = "processed" | "skipped" | "survey";

/**
 * Batches of turns running at once per process: while one commits, the next runs. Two keep the
 * database busy without holding more of the pool.
 */
export const TURN_BATCHES_IN_FLIGHT = 2;

/**
 * How long a remote engine's turn may take (LLM calls, then the apply) before another worker takes
 * the message again: longer than any turn, short enough that a dead worker's message is not lost
 * for long.
 */
export const INTAKE_LEASE_MS = 120_000;

/** A batch taken from PostgreSQL rather than given: `claimed` is filled with what the claim took. */
interface Claim {
  limit: number;
  only: number | null;
  claimed: readonly number[];
  /** Told how many were claimed, before the turns run. */
  onClaimed?: (count: number) => void;
}

function isClaim(source: readonly number[] | Claim): source is Claim {
  return !Array.isArray(source);
}

/** What is logged and kept of a failure: a database error's text may quote a resident's data. */
function errorKind(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? `${name} ${code}` : name;
}

/**
 * The intake bot's side of the database: one dialogue turn per inbound message, exactly once.
 * Everything a turn does (tickets, replies, the new dialogue state, the message's status) commits
 * in one transaction, so a crash anywhere rolls the turn back and the job's retry redoes it whole.
 * Turns of different residents arriving together share that transaction (turn-batcher.ts).
 */
export class IntakeService {
  private readonly batcher: TurnBatcher<TurnOutcome>;

  constructor(
    private readonly ctx: AppContext,
    private readonly deps: IntakeDeps,
  ) {
    this.batcher = new TurnBatcher((ids) => this.applyTurns(ids), {
      maxBatch: ctx.env.INTAKE_BATCH_MAX,
      maxInFlight: TURN_BATCHES_IN_FLIGHT,
      onBatchFailed: (error, size) => this.logBatchFailed(error, size),
    });
  }

  /** The engine's name: "offline" turns are batched, a remote engine's are prepared one by one. */
  get engineName(): string {
    return this.deps.engine.name;
  }

  /**
   * Reads made-up messages with the offline engine (engine-warm-up.ts) so the first turns find it
   * warm. A remote engine is left alone: warming it would spend LLM calls on made-up messages.
   */
  warmUp(stop: () => boolean): Promise<void> {
    const engine = this.deps.engine;
    return engine instanceof OfflineEngine
      ? warmUpEngine((input) => engine.extractSync(input), stop)
      : Promise.resolve();
  }

  /**
   * Claims up to `limit` received messages from PostgreSQL and runs their turns in one transaction
   * (the offline engine); resolves to how many it claimed. A batch that fails is rolled back whole
   * and its messages are tried one by one, so a poison message fails alone: its failure is counted
   * and it waits for its retry, then is parked after INTAKE_MAX_ATTEMPTS; the others commit.
   */
  async claimAndRun(limit: number, onClaimed: (count: number) => void = () => undefined): Promise<number> {
    const claim: Claim = { limit, only: null, claimed: [], onClaimed };
    try {
      await this.applyTurns(claim);
      return claim.claimed.length;
    } catch (error) {
      // The claim statement itself failed: nothing was taken, the pump retries later.
      if (claim.claimed.length === 0) throw error;
      if (claim.claimed.length === 1) {
        await this.failed(claim.claimed[0]!, error, true);
        return 1;
      }
      this.logBatchFailed(error, claim.claimed.length);
      for (const id of claim.claimed) {
        try {
          await this.applyTurns({ limit: 1, only: id, claimed: [] });
        } catch (alone) {
          await this.failed(id, alone, true);
        }
      }
      return claim.claimed.length;
    }
  }

  /**
   * A remote engine's turn: leases the oldest takeable message (no transaction stays open while the
   * LLM is asked), prepares and applies its turn; resolves to how many it leased (0 or 1).
   */
  async leaseAndRun(onClaimed: (count: number) => void = () => undefined): Promise<number> {
    const { env } = this.ctx;
    const [lease] = await leaseForPrepare(this.ctx.database.pool, 1, INTAKE_LEASE_MS);
    if (!lease) return 0;
    onClaimed(1);
    if (lease.attempts > env.INTAKE_MAX_ATTEMPTS) {
      // Failed, or its worker died while preparing, too often.
      await park(this.ctx.database.pool, lease.id, lease.attempts - 1);
      this.ctx.log.warn({ messageId: lease.id, attempts: lease.attempts - 1 }, "intake message parked");
      return 1;
    }
    try {
      await this.processMessage(lease.id);
      await clearAttempts(this.ctx.database.pool, [lease.id]);
    } catch (error) {
      await this.failed(lease.id, error, false);
    }
    return 1;
  }

  /** Counts a failed turn and schedules its retry (or parks the message); the error's kind only is kept. */
  private async failed(messageId: number, error: unknown, countAttempt: boolean): Promise<void> {
    const { ctx } = this;
    const kind = errorKind(error);
    const outcome = await recordFailure(ctx.database.pool, messageId, {
      kind,
      countAttempt,
      maxAttempts: ctx.env.INTAKE_MAX_ATTEMPTS,
      retryBaseMs: ctx.env.INTAKE_RETRY_BASE_MS,
    });
    ctx.log.warn(
      { messageId, error: kind, attempts: outcome.attempts, parked: outcome.parked },
      outcome.parked ? "intake message parked after repeated failures" : "intake turn failed; retried later",
    );
  }

  private logBatchFailed(error: unknown, size: number): void {
    // The error's kind only: a database error's text may quote a resident's data.
    this.ctx.log.warn(
      {
        error: error instanceof Error ? error.name : typeof error,
        code: (error as { code?: unknown } | null)?.code ?? null,
        size,
      },
      "intake batch failed; its turns are retried one by one",
    );
  }

  async processMessage(messageId: number): Promise<TurnOutcome> {
    // A local engine is plain computation: asking it inside the transaction costs nothing extra,
    // and turns arriving together share one transaction.
    if (this.deps.engine.name === "offline") return this.batcher.submit(messageId);
    for (let attempt = 1; ; attempt++) {
      const prepared = await this.prepare(messageId);
      try {
        const [result] = (await this.applyTurns([messageId], prepared)).values();
        if (!result || !("done" in result)) throw new Error(`turn of message ${messageId} not applied`);
        return result.done;
      } catch (error) {
        // Another turn of this conversation committed since the answers were prepared: redo them.
        if (error instanceof StaleTurnError && attempt < MAX_PREPARE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /**
   * Asks the engine everything the turn will need, with no transaction open and no lock held: the
   * dialogue runs on a snapshot of the conversation with the engine recording its answers and
   * ticket filing left out (nothing is written). The transaction then replays the turn on the
   * answers, provided the conversation's version has not moved.
   */
  private async prepare(messageId: number): Promise<PreparedTurn> {
    const { ctx } = this;
    const db = ctx.database.db;
    const answers = new Map<string, Complaint>();
    const [msg] = await db.select().from(messages).where(eq(messages.id, messageId));
    if (!msg || msg.direction !== "in" || msg.status !== "received" || !msg.residentId)
      return { conversation: null, answers };
    const now = ctx.now();
    const [existing] = await db
      .select()
      .from(conversations)
      .where(
        and(
          eq(conversations.residentId, msg.residentId),
          eq(conversations.channel, msg.channel),
          eq(conversations.state, "active"),
        ),
      )
      .orderBy(desc(conversations.createdAt))
      .limit(1);
    const current =
      existing && isCurrent(existing, now, ctx.env.INTAKE_DRAFT_TTL_MINUTES * 60_000) ? existing : null;
    const [profile] = await db
      .select({ phone: residents.phone })
      .from(residents)
      .where(eq(residents.id, msg.residentId));
    const input = {
      ...toTurnInput(msg, now, profile?.phone ?? null, await this.smsSender(db, msg)),
      ...turnSettings(ctx.env),
    };
    await runTurn(loadState(current?.draft ?? {}).state, input, {
      engine: recordingEngine(this.deps.engine, answers),
      config: ctx.config,
      faq: this.deps.faq,
      // The real filing happens in the transaction; its number does not change what the engine is asked.
      fileTicket: async () => ({ ref: "" }),
      findTicket: async () => null,
      recentTickets: async () => [],
      // As if the ticket were finished: the message is then read as a new report too, so the engine
      // is asked everything either way the transaction may take.
      addToTicket: async (ref) => ({ added: false, ref, status: "closed" }),
    });
    return { conversation: current ? { id: current.id, version: current.version } : null, answers };
  }

  /**
   * Runs turns in one transaction: one message, or several of different residents (the offline
   * engine's batches). With `prepared` (a remote engine, always alone), the engine's answers come
   * only from it: the turn is applied if the conversation is still at the version they were
   * prepared on, and asks the engine nothing new (StaleTurnError otherwise), so no LLM call ever
   * runs while the message row and the conversation are locked.
   */
  private async applyTurns(
    source: readonly number[] | Claim,
    prepared: PreparedTurn | null = null,
  ): Promise<BatchResult<TurnOutcome>> {
    const { ctx } = this;
    const engine = prepared ? replayEngine(this.deps.engine.name, prepared.answers) : this.deps.engine;
    const results: BatchResult<TurnOutcome> = new Map();
    let wrote = false;
    await ctx.database.db.transaction(async (tx) => {
      const lateSince = new Date(ctx.now().getTime() - ctx.env.SURVEY_LATE_REPLY_DAYS * 86_400_000);
      let messageIds: readonly number[];
      let loaded: LoadedTurn[];
      if (isClaim(source)) {
        messageIds = await claimBatch(connectionOf(tx), source.limit, source.only);
        source.claimed = messageIds;
        if (messageIds.length === 0) return;
        source.onClaimed?.(messageIds.length);
        loaded = await loadTurns(tx, messageIds, lateSince);
      } else {
        messageIds = source;
        loaded = await lockAndLoadTurns(tx, messageIds, lateSince);
      }
      for (const id of messageIds) results.set(id, { done: "skipped" });
      const writes: TurnWrite[] = [];
      const written: MessageRow[] = [];
      const residentsInBatch = new Set<string>();
      const filings = new TurnFilings(ctx.config.jurisdiction.timezone);
      for (const { message: msg, snapshot } of loaded) {
        if (msg.direction !== "in" || msg.status !== "received") continue;
        const now = ctx.now();
        if (!msg.residentId) {
          await tx
            .update(messages)
            .set({ status: "failed", error: "no resident", processedAt: now })
            .where(eq(messages.id, msg.id));
          continue;
        }
        // One resident's messages are handled one at a time, in order: a later one waits for the
        // next batch (its conversation, profile and survey facts will have moved by then).
        if (residentsInBatch.has(msg.residentId)) {
          results.set(msg.id, { deferred: true });
          continue;
        }
        residentsInBatch.add(msg.residentId);
        const turn = await this.turn(
          tx,
          { ...msg, residentId: msg.residentId },
          snapshot,
          now,
          engine,
          prepared,
          filings,
        );
        if (turn.write) {
          writes.push(turn.write);
          written.push(msg);
        }
        results.set(msg.id, { done: turn.outcome });
      }
      // The batch's tickets, then its turns with their reference numbers in place.
      await filings.write(connectionOf(tx));
      await writeTurns(tx, writes, (text) => filings.resolve(text));
      wrote = writes.length > 0;
      for (const msg of written) await this.deps.beforeCommit?.(tx, msg);
    });
    // The webhooks waiting to answer these messages passively look now rather than at their poll.
    if (wrote) wakeReplyWaiters(ctx.redis, ctx.env.QUEUE_PREFIX);
    if ([...results.values()].some((r) => "done" in r && r.done !== "skipped")) ctx.relay.kick();
    return results;
  }

  /** One message's turn inside the batch's transaction; its writes are returned for the batch's write. */
  private async turn(
    tx: Tx,
    msg: MessageRow & { residentId: string },
    snapshot: TurnSnapshot,
    now: Date,
    engine: ExtractionEngine,
    prepared: PreparedTurn | null,
    filings: TurnFilings,
  ): Promise<{ outcome: TurnOutcome; write: TurnWrite | null }> {
    const { ctx } = this;
    const residentId = msg.residentId;
    const ttlMs = ctx.env.INTAKE_DRAFT_TTL_MINUTES * 60_000;
    const existing = snapshot.conversation;
    const current = existing && isCurrent(existing, now, ttlMs) ? existing : null;
    if (prepared) {
      const same = current
        ? prepared.conversation?.id === current.id && prepared.conversation.version === current.version
        : prepared.conversation === null;
      if (!same) throw new StaleTurnError();
    }
    // Idle past the TTL and the sweep has not run yet: the old draft is over, start afresh.
    const retire = existing && !current ? retiredState(existing) : null;
    const conversation = { id: current?.id ?? randomUUID(), inserted: !!current };
    const { state, reset } = loadState(current?.draft ?? {});
    if (reset) ctx.log.warn({ conversationId: conversation.id }, "unreadable dialogue state; restarted");
    // Something written before the batch's write points at the conversation: it must exist by then.
    const ensureConversation = async () => {
      if (conversation.inserted) return;
      await insertConversation(tx, { id: conversation.id, residentId, channel: msg.channel, now });
      conversation.inserted = true;
    };
    // A ticket filed by this turn points at it: the batch's filing statement creates it first.
    const openForFiling = () => {
      if (conversation.inserted) return;
      filings.openConversation({ id: conversation.id, residentId, channel: msg.channel, now });
      conversation.inserted = true;
    };

    const hook = this.deps.surveyHook ?? null;
    if (hook) {
      const r = await hook(tx, ctx, {
        residentId,
        messageId: msg.id,
        channel: msg.channel,
        kind: msg.kind,
        text: msg.text,
        dialogueAwaiting: state.awaiting,
        lastOutboundPurpose: snapshot.lastOutboundPurpose,
        surveyMayWait: snapshot.surveyMayWait,
      });
      if (r.handled) {
        await ensureConversation();
        if (retire) await this.retire(tx, retire, now);
        await this.markProcessed(tx, msg, conversation.id, now);
        return { outcome: "survey", write: null };
      }
    }

    const input = {
      ...toTurnInput(msg, now, snapshot.knownPhone, smsSender(msg, snapshot.identities)),
      ...turnSettings(ctx.env),
    };
    const profile: { phone: string | null; name: string | null } = { phone: null, name: null };
    const result = await runTurn(
      state,
      input,
      this.ports(tx, filings, residentId, msg.channel, conversation.id, input.channel, engine, {
        messageId: msg.id,
        beforeFiling: openForFiling,
        rememberContact: (contact) => {
          profile.phone = contact.phone || profile.phone;
          profile.name = contact.name || profile.name;
        },
      }),
    );
    ctx.log.info(
      {
        messageId: msg.id,
        conversationId: conversation.id,
        replies: result.replies.length,
        filed: result.filed.length,
      },
      "intake turn",
    );
    return {
      outcome: "processed",
      write: {
        messageId: msg.id,
        residentId,
        channel: msg.channel,
        now,
        conversation: { id: conversation.id, draft: result.state as unknown as Record<string, unknown> },
        retire,
        replies: {
          texts: result.replies,
          identity: replyIdentity(snapshot.identities, msg.channel),
          sendAfter:
            replyNotBefore(msg.channel, msg.createdAt, ctx.env.WECHAT_PASSIVE_REPLY_BUDGET_MS) ?? null,
        },
        profile: profile.phone || profile.name ? profile : null,
      },
    };
  }

  /** Closes a conversation idle past the TTL (expired when it still held a draft). */
  private async retire(
    tx: Tx,
    retire: { id: string; state: "closed" | "expired" },
    now: Date,
  ): Promise<void> {
    await tx
      .update(conversations)
      .set({ state: retire.state, updatedAt: now, version: sql`${conversations.version} + 1` })
      .where(eq(conversations.id, retire.id));
  }

  /**
   * Closes drafts idle for longer than INTAKE_DRAFT_TTL_MINUTES with a friendly message, and
   * conversations idle without a draft silently. Each conversation in its own transaction, locked
   * and re-checked, so a resident writing at that very moment wins.
   */
  async expireIdle(limit = 200): Promise<number> {
    const { ctx } = this;
    const cutoff = new Date(ctx.now().getTime() - ctx.env.INTAKE_DRAFT_TTL_MINUTES * 60_000);
    const idle = await ctx.database.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.state, "active"), lt(conversations.lastMessageAt, cutoff)))
      .limit(limit);
    let expired = 0;
    for (const { id } of idle) {
      const closed = await ctx.database.db.transaction(async (tx) => {
        const [c] = await tx
          .select()
          .from(conversations)
          .where(eq(conversations.id, id))
          .for("update", { skipLocked: true });
        if (!c || c.state !== "active" || c.lastMessageAt >= cutoff) return false;
        const { state } = loadState(c.draft);
        // The sweep files it when its wait ends; closing it now would tell the resident nothing was filed.
        if (hasWaitingDraft(state)) return false;
        const hadDraft = state.drafts.length > 0;
        await tx
          .update(conversations)
          .set({
            state: hadDraft ? "expired" : "closed",
            updatedAt: ctx.now(),
            version: sql`${conversations.version} + 1`,
          })
          .where(eq(conversations.id, id));
        if (hadDraft)
          await queueResidentMessage(tx, {
            residentId: c.residentId,
            text: REPLIES.expired,
            purpose: "reply",
            preferChannel: c.channel,
            conversationId: c.id,
            at: ctx.now(),
          });
        return hadDraft;
      });
      if (closed) expired++;
    }
    if (expired) ctx.relay.kick();
    return expired;
  }

  /**
   * Files what waited in vain: emergencies whose one place question went unanswered in time, and
   * reports whose safety question did (as urgent). Each conversation in its own transaction, locked
   * and re-checked: an answer arriving at that moment is processed first (the turn files the report
   * itself, or clears the wait) and this pass then finds nothing to do.
   */
  async fileOverdueDrafts(limit = 200): Promise<number> {
    const { ctx } = this;
    const waiting = await ctx.database.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          // An expired conversation keeps its draft: an emergency in it is still filed.
          inArray(conversations.state, ["active", "expired"]),
          sql`jsonb_path_exists(${conversations.draft}, '$.drafts[*] ? (@.emergencyWaitUntil != null || @.dangerCheck.waitUntil != null)')`,
        ),
      )
      .limit(limit);
    let filed = 0;
    for (const { id } of waiting) {
      filed += await ctx.database.db.transaction(async (tx) => {
        const [c] = await tx
          .select()
          .from(conversations)
          .where(eq(conversations.id, id))
          .for("update", { skipLocked: true });
        const now = ctx.now();
        if (!c || (c.state !== "active" && c.state !== "expired")) return 0;
        const { state } = loadState(c.draft);
        if (!hasOverdueDraft(state, now)) return 0;
        const channel = (
          ["wechat", "sms", "hotline", "web"].includes(c.channel) ? c.channel : "web"
        ) as Channel;
        const filings = new TurnFilings(ctx.config.jurisdiction.timezone);
        const result = await runTimeouts(
          state,
          { channel, now },
          this.ports(tx, filings, c.residentId, c.channel, c.id, channel),
        );
        await filings.write(connectionOf(tx));
        for (const text of result.replies)
          await queueResidentMessage(tx, {
            residentId: c.residentId,
            text: filings.resolve(text),
            purpose: "reply",
            preferChannel: c.channel,
            conversationId: c.id,
            at: now,
          });
        await tx
          .update(conversations)
          .set({
            draft: filings.resolveJson(result.state) as unknown as Record<string, unknown>,
            updatedAt: now,
            version: sql`${conversations.version} + 1`,
          })
          .where(eq(conversations.id, c.id));
        ctx.log.info(
          { conversationId: c.id, filed: result.filed.length },
          "report filed after an unanswered question",
        );
        return result.filed.length;
      });
    }
    if (filed) ctx.relay.kick();
    return filed;
  }

  private ports(
    tx: Tx,
    filings: TurnFilings,
    residentId: string,
    messageChannel: string,
    conversationId: string,
    channel: Channel,
    engine: ExtractionEngine = this.deps.engine,
    turn: {
      /** The turn's message: what an addition to a filed ticket links to its transcript. */
      messageId?: number;
      /** Runs before a ticket is filed (the ticket points at the conversation). */
      beforeFiling?: () => void;
      /** Takes the contact a filing gave, for the turn's final write; without it, written at once. */
      rememberContact?: (contact: { phone: string | null; name: string | null }) => void;
    } = {},
  ): DialoguePorts {
    const { ctx } = this;
    return {
      engine,
      config: ctx.config,
      faq: this.deps.faq,
      fileTicket: async (complaint, extra) => {
        turn.beforeFiling?.();
        const now = ctx.now();
        // A photo's own GPS (kept only where the channel lets residents share location) places
        // the ticket when the resident gave no coordinates. Only a photo the draft counted can
        // carry one (an image message without a media id is refused, not noted): without photos
        // the look-up is skipped, one round trip less for most filings.
        const photoPlace =
          complaint.location.lat === null && extra.mediaIds.length > 0
            ? await photoLocation(tx, extra.messageIds)
            : null;
        const ref = filings.add({
          complaint: photoPlace
            ? { ...complaint, location: { ...complaint.location, ...photoPlace } }
            : complaint,
          channel,
          residentId,
          conversationId,
          messageIds: extra.messageIds,
          media: extra.mediaIds.length ? { channel: messageChannel, mediaIds: extra.mediaIds } : null,
          dangerCheck: extra.dangerCheck ?? null,
          now,
        });
        // Remember a number the resident gave, so no later conversation asks for it again.
        if (turn.rememberContact)
          turn.rememberContact({ phone: complaint.contact.phone, name: complaint.contact.name });
        else if (complaint.contact.phone || complaint.contact.name)
          await updateProfile(tx, residentId, {
            phone: complaint.contact.phone,
            name: complaint.contact.name,
          });
        return { ref };
      },
      findTicket: (ref) => findTicketView(tx, ref, residentId),
      recentTickets: (limit) => recentTicketViews(tx, residentId, limit),
      addToTicket: async (ref, addition) => {
        const now = ctx.now();
        const messageId = turn.messageId ?? null;
        const outcome = await addToTicket(connectionOf(tx), {
          ref,
          residentId,
          messageId,
          text: addition.text,
          media: addition.mediaIds.length ? { channel: messageChannel, mediaIds: addition.mediaIds } : null,
          now,
        });
        if (!outcome?.added) return outcome;
        // The kept ticket (outcome.ref) is the one the addition completes or raises.
        const placed = addition.place
          ? await placeFromAddition(tx, {
              ref: outcome.ref,
              residentId,
              messageId,
              place: addition.place,
              now,
            })
          : null;
        const raisedTo =
          addition.urgency && addition.urgency !== "normal"
            ? await raiseUrgencyFromAddition(tx, ctx, {
                ref: outcome.ref,
                residentId,
                messageId,
                urgency: addition.urgency,
                now,
              })
            : null;
        return { ...outcome, raisedTo, placed };
      },
    };
  }

  /** An SMS comes from the resident's own number: the channel's number is their contact. */
  private async smsSender(db: Queryable, msg: MessageRow): Promise<string | null> {
    if (msg.channel !== "sms" || !msg.residentId) return null;
    const identities = await db
      .select({ channel: residentIdentities.channel, address: residentIdentities.address })
      .from(residentIdentities)
      .where(and(eq(residentIdentities.residentId, msg.residentId), eq(residentIdentities.channel, "sms")))
      .limit(1);
    return smsSender(msg, identities);
  }

  private async markProcessed(tx: Tx, msg: MessageRow, conversationId: string, now: Date): Promise<void> {
    await tx
      .update(messages)
      .set({ status: "processed", processedAt: now, conversationId })
      .where(eq(messages.id, msg.id));
  }
}

/** Unpacks the channel extras the adapters store in `payload`. */
export function toTurnInput(
  msg: MessageRow,
  now: Date,
  knownPhone: string | null,
  senderPhone: string | null = null,
): TurnInput {
  const p = msg.payload ?? {};
  const loc = p["location"] as { lat?: unknown; lng?: unknown; label?: unknown } | null | undefined;
  const event = p["event"] as { type?: unknown; key?: unknown } | null | undefined;
  const kinds = ["text", "voice", "image", "location", "event", "transcript", "unsupported"] as const;
  const kind = (kinds as readonly string[]).includes(msg.kind)
    ? (msg.kind as TurnInput["kind"])
    : "unsupported";
  return {
    // The stored channel as is: a message is only stored for a registered channel module.
    channel: msg.channel,
    kind,
    text: msg.text,
    location:
      loc && typeof loc.lat === "number" && typeof loc.lng === "number"
        ? { lat: loc.lat, lng: loc.lng, label: typeof loc.label === "string" ? loc.label : null }
        : null,
    mediaId: typeof p["mediaId"] === "string" ? p["mediaId"] : null,
    event:
      event && typeof event.type === "string"
        ? { type: event.type, key: typeof event.key === "string" ? event.key : null }
        : null,
    callerPhone: typeof p["callerPhone"] === "string" ? p["callerPhone"] : senderPhone,
    knownPhone,
    messageId: msg.id,
    now,
  };
}

/** An SMS comes from the resident's own number: the channel's number is their contact. */
function smsSender(
  msg: MessageRow,
  identities: readonly { channel: string; address: string }[],
): string | null {
  if (msg.channel !== "sms") return null;
  const identity = identities.find((i) => i.channel === "sms");
  return identity && /^\+?\d{5,20}$/.test(identity.address)
    ? identity.address.replace(/^\+?86(?=1\d{10}$)/, "")
    : null;
}

/** How an idle conversation ends: expired when it still held a draft (the resident is told), else closed. */
function retiredState(conversation: ConversationRow): { id: string; state: "closed" | "expired" } {
  const { state } = loadState(conversation.draft);
  return { id: conversation.id, state: state.drafts.length ? "expired" : "closed" };
}

/** A conversation still open for a new message: written to within the draft TTL. */
function isCurrent(conversation: ConversationRow, now: Date, ttlMs: number): boolean {
  return now.getTime() - conversation.lastMessageAt.getTime() <= ttlMs;
}

/** The centre's dialogue settings every turn reads (waits, the safety question, additions). */
function turnSettings(env: AppContext["env"]) {
  return {
    emergencyPlaceWaitSeconds: env.INTAKE_EMERGENCY_PLACE_WAIT_SECONDS,
    dangerCheck: env.INTAKE_DANGER_CHECK === "on",
    dangerCheckWaitMinutes: env.INTAKE_DANGER_CHECK_WAIT_MINUTES,
    addendumMinutes: env.INTAKE_ADDENDUM_MINUTES,
  };
}
