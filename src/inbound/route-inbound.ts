import { and, desc, eq } from "drizzle-orm";
import type { Queryable, Tx } from "../db/client.js";
import { messages } from "../db/schema/index.js";
import type { InboundTurn, SurveyHook } from "../intake/survey-hook.js";
import type { AppContext } from "../runtime/context.js";

const TEXT_KINDS = new Set(["text", "voice"]);

/** The survey stage's handler of a text that may answer a survey (src/survey/handle-survey-reply.ts). */
export type SurveyReplyHandler = (
  tx: Tx,
  ctx: AppContext,
  reply: { residentId: string; messageId: number; channel: string; text: string },
) => Promise<{ handled: boolean }>;

/**
 * The inbound router: decides once, in the turn's transaction, whether a stored message is an
 * answer to a callback survey (the survey stage takes it) or a dialogue turn (the intake bot takes
 * it: new appeals, status questions, FAQ). Only texts can answer a survey, and "1" answers whoever
 * asked last: while the bot waits for an answer in this conversation, the survey stage sees the text
 * only if a survey question went out to the resident after the bot's own last reply.
 */
export function surveyFirst(
  handleSurveyReply: SurveyReplyHandler,
  opts: {
    /**
     * The handler claims a text only while one of the resident's surveys waits for an answer (the
     * real survey stage): when the worker saw none, the handler is not asked and costs no query.
     */
    onlyWhileSurveyWaits?: boolean;
  } = {},
): SurveyHook {
  return async (tx, ctx, turn) => {
    if (!TEXT_KINDS.has(turn.kind) || !turn.text) return { handled: false };
    if (opts.onlyWhileSurveyWaits && turn.surveyMayWait === false) return { handled: false };
    if (!(await surveyAskedLast(tx, turn))) return { handled: false };
    return handleSurveyReply(tx, ctx, {
      residentId: turn.residentId,
      messageId: turn.messageId,
      channel: turn.channel,
      text: turn.text,
    });
  };
}

async function surveyAskedLast(db: Queryable, turn: InboundTurn): Promise<boolean> {
  if (!turn.dialogueAwaiting) return true;
  if (turn.lastOutboundPurpose !== undefined) return turn.lastOutboundPurpose === "survey";
  const [last] = await db
    .select({ payload: messages.payload })
    .from(messages)
    .where(and(eq(messages.residentId, turn.residentId), eq(messages.direction, "out")))
    .orderBy(desc(messages.id))
    .limit(1);
  return last?.payload?.["purpose"] === "survey";
}
