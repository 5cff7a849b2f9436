import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketAlerts, ticketSla, tickets } from "../db/schema/index.js";
import { ticketLights } from "./ticket-lights.js";
import { backfillLightInstants } from "./backfill-light-instants.js";
import { compactDayCounts } from "../reports/day-counts.js";
import { foldLightMarks } from "../reports/light-marks.js";
import { backfillReporterExtra } from "../reports/reporter-extra.js";
import { lightInstantsOfRow, storedInstantsMatch } from "./light-instants.js";
import type { LightResult, StageLight } from "../domain/lights.js";
import { queueUnitNotification } from "../notify/notifications.js";
import {
  STAGE_LABEL,
  clip,
  escalationText,
  formatDeadline,
  redAlarmText,
  reminderText,
} from "../notify/unit-texts.js";
import { URGENCY_LABEL } from "../domain/labels.js";
import { RUNNING_STATUSES } from "../domain/ticket-status.js";
import { raiseDutyAlarm } from "../duty/raise-duty-alarm.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import type { AppContext } from "../runtime/context.js";
import { applyTicketAction } from "../tickets/ticket-store.js";
import { scheduleLightCheck, slaJobId } from "./schedule.js";

const CENTRE = "centre";
const SLA_WORKER: Actor = { role: "system", id: "sla-worker" };

export interface Alert {
  stage: StageLight["stage"];
  light: "yellow" | "red";
  dueAt: Date;
}

export interface Evaluation {
  ticketId: string;
  light: LightResult["light"];
  overdue: LightResult["overdue"];
  nextCheckAt: Date | null;
  /** Light changes acted on by this evaluation (empty when they were already recorded). */
  fired: Alert[];
}

/**
 * Recomputes one ticket's lights from PostgreSQL (ticket + ticket_sla) and `ctx.now()`, and acts on
 * each new light once: yellow → remind the unit; red → notify the unit's parent and the centre and
 * mark the ticket for supervision (督办). `ticket_alerts`' unique key makes every light fire once
 * however many jobs or sweeps evaluate it. Queues the next check at `nextCheckAt`.
 */
export async function evaluateTicket(ctx: AppContext, ticketId: string): Promise<Evaluation | null> {
  const out = await ctx.database.db.transaction(async (tx) => {
    // Serialises with other evaluations of the same ticket; staff actions use compare-and-set.
    const [t] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for("update").limit(1);
    if (!t) return null;
    return evaluateLocked(tx, ctx, t);
  });
  if (out?.fired.length) ctx.relay.kick();
  return out;
}

async function evaluateLocked(tx: Queryable, ctx: AppContext, t: TicketRow): Promise<Evaluation | null> {
  const now = ctx.now();
  const [sla] = await tx.select().from(ticketSla).where(eq(ticketSla.ticketId, t.id)).limit(1);
  const res = ticketLights(t, sla?.resolveYellowAt ?? null, now);
  if (!res) return null;
  // The instants the dashboard counts must say what this evaluation says: repair them should a
  // write ever have moved a deadline without them.
  const resolveYellowAt = t.resolveYellowAt ?? sla?.resolveYellowAt ?? null;
  const stored = { ...t, resolveYellowAt };
  if (!storedInstantsMatch(stored))
    await tx
      .update(tickets)
      .set({ resolveYellowAt, ...lightInstantsOfRow(stored) })
      .where(eq(tickets.id, t.id));

  const fired: Alert[] = [];
  const running = (RUNNING_STATUSES as readonly string[]).includes(t.status);
  let supervise = false;
  if (running && t.unitId) {
    for (const s of res.stages) {
      if (s.done || s.light === "green") continue;
      const [row] = await tx
        .insert(ticketAlerts)
        .values({
          ticketId: t.id,
          stage: s.stage,
          light: s.light,
          dueAt: s.dueAt,
          round: t.round,
          unitId: t.unitId,
          at: now,
        })
        .onConflictDoNothing()
        .returning({ id: ticketAlerts.id });
      if (!row) continue;
      const alert: Alert = { stage: s.stage, light: s.light, dueAt: s.dueAt };
      fired.push(alert);
      await fire(tx, ctx, t, alert);
      if (s.light === "red") supervise = true;
    }
  }
  // Supervision is a state change like any other: through the lifecycle, with its event.
  if (supervise && !t.supervised)
    await applyTicketAction(tx, t, { type: "escalate", reason: "红灯超期，列入督办" }, SLA_WORKER, {
      now,
      reopenRaisesTier: ctx.config.jurisdiction.policy.reopenRaisesTier,
    });

  const next = res.nextCheckAt;
  const changedSchedule = (sla?.nextCheckAt?.getTime() ?? null) !== (next?.getTime() ?? null);
  await tx
    .insert(ticketSla)
    .values({ ticketId: t.id, light: res.light, overdue: res.overdue, nextCheckAt: next, checkedAt: now })
    .onConflictDoUpdate({
      target: ticketSla.ticketId,
      set: { light: res.light, overdue: res.overdue, nextCheckAt: next, checkedAt: now },
    });
  if (next && changedSchedule) await scheduleLightCheck(tx, t.id, next);
  return { ticketId: t.id, light: res.light, overdue: res.overdue, nextCheckAt: next, fired };
}

async function fire(tx: Queryable, ctx: AppContext, t: TicketRow, a: Alert): Promise<void> {
  const now = ctx.now();
  const tz = ctx.config.jurisdiction.timezone;
  const unitId = t.unitId!;
  const unit = ctx.config.units.get(unitId);
  const stage = STAGE_LABEL[a.stage] ?? a.stage;
  const params = { ref: t.ref, summary: clip(t.summary), stage, deadline: formatDeadline(a.dueAt, tz) };
  const key = `light:${t.id}:${a.stage}:${a.dueAt.getTime()}:${a.light}`;
  const recipients: string[] = [];
  if (a.light === "yellow") {
    recipients.push(unitId);
    await queueUnitNotification(tx, {
      unitId,
      purpose: "reminder",
      text: reminderText(params),
      params,
      ticketId: t.id,
      dedupeKey: `${key}:${unitId}`,
      now,
    });
  } else {
    // The unit's superior (its street, or the centre for departments) and the centre.
    const parent = unit?.parent && ctx.config.units.has(unit.parent) ? unit.parent : null;
    for (const to of new Set([parent, CENTRE].filter((u): u is string => u !== null))) {
      recipients.push(to);
      const p = { ...params, unit: unit?.name ?? unitId };
      await queueUnitNotification(tx, {
        unitId: to,
        purpose: "escalation",
        text: escalationText(p),
        params: p,
        ticketId: t.id,
        dedupeKey: `${key}:${to}`,
        now,
      });
    }
  }
  await appendEvent(
    tx,
    t.id,
    { type: "system", id: "sla-worker" },
    {
      action: "light",
      fromStatus: t.status,
      toStatus: t.status,
      reason: `${stage}${a.light === "red" ? "超时（红灯）" : "预警（黄灯）"}`,
      data: {
        stage: a.stage,
        light: a.light,
        dueAt: a.dueAt.toISOString(),
        unitId,
        notified: recipients,
        round: t.round,
        ...(a.light === "red" ? { supervised: true } : {}),
      },
      at: now,
    },
  );
  // A red light on an emergency or urgent matter is the duty officer's business too, once per round.
  if (a.light === "red" && (t.urgency === "emergency" || t.urgency === "urgent")) {
    const p = {
      ...params,
      urgency: URGENCY_LABEL[t.urgency],
      unit: clip(unit?.name ?? unitId, 12),
    };
    await raiseDutyAlarm(tx, ctx, {
      ticket: t,
      reason: "red_light",
      purpose: "red_alarm",
      text: redAlarmText(p),
      params: { ref: p.ref, summary: p.summary, urgency: p.urgency, stage: p.stage, unit: p.unit },
      data: { stage: a.stage, dueAt: a.dueAt.toISOString(), unitId },
      actorId: "sla-worker",
    });
  }
}

/**
 * The sweep: rebuilds every running ticket's light from PostgreSQL alone (so a Redis flush or a lost
 * delayed job costs at most one sweep interval) and re-arms each ticket's delayed check in BullMQ.
 */
export async function sweepLights(ctx: AppContext, batch = 200): Promise<{ checked: number; fired: number }> {
  // Open tickets written before the light instants were stored get them here, batch by batch.
  await backfillLightInstants(ctx.database.db);
  // The reports' rollup: the deltas appended since the last sweep are folded into the day counts.
  await compactDayCounts(ctx.database.db);
  // The open lights' marks now far enough in the past are folded into their totals.
  await foldLightMarks(ctx.database.db, ctx.now());
  // Reporter rows written before the people bound existed get their mark, twenty batches a sweep.
  await backfillReporterExtra(ctx.database.db, { maxBatches: 20 });
  let checked = 0;
  let fired = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await ctx.database.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(
        and(
          inArray(tickets.status, [...RUNNING_STATUSES]),
          isNotNull(tickets.dispatchedAt),
          sql`${tickets.id} > ${after}::uuid`,
        ),
      )
      .orderBy(tickets.id)
      .limit(batch);
    if (rows.length === 0) break;
    for (const { id } of rows) {
      const ev = await evaluateTicket(ctx, id);
      checked++;
      if (!ev) continue;
      fired += ev.fired.length;
      if (ev.nextCheckAt) {
        // Direct add, not the outbox: the outbox row may be long relayed and its job flushed away.
        await ctx.queues.sla.add(
          "sla",
          { ticketId: id },
          {
            jobId: slaJobId(id, ev.nextCheckAt),
            delay: Math.max(0, ev.nextCheckAt.getTime() - ctx.now().getTime()),
          },
        );
      }
    }
    after = rows[rows.length - 1]!.id;
  }
  return { checked, fired };
}
