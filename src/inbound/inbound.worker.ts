import { intakeWorkers } from "../intake/intake.worker.js";
import type { IntakeDeps } from "../intake/intake-service.js";
import type { AppContext, StageWorker, WorkerFactory } from "../runtime/context.js";
import { handleSurveyReply } from "../survey/handle-survey-reply.js";
import { surveyFirst } from "./route-inbound.js";

/**
 * The inbound side of the workflow: every stored inbound message goes through the inbound router
 * (route-inbound.ts), which gives survey answers to the callback-survey stage and everything else
 * to the intake dialogue. Wiring the survey stage in here keeps intake and survey independent of
 * each other: neither imports the other.
 */
export async function inboundWorkers(ctx: AppContext): Promise<StageWorker[]> {
  return intakeWorkers(ctx, inboundIntakeDeps());
}

/** The intake stage as the inbound router wires it: survey answers first, then the dialogue. */
export function inboundIntakeDeps(): Pick<IntakeDeps, "surveyHook"> {
  return { surveyHook: surveyFirst(handleSurveyReply, { onlyWhileSurveyWaits: true }) };
}

export const inboundWorkerFactory: WorkerFactory = (ctx) => inboundWorkers(ctx);
