import type { Tx } from "../db/client.js";
import type { AppContext } from "../runtime/context.js";

/**
 * The callback-survey stage's entry point (src/survey/handle-survey-reply.ts): the intake worker
 * offers it every text turn first, in the turn's transaction; `handled` ends the turn there.
 */
export type SurveyHook = (
  tx: Tx,
  ctx: AppContext,
  reply: { residentId: string; messageId: number; channel: string; text: string },
) => Promise<{ handled: boolean }>;
