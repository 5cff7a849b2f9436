import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { ticketMessages } from "../../src/db/schema/index.js";
import { attachMedia } from "../../src/media/media-attachments.js";
import { mediaServiceFor } from "../../src/media/media-service.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";
import { png } from "./support/images.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-media-merge-"));
  t = await createTestEnv({ clock, env: { DATA_DIR: dir } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe("photos of merged duplicates", () => {
  it("show on the ticket they were merged into", async () => {
    const kept = await seedTicket(t, {
      summary: "西盛家园3号楼井盖丢失",
      phone: "13900000001",
      conversationText: "西盛家园3号楼门口井盖丢了",
    });
    const dup = await seedTicket(t, {
      summary: "西盛家园3号楼门口井盖没了",
      phone: "13900000002",
      conversationText: "3号楼门口井盖没了，很危险",
    });
    const [msg] = await t.ctx.database.db
      .select({ id: ticketMessages.messageId })
      .from(ticketMessages)
      .where(eq(ticketMessages.ticketId, dup.id));
    const stored = await mediaServiceFor(t.ctx.env).ingest(t.ctx.database.db, await png("#123123"), {
      accept: ["image"],
      now: clock.now(),
    });
    await attachMedia(t.ctx.database.db, {
      mediaId: stored.media.id,
      ownerType: "message",
      ownerId: String(msg!.id),
      now: clock.now(),
    });
    const staff = as(app, await login(app, "disp1"));
    const list = async (id: string) =>
      (await staff({ method: "GET", url: `/api/v1/tickets/${id}/media` })).json<{ items: { id: string }[] }>()
        .items;
    expect(await list(kept.id)).toEqual([]);

    const merge = await staff({
      method: "POST",
      url: `/api/v1/tickets/${dup.id}/actions/merge`,
      payload: { into: kept.ref },
    });
    expect(merge.statusCode).toBe(200);
    expect((await list(kept.id)).map((m) => m.id)).toEqual([stored.media.id]);
  });
});
