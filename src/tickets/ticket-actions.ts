import { z } from "zod";
import type { Queryable } from "../db/client.js";
import { findTicket, type TicketRow } from "../db/repositories/tickets.repository.js";
import { intakeCorrections } from "../db/schema/index.js";
import { AppError, forbidden, notFound } from "../domain/app-error.js";
import { extendDeadline } from "../domain/deadlines.js";
import { localDate, startOfLocalDay } from "../domain/local-time.js";
import { needsReview } from "../domain/review-policy.js";
import { KIND_LABEL } from "../domain/labels.js";
import { Kind, TIER_CODES, type Tier } from "../domain/taxonomy.schema.js";
import {
  availableActions,
  transition,
  type Actor,
  type TicketAction,
  type TicketActionType,
} from "../domain/ticket-lifecycle.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { assistText, clip } from "../notify/unit-texts.js";
import { alarmReturnedEmergency } from "../routing/duty-alarm.js";
import { applyDispatch } from "../routing/dispatch.js";
import { mergeTickets } from "./merge-tickets.js";
import { announceResolution, latestResolution, notifyHolder } from "./resolution-effects.js";
import { planRoute, ticketRoutingInput } from "../routing/plan-route.js";
import type { AppContext } from "../runtime/context.js";
import { evaluateTicket } from "../sla/evaluate.js";
import { attachResolutionPhotos } from "../media/resolution-photos.js";
import { attachNotePhotos, notesWithPhotos } from "../media/progress-photos.js";
import { checkUploadedPhotos, photoIdsSchema, uploaderSide } from "../media/uploaded-photos.js";
import {
  assertTransition,
  eventActor,
  loadSla,
  recordEvent,
  reporterIds,
  saveSla,
  toTicketState,
  updateTicketIfUnchanged,
} from "./ticket-store.js";

const reason = z.string().trim().min(1, "请填写理由").max(500);

/** The body of each staff action (validated by the HTTP route and again by the service). */
export const ACTION_BODIES = {
  accept: z.strictObject({}),
  first_contact: z.strictObject({
    method: z.enum(["phone", "visit", "sms", "wechat"]).default("phone"),
    note: z.string().trim().max(500).optional(),
  }),
  note: z.strictObject({
    text: z.string().trim().min(1, "请填写进展内容").max(2000),
    /** Progress photos the acting side uploaded to this ticket first, at most nine; staff-only. */
    photos: photoIdsSchema,
  }),
  request_extension: z.strictObject({ days: z.int().min(1).max(30), reason }),
  approve_extension: z.strictObject({ days: z.int().min(1).max(30).optional() }),
  refuse_extension: z.strictObject({ reason }),
  transfer_back: z.strictObject({ reason }),
  resolve: z.strictObject({
    reply: z.string().trim().min(1, "请填写给群众的办理答复").max(1000),
    /** Fix photos uploaded to this ticket first (POST /tickets/:idOrRef/media), at most nine. */
    photos: photoIdsSchema,
  }),
  redispatch: z.strictObject({
    /** Omit to let routing decide again (the same code path as the route worker). */
    unitId: z.string().min(1).optional(),
    /** A category code from the taxonomy: the dispatcher's choice, e.g. one of the engine's candidates. */
    category: z.string().min(1).max(64).optional(),
    /** The dispatcher's reading of the kind (投诉, 咨询, 建议 …) when the engine's was wrong. */
    kind: Kind.optional(),
    reason: z.string().trim().max(500).optional(),
  }),
  escalate: z.strictObject({ reason, toTier: z.enum(TIER_CODES).optional() }),
  merge: z.strictObject({ into: z.string().min(1).describe("id or reference number of the ticket to keep") }),
  cancel: z.strictObject({ reason }),
  /** 办结审核: the centre approves a unit's resolution; the reply and the survey go out now. */
  approve_resolution: z.strictObject({}),
  /** 办结审核: the centre sends the resolution back to the same unit, with what is missing. */
  return_resolution: z.strictObject({ reason }),
  /** 主办/协办: the centre adds or removes an assisting unit. */
  add_assist: z.strictObject({ unitId: z.string().min(1).max(64) }),
  remove_assist: z.strictObject({ unitId: z.string().min(1).max(64) }),
  /** 退单审核: the centre refuses a unit's return request; the unit keeps the ticket. */
  refuse_return: z.strictObject({ reason }),
} as const;

export type StaffActionName = keyof typeof ACTION_BODIES;
export const STAFF_ACTIONS = Object.keys(ACTION_BODIES) as StaffActionName[];
export type StaffActionBody<A extends StaffActionName> = z.infer<(typeof ACTION_BODIES)[A]>;

/** Leaders read and supervise: they may add a note and escalate (督办), nothing else. */
const LEADER_ACTIONS: readonly StaffActionName[] = ["note", "escalate"];

interface ResolvedActor {
  actor: Actor;
  /** The unit written to the event log (the street acting on its community's order). */
  actingUnitId: string | null;
}

/**
 * Maps a staff member to a lifecycle actor for one ticket: admins and dispatchers act as the
 * centre; leaders as the centre for supervision only; unit staff as their unit, and a street's staff
 * on behalf of a community under it (the street answers for its communities).
 */
export function actorFor(ctx: AppContext, staff: StaffPrincipal, ticket: TicketRow): ResolvedActor {
  if (staff.role === "admin" || staff.role === "dispatcher" || staff.role === "leader")
    return { actor: { role: "centre", id: staff.id, unitId: staff.unitId }, actingUnitId: staff.unitId };
  const holder = ticket.unitId ? ctx.config.units.get(ticket.unitId) : undefined;
  if (staff.unitId && holder && holder.id !== staff.unitId && holder.parent === staff.unitId)
    return { actor: { role: "unit", id: staff.id, unitId: holder.id }, actingUnitId: staff.unitId };
  return { actor: { role: "unit", id: staff.id, unitId: staff.unitId }, actingUnitId: staff.unitId };
}

/** The staff actions this person may take on this ticket now: the console's buttons. */
export async function listAvailableActions(
  ctx: AppContext,
  staff: StaffPrincipal,
  idOrRef: string,
): Promise<{ ticketId: string; ref: string; status: string; version: number; actions: StaffActionName[] }> {
  const ticket = await findTicket(ctx.database.db, idOrRef);
  if (!ticket) throw notFound("TICKET.NOT_FOUND", `没有工单 ${idOrRef}`);
  const sla = await loadSla(ctx.database.db, ticket.id);
  const { actor } = actorFor(ctx, staff, ticket);
  const state = toTicketState(ticket, sla);
  const types = new Set<TicketActionType>(availableActions(state, actor));
  // A ticket waiting in triage (received/reopened) is dispatched by the centre with "redispatch".
  if (types.has("dispatch")) types.add("redispatch");
  let actions = STAFF_ACTIONS.filter((a) => types.has(a));
  if (staff.role === "leader") actions = actions.filter((a) => LEADER_ACTIONS.includes(a));
  return { ticketId: ticket.id, ref: ticket.ref, status: ticket.status, version: ticket.version, actions };
}

export interface ActionResult {
  ticket: TicketRow;
  action: StaffActionName;
}

/**
 * Performs one staff action on a ticket: lifecycle check (status, role, unit), the ticket update
 * with a compare-and-set on `version` (two units accepting at once → one wins, the other 409
 * TICKET.CONFLICT), the event, and the action's effects through the outbox, in one transaction.
 */
export async function performTicketAction<A extends StaffActionName>(
  ctx: AppContext,
  staff: StaffPrincipal,
  idOrRef: string,
  action: A,
  rawBody: unknown,
): Promise<ActionResult> {
  const schema = ACTION_BODIES[action] as z.ZodType | undefined;
  if (!schema) throw notFound("ACTION.UNKNOWN", `unknown action "${String(action)}"`);
  const parsed = schema.safeParse(rawBody ?? {});
  if (!parsed.success)
    throw new AppError(
      "REQUEST.INVALID",
      parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
    );
  if (staff.role === "leader" && !LEADER_ACTIONS.includes(action))
    throw forbidden("AUTH.READ_ONLY", "领导账号只能查看、添加批示和提级督办");

  const ticket = await ctx.database.db.transaction(async (tx) => {
    const t = await findTicket(tx, idOrRef);
    if (!t) throw notFound("TICKET.NOT_FOUND", `没有工单 ${idOrRef}`);
    return apply(tx, ctx, staff, t, action, parsed.data as never);
  });
  ctx.relay.kick();
  // Refresh the light and the next check (acceptance stops the acceptance clock, and so on).
  await evaluateTicket(ctx, ticket.id).catch((err: unknown) =>
    ctx.log.warn({ err, ticketId: ticket.id }, "light refresh after action failed; the sweep will retry"),
  );
  return { ticket, action };
}

async function apply(
  tx: Queryable,
  ctx: AppContext,
  staff: StaffPrincipal,
  ticket: TicketRow,
  action: StaffActionName,
  body: Record<string, unknown>,
): Promise<TicketRow> {
  let t = ticket;
  const now = ctx.now();
  const tz = ctx.config.jurisdiction.timezone;
  const { actor, actingUnitId } = actorFor(ctx, staff, t);
  const who = eventActor(actor, actingUnitId);
  const sla = await loadSla(tx, t.id);
  const state = toTicketState(t, sla);

  const step = (a: TicketAction, extra: Record<string, unknown> = {}) => {
    const r = transition(state, a, actor, {
      reopenRaisesTier: ctx.config.jurisdiction.policy.reopenRaisesTier,
    });
    assertTransition(r);
    return {
      r,
      record: (row: TicketRow) => recordEvent(tx, r.event, who, now, extra).then(() => row),
    };
  };

  switch (action) {
    case "accept": {
      const { r, record } = step({ type: "accept" });
      return record(await updateTicketIfUnchanged(tx, t, { status: r.to, acceptedAt: now }, now));
    }
    case "first_contact": {
      const b = body as StaffActionBody<"first_contact">;
      const { record } = step(
        { type: "first_contact", note: b.note },
        { method: b.method, first: !t.firstContactAt },
      );
      return record(await updateTicketIfUnchanged(tx, t, { firstContactAt: t.firstContactAt ?? now }, now));
    }
    case "note": {
      const b = body as StaffActionBody<"note">;
      const { r } = step({ type: "note", text: b.text });
      const photos = await checkUploadedPhotos(tx, {
        ticketId: t.id,
        mediaIds: b.photos ?? [],
        sides: [uploaderSide(actor)],
      });
      if (photos.length) {
        const earlier = await notesWithPhotos(tx, t.id, photos);
        // The same note sent twice (a double tap, a retry after a timeout) is recorded once.
        const replay = earlier.find(
          (n) =>
            n.actorId === staff.id &&
            n.text === b.text.trim() &&
            n.mediaIds.length === photos.length &&
            n.mediaIds.every((id, i) => id === photos[i]),
        );
        if (replay && earlier.length === 1) return t;
        if (earlier.length)
          throw new AppError("MEDIA.ALREADY_ATTACHED", "这张照片已附在另一条办理进展中", 409, {
            notes: earlier.map((n) => n.eventId),
          });
      }
      const row = await updateTicketIfUnchanged(tx, t, {}, now);
      const event = await recordEvent(tx, r.event, who, now, photos.length ? { photos } : {});
      await attachNotePhotos(tx, { eventId: event.id, mediaIds: photos, now });
      return row;
    }
    case "request_extension": {
      const b = body as StaffActionBody<"request_extension">;
      const { r, record } = step({ type: "request_extension", workingDays: b.days, reason: b.reason });
      const row = await updateTicketIfUnchanged(tx, t, {}, now);
      await saveSla(tx, t.id, { pendingExtensionDays: r.state.pendingExtensionDays });
      return record(row);
    }
    case "approve_extension": {
      const b = body as StaffActionBody<"approve_extension">;
      const r0 = transition(state, { type: "approve_extension", workingDays: b.days }, actor);
      assertTransition(r0);
      const days = r0.state.extensionDays - state.extensionDays;
      const oldDue = t.resolveDueAt;
      const resolveBy = oldDue ? extendDeadline(oldDue, days, tz) : null;
      // "Due soon" from the start of the new last day.
      const resolveYellowAt = resolveBy
        ? startOfLocalDay(localDate(new Date(resolveBy.getTime() - 1), tz), tz)
        : null;
      const row = await updateTicketIfUnchanged(
        tx,
        t,
        { resolveDueAt: resolveBy, ...(resolveYellowAt ? { resolveYellowAt } : {}) },
        now,
      );
      await saveSla(tx, t.id, {
        extensionDays: r0.state.extensionDays,
        pendingExtensionDays: null,
        ...(resolveYellowAt ? { resolveYellowAt } : {}),
      });
      await recordEvent(tx, r0.event, who, now, {
        resolveBy: { from: oldDue?.toISOString() ?? null, to: resolveBy?.toISOString() ?? null },
      });
      return row;
    }
    case "refuse_extension": {
      const b = body as StaffActionBody<"refuse_extension">;
      const { record } = step({ type: "refuse_extension", reason: b.reason });
      const row = await updateTicketIfUnchanged(tx, t, {}, now);
      await saveSla(tx, t.id, { pendingExtensionDays: null });
      return record(row);
    }
    case "transfer_back": {
      // A return request (退单申请): the ticket stays with the unit, its clocks running, until the
      // centre re-dispatches it or refuses the request.
      const b = body as StaffActionBody<"transfer_back">;
      const { record } = step({ type: "transfer_back", reason: b.reason });
      const row = await record(
        await updateTicketIfUnchanged(tx, t, { returnRequestedAt: now, returnReason: b.reason.trim() }, now),
      );
      // An emergency its unit says is not its own cannot wait for the return queue to be read.
      if (row.urgency === "emergency") await alarmReturnedEmergency(tx, ctx, row, `staff:${staff.id}`);
      return row;
    }
    case "refuse_return": {
      const b = body as StaffActionBody<"refuse_return">;
      const { record } = step({ type: "refuse_return", reason: b.reason });
      const row = await record(
        await updateTicketIfUnchanged(tx, t, { returnRequestedAt: null, returnReason: null }, now),
      );
      await notifyHolder(tx, ctx, row, "return_refused", b.reason, now);
      return row;
    }
    case "resolve": {
      const b = body as StaffActionBody<"resolve">;
      const photos = [...new Set(b.photos ?? [])];
      const review = needsReview(ctx.config.jurisdiction.policy.review, t);
      const { r, record } = step(
        { type: "resolve", reply: b.reply, review },
        photos.length ? { photos } : {},
      );
      // resolvedAt is the unit's reply, also under review: the unit is judged on when it answered.
      const row = await record(
        await updateTicketIfUnchanged(
          tx,
          t,
          { status: r.to, resolvedAt: now, returnRequestedAt: null, returnReason: null },
          now,
        ),
      );
      await saveSla(tx, t.id, { pendingExtensionDays: null });
      // The fix photos are kept with the round at once, so the centre sees them when it reviews.
      await attachResolutionPhotos(tx, {
        ticketId: t.id,
        round: t.round,
        mediaIds: photos,
        side: uploaderSide(actor),
        now,
      });
      // Under review nobody tells the resident "已办结" or asks them anything until the centre approves.
      if (!review) await announceResolution(tx, ctx, row, b.reply.trim(), now, photos.length > 0);
      return row;
    }
    case "approve_resolution": {
      const { r } = step({ type: "approve_resolution" });
      const submitted = await latestResolution(tx, t.id, t.round);
      const row = await updateTicketIfUnchanged(tx, t, { status: r.to }, now);
      await recordEvent(tx, r.event, who, now, { submittedAt: t.resolvedAt?.toISOString() ?? null });
      await announceResolution(tx, ctx, row, submitted.reply, now, submitted.photos > 0);
      return row;
    }
    case "return_resolution": {
      // Back to the same unit; the deadlines are not touched, so the clock keeps running.
      const b = body as StaffActionBody<"return_resolution">;
      const { r } = step({ type: "return_resolution", reason: b.reason });
      const row = await updateTicketIfUnchanged(tx, t, { status: r.to, resolvedAt: null }, now);
      await recordEvent(tx, r.event, who, now, {
        submittedAt: t.resolvedAt?.toISOString() ?? null,
        resolveBy: t.resolveDueAt?.toISOString() ?? null,
      });
      await notifyHolder(tx, ctx, row, "review_return", b.reason, now);
      return row;
    }
    case "add_assist": {
      const b = body as StaffActionBody<"add_assist">;
      const unit = ctx.config.units.get(b.unitId);
      if (!unit) throw new AppError("UNIT.UNKNOWN", `没有单位 ${b.unitId}`, 422);
      const { r, record } = step({ type: "add_assist", unitId: b.unitId });
      const row = await record(
        await updateTicketIfUnchanged(tx, t, { assistUnitIds: [...r.state.assistUnitIds] }, now),
      );
      const lead = t.unitId ? (ctx.config.units.get(t.unitId)?.name ?? t.unitId) : "指挥中心";
      const params = { ref: t.ref, summary: clip(t.summary), lead };
      await queueUnitNotification(tx, {
        unitId: unit.id,
        purpose: "assist",
        text: assistText(params),
        params,
        ticketId: t.id,
        dedupeKey: `assist:${t.id}:${unit.id}:v${row.version}`,
        now,
      });
      return row;
    }
    case "remove_assist": {
      const b = body as StaffActionBody<"remove_assist">;
      const { r, record } = step({ type: "remove_assist", unitId: b.unitId });
      return record(await updateTicketIfUnchanged(tx, t, { assistUnitIds: [...r.state.assistUnitIds] }, now));
    }
    case "redispatch": {
      const b = body as StaffActionBody<"redispatch">;
      if (actor.role !== "centre") throw forbidden("TICKET.ROLE_NOT_ALLOWED", "承办单位无权重新派单");
      if (b.category !== undefined && !ctx.config.taxonomy.categories.some((c) => c.code === b.category))
        throw new AppError("CATEGORY.UNKNOWN", `分类目录中没有类别 ${b.category}`, 422);
      if (b.unitId !== undefined && !ctx.config.units.get(b.unitId))
        throw new AppError("UNIT.UNKNOWN", `没有单位 ${b.unitId}`, 422);
      const before = t;
      if (b.category !== undefined && b.category !== t.category)
        t = await updateTicketIfUnchanged(tx, t, { category: b.category }, now);
      // Written before routing: the kind is part of what routing reads. The event's reasons keep
      // what the engine had said, so the change stays on the record.
      const kindReasons: { code: string; message: string }[] = [];
      if (b.kind !== undefined && b.kind !== t.kind) {
        const from = KIND_LABEL[t.kind as Kind] ?? t.kind;
        kindReasons.push({
          code: "KIND.SET_BY_CENTRE",
          message: `指挥中心将诉求类型由${from}改为${KIND_LABEL[b.kind]}`,
        });
        t = await updateTicketIfUnchanged(tx, t, { kind: b.kind }, now);
      }
      let unitId = b.unitId;
      let tier = t.tier as Tier;
      let reasons: { code: string; message: string }[];
      if (unitId) {
        const unit = ctx.config.units.get(unitId);
        if (!unit) throw new AppError("UNIT.UNKNOWN", `没有单位 ${unitId}`, 422);
        reasons = [...kindReasons, { code: "ROUTE.MANUAL", message: `指挥中心人工派单至${unit.name}` }];
      } else {
        // The dispatcher has looked at the category: the engine's doubt no longer holds it back.
        const input = {
          ...ticketRoutingInput(t, (await reporterIds(tx, t.id)).length),
          categoryConfidence: undefined,
        };
        const plan = planRoute(input, ctx.config, now);
        if (plan.triage)
          throw new AppError("ROUTE.NEEDS_DISPATCHER", "系统无法确定承办单位，请指定单位", 422, {
            reasons: plan.reasons,
          });
        unitId = plan.unit;
        tier = plan.tier;
        reasons = [...kindReasons, ...plan.reasons];
      }
      await recordCorrection(tx, {
        before,
        toCategory: t.category,
        toKind: t.kind,
        toUnitId: unitId,
        staffId: staff.id,
        manualUnit: b.unitId !== undefined,
        now,
      });
      return applyDispatch(tx, ctx, t, {
        unitId,
        tier,
        reasons,
        reason: b.reason,
        action: t.status === "received" || t.status === "reopened" ? "dispatch" : "redispatch",
        actor,
        onBehalfOf: actingUnitId,
      });
    }
    case "escalate": {
      const b = body as StaffActionBody<"escalate">;
      const { r, record } = step({ type: "escalate", reason: b.reason, toTier: b.toTier });
      return record(
        await updateTicketIfUnchanged(tx, t, { tier: r.state.tier, supervised: r.state.supervised }, now),
      );
    }
    case "merge": {
      const b = body as StaffActionBody<"merge">;
      const target = await findTicket(tx, b.into);
      if (!target) throw notFound("TICKET.MERGE_TARGET_NOT_FOUND", `没有工单 ${b.into}`);
      return mergeTickets(tx, ctx, { source: t, targetId: target.id, actor, onBehalfOf: actingUnitId });
    }
    case "cancel": {
      const b = body as StaffActionBody<"cancel">;
      const { r, record } = step({ type: "cancel", reason: b.reason });
      return record(await updateTicketIfUnchanged(tx, t, { status: r.to, triage: false }, now));
    }
  }
}

/**
 * Records a dispatcher's change of category, kind or unit as a labelled example for retraining.
 * A unit counts as changed only when the dispatcher named it and it differs from the holder. A
 * repeated request finds the ticket already changed, so it writes nothing more.
 */
async function recordCorrection(
  tx: Queryable,
  c: {
    before: TicketRow;
    toCategory: string;
    toKind: string;
    toUnitId: string;
    staffId: string;
    manualUnit: boolean;
    now: Date;
  },
): Promise<void> {
  const categoryChanged = c.toCategory !== c.before.category;
  const kindChanged = c.toKind !== c.before.kind;
  const unitChanged = c.manualUnit && c.toUnitId !== c.before.unitId;
  if (!categoryChanged && !kindChanged && !unitChanged) return;
  await tx.insert(intakeCorrections).values({
    ticketId: c.before.id,
    fromCategory: categoryChanged ? c.before.category : null,
    toCategory: categoryChanged ? c.toCategory : null,
    fromKind: kindChanged ? c.before.kind : null,
    toKind: kindChanged ? c.toKind : null,
    fromUnitId: unitChanged ? c.before.unitId : null,
    toUnitId: unitChanged ? c.toUnitId : null,
    engine: c.before.engine,
    staffId: c.staffId,
    createdAt: c.now,
  });
}
