// One error type for expected failures, mapped at the boundaries: a Server Action returns it as data
// ({ ok: false, message, fieldErrors }), a route handler as an HTTP status. Anything else is a bug and throws.

export type AppErrorCode = "unauthenticated" | "forbidden" | "validation" | "not_found" | "conflict" | "rate_limited";

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    public readonly fieldErrors: FieldErrors = {},
    /** Extra, safe-to-show detail, e.g. the link to a conflicting record or what another editor changed. */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS_BY_CODE: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  validation: 422,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
