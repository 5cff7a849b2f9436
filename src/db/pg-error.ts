/**
 * The PostgreSQL error inside `e`: the driver's error itself, or the one drizzle wrapped ("Failed
 * query: …") and kept as the cause. Undefined when no error in the chain carries a SQLSTATE.
 */
export function pgError(e: unknown): { code: string; message: string } | undefined {
  for (let depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string") return { code, message: typeof message === "string" ? message : "" };
    e = cause;
  }
  return undefined;
}
