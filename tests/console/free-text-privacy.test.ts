import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { appendEvent } from "../../src/db/repositories/tickets.repository.js";
import * as schema from "../../src/db/schema/index.js";
import { extractName } from "../../src/intake/extract-contact.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";

const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
const api: Record<string, ReturnType<typeof as>> = {};

// The resident's words carry every kind of personal data the console must not show in clear.
const WORDS =
  "我叫王建国，电话139 1111 2222，身份证110101199003074477，住西盛家园7号楼3单元501，" +
  "暖气一直不热。邻居张先生座机0351-7654321也说不热。";
const SECRETS = ["1111 2222", "13911112222", "110101199003074477", "王建国", "张先生", "7654321"];

let ticket: { id: string; ref: string };
let other: { id: string; ref: string };

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "lead1", "leader");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  await createStaff(t, "qimashan1", "unit", "street.qimashan");
  await createStaff(t, "luxi1", "unit", "community.luxi");
  for (const u of ["disp1", "lead1", "xisheng1", "qimashan1", "luxi1"]) api[u] = as(app, await login(app, u));
  ticket = await seedTicket(t, {
    unitId: "community.xisheng",
    summary: "王建国反映西盛家园暖气不热",
    description: WORDS,
    locationText: "西盛家园7号楼3单元501",
    phone: "13911112222",
    name: "王建国",
    conversationText: WORDS,
  });
  await t.ctx.database.db.execute(
    sql`UPDATE tickets SET lat = 37.861234, lng = 112.551234 WHERE id = ${ticket.id}`,
  );
  // A second report of the same compound and category makes a recurring problem on the dashboard.
  await seedTicket(t, { unitId: "community.xisheng", summary: "西盛家园暖气不热", phone: "13933334444" });
  other = await seedTicket(t, {
    unitId: "community.luxi",
    community: "community.luxi",
    summary: "路西小区李女士家暖气不热",
    phone: "13922223333",
  });
  await t.ctx.database.db.insert(schema.ticketLinks).values({
    ticketId: ticket.id,
    otherTicketId: other.id,
    status: "suggested",
    score: 0.8,
    reasons: [],
    decidedBy: "auto",
    createdAt: t.ctx.now(),
    updatedAt: t.ctx.now(),
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

function expectNoSecrets(body: string) {
  for (const s of SECRETS) expect(body).not.toContain(s);
}

describe("personal data inside free text", () => {
  it("is masked in the ticket view for every role, and only the handling unit and centre keep the door", async () => {
    for (const u of ["disp1", "lead1", "xisheng1", "qimashan1"]) {
      const res = await api[u]!({ method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
      expect(res.statusCode).toBe(200);
      expectNoSecrets(res.body);
      expect(res.json().description).toContain("139****2222");
      const keepsDoor = u === "disp1" || u === "xisheng1";
      expect(res.json().description.includes("3单元501")).toBe(keepsDoor);
      expect(res.json().location.text.includes("501")).toBe(keepsDoor);
      expect(res.json().location.lat).toBe(keepsDoor ? 37.861234 : 37.861);
    }
  });

  it("is masked in the reasons of the ticket's event log", async () => {
    await appendEvent(
      t.ctx.database.db,
      ticket.id,
      { type: "staff", id: null, unitId: "community.xisheng" },
      { action: "note", reason: "已打13911112222联系王建国，约好上门", at: t.ctx.now() },
    );
    const res = await api["lead1"]!({ method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
    const note = res.json().events.find((e: { action: string }) => e.action === "note");
    expect(note.reason).toBe("已打139****2222联系王**，约好上门");
  });

  it("is masked in ticket lists and the inbox", async () => {
    for (const url of ["/api/v1/tickets", "/api/v1/inbox"]) {
      const res = await api["lead1"]!({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.some((i: { ref: string }) => i.ref === ticket.ref)).toBe(true);
      expectNoSecrets(res.body);
      expect(res.body).not.toContain("3单元501");
    }
  });

  it("is masked in the conversation transcript (landlines, ID numbers and names too)", async () => {
    const res = await api["xisheng1"]!({ method: "GET", url: `/api/v1/tickets/${ticket.ref}/messages` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].text).toContain("139****2222");
    expectNoSecrets(res.body);
  });

  it("is masked in the dashboard's recurring problems", async () => {
    const res = await api["lead1"]!({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("王**反映西盛家园暖气不热");
    expectNoSecrets(res.body);
  });
});

describe("third parties named in the resident's words", () => {
  it("are masked in the ticket view and the transcript for every role; an official named by post is not", async () => {
    const words =
      "我是海西苑的租户，房东葛文斌不退押金，楼上住户韦小东半夜跳绳，物业的柯经理说管不了。电话13955556666";
    const third = await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "海西苑租户反映房东不退押金",
      description: words,
      phone: "13955556666",
      conversationText: words,
    });
    for (const u of ["disp1", "lead1", "xisheng1"]) {
      for (const url of [`/api/v1/tickets/${third.ref}`, `/api/v1/tickets/${third.ref}/messages`]) {
        const res = await api[u]!({ method: "GET", url });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain("葛文斌");
        expect(res.body).not.toContain("韦小东");
        expect(res.body).toContain("房东葛**不退押金");
        expect(res.body).toContain("物业的柯经理");
        expect(res.body).toContain("海西苑");
      }
    }
  });
});

describe("a resident's name that is also an everyday word", () => {
  it("is read from 我叫 and masked where it stands, while the street stays readable", async () => {
    const words = "我叫云霞，住柳巷路3号院，院里的下水道堵了三天。电话13966667777";
    const name = extractName(words);
    expect(name).toBe("云霞");
    const own = await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "柳巷路3号院下水道堵塞",
      description: words,
      phone: "13966667777",
      name: name!,
      conversationText: words,
    });
    for (const u of ["disp1", "lead1", "xisheng1"]) {
      for (const url of [`/api/v1/tickets/${own.ref}`, `/api/v1/tickets/${own.ref}/messages`]) {
        const res = await api[u]!({ method: "GET", url });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain("云霞");
        expect(res.body).toContain("柳巷路");
      }
    }
  });
});

describe("a resident's name outside the surname list", () => {
  it("is read where only a name stands and masked in the ticket view and transcript, while the compound stays readable", async () => {
    const words = "楼后的路灯全灭了，晚上不敢出门。巴特尔，13966668888";
    const name = extractName(words);
    expect(name).toBe("巴特尔");
    const own = await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "西盛家园楼后路灯不亮",
      description: `西盛家园${words}`,
      phone: "13966668888",
      name: name!,
      conversationText: `西盛家园${words}`,
    });
    for (const u of ["disp1", "lead1", "xisheng1"]) {
      for (const url of [`/api/v1/tickets/${own.ref}`, `/api/v1/tickets/${own.ref}/messages`]) {
        const res = await api[u]!({ method: "GET", url });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain("巴特尔");
        expect(res.body).toContain("西盛家园");
      }
    }
  });
});

describe("revealing the resident's words", () => {
  it("gives the centre the description in clear with a reason, audited; unit staff get none", async () => {
    const res = await api["disp1"]!({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/reveal`,
      payload: { reason: "联系邻居核实" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().description).toBe(WORDS);
    const rows = await t.ctx.database.db.execute(
      sql`SELECT data FROM audit_log WHERE action = 'ticket.reveal_text' AND target_id = ${ticket.ref}`,
    );
    expect(rows.rows).toEqual([
      { data: { fields: ["description"], reason: "联系邻居核实", ref: ticket.ref } },
    ]);
    const unit = await api["xisheng1"]!({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/reveal`,
      payload: { reason: "回电" },
    });
    expect(unit.statusCode).toBe(200);
    expect(unit.json().description).toBeNull();
  });
});

describe("the transcript of a ticket with merged reports", () => {
  it("shows the merged report's messages too, and no other conversation's", async () => {
    const a = await seedTicket(t, {
      unitId: "community.xisheng",
      phone: "13955550001",
      conversationText: "西盛家园东门井盖丢了",
    });
    const b = await seedTicket(t, {
      unitId: "community.xisheng",
      phone: "13955550002",
      conversationText: "西盛家园东门那个井盖没了，晚上很危险",
    });
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET merged_into_id = ${a.id}, status = 'merged' WHERE id = ${b.id}`,
    );
    const res = await api["disp1"]!({ method: "GET", url: `/api/v1/tickets/${a.ref}/messages` });
    const texts = res.json().items.map((m: { text: string }) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(["西盛家园东门井盖丢了", "西盛家园东门那个井盖没了，晚上很危险"]),
    );
    expect(res.body).not.toContain("暖气");
  });
});

describe("the transcript of a surveyed ticket", () => {
  it("shows the survey question and the resident's answer", async () => {
    const db = t.ctx.database.db;
    const s = await seedTicket(t, {
      unitId: "community.xisheng",
      phone: "13955550003",
      conversationText: "西盛家园北门路面塌了个坑",
    });
    const [reporter] = await db
      .select({ residentId: schema.ticketReporters.residentId })
      .from(schema.ticketReporters)
      .where(eq(schema.ticketReporters.ticketId, s.id));
    await db.insert(schema.messages).values({
      channel: "sms",
      direction: "out",
      residentId: reporter!.residentId,
      text: "您反映的问题已办结，满意请回复1",
      status: "sent",
      payload: { purpose: "survey", ticketId: s.id },
    });
    const [answer] = await db
      .insert(schema.messages)
      .values({ channel: "sms", direction: "in", residentId: reporter!.residentId, text: "满意，谢谢" })
      .returning({ id: schema.messages.id });
    await db.insert(schema.surveys).values({
      ticketId: s.id,
      residentId: reporter!.residentId,
      round: 1,
      status: "answered",
      reporterChannel: "sms",
      resolvedAt: t.ctx.now(),
      answerMessageId: answer!.id,
    });
    const res = await api["xisheng1"]!({ method: "GET", url: `/api/v1/tickets/${s.ref}/messages` });
    const texts = res.json().items.map((m: { text: string }) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(["西盛家园北门路面塌了个坑", "您反映的问题已办结，满意请回复1", "满意，谢谢"]),
    );
  });
});

describe("searching by phone number", () => {
  it("is refused to unit staff and leaders", async () => {
    for (const u of ["xisheng1", "lead1"]) {
      const res = await api[u]!({ method: "GET", url: "/api/v1/tickets?q=13911112222" });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("AUTH.FORBIDDEN");
    }
    // Digit probes that narrow a number down are refused too.
    const probe = await api["xisheng1"]!({ method: "GET", url: "/api/v1/inbox?q=139111" });
    expect(probe.statusCode).toBe(403);
  });

  it("lets a dispatcher find the reports of a number however it was written, and audits the search", async () => {
    const res = await api["disp1"]!({ method: "GET", url: "/api/v1/tickets?q=139-1111-2222" });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { ref: string }) => i.ref)).toEqual([ticket.ref]);
    expectNoSecrets(res.body);
    const rows = await t.ctx.database.db.execute(
      sql`SELECT role, data FROM audit_log WHERE action = 'ticket.search_personal'`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ role: "dispatcher", data: { kind: "phone", results: 1 } });
    expect(JSON.stringify(rows.rows)).not.toContain("1111");
  });

  it("finds nothing by a name or a door the caller cannot see", async () => {
    for (const [u, q] of [
      ["lead1", "王建国"],
      ["xisheng1", "王建国"],
      ["disp1", "张先生"],
      ["lead1", "3单元501"],
    ] as const) {
      const res = await api[u]!({ method: "GET", url: `/api/v1/tickets?q=${encodeURIComponent(q)}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().items, `${u} ${q}`).toEqual([]);
    }
    // The handling unit sees the door, so it finds the ticket by it.
    const door = await api["xisheng1"]!({
      method: "GET",
      url: `/api/v1/inbox?q=${encodeURIComponent("3单元501")}`,
    });
    expect(door.json().items.map((i: { ref: string }) => i.ref)).toEqual([ticket.ref]);
  });

  it("gives no cursor that names a ticket skipped for text the caller cannot see", async () => {
    // Two reports by the same person: a page of one would end on a ticket the search had to skip.
    await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "西盛家园楼道灯不亮",
      description: "我叫王建国，西盛家园7号楼楼道灯不亮。",
      name: "王建国",
      phone: "13911112222",
    });
    for (const [u, q] of [
      ["lead1", "王建国"],
      ["disp1", "张先生"],
    ] as const) {
      const res = await api[u]!({
        method: "GET",
        url: `/api/v1/tickets?limit=1&q=${encodeURIComponent(q)}`,
      });
      expect(res.json(), `${u} ${q}`).toMatchObject({ items: [], nextCursor: null });
    }
    // A search the caller can read still pages one ticket at a time, to the end.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api["xisheng1"]!({
        method: "GET",
        url: `/api/v1/tickets?limit=1&q=${encodeURIComponent("暖气")}${cursor ? `&cursor=${cursor}` : ""}`,
      });
      const body = page.json() as { items: { ref: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.ref));
      cursor = body.nextCursor;
    } while (cursor && seen.length < 50);
    expect(seen).toContain(ticket.ref);
    expect(new Set(seen).size).toBe(seen.length);
    expect(cursor).toBeNull();
  });

  it("leaves an ordinary word search to every role, unaudited", async () => {
    const res = await api["xisheng1"]!({ method: "GET", url: "/api/v1/tickets?q=暖气" });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { ref: string }) => i.ref)).toContain(ticket.ref);
    expect(res.json().items.map((i: { ref: string }) => i.ref)).not.toContain(other.ref);
  });
});

describe("duplicate suggestions", () => {
  it("do not show another unit's ticket to unit staff", async () => {
    const res = await api["xisheng1"]!({ method: "GET", url: `/api/v1/tickets/${ticket.ref}/duplicates` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
    expect(res.body).not.toContain(other.ref);
  });

  it("show it, masked, to the centre", async () => {
    const res = await api["disp1"]!({ method: "GET", url: `/api/v1/tickets/${ticket.ref}/duplicates` });
    expect(res.json().items.map((i: { ref: string }) => i.ref)).toEqual([other.ref]);
    expect(res.json().items[0].summary).toBe("路西小区李**家暖气不热");
  });
});
