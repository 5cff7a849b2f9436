import type { Worker } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker } from "../../src/queue/worker.js";
import { surveyJobHandler } from "../../src/survey/survey.worker.js";
import type { StepHooks } from "../../src/survey/run-survey-step.js";
import { waitFor } from "../channels/support/wait-for.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { HOUR, fileTicket, outboundTo, resolveRound, surveysOf } from "./support.js";

// A fixed business date, far from the wall clock: job delays are measured on the app's clock.
const RESOLVED = new Date("2026-11-23T02:00:00Z");
const clock = testClock(RESOLVED);
let t: TestEnv;
const workers: Worker[] = [];

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { SURVEY_SPOT_CHECK_SEED: "worker" } });
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close(true)));
});
afterAll(async () => t.close());

function surveyWorker(hooks: StepHooks = {}) {
  const w = startWorker("survey", surveyJobHandler(t.ctx, hooks), {
    connection: t.ctx.redis,
    prefix: t.ctx.env.QUEUE_PREFIX,
    log: t.ctx.log,
    // Short locks so a "killed" worker's job is found stalled within seconds — but not so short
    // that a healthy worker on a loaded machine loses its lock mid-job. Every worker of the queue
    // uses the same values: the stalled check is shared (one Redis key per queue).
    workerOptions: { lockDuration: 5000, stalledInterval: 1000 },
  });
  workers.push(w);
  return w;
}

async function resolvedTicket(address: string) {
  clock.set(RESOLVED);
  const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address }]);
  await resolveRound(t, ticket.id);
  const [survey] = await surveysOf(t, ticket.id);
  // Two and a half hours later: the question (due at resolvedAt + 2 h) is due, still in the past.
  clock.set(new Date(RESOLVED.getTime() + 2.5 * HOUR));
  return { ticket, residentId: residentIds[0]!, survey: survey!, jobId: `survey_${survey!.id}_ask1` };
}

/**
 * Hands the due step to BullMQ. The relay may already have picked the row up while the clock still
 * read the resolution time (it is woken by the commit), and then delayed the job by two hours: the
 * clock has moved on since, so the job is due — promote it, as the passing of time would.
 */
async function relayDue(jobId: string) {
  await t.ctx.relay.drain();
  const job = await t.ctx.queues.survey.getJob(jobId);
  if (job && (await job.isDelayed())) await job.promote();
}

/**
 * Waits until the job is in the completed set, then reads it again. A job read before that moment is
 * a snapshot of its hash (no return value, no finishedOn) even if `isCompleted()` — a separate Redis
 * call — already answers true.
 */
async function completedJob(jobId: string, ms: number, what: string) {
  await waitFor(async () => (await t.ctx.queues.survey.getJobState(jobId)) === "completed" || null, ms, what);
  const job = await t.ctx.queues.survey.getJob(jobId);
  if (!job) throw new Error(`survey job ${jobId} vanished after completing`);
  return job;
}

describe("the survey job under failure", () => {
  it("a job that fails after the send was recorded is retried by BullMQ and sends exactly one message", async () => {
    const { residentId, jobId } = await resolvedTicket("13900002001");
    let failures = 0;
    surveyWorker({
      afterCommit: () => {
        if (failures++ === 0) throw new Error("worker crashed right after the commit");
      },
    });
    await relayDue(jobId);
    const job = await completedJob(jobId, 15_000, "the survey job to complete after its retry");
    expect(job.attemptsMade).toBe(2);
    expect(job.returnvalue).toBe("not_due");
    expect(await outboundTo(t, residentId, "survey")).toHaveLength(1);
  });

  it("a worker killed mid-job (its lock lost) has the job taken over by another worker, and one message is sent", async () => {
    const { residentId, jobId, ticket } = await resolvedTicket("13900002002");
    let committed!: () => void;
    const sent = new Promise<void>((r) => (committed = r));
    // Worker A records the send, then hangs forever: the process "dies" before acknowledging the job.
    const a = surveyWorker({
      afterCommit: async () => {
        committed();
        await new Promise(() => {});
      },
    });
    await relayDue(jobId);
    await sent;
    await a.close(true);
    // Worker B finds the job stalled (no lock), runs it again: the step is done, nothing is sent.
    surveyWorker();
    const job = await completedJob(
      jobId,
      20_000,
      "the stalled survey job to be completed by the second worker",
    );
    expect(job.returnvalue).toBe("not_due");
    expect(await outboundTo(t, residentId, "survey")).toHaveLength(1);
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("the sweep finds due steps in PostgreSQL even when their delayed jobs were lost", async () => {
    const { residentId } = await resolvedTicket("13900002003");
    // No relay, no delayed job: only the database knows the survey is due.
    const handled = await surveyJobHandler(t.ctx)({ sweep: true });
    expect(handled).toBeGreaterThanOrEqual(1);
    expect(await outboundTo(t, residentId, "survey")).toHaveLength(1);
  });
});
