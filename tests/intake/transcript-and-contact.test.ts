import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import { tickets } from "../../src/db/schema/index.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { receive, repliesTo, say } from "./support/inbound.js";
import { crashableIntakeWorkers, type TurnCrash } from "./support/crashable-intake.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
/** Set `crash.next` to make the next turn fail after its writes, before commit (a worker dying mid-turn). */
const crash: TurnCrash = { next: false };

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { INTAKE_DRAFT_TTL_MINUTES: "60", LOGIN_RATE_PER_MINUTE: "1000" },
    workers: [crashableIntakeWorkers(crash)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const refIn = (texts: string[]) => /ZT\d{8}-\d{4}/.exec(texts.join("\n"))?.[0] ?? null;

async function transcript(user: string, ref: string): Promise<{ text: string | null; direction: string }[]> {
  const api = as(app, await login(app, user));
  const res = await api({ method: "GET", url: `/api/v1/tickets/${ref}/messages` });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe("a ticket's transcript", () => {
  it("shows only the messages of the ticket's own report, not the conversation's other problems", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_two_problems" };
    await say(t.ctx, { ...wx, text: "西盛家园3号楼楼下餐馆油烟太大" });
    await say(t.ctx, { ...wx, text: "13912345678" });
    const first = refIn(await say(t.ctx, { ...wx, text: "1" }));
    expect(first).not.toBeNull();
    // Same conversation, a different problem at another community, naming a neighbour.
    await say(t.ctx, { ...wx, text: "还有路西小区门口的路灯坏了好几天，邻居赵小明也看见了" });
    const second = refIn(await say(t.ctx, { ...wx, text: "1" }));
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);

    const one = await transcript("disp1", first!);
    const oneText = one.map((m) => m.text ?? "").join("\n");
    expect(oneText).toContain("油烟");
    expect(oneText).toContain(first!);
    expect(oneText).not.toContain("路灯");
    expect(oneText).not.toContain(second!);
    expect(one.filter((m) => m.direction === "in").length).toBe(3);

    const two = await transcript("disp1", second!);
    const twoText = two.map((m) => m.text ?? "").join("\n");
    expect(twoText).toContain("路灯");
    expect(twoText).not.toContain("油烟");
    expect(twoText).not.toContain(first!);
  });

  it("includes a photo sent before the problem was described", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_photo_first" };
    const photo = await receive(t.ctx, { ...wx, kind: "image", payload: { mediaId: "MEDIA_1" } });
    await repliesTo(t.ctx, photo);
    await say(t.ctx, { ...wx, text: "西盛家园5号楼垃圾好几天没人清运了，我电话13900005555" });
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    const items = await transcript("disp1", ref!);
    expect(items.filter((m) => m.direction === "in")).toHaveLength(3);
  });

  it("links the messages once when the confirming turn dies before commit and is retried", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_crash_confirm" };
    await say(t.ctx, { ...wx, text: "西盛家园8号楼楼道灯坏了一个月了，我电话13900008888" });
    crash.next = true;
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    expect(ref).not.toBeNull();
    const rows = await t.ctx.database.db.execute(
      `SELECT count(*)::int AS tickets FROM tickets WHERE description LIKE '%8号楼楼道灯%'`,
    );
    expect(rows.rows).toEqual([{ tickets: 1 }]);
    const items = await transcript("disp1", ref!);
    expect(items.filter((m) => m.direction === "in").map((m) => m.text)).toEqual([
      "西盛家园8号楼楼道灯坏了一个月了，我电话139****8888",
      "1",
    ]);
  });
});

describe("the reporter's contact number", () => {
  it("is not replaced by a neighbour's number written into an SMS", async () => {
    const sender = "13800007777";
    await t.ctx.database.db.transaction((tx) => findOrCreateResident(tx, "sms", sender, { phone: sender }));
    const sms = { channel: "sms" as const, from: sender };
    await say(t.ctx, { ...sms, text: "西盛家园2号楼我家邻居天天半夜装修，他电话13700002222，管管吧" });
    const ref = refIn(await say(t.ctx, { ...sms, text: "1" }));
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref!));
    expect(ticket!.complaint!.contact.phone).toBe(sender);
    expect(ticket!.description).toContain("13700002222");
    const reporters = await t.ctx.database.db.execute(
      `SELECT r.phone FROM ticket_reporters tr JOIN residents r ON r.id = tr.resident_id JOIN tickets t ON t.id = tr.ticket_id WHERE t.ref = '${ref}'`,
    );
    expect(reporters.rows).toEqual([{ phone: sender }]);
    // Staff see the neighbour's number masked like any other.
    const api = as(app, await login(app, "disp1"));
    const view = (await api({ method: "GET", url: `/api/v1/tickets/${ref}` })).json();
    expect(view.description).toContain("137****2222");
  });

  it("on WeChat is asked for, not taken from a neighbour's number, and the answer becomes the contact", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_neighbour_number" };
    const asked = await say(t.ctx, {
      ...wx,
      text: "西盛家园6号楼楼上邻居家漏水到我家，邻居电话13700003333打不通",
    });
    expect(asked.join("")).toContain("手机号");
    await say(t.ctx, { ...wx, text: "13911118888" });
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref!));
    expect(ticket!.complaint!.contact.phone).toBe("13911118888");
    const reporters = await t.ctx.database.db.execute(
      `SELECT r.phone FROM ticket_reporters tr JOIN residents r ON r.id = tr.resident_id WHERE tr.ticket_id = '${ticket!.id}'`,
    );
    expect(reporters.rows).toEqual([{ phone: "13911118888" }]);
  });
});
