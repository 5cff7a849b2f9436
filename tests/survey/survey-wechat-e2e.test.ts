import type { StageWorker } from "../../src/runtime/context.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../src/channels-runtime/channel.workers.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { surveyWorkers } from "../../src/survey/survey.worker.js";
import { startFakeWechatApi } from "../channels/support/fake-wechat-api.js";
import { WECHAT, wechatEnv } from "../channels/support/wechat-http.js";
import { waitFor } from "../channels/support/wait-for.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { HOUR, fileTicket, resolveRound, surveysOf } from "./support.js";

/** WeChat reporters asked through a local fake of WeChat's server API, by the real outbound worker. */
const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let workers: StageWorker[] = [];
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;

beforeAll(async () => {
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({
    clock,
    env: wechatEnv({
      WECHAT_API_BASE: api.url,
      WECHAT_TEMPLATE_SURVEY: "tplSurvey01|thing1=summary,character_string2=ref",
      SURVEY_SPOT_CHECK_SEED: "wechat",
    }),
  });
  workers = await startWorkers(t.ctx, [(ctx) => channelWorkers(ctx), surveyWorkers]);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await t.close();
  await api.close();
});

describe("WeChat surveys, end to end", () => {
  it("asks inside the 48-hour window by customer-service message and outside it by template message", async () => {
    const now = clock.now();
    const { ticket } = await fileTicket(t, [
      { channel: "wechat", address: "oRecent0001", lastInboundAt: new Date(now.getTime() - HOUR) },
      { channel: "wechat", address: "oSilent0002", lastInboundAt: new Date(now.getTime() - 5 * 24 * HOUR) },
    ]);
    await resolveRound(t, ticket.id);
    clock.advance(2 * HOUR);
    await t.ctx.relay.drain();
    const sweep = await t.ctx.queues.survey.add("sweep", { sweep: true });
    await waitFor(async () => (await sweep.isCompleted()) || null, 10_000, "the sweep");
    await waitFor(
      () => api.state.custom.length + api.state.templates.length >= 2,
      10_000,
      "both WeChat sends",
    );

    expect(api.state.custom).toEqual([
      { touser: "oRecent0001", content: expect.stringContaining("满意请回复1，基本满意回复2，不满意回复3") },
    ]);
    expect(api.state.templates).toHaveLength(1);
    expect(api.state.templates[0]).toMatchObject({
      touser: "oSilent0002",
      template_id: "tplSurvey01",
      data: {
        thing1: { value: expect.stringContaining("水管漏水") },
        character_string2: { value: ticket.ref },
      },
    });
    expect((await surveysOf(t, ticket.id)).map((s) => s.status)).toEqual(["sent", "sent"]);
  });
});
