/** Local calendar date (YYYYMMDD) of an instant in a time zone: reference numbers follow the centre's day. */
export function localDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}${get("month")}${get("day")}`;
}

/** ZT20261121-0042: prefix, local date, sequence of the day (4 digits, more when a day exceeds 9999). */
export function formatTicketRef(day: string, seq: number): string {
  return `ZT${day}-${String(seq).padStart(4, "0")}`;
}

export const TICKET_REF_PATTERN = /^ZT\d{8}-\d{4,}$/;
