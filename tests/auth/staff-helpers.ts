import { eq } from "drizzle-orm";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { createTicket } from "../../src/db/repositories/tickets.repository.js";
import * as schema from "../../src/db/schema/index.js";
import { computeDeadlines } from "../../src/domain/deadlines.js";
import type { TestEnv } from "../support/test-context.js";

// The session helpers moved to tests/support; re-exported so existing imports keep working.
export { as, createStaff, login, sessionCookie, TEST_PASSWORD } from "../support/staff-session.js";

export interface SeedTicket {
  summary?: string;
  description?: string;
  locationText?: string;
  category?: string;
  community?: string | null;
  /** The unit holding the ticket; with `dispatchedAt` the ticket is dispatched to it. */
  unitId?: string | null;
  dispatchedAt?: Date;
  phone?: string | null;
  name?: string | null;
  conversationText?: string;
  channel?: string;
  createdAt?: Date;
}

/**
 * A ticket as the pipeline would leave it: created through createTicket, then (for tests of the
 * console, which does not own dispatch) placed with a unit and given the policy's deadlines.
 */
export async function seedTicket(t: TestEnv, s: SeedTicket = {}) {
  const ctx = t.ctx;
  const now = s.createdAt ?? ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const resident =
      s.phone === null
        ? null
        : await findOrCreateResident(tx, "sms", s.phone ?? "13912345678", {
            name: s.name ?? "王建国",
            phone: s.phone ?? "13912345678",
          });
    let conversationId: string | null = null;
    let messageIds: number[] = [];
    if (resident && s.conversationText) {
      const [conv] = await tx
        .insert(schema.conversations)
        .values({
          residentId: resident.residentId,
          channel: s.channel ?? "sms",
          createdAt: now,
          updatedAt: now,
          lastMessageAt: now,
        })
        .returning();
      conversationId = conv!.id;
      const [inbound] = await tx
        .insert(schema.messages)
        .values({
          channel: s.channel ?? "sms",
          direction: "in",
          conversationId,
          residentId: resident.residentId,
          text: s.conversationText,
          createdAt: now,
        })
        .returning({ id: schema.messages.id });
      messageIds = [inbound!.id];
      await tx.insert(schema.messages).values([
        {
          channel: s.channel ?? "sms",
          direction: "out",
          conversationId,
          residentId: resident.residentId,
          text: "您的诉求已受理，我们会尽快处理。",
          status: "sent",
          replyToMessageId: inbound!.id,
          createdAt: new Date(now.getTime() + 1000),
        },
      ]);
    }
    const ticket = await createTicket(tx, {
      complaint: {
        kind: "complaint",
        category: s.category ?? "heating",
        summary: s.summary ?? "西盛家园暖气不热",
        description: s.description ?? "西盛家园3号楼暖气不热好几天了，室温只有十四度。",
        location: {
          text: s.locationText ?? "西盛家园3号楼",
          community: s.community === undefined ? "community.xisheng" : s.community,
          lat: null,
          lng: null,
        },
        urgency: "normal",
        contact: { name: s.name ?? "王建国", phone: s.phone ?? "13912345678" },
        missing: [],
        confidence: {},
        engine: "staff",
      },
      channel: s.channel ?? "sms",
      residentId: resident?.residentId ?? null,
      conversationId,
      messageIds,
      actor: { type: "system" },
      timeZone: ctx.config.jurisdiction.timezone,
      now,
    });
    if (!s.unitId) return ticket;
    const at = s.dispatchedAt ?? now;
    const d = computeDeadlines(
      { dispatchedAt: at, tier: "general", urgency: "normal" },
      ctx.config.jurisdiction.policy,
      ctx.config.jurisdiction.timezone,
    );
    const [row] = await tx
      .update(schema.tickets)
      .set({
        unitId: s.unitId,
        status: "dispatched",
        dispatchedAt: at,
        firstContactDueAt: d.firstContactBy,
        acceptYellowAt: d.acceptYellowAt,
        acceptRedAt: d.acceptRedAt,
        resolveDueAt: d.resolveBy,
      })
      .where(eq(schema.tickets.id, ticket.id))
      .returning();
    return row!;
  });
}
