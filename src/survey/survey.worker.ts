import type { Worker } from "bullmq";
import { keepScheduler } from "../queue/keep-scheduler.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { runSurveyStep, type StepHooks } from "./run-survey-step.js";
import { dueSurveyIds } from "./settle-round.js";
import { waiveSurvey } from "./waive-survey.js";

/** The sweep re-finds every due step from PostgreSQL: a lost delayed job (Redis flushed) costs minutes, not a survey. */
export const SURVEY_SWEEP_EVERY_MS = 5 * 60_000;

/** Handles one `survey` job: a survey step, a round to waive, or the sweep. */
export function surveyJobHandler(ctx: AppContext, hooks: StepHooks = {}) {
  return async (data: { surveyId?: number; ticketId?: string; round?: number; sweep?: boolean }) => {
    if (data.surveyId) return runSurveyStep(ctx, data.surveyId, hooks);
    if (data.ticketId && data.round) return waiveSurvey(ctx, data.ticketId, data.round);
    if (data.sweep) {
      let n = 0;
      for (const id of await dueSurveyIds(ctx.database.db, ctx.now())) {
        try {
          if ((await runSurveyStep(ctx, id, hooks)) !== "not_due") n++;
        } catch (err) {
          ctx.log.warn({ surveyId: id, err: (err as Error).message }, "survey step failed in sweep");
        }
      }
      return n;
    }
    return null;
  };
}

/** Worker factory for `serve --role worker|all`: the survey queue plus its periodic sweep. */
export const surveyWorkers: WorkerFactory = async (ctx: AppContext): Promise<Worker[]> => {
  const worker = startWorker("survey", surveyJobHandler(ctx), {
    connection: ctx.redis,
    prefix: ctx.env.QUEUE_PREFIX,
    log: ctx.log,
    concurrency: 2,
  });
  await keepScheduler(
    ctx,
    "survey",
    "survey-sweep",
    SURVEY_SWEEP_EVERY_MS,
    { name: "sweep", data: { sweep: true } },
    worker,
  );
  return [worker];
};
