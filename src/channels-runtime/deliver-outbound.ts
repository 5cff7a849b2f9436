import { and, count, eq, gt, or, sql } from "drizzle-orm";
import {
  DeliveryError,
  type ChannelDelivery,
  type Delivered,
  type DeliveryPurpose,
  type ResultCard,
} from "../../channels/port.js";
import { z } from "zod";
import { findChannelManifest, loadChannelModule } from "../../channels/registry.js";
import { messages, residentIdentities } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { createChannelPort } from "./channel-port.js";

export { DeliveryError } from "../../channels/port.js";

type OutboundRow = typeof messages.$inferSelect;

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

/** `blocked`: an earlier message to the same resident is still waiting or being sent; try again soon. */
export type DeliveryOutcome = "sent" | "skipped" | "failed" | "retry" | "blocked";

/**
 * Delivers one outbound message row: claims it (`queued` → `sending`, so a second job or the WeChat
 * passive reply cannot send it twice), sends through its channel and records `sent` with the
 * provider's id, or puts it back to `queued` for a retry, or `failed` with the error when retrying
 * cannot help or this was the last attempt.
 */
export class OutboundDelivery {
  /** Each channel's sender, built on first use (null: the channel cannot send here). */
  private readonly deliveries = new Map<string, ChannelDelivery | null>();

  constructor(
    private readonly ctx: AppContext,
    private readonly deps: { fetch?: typeof fetch } = {},
  ) {}

  /** When a still-queued message may go out (epoch ms, wall clock like the outbox relay), or null. */
  async pendingSendAfter(messageId: number): Promise<number | null> {
    const [row] = await this.ctx.database.db
      .select({ sendAfter: messages.sendAfter })
      .from(messages)
      .where(and(eq(messages.id, messageId), eq(messages.status, "queued")));
    return row?.sendAfter?.getTime() ?? null;
  }

  async deliver(messageId: number, attempt: { isLast: boolean }): Promise<DeliveryOutcome> {
    const db = this.ctx.database.db;
    // Wall clock, not the business clock: this is about how long ago a process started sending.
    const claimedAt = new Date();
    // A claim older than the lease was abandoned by a crashed process and may be taken over.
    const abandonedBefore = new Date(claimedAt.getTime() - this.ctx.env.OUTBOUND_SEND_LEASE_MS);
    const [claimed] = await db
      .update(messages)
      .set({
        status: "sending",
        payload: sql`${messages.payload} || jsonb_build_object('claimedAt', ${claimedAt.toISOString()}::text)`,
      })
      .where(
        and(
          eq(messages.id, messageId),
          eq(messages.direction, "out"),
          or(
            eq(messages.status, "queued"),
            // A process died while sending (BullMQ re-runs the stalled job): take it over once it is
            // clearly abandoned; a send never takes this long (HTTP timeouts are 10 s).
            and(
              eq(messages.status, "sending"),
              sql`coalesce((${messages.payload}->>'claimedAt')::timestamptz, 'epoch') < ${abandonedBefore.toISOString()}::timestamptz`,
            ),
          ),
          // Messages to one resident leave in the order they were made: a dispatch notice must not
          // overtake the confirmation still waiting for its passive-reply window. `failed` and `sent`
          // earlier messages no longer hold the line.
          sql`NOT EXISTS (SELECT 1 FROM ${messages} AS earlier
                WHERE earlier.resident_id = ${messages.residentId}
                  AND earlier.direction = 'out'
                  AND earlier.id < ${messages.id}
                  AND earlier.status IN ('queued', 'sending'))`,
        ),
      )
      .returning();
    if (!claimed) {
      const [current] = await db
        .select({ status: messages.status })
        .from(messages)
        .where(eq(messages.id, messageId));
      if (current?.status === "queued") return "blocked";
      // In flight (or just abandoned): look again after the backoff. Otherwise already sent
      // (passively, or by an earlier run of this job), failed for good, or not ours.
      return current?.status === "sending" ? "retry" : "skipped";
    }

    let delivered: Delivered;
    try {
      delivered = await this.send(claimed);
    } catch (error) {
      const retryable =
        error instanceof DeliveryError || (error instanceof Error && "retryable" in error)
          ? Boolean((error as { retryable: unknown }).retryable)
          : true;
      const message = (error as Error).message.slice(0, 500);
      const final = !retryable || attempt.isLast;
      await db
        .update(messages)
        .set({
          status: final ? "failed" : "queued",
          error: message,
          ...(final ? { processedAt: this.ctx.now() } : {}),
        })
        .where(eq(messages.id, messageId));
      this.ctx.log.warn(
        { messageId, channel: claimed.channel, err: message, final },
        "outbound delivery failed",
      );
      return final ? "failed" : "retry";
    }
    await db
      .update(messages)
      .set({
        status: "sent",
        error: null,
        processedAt: this.ctx.now(),
        provider: delivered.via,
        payload: sql`${messages.payload} || ${JSON.stringify({ providerMessageId: delivered.providerMessageId, sentVia: delivered.via })}::jsonb`,
      })
      .where(eq(messages.id, messageId));
    return "sent";
  }

  private async send(row: OutboundRow): Promise<Delivered> {
    const payload = row.payload as {
      purpose?: DeliveryPurpose;
      address?: string;
      identityId?: string;
      template?: { code: string; params: Record<string, string> };
      card?: unknown;
    };
    const purpose: DeliveryPurpose = payload.purpose ?? "reply";
    if (!payload.address) throw new DeliveryError("outbound message has no address", false);
    // The identity written to (opt-out, send window); hotline identities are reached on their number by SMS.
    const identity = (
      await this.ctx.database.db
        .select()
        .from(residentIdentities)
        .where(
          payload.identityId
            ? eq(residentIdentities.id, payload.identityId)
            : and(
                eq(residentIdentities.channel, row.channel),
                eq(residentIdentities.address, payload.address),
              ),
        )
    )[0];
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
    row: OutboundRow,
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
