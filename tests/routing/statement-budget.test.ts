import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countStatements } from "../support/statement-counter.js";
import { fileTicket } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

describe("statement budget", () => {
  it("probe", async () => {
    const c = countStatements(t.ctx.database.pool);
    await fileTicket(t, {}, "13900000991");
    c.reset();
    const ticket = await fileTicket(t, { summary: "西盛家园5号楼楼道灯不亮", description: "西盛家园5号楼楼道灯不亮了。" }, "13900000992");
    console.log("FILING", c.statements.length, c.statements);
    c.reset();
    const out = await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 });
    console.log("ROUTING", out.outcome, c.statements.length, c.statements);
    c.stop();
    expect(out.outcome).toBe("dispatched");
  });
});
