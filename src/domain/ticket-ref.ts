// Reference numbers follow the centre's day (YYYYMMDD in the jurisdiction's zone).
export { localDay } from "./local-time.js";

/** ZT20261121-0042: prefix, local date, sequence of the day (4 digits, more when a day exceeds 9999). */
export function formatTicketRef(day: string, seq: number): string {
  return `ZT${day}-${String(seq).padStart(4, "0")}`;
}

export const TICKET_REF_PATTERN = /^ZT\d{8}-\d{4,}$/;
