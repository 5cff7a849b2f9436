/**
 * Log redaction paths: personal data (phones, names, openids, message text) never reaches logs in
 * clear. Applied by pino to every line, including request bodies logged on error.
 */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-hotline-token"]',
  "*.phone",
  "*.name",
  "*.openid",
  "*.caller",
  "*.from",
  "*.text",
  "*.contact",
  "*.password",
  "contact",
  "phone",
  "openid",
  "caller",
];

/** 138****0001: how staff without the right to see a number see it. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  if (phone.length < 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** 王** : the family name only. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return name ?? null;
  return `${[...name][0]}${"*".repeat(Math.max(1, [...name].length - 1))}`;
}
