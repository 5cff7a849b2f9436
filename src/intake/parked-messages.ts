import { sql } from "drizzle-orm";
import { audit } from "../auth/audit.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import type { Db } from "../db/client.js";
import { AppError } from "../domain/app-error.js";

/*
 * Parked intake messages: inbound messages whose turn kept failing until intake gave up on them
 * (intake-claims.ts, recordFailure and park). Their `error` is the only mark they carry, written
 * by those two statements in one fixed form; other failed inbound messages (a message with no
 * resident) are not parked and would fail again, so they are never handed back.
 *
 * Nothing here reads a message's text or its resident: the operator sees ids, channels, times and
 * the error's kind (an error name and code, never its text), which is all a revive needs.
 */

const PARKED = sql`m.direction = 'in' AND m.status = 'failed' AND m.error LIKE 'intake gave up after %'`;

export interface ParkedMessage {
  id: number;
  channel: string;
  /** text, voice, image, transcript …: what kind of input failed, never its content. */
  kind: string;
  receivedAt: Date;
  parkedAt: Date | null;
  attempts: number;
  /** The failure's kind as recorded (e.g. `Error`, `DatabaseError 23505`). */
  errorKind: string;
}

/** The parked messages, oldest first, and how many there are in all. */
export async function listParked(db: Db, limit: number): Promise<{ total: number; items: ParkedMessage[] }> {
  const { rows } = await db.execute<{
    id: number;
    channel: string;
    kind: string;
    received_at: Date | string;
    parked_at: Date | string | null;
    attempts: number;
    error_kind: string;
    total: number;
  }>(sql`SELECT m.id::float8 AS id, m.channel, m.kind, m.created_at AS received_at,
      m.processed_at AS parked_at,
      coalesce(substring(m.error FROM '^intake gave up after (\\d+) attempts')::int, 0) AS attempts,
      coalesce(substring(m.error FROM '^intake gave up after \\d+ attempts: (.*)$'), '') AS error_kind,
      count(*) OVER ()::int AS total
    FROM messages m WHERE ${PARKED}
    ORDER BY m.id LIMIT ${limit}`);
  return {
    // Counted before the LIMIT; no row means there is none at all.
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      kind: r.kind,
      receivedAt: new Date(r.received_at),
      parkedAt: r.parked_at === null ? null : new Date(r.parked_at),
      attempts: r.attempts,
      errorKind: r.error_kind,
    })),
  };
}

/** Which messages to hand back: these ids, or every parked message. */
export type ReviveTarget = { ids: readonly number[] } | { all: true };

/** Who hands them back, for the audit log. */
export interface ReviveActor {
  /** The signed-in staff member (console, API); null from the command line. */
  staff: StaffPrincipal | null;
  via: "cli" | "api";
  /** The operating-system account that ran the command (CLI only). */
  operator?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export interface ReviveOutcome {
  /** Handed back to intake: `received` again, their attempts forgotten. */
  revived: number[];
  /** Asked for but not parked (already handed back, processed, or failed for another reason): untouched. */
  notParked: { id: number; status: string }[];
}

/**
 * Hands parked messages back to intake in one transaction: each becomes `received` (its error and
 * parking time cleared) and its intake_attempts row is deleted, so it gets a fresh count of
 * INTAKE_MAX_ATTEMPTS; the change and its audit line commit together. Messages that are not
 * parked are left as they are and reported, so running it twice does nothing the second time.
 * An id that is no inbound message refuses the whole request (a typo must not half-apply).
 *
 * The caller wakes the intake workers after this returns (the rows are committed by then).
 */
export async function reviveParked(
  db: Db,
  target: ReviveTarget,
  actor: ReviveActor,
  now: Date,
): Promise<ReviveOutcome> {
  return db.transaction(async (tx) => {
    let candidates: number[];
    const notParked: { id: number; status: string }[] = [];
    if ("all" in target) {
      const { rows } = await tx.execute<{ id: number }>(
        sql`SELECT m.id::float8 AS id FROM messages m WHERE ${PARKED} ORDER BY m.id FOR UPDATE`,
      );
      candidates = rows.map((r) => r.id);
    } else {
      const wanted = [...new Set(target.ids)].sort((a, b) => a - b);
      // Locked in id order: a worker parking one of them, or a second revive, waits for this one.
      const { rows } = await tx.execute<{ id: number; status: string; parked: boolean }>(
        sql`SELECT m.id::float8 AS id, m.status, (${PARKED}) AS parked FROM messages m
          WHERE m.id = ANY(${`{${wanted.join(",")}}`}::bigint[]) AND m.direction = 'in'
          ORDER BY m.id FOR UPDATE`,
      );
      const found = new Map(rows.map((r) => [r.id, r]));
      const unknown = wanted.filter((id) => !found.has(id));
      if (unknown.length > 0)
        throw new AppError(
          "INTAKE.MESSAGE_NOT_FOUND",
          `没有这些接收消息，未做任何更改 (no inbound message with id ${unknown.join(", ")}; nothing was changed)`,
          404,
          { unknown },
        );
      candidates = rows.filter((r) => r.parked).map((r) => r.id);
      for (const r of rows) if (!r.parked) notParked.push({ id: r.id, status: r.status });
    }
    if (candidates.length === 0) return { revived: [], notParked };
    const ids = `{${candidates.join(",")}}`;
    const { rows: revived } = await tx.execute<{ id: number }>(
      sql`UPDATE messages m SET status = 'received', error = NULL, processed_at = NULL
        WHERE m.id = ANY(${ids}::bigint[]) AND ${PARKED}
        RETURNING m.id::float8 AS id`,
    );
    await tx.execute(sql`DELETE FROM intake_attempts WHERE message_id = ANY(${ids}::bigint[])`);
    const revivedIds = revived.map((r) => r.id).sort((a, b) => a - b);
    await audit(tx, {
      staff: actor.staff,
      action: "intake.revive",
      at: now,
      targetType: "message",
      // One id is the usual case and is then searchable like any other target; a batch lists them.
      targetId: revivedIds.length === 1 ? String(revivedIds[0]) : null,
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
      data: {
        via: actor.via,
        ...(actor.operator ? { operator: actor.operator } : {}),
        all: "all" in target,
        messageIds: revivedIds,
      },
    });
    return { revived: revivedIds, notParked };
  });
}
