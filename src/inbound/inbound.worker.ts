import type { Worker } from "bullmq";
import { intakeWorkers } from "../intake/intake.worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { handleSurveyReply } from "../survey/handle-survey-reply.js";

/**
 * The inbound side of the workflow: every stored inbound message is offered, in its turn's
 * transaction, first to the callback-survey stage (an answer to a survey the resident was asked)
 * and otherwise to the intake dialogue (new appeals, status questions, FAQ). Wiring the survey
 * stage in here keeps intake and survey independent of each other: neither imports the other.
 */
export async function inboundWorkers(ctx: AppContext): Promise<Worker[]> {
  return intakeWorkers(ctx, { surveyHook: handleSurveyReply });
}

export const inboundWorkerFactory: WorkerFactory = (ctx) => inboundWorkers(ctx);
