import { and, count, eq, gt, sql } from "drizzle-orm";
import {
  DeliveryError,
  type ChannelDelivery,
  type Delivered,
  type DeliveryPurpose,
  type ResultCard,
} from "../../channels/port.js";
import { z } from "zod";
import { findChannelManifest, loadChannelModule } from "../../channels/registry.js";
import { messages } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { createChannelPort } from "./channel-port.js";
import { OutboundClaims } from "./outbound-claims.js";
import { SentMarks } from "./sent-marks.js";

export { DeliveryError } from "../../channels/port.js";

const StoredCard = z.object({
  title: z.string().min(1),
  description: z.string(),
  url: z.url(),
  picUrl: z.url().nullable(),
});

/** A stored card that does not parse can never be sent: fail it rather than retry. */
function parseCard(value: unknown): ResultCard {
  const card = StoredCard.safeParse(value);
  if (!card.success) throw new DeliveryError("outbound card is malformed", false);
  return card.data;
}

/**
 * `blocked`: an earlier message to the same resident is still waiting or being sent; try again soon.
 * `{ early }`: the message may not leave before `early` (its passive-reply window); nothing changed.
 */
export type DeliveryOutcome = "sent" | "skipped" | "failed" | "retry" | "blocked" | { early: Date };

/** What a delivery reads of the claimed row and of the identity it is sent to. */
interface ClaimedOutbound {
  id: number;
  channel: string;
  text: string | null;
  payload: Record<string, unknown>;
}
interface SendIdentity {
  residentId: string;
  optedOutAt: Date | null;
  lastInboundAt: Date | null;
}

/**
 * Delivers one outbound message row: claims it (`queued` → `sending`, so a second job or the WeChat
 * passive reply cannot send it twice), sends through its channel and records `sent` with the
 * provider's id, or puts it back to `queued` for a retry, or `failed` with the error when retrying
 * cannot help or this was the last attempt.
 */
export class OutboundDelivery {
  /** Each channel's sender, built on first use (null: the channel cannot send here). */
  private readonly deliveries = new Map<string, ChannelDelivery | null>();
  /** Sends' results, written together when several finish at once (per pool: tests swap databases). */
  private marks: SentMarks | null = null;
  /** Claims, written together when several arrive at once (per pool, like the marks). */
  private claims: OutboundClaims | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly deps: { fetch?: typeof fetch } = {},
  ) {}

  /**
   * `notAfter`: claim the message only if its `send_after` is not later than this (the outbound
   * worker's guard for the passive-reply window); without it the window is not looked at.
   */
  async deliver(messageId: number, attempt: { isLast: boolean; notAfter?: Date }): Promise<DeliveryOutcome> {
    const db = this.ctx.database.db;
    // Wall clock, not the business clock: this is about how long ago a process started sending.
    const claimedAt = new Date();
    // A claim older than the lease was abandoned by a crashed process and may be taken over.
    const abandonedBefore = new Date(claimedAt.getTime() - this.ctx.env.OUTBOUND_SEND_LEASE_MS);
    // One statement, shared with the claims arriving beside it: the window check, the claim, the
    // message's status when not claimed, and the identity it goes to (most jobs find their reply
    // already given passively and stop here).
    const pool = this.ctx.database.pool;
    if (this.claims?.pool !== pool) this.claims = new OutboundClaims(pool);
    const found = await this.claims.claim({
      messageId,
      claimedAt,
      abandonedBefore,
      notAfter: attempt.notAfter ?? null,
    });
    if (!found) return "skipped";
    if (found.claimedId === null) {
      if (
        found.status === "queued" &&
        attempt.notAfter &&
        found.sendAfter &&
        found.sendAfter > attempt.notAfter
      )
        return { early: found.sendAfter };
      if (found.status === "queued") return "blocked";
      // In flight (or just abandoned): look again after the backoff. Otherwise already sent
      // (passively, or by an earlier run of this job), failed for good, or not ours.
      return found.status === "sending" ? "retry" : "skipped";
    }
    const claimed: ClaimedOutbound = {
      id: found.claimedId,
      channel: found.channel!,
      text: found.text,
      payload: found.payload ?? {},
    };
    const identity: SendIdentity | null =
      found.identityResidentId === null
        ? null
        : {
            residentId: found.identityResidentId,
            optedOutAt: found.optedOutAt,
            lastInboundAt: found.lastInboundAt,
          };

    // A send that may have reached the provider but got no answer in time waits for the late answer
    // until then (see sendOrHearLate): well inside the lease, so no other process takes the message
    // over while this one may still learn that it went.
    const answerBy = new Date(
      claimedAt.getTime() + Math.floor(this.ctx.env.OUTBOUND_SEND_LEASE_MS * ANSWER_WITHIN_LEASE),
    );
    let delivered: Delivered;
    try {
      delivered = await this.sendOrHearLate(claimed, identity, answerBy);
    } catch (error) {
      const retryable =
        error instanceof DeliveryError || (error instanceof Error && "retryable" in error)
          ? Boolean((error as { retryable: unknown }).retryable)
          : true;
      const message = (error as Error).message.slice(0, 500);
      const final = !retryable || attempt.isLast;
      // Only the claim this send made is released: a process that took the message over after the
      // lease owns it now, and putting its row back to `queued` (over `sent`, say) would send it
      // once more.
      await persist(() =>
        db
          .update(messages)
          .set({
            status: final ? "failed" : "queued",
            error: message,
            ...(final ? { processedAt: this.ctx.now() } : {}),
          })
          .where(
            and(
              eq(messages.id, messageId),
              eq(messages.status, "sending"),
              sql`${messages.payload}->>'claimedAt' = ${claimedAt.toISOString()}`,
            ),
          ),
      );
      this.ctx.log.warn(
        { messageId, channel: claimed.channel, err: message, final },
        "outbound delivery failed",
      );
      return final ? "failed" : "retry";
    }
    if (this.marks?.pool !== pool) this.marks = new SentMarks(pool);
    const marks = this.marks;
    const at = this.ctx.now();
    await persist(() =>
      marks.mark({
        messageId,
        at,
        provider: delivered.via,
        extra: { providerMessageId: delivered.providerMessageId, sentVia: delivered.via },
      }),
    );
    return "sent";
  }

  /**
   * Sends, and when the channel says the send may have arrived but its answer is late
   * (`DeliveryError.late`), waits for that answer: if it says the message went, it was sent, and
   * sending it again would give the resident a duplicate. No answer by `answerBy`: the error stands
   * and the message is sent again (at least once: the provider may have it).
   */
  private async sendOrHearLate(
    row: ClaimedOutbound,
    identity: SendIdentity | null,
    answerBy: Date,
  ): Promise<Delivered> {
    try {
      return await this.send(row, identity, answerBy);
    } catch (error) {
      if (!(error instanceof DeliveryError && error.late)) throw error;
      this.ctx.log.warn(
        { messageId: row.id, channel: row.channel, err: error.message },
        "outbound send unconfirmed: waiting for its late answer before sending again",
      );
      const late = await error.late.catch(() => null);
      if (late) return late;
      throw error;
    }
  }

  private async send(
    row: ClaimedOutbound,
    identity: SendIdentity | null,
    answerBy: Date,
  ): Promise<Delivered> {
    const payload = row.payload as {
      purpose?: DeliveryPurpose;
      address?: string;
      identityId?: string;
      template?: { code: string; params: Record<string, string> };
      card?: unknown;
    };
    const purpose: DeliveryPurpose = payload.purpose ?? "reply";
    if (!payload.address) throw new DeliveryError("outbound message has no address", false);
    if ((purpose === "survey" || purpose === "notice") && identity?.optedOutAt) {
      throw new DeliveryError("OPTED_OUT: the resident opted out of non-essential messages", false);
    }
    if (!findChannelManifest(row.channel))
      throw new DeliveryError(`no outbound delivery for channel ${row.channel}`, false);
    const delivery = await this.deliveryFor(row.channel);
    if (!delivery) throw new DeliveryError(`channel ${row.channel} is not configured to send`, false);
    const lastInboundAt = identity?.lastInboundAt ?? null;
    return delivery.deliver({
      messageId: row.id,
      purpose,
      to: payload.address,
      text: row.text,
      template: payload.template ?? null,
      card: payload.card === undefined ? null : parseCard(payload.card),
      lastInboundAt,
      answerBy,
      from: async () => (identity ? this.lastAddressedAs(row.channel, identity.residentId) : null),
      sentSinceLastInbound: async () =>
        identity ? this.sentSince(row, identity.residentId, payload.address!, lastInboundAt) : 0,
    });
  }

  private async deliveryFor(channel: string): Promise<ChannelDelivery | null> {
    if (!this.deliveries.has(channel)) {
      const module = await loadChannelModule(channel);
      const port = createChannelPort(this.ctx, channel, this.deps);
      this.deliveries.set(channel, module?.createDelivery?.(port) ?? null);
    }
    return this.deliveries.get(channel) ?? null;
  }

  /** Messages already sent to this address on this channel since the resident last wrote (quota rules). */
  private async sentSince(
    row: ClaimedOutbound,
    residentId: string,
    address: string,
    since: Date | null,
  ): Promise<number> {
    const [r] = await this.ctx.database.db
      .select({ n: count() })
      .from(messages)
      .where(
        and(
          eq(messages.residentId, residentId),
          eq(messages.channel, row.channel),
          eq(messages.direction, "out"),
          eq(messages.status, "sent"),
          sql`${messages.payload}->>'address' = ${address}`,
          ...(since ? [gt(messages.processedAt, since)] : []),
        ),
      );
    return r?.n ?? 0;
  }

  /** Our account the resident last wrote to on this channel (`to` of their latest message). */
  private async lastAddressedAs(channel: string, residentId: string): Promise<string | null> {
    const [r] = await this.ctx.database.db
      .select({ to: sql<string | null>`${messages.payload}->>'to'` })
      .from(messages)
      .where(
        and(eq(messages.residentId, residentId), eq(messages.channel, channel), eq(messages.direction, "in")),
      )
      .orderBy(sql`${messages.id} desc`)
      .limit(1);
    return r?.to ?? null;
  }
}

/**
 * How much of the send lease (OUTBOUND_SEND_LEASE_MS) a send that may have arrived may spend
 * waiting for its answer: the rest is left for the sent mark, before another process may take the
 * message over (2 min lease: answers heard until 90 s after the claim).
 */
const ANSWER_WITHIN_LEASE = 0.75;
/** Waits between the attempts of `persist` (ms): about 3 s in all. */
const PERSIST_BACKOFF_MS = [100, 300, 900, 1800];

/**
 * Writes a send's outcome, trying again when the write fails. Once a message is claimed
 * (`sending`), this write is all that releases it: if it failed, the row stayed `sending` until
 * OUTBOUND_SEND_LEASE_MS ran out (2 min), holding back every later message to that resident (a
 * claim waits while an earlier one is queued or sending), and a message already sent went out
 * again after the lease. On a saturated machine a single write can fail for a moment (no pooled
 * connection within its timeout, a connection cut); both writes are idempotent.
 */
async function persist(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      const wait = PERSIST_BACKOFF_MS[attempt];
      if (wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
