import { z } from "zod";

/** A resident's message from the web chat page (`POST /channels/web/messages`). */
export const WebChatMessage = z.object({
  /** Random id the page keeps in local storage; the resident's address on this channel. */
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "sessionId must be 16–64 URL-safe characters"),
  text: z.string().trim().min(1).max(2000),
  /** Generated per message by the page so that a double tap or a retry stores one message. */
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});
export type WebChatMessage = z.infer<typeof WebChatMessage>;
