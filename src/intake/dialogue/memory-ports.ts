import type { Complaint } from "../../domain/complaint.schema.js";
import type { DomainConfig } from "../../domain/config.js";
import { formatTicketRef, localDay } from "../../domain/ticket-ref.js";
import { moreUrgent } from "../../domain/urgency-order.js";
import type { ExtractionEngine } from "../extraction-engine.js";
import type { Faq } from "./faq.js";
import type { DialoguePorts, TicketView } from "./run-turn.js";

export interface MemoryTicket {
  ref: string;
  complaint: Complaint;
  mediaIds: string[];
  /** What the resident added after it was filed. */
  addenda: string[];
}

/**
 * Dialogue ports backed by memory: `zhitong chat` and the pure dialogue tests use the same dialogue
 * code as the worker, with tickets kept in an array instead of PostgreSQL.
 */
export function memoryPorts(opts: {
  engine: ExtractionEngine;
  config: DomainConfig;
  faq: Faq;
  now?: () => Date;
}): DialoguePorts & { tickets: MemoryTicket[] } {
  const tickets: MemoryTicket[] = [];
  const view = (t: MemoryTicket): TicketView => ({
    ref: t.ref,
    status: "received",
    summary: t.complaint.summary,
    unitName: null,
    mergedIntoRef: null,
    own: true,
  });
  return {
    engine: opts.engine,
    config: opts.config,
    faq: opts.faq,
    tickets,
    fileTicket: async (complaint, extra) => {
      const day = localDay(opts.now?.() ?? new Date(), opts.config.jurisdiction.timezone);
      const ref = formatTicketRef(day, tickets.length + 1);
      tickets.push({ ref, complaint, mediaIds: extra.mediaIds, addenda: [] });
      return { ref };
    },
    findTicket: async (ref) => {
      const t = tickets.find((x) => x.ref === ref);
      return t ? view(t) : null;
    },
    recentTickets: async (limit) => tickets.slice(-limit).reverse().map(view),
    addToTicket: async (ref, addition) => {
      const t = tickets.find((x) => x.ref === ref);
      if (!t) return null;
      if (addition.text) t.addenda.push(addition.text);
      t.mediaIds = [...t.mediaIds, ...addition.mediaIds];
      // Urgency only rises, as on a stored ticket.
      const raisedTo =
        addition.urgency && moreUrgent(addition.urgency, t.complaint.urgency) ? addition.urgency : null;
      if (raisedTo) t.complaint = { ...t.complaint, urgency: raisedTo };
      const place = addition.place;
      const placed =
        place?.community && !t.complaint.location.community ? (place.text ?? place.community) : null;
      if (placed && place)
        t.complaint = {
          ...t.complaint,
          location: {
            ...t.complaint.location,
            text: place.text,
            community: place.community,
            lat: place.lat,
            lng: place.lng,
          },
        };
      return { added: true, ref, mergedFrom: null, raisedTo, placed };
    },
  };
}
