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
  /**
   * Purpose of the last message sent to the resident (null: none), when the worker already read it
   * with the turn; undefined when unknown (the router reads it itself).
   */
  lastOutboundPurpose?: string | null;
  /**
   * False when the worker found no survey of the resident that could be waiting for an answer
   * (none sent or clarifying, none gone unreachable within the late-reply window); undefined when
   * not looked at.
   */
  surveyMayWait?: boolean;
}

/**
 * The port the inbound router (src/inbound) plugs into: the intake worker offers it every inbound
 * message first, in the turn's transaction; `handled` ends the turn there (e.g. a survey answer).
 */
export type SurveyHook = (tx: Tx, ctx: AppContext, turn: InboundTurn) => Promise<{ handled: boolean }>;
