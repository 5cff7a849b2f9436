/**
 * The one error family with stable codes. HTTP maps `status`; messages are safe to show to
 * clients (no internals). Anything that is not an AppError becomes a 500 with a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (code: string, message: string) => new AppError(code, message, 404);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(code, message, 409, details);
export const forbidden = (code: string, message: string) => new AppError(code, message, 403);
