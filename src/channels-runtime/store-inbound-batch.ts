import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { InboundMessage } from "../../channels/channel.js";
import { QUEUES, jobId } from "../queue/queues.js";
import type { StoredInbound } from "./store-inbound.js";
import { inboundPayload, needsMediaFetch } from "./store-inbound.js";

/** One verified message to store, with the phone number its channel proves (SMS sender) if any. */
export interface InboundEntry {
  message: InboundMessage;
  phone: string | null;
}

/**
 * What a batch does to an identity's opt-out mark, folded over its messages in order:
 * keep it, set it if unset (退订 / unsubscribe), clear it (subscribe), or set it to now
 * (unsubscribe after a subscribe in the same batch).
 */
type OptOutEffect = "keep" | "coalesce" | "clear" | "now";

/*
 * Named statements are prepared once per connection and then only bound and executed: these run
 * for every batch, and parsing and planning them each time was a visible share of the webhook's
 * database time.
 */
const LOCK_AND_TOUCH_IDENTITIES = {
  name: "inbound-touch-identities",
  // Rows are locked in key order first, so two batches touching the same identities (another API
  // process) wait for each other instead of deadlocking.
  text: `WITH u AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS u(channel, address, effect)),
    locked AS (
      SELECT ri.id FROM resident_identities ri JOIN u ON ri.channel = u.channel AND ri.address = u.address
      ORDER BY ri.channel, ri.address FOR UPDATE OF ri)
    UPDATE resident_identities ri SET last_inbound_at = $4::timestamptz,
      opted_out_at = CASE u.effect WHEN 'keep' THEN ri.opted_out_at
        WHEN 'coalesce' THEN coalesce(ri.opted_out_at, $4::timestamptz)
        WHEN 'clear' THEN NULL ELSE $4::timestamptz END
    FROM locked, u
    WHERE ri.id = locked.id AND ri.channel = u.channel AND ri.address = u.address
    RETURNING ri.channel, ri.address, ri.resident_id, ri.id`,
};

const CREATE_IDENTITIES = {
  name: "inbound-create-identities",
  // The residents are inserted in the same statement (their ids chosen here) so one round trip
  // creates both; an identity created meanwhile by another transaction wins (ON CONFLICT) and the
  // caller deletes the resident row made for nothing.
  text: `WITH u AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[])
        AS u(resident_id, channel, address, phone, opted_out)),
    r AS (INSERT INTO residents (id, phone) SELECT resident_id, phone FROM u RETURNING id)
    INSERT INTO resident_identities (resident_id, channel, address, last_inbound_at, opted_out_at)
    SELECT u.resident_id, u.channel, u.address, $6::timestamptz,
      CASE WHEN u.opted_out THEN $6::timestamptz END
    FROM u JOIN r ON r.id = u.resident_id
    ON CONFLICT (channel, address) DO NOTHING
    RETURNING channel, address, resident_id, id`,
};

const UPDATE_PHONES = {
  name: "inbound-update-phones",
  // Only rows whose number differs are written: an SMS resident's phone is usually already known.
  text: `UPDATE residents r SET phone = u.phone, updated_at = $3::timestamptz
    FROM unnest($1::uuid[], $2::text[]) AS u(id, phone)
    WHERE r.id = u.id AND r.phone IS DISTINCT FROM u.phone`,
};

const INSERT_MESSAGES = {
  name: "inbound-insert-messages",
  text: `INSERT INTO messages (channel, provider, channel_message_id, direction, resident_id, kind, text,
      payload, status, created_at)
    SELECT m.channel, m.provider, m.cmid, 'in', m.resident_id, m.kind, m.text, m.payload::jsonb, 'received',
      $8::timestamptz
    FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[])
      WITH ORDINALITY AS m(channel, provider, cmid, resident_id, kind, text, payload, ord)
    ORDER BY m.ord
    ON CONFLICT (channel, channel_message_id) DO NOTHING
    RETURNING id, channel, channel_message_id`,
};

const FIND_MESSAGES = {
  name: "inbound-find-messages",
  text: `SELECT m.id, m.channel, m.channel_message_id FROM messages m
    JOIN unnest($1::text[], $2::text[]) AS u(channel, cmid)
      ON m.channel = u.channel AND m.channel_message_id = u.cmid`,
};

const ENQUEUE_JOBS = {
  name: "inbound-enqueue-jobs",
  // No pg_notify here: a notifying transaction holds a database-wide lock through its commit, which
  // serialises the commits of every notifying writer. The caller wakes the relay after the commit.
  text: `INSERT INTO outbox (queue, job_name, job_id, payload)
    SELECT j.queue, j.queue, j.job_id, j.payload::jsonb
      FROM unnest($1::text[], $2::text[], $3::text[]) AS j(queue, job_id, payload)
    ON CONFLICT (queue, job_id) DO NOTHING`,
};

const key = (channel: string, address: string) => `${channel}\u0000${address}`;

/**
 * Stores a batch of verified inbound messages inside the caller's open transaction on `client`, in
 * a fixed handful of set-based statements whatever the batch size: the residents behind the
 * addresses are found or created and their time of contact recorded (WeChat's 48-hour window),
 * each message is inserted once per (channel, channelMessageId) as `received` (intake's to-do), and
 * a new photo or voice gets its download job in the outbox. Same outcome, message by message, as
 * `storeInboundMessage`.
 * The result is in the order of `entries`; a message already stored (a redelivery, or the same
 * message twice in the batch after its first copy) comes back with `inserted: false`.
 */
export async function storeInboundBatch(
  client: pg.PoolClient,
  entries: readonly InboundEntry[],
  now: Date,
): Promise<StoredInbound[]> {
  if (entries.length === 0) return [];
  const residents = await resolveResidents(client, entries, now);

  const residentOf = (e: InboundEntry) => residents.get(key(e.message.channel, e.message.from))!;
  const inserted = await client.query<{ id: string; channel: string; channel_message_id: string }>({
    ...INSERT_MESSAGES,
    values: [
      entries.map((e) => e.message.channel),
      entries.map((e) => e.message.provider),
      entries.map((e) => e.message.channelMessageId),
      entries.map((e) => residentOf(e)),
      entries.map((e) => e.message.kind),
      entries.map((e) => e.message.text),
      entries.map((e) => JSON.stringify(inboundPayload(e.message))),
      now,
    ],
  });
  const newIds = new Map<string, number>();
  for (const row of inserted.rows) newIds.set(key(row.channel, row.channel_message_id), Number(row.id));

  const missing = entries.filter((e) => !newIds.has(key(e.message.channel, e.message.channelMessageId)));
  const oldIds = new Map<string, number>();
  if (missing.length > 0) {
    const found = await client.query<{ id: string; channel: string; channel_message_id: string }>({
      ...FIND_MESSAGES,
      values: [missing.map((e) => e.message.channel), missing.map((e) => e.message.channelMessageId)],
    });
    for (const row of found.rows) oldIds.set(key(row.channel, row.channel_message_id), Number(row.id));
  }

  // A new message is intake's to-do by being `received` (the worker claims it from this table); a
  // photo or voice also gets its download job (the provider keeps the bytes only for days), in the
  // same transaction as the message, as storeInboundMessage does.
  const jobs: { queue: "media"; id: string; payload: string }[] = [];
  const queued = new Set<number>();
  for (const e of entries) {
    const id = newIds.get(key(e.message.channel, e.message.channelMessageId));
    if (id === undefined || queued.has(id)) continue;
    queued.add(id);
    if (needsMediaFetch(e.message))
      jobs.push({
        queue: "media",
        id: jobId("media", id),
        payload: JSON.stringify(QUEUES.media.parse({ messageId: id })),
      });
  }
  if (jobs.length > 0) {
    await client.query({
      ...ENQUEUE_JOBS,
      values: [jobs.map((j) => j.queue), jobs.map((j) => j.id), jobs.map((j) => j.payload)],
    });
  }

  const claimed = new Set<string>();
  return entries.map((e) => {
    const k = key(e.message.channel, e.message.channelMessageId);
    const residentId = residentOf(e);
    const fresh = newIds.get(k);
    // The first copy in the batch is the one that was inserted; later copies are redeliveries.
    if (fresh !== undefined && !claimed.has(k)) {
      claimed.add(k);
      return { id: fresh, inserted: true, residentId };
    }
    const id = fresh ?? oldIds.get(k);
    if (id === undefined) throw new Error("inbound message vanished after a unique conflict");
    return { id, inserted: false, residentId };
  });
}

/** One identity for a batch's messages: its address, the opt-out effect of its messages in order, and a proven phone. */
export interface BatchIdentity {
  channel: string;
  address: string;
  effect: OptOutEffect;
  phone: string | null;
}

/** The distinct identities of a batch, each with its messages' opt-out effects folded in order. */
export function foldIdentities(entries: readonly InboundEntry[]): BatchIdentity[] {
  const identities = new Map<string, BatchIdentity>();
  for (const { message, phone } of entries) {
    const k = key(message.channel, message.from);
    const current = identities.get(k) ?? {
      channel: message.channel,
      address: message.from,
      effect: "keep" as OptOutEffect,
      phone: null,
    };
    current.effect = foldOptOut(current.effect, message);
    if (phone) current.phone = phone;
    identities.set(k, current);
  }
  return [...identities.values()];
}

/** Resident id per (channel, address) of the batch, touching or creating their identities. */
async function resolveResidents(
  client: pg.PoolClient,
  entries: readonly InboundEntry[],
  now: Date,
): Promise<Map<string, string>> {
  const list = foldIdentities(entries);
  const residents = new Map<string, string>();

  const touch = async (subset: typeof list) => {
    const touched = await client.query<{ channel: string; address: string; resident_id: string }>({
      ...LOCK_AND_TOUCH_IDENTITIES,
      values: [subset.map((i) => i.channel), subset.map((i) => i.address), subset.map((i) => i.effect), now],
    });
    for (const row of touched.rows) residents.set(key(row.channel, row.address), row.resident_id);
  };
  await touch(list);

  const fresh = list.filter((i) => !residents.has(key(i.channel, i.address)));
  const createdHere = new Set<string>();
  if (fresh.length > 0) {
    const chosen = fresh.map(() => randomUUID());
    const created = await client.query<{ channel: string; address: string; resident_id: string }>({
      ...CREATE_IDENTITIES,
      values: [
        chosen,
        fresh.map((i) => i.channel),
        fresh.map((i) => i.address),
        fresh.map((i) => i.phone),
        fresh.map((i) => i.effect === "coalesce" || i.effect === "now"),
        now,
      ],
    });
    for (const row of created.rows) {
      residents.set(key(row.channel, row.address), row.resident_id);
      createdHere.add(key(row.channel, row.address));
    }
    const lost = fresh.filter((i) => !residents.has(key(i.channel, i.address)));
    if (lost.length > 0) {
      // Another transaction created these identities first: drop our spare residents, use theirs.
      const spare = chosen.filter((_, n) => !residents.has(key(fresh[n]!.channel, fresh[n]!.address)));
      await client.query("DELETE FROM residents WHERE id = ANY($1::uuid[])", [spare]);
      await touch(lost);
      for (const i of lost)
        if (!residents.has(key(i.channel, i.address)))
          throw new Error("resident identity vanished after a unique conflict");
    }
  }

  // A number the channel proves (SMS sender) is the resident's phone, as the single-message store does.
  const phones = list.filter((i) => i.phone && !createdHere.has(key(i.channel, i.address)));
  if (phones.length > 0)
    await client.query({
      ...UPDATE_PHONES,
      values: [phones.map((i) => residents.get(key(i.channel, i.address))), phones.map((i) => i.phone), now],
    });
  return residents;
}

function foldOptOut(previous: OptOutEffect, message: InboundMessage): OptOutEffect {
  if (message.optOut || message.event?.type === "unsubscribe")
    return previous === "clear" || previous === "now" ? "now" : "coalesce";
  if (message.event?.type === "subscribe") return "clear";
  return previous;
}
