import type { Tx } from "../db/client.js";
import type { AppContext } from "../runtime/context.js";

/** An inbound message as the intake worker offers it before its dialogue turn. */
export interface InboundTurn {
  residentId: string;
  messageId: number;
  channel: string;
  kind: string;
  text: string | null;
  /** What the dialogue is waiting for in this conversation (a confirmation, an address …), if anything. */
  dialogueAwaiting: string | null;
}

/**
 * The port the inbound router (src/inbound) plugs into: the intake worker offers it every inbound
 * message first, in the turn's transaction; `handled` ends the turn there (e.g. a survey answer).
 */
export type SurveyHook = (tx: Tx, ctx: AppContext, turn: InboundTurn) => Promise<{ handled: boolean }>;
