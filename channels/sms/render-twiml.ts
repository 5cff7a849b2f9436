import { escapeXml } from "../shared/xml-escape.js";

/** TwiML messaging response: one `<Message>` with the reply, or an empty `<Response/>` for none. */
export function renderTwiml(reply: string | null): string {
  const head = `<?xml version="1.0" encoding="UTF-8"?>`;
  return reply ? `${head}<Response><Message>${escapeXml(reply)}</Message></Response>` : `${head}<Response/>`;
}
