import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { StoredInbound } from "./store-inbound.js";
import { inboundPayload, needsMediaFetch } from "./store-inbound.js";
import { foldIdentities, type InboundEntry } from "./store-inbound-batch.js";

/*
 * The whole store as one statement, run outside an explicit transaction (so one round trip that
 * commits): identities are locked in key order and touched, missing ones created with their
 * residents, messages inserted once per (channel, channelMessageId) as `received` — the intake
 * worker's to-do, claimed from this table, so no intake job is written — and a media job recorded
 * in the outbox for a new photo or voice. Every part commits together or not at all. A prepared
 * statement: bound and executed, never parsed again.
 *
 * The identity is inserted before its resident within the statement: foreign keys are checked when
 * the statement ends, and this way a resident row exists only if its identity won (no spare rows).
 *
 * Every look-up of an existing row is a lateral probe (`LIMIT 1`) or `id = ANY(ARRAY(…))`: shapes
 * the planner can only run through the unique indexes. PostgreSQL keeps a generic plan per
 * connection after five runs; as plain joins, a plan fixed while the tables were small (a fresh
 * deployment) read `resident_identities` and `messages` whole on every batch, a cost that grew with
 * each message stored (tests/channels/ingest/store-inbound-plan.test.ts).
 */
const STORE_INBOUND = {
  name: "inbound-store-one-statement",
  text: `WITH u AS (
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[])
        AS u(channel, address, effect, phone, new_resident)),
    locked AS (
      SELECT l.id FROM (SELECT channel, address FROM u ORDER BY channel, address) k
      CROSS JOIN LATERAL (
        SELECT ri.id FROM resident_identities ri WHERE ri.channel = k.channel AND ri.address = k.address
        LIMIT 1 FOR UPDATE) l),
    touched AS (
      UPDATE resident_identities ri SET last_inbound_at = $14::timestamptz,
        opted_out_at = CASE u.effect WHEN 'keep' THEN ri.opted_out_at
          WHEN 'coalesce' THEN coalesce(ri.opted_out_at, $14::timestamptz)
          WHEN 'clear' THEN NULL ELSE $14::timestamptz END
      FROM u
      WHERE ri.id = ANY(ARRAY(SELECT id FROM locked)) AND ri.channel = u.channel AND ri.address = u.address
      RETURNING ri.channel, ri.address, ri.resident_id),
    created AS (
      INSERT INTO resident_identities (resident_id, channel, address, last_inbound_at, opted_out_at)
      SELECT u.new_resident, u.channel, u.address, $14::timestamptz,
        CASE WHEN u.effect IN ('coalesce', 'now') THEN $14::timestamptz END
      FROM u LEFT JOIN LATERAL (
        SELECT true AS found FROM resident_identities ri
        WHERE ri.channel = u.channel AND ri.address = u.address LIMIT 1) e ON true
      WHERE e.found IS NULL
      ON CONFLICT (channel, address) DO NOTHING
      RETURNING channel, address, resident_id),
    new_residents AS (
      INSERT INTO residents (id, phone)
      SELECT c.resident_id, u.phone FROM created c JOIN u ON u.channel = c.channel AND u.address = c.address
      RETURNING id),
    ids AS (
      SELECT channel, address, resident_id FROM touched
      UNION ALL SELECT channel, address, resident_id FROM created),
    phones AS (
      UPDATE residents r SET phone = u.phone, updated_at = $14::timestamptz
      FROM touched t JOIN u ON u.channel = t.channel AND u.address = t.address
      WHERE r.id = t.resident_id AND u.phone IS NOT NULL AND r.phone IS DISTINCT FROM u.phone
      RETURNING r.id),
    m AS (
      SELECT * FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
          $12::text[], $13::boolean[])
        WITH ORDINALITY AS m(channel, provider, cmid, address, kind, text, payload, media, ord)),
    ins AS (
      INSERT INTO messages (channel, provider, channel_message_id, direction, resident_id, kind, text,
          payload, status, created_at)
      SELECT m.channel, m.provider, m.cmid, 'in', ids.resident_id, m.kind, m.text, m.payload::jsonb,
        'received', $14::timestamptz
      FROM m JOIN ids ON ids.channel = m.channel AND ids.address = m.address
      ORDER BY m.ord
      ON CONFLICT (channel, channel_message_id) DO NOTHING
      RETURNING id, channel, channel_message_id),
    jobs AS (
      INSERT INTO outbox (queue, job_name, job_id, payload)
      SELECT 'media', 'media', 'media_' || ins.id, jsonb_build_object('messageId', ins.id)
      FROM ins WHERE EXISTS (
        SELECT 1 FROM m WHERE m.channel = ins.channel AND m.cmid = ins.channel_message_id AND m.media)
      ORDER BY ins.id
      ON CONFLICT (queue, job_id) DO NOTHING
      RETURNING id),
    old AS (
      SELECT o.id, d.channel, d.cmid AS channel_message_id FROM (SELECT DISTINCT channel, cmid FROM m) d
      CROSS JOIN LATERAL (
        SELECT me.id FROM messages me WHERE me.channel = d.channel AND me.channel_message_id = d.cmid
        LIMIT 1) o)
    SELECT m.ord, ids.resident_id, ins.id AS new_id, old.id AS old_id
    FROM m
      LEFT JOIN ids ON ids.channel = m.channel AND ids.address = m.address
      LEFT JOIN ins ON ins.channel = m.channel AND ins.channel_message_id = m.cmid
      LEFT JOIN old ON old.channel = m.channel AND old.channel_message_id = m.cmid
    ORDER BY m.ord`,
};

interface Row {
  ord: string;
  resident_id: string | null;
  new_id: string | null;
  old_id: string | null;
}

/**
 * Stores a batch of verified inbound messages in one statement on `client`, which must not be in
 * a transaction: the statement commits by itself (synchronous commit), so when this resolves the
 * stored messages (intake's to-do) and their media jobs are durable. Same outcome, message by message, as
 * `storeInboundBatch`. An entry comes back null when a concurrent transaction of another batch or
 * process got in the way (it created the same identity or stored the same message in the same
 * instant, so this statement cannot see the row): nothing of that entry was written here, and the
 * caller stores it again with `storeInboundBatch`, which waits for and reads the other's row.
 */
export async function storeInboundStatement(
  client: pg.PoolClient,
  entries: readonly InboundEntry[],
  now: Date,
): Promise<(StoredInbound | null)[]> {
  if (entries.length === 0) return [];
  const identities = foldIdentities(entries);
  const { rows } = await client.query<Row>({
    ...STORE_INBOUND,
    values: [
      identities.map((i) => i.channel),
      identities.map((i) => i.address),
      identities.map((i) => i.effect),
      identities.map((i) => i.phone),
      identities.map(() => randomUUID()),
      entries.map((e) => e.message.channel),
      entries.map((e) => e.message.provider),
      entries.map((e) => e.message.channelMessageId),
      entries.map((e) => e.message.from),
      entries.map((e) => e.message.kind),
      entries.map((e) => e.message.text),
      entries.map((e) => JSON.stringify(inboundPayload(e.message))),
      entries.map((e) => needsMediaFetch(e.message)),
      now,
    ],
  });
  const claimed = new Set<string>();
  return rows.map((row, n) => {
    const e = entries[n]!;
    if (!row.resident_id) return null;
    const k = `${e.message.channel}\u0000${e.message.channelMessageId}`;
    // The first copy in the batch is the one that was inserted; later copies are redeliveries.
    if (row.new_id !== null && !claimed.has(k)) {
      claimed.add(k);
      return { id: Number(row.new_id), inserted: true, residentId: row.resident_id };
    }
    const id = row.new_id ?? row.old_id;
    if (id === null) return null;
    return { id: Number(id), inserted: false, residentId: row.resident_id };
  });
}
