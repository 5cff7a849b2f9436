import { asc, eq, sql } from "drizzle-orm";
import { z, ZodError } from "zod";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type {
  ChannelAdapter,
  ChannelDefinition,
  InboundMessage,
  RawRequest,
  VerifyResult,
} from "../../channels/channel.js";
import { ChannelInputError } from "../../channels/channel.js";
import { assembleTranscript } from "../../channels/hotline/assemble-transcript.js";
import { hotlineFeeds } from "../../channels/hotline/hotline-feeds.js";
import { envRecord } from "../../channels/channels.env.js";
import { HotlineEvent, type TranscriptSegment } from "../../channels/hotline/hotline-event.schema.js";
import type { Queryable } from "../db/client.js";
import { hotlineCalls, hotlineSegments } from "../db/schema/index.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import { sendChannelError, sendStoreUnavailable } from "./channel-error-reply.js";
import { toRawRequest } from "./raw-request.js";
import { storeInboundMessage } from "./store-inbound.js";
import { amendHotlineCall } from "./amend-hotline-call.js";
import { pgSafe } from "./pg-safe.js";
import { wakeIntake } from "../queue/intake-wake.js";

const HotlineEventList = z.array(HotlineEvent);

/**
 * Mounts the hotline feeds the hotline module declares (its own event format and two vendor formats
 * mapped into it). Events are stored as calls and segments (not as messages); the `hotline-call` job
 * assembles the transcript into ONE inbound message when the call ends or falls silent.
 */
export function hotlineRoutes(
  scope: FastifyInstance,
  ctx: AppContext,
  adapter: ChannelAdapter,
  def: ChannelDefinition,
) {
  for (const feed of hotlineFeeds(adapter, def, envRecord(ctx.env), ctx.now)) {
    scope.route({
      method: "POST",
      url: feed.url,
      logLevel: "warn",
      handler: (req, reply) => handleHotline(ctx, req, reply, feed.verify, feed.toEvents),
    });
  }
}

async function handleHotline(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  verify: (raw: RawRequest) => VerifyResult,
  toEvents: (raw: RawRequest) => HotlineEvent[],
) {
  const raw = toRawRequest(req);
  const verdict = verify(raw);
  if (!verdict.ok) return sendChannelError(reply, verdict.status, verdict.code, verdict.reason);
  let events: HotlineEvent[];
  try {
    // Every source (feed, Aliyun legs, Twilio callbacks) is held to the feed's schema: a call id
    // with a NUL or control character would otherwise fail inside the store, a 503 retried forever.
    events = HotlineEventList.parse(toEvents(raw));
  } catch (error) {
    if (error instanceof ChannelInputError)
      return sendChannelError(reply, error.status, error.code, error.message);
    if (error instanceof ZodError)
      return sendChannelError(
        reply,
        400,
        "CHANNEL.INVALID_PAYLOAD",
        "event fields are invalid or unreadable",
      );
    ctx.log.error({ channel: "hotline", err: (error as Error).message }, "hotline parser failed");
    return sendChannelError(reply, 400, "CHANNEL.UNPARSEABLE", "request could not be parsed");
  }
  if (events.length > 0) {
    try {
      await ctx.database.db.transaction((tx) =>
        storeHotlineEvents(tx, pgSafe(events), ctx.now(), {
          silenceSeconds: ctx.env.HOTLINE_SILENCE_SECONDS,
          endGraceMs: ctx.env.HOTLINE_END_GRACE_MS,
        }),
      );
    } catch (error) {
      ctx.log.error({ channel: "hotline", err: (error as Error).message }, "hotline events not stored");
      return sendStoreUnavailable(reply);
    }
    ctx.relay.kick();
  }
  return reply
    .code(200)
    .type("application/json; charset=utf-8")
    .send(JSON.stringify({ ok: true, received: events.length }));
}

/**
 * Records events durably: the call (caller, start, end, last activity) and its segments, one row per
 * (call, seq) where a final replaces a partial and a partial never replaces a final. Then schedules
 * the assembly as a delayed job in the outbox (durable, unlike a timer in this process): the grace
 * period after the last event once the call ended, else the silence period (each batch schedules a
 * later job; the job does nothing if the call was active since). A call already assembled gets an
 * amendment job instead: a late segment is never dropped.
 */
export async function storeHotlineEvents(
  tx: Queryable,
  events: readonly HotlineEvent[],
  now: Date,
  timing: { silenceSeconds: number; endGraceMs: number },
): Promise<void> {
  const calls = new Set<string>();
  const ended = new Set<string>();
  for (const event of events) {
    calls.add(event.callId);
    await tx
      .insert(hotlineCalls)
      .values({ callId: event.callId, lastEventAt: now })
      .onConflictDoUpdate({ target: hotlineCalls.callId, set: { lastEventAt: now } });
    switch (event.type) {
      case "call.started":
        await tx
          .update(hotlineCalls)
          .set({
            caller: sql`coalesce(${hotlineCalls.caller}, ${event.caller})`,
            callee: sql`coalesce(${hotlineCalls.callee}, ${event.callee})`,
            startedAt: sql`coalesce(${hotlineCalls.startedAt}, ${new Date(event.at)})`,
          })
          .where(eq(hotlineCalls.callId, event.callId));
        break;
      case "call.ended":
        ended.add(event.callId);
        await tx
          .update(hotlineCalls)
          .set({ endedAt: sql`coalesce(${hotlineCalls.endedAt}, ${new Date(event.at)})` })
          .where(eq(hotlineCalls.callId, event.callId));
        break;
      case "transcript.segment":
        await tx
          .insert(hotlineSegments)
          .values({
            callId: event.callId,
            seq: event.seq,
            speaker: event.speaker,
            text: event.text,
            final: event.final,
            startMs: event.startMs,
            endMs: event.endMs,
            receivedAt: now,
          })
          .onConflictDoUpdate({
            target: [hotlineSegments.callId, hotlineSegments.seq],
            set: {
              speaker: sql`excluded.speaker`,
              text: sql`excluded.text`,
              final: sql`excluded.final`,
              startMs: sql`excluded.start_ms`,
              endMs: sql`excluded.end_ms`,
              receivedAt: sql`excluded.received_at`,
            },
            // A late partial must not overwrite the final; a corrected final replaces the earlier one.
            setWhere: sql`excluded.final OR NOT ${hotlineSegments.final}`,
          });
        break;
    }
  }
  for (const callId of calls) {
    const [call] = await tx
      .select({ endedAt: hotlineCalls.endedAt, assembledAt: hotlineCalls.assembledAt })
      .from(hotlineCalls)
      .where(eq(hotlineCalls.callId, callId));
    await enqueue(tx, "hotline-call", { callId }, hotlineJob(callId, call ?? {}, now, timing));
  }
}

/**
 * The job that looks at a call after an event at `lastEventAt`: amend (already assembled), assemble
 * after the grace period (ended) or after the silence period. The recovery sweep rebuilds the same.
 */
export function hotlineJob(
  callId: string,
  call: { endedAt?: Date | null; assembledAt?: Date | null },
  lastEventAt: Date,
  timing: { silenceSeconds: number; endGraceMs: number },
): { jobId: string; runAt?: Date } {
  const at = lastEventAt.getTime();
  if (call.assembledAt) return { jobId: jobId("call", callId, "amend", at) };
  if (call.endedAt)
    return { jobId: jobId("call", callId, "end", at), runAt: new Date(at + timing.endGraceMs) };
  return { jobId: jobId("call", callId, at), runAt: new Date(at + timing.silenceSeconds * 1000) };
}

/** `grace`: the call ended but its grace period is not over; look again after it. */
export type AssembleOutcome = "assembled" | "empty" | "waiting" | "grace" | "amended" | "already" | "unknown";

/**
 * Turns a finished call into ONE inbound `transcript` message (channelMessageId = callId) for the
 * intake bot, once: the call row is locked and marked, and the message is unique per call anyway.
 * Not yet ended and not yet silent long enough → `waiting` (a later job comes).
 */
export async function assembleHotlineCall(ctx: AppContext, callId: string): Promise<AssembleOutcome> {
  const outcome = await ctx.database.db.transaction(async (tx): Promise<AssembleOutcome> => {
    const [call] = await tx.select().from(hotlineCalls).where(eq(hotlineCalls.callId, callId)).for("update");
    if (!call) return "unknown";
    const now = ctx.now();
    if (call.assembledAt) return amendHotlineCall(tx, ctx, call, now);
    const silentSince = now.getTime() - call.lastEventAt.getTime();
    if (call.endedAt && silentSince < ctx.env.HOTLINE_END_GRACE_MS) return "grace";
    if (!call.endedAt && silentSince < ctx.env.HOTLINE_SILENCE_SECONDS * 1000) return "waiting";
    const segments = await callSegments(tx, callId);
    const transcript = assembleTranscript(segments);
    if (transcript.lines.length === 0) {
      await tx.update(hotlineCalls).set({ assembledAt: now }).where(eq(hotlineCalls.callId, callId));
      return "empty";
    }
    const message: InboundMessage = {
      channel: "hotline",
      provider: "hotline",
      channelMessageId: callId,
      // Without call.started the number is unknown; the call id stands in as the address.
      from: call.caller ?? `call-${callId}`,
      to: call.callee,
      kind: "transcript",
      text: transcript.text,
      location: null,
      mediaId: null,
      mediaUrl: null,
      event: null,
      transcript: null,
      optOut: false,
      sentAt: call.startedAt,
      receivedAt: now,
      raw: { callId, segments: segments.length },
    };
    const stored = await storeInboundMessage(tx, message, {
      now,
      phone: call.caller,
      extraPayload: {
        callerPhone: call.caller,
        callId,
        startedAt: call.startedAt?.toISOString() ?? null,
        endedAt: call.endedAt?.toISOString() ?? null,
        endedBy: call.endedAt ? "call.ended" : "silence",
        hasPartials: transcript.hasPartials,
      },
    });
    await tx
      .update(hotlineCalls)
      .set({ assembledAt: now, assembledMessageId: stored.id })
      .where(eq(hotlineCalls.callId, callId));
    return "assembled";
  });
  if (outcome === "assembled") wakeIntake(ctx.redis, ctx.env.QUEUE_PREFIX);
  if (outcome === "amended") ctx.relay.kick();
  return outcome;
}

async function callSegments(tx: Queryable, callId: string): Promise<TranscriptSegment[]> {
  const rows = await tx
    .select()
    .from(hotlineSegments)
    .where(eq(hotlineSegments.callId, callId))
    .orderBy(asc(hotlineSegments.seq));
  return rows.map((r) => ({
    type: "transcript.segment",
    callId: r.callId,
    seq: r.seq,
    speaker: r.speaker,
    text: r.text,
    final: r.final,
    startMs: r.startMs,
    endMs: r.endMs,
  }));
}
