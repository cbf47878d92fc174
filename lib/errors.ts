// One error type for expected failures of the domain functions (validation, conflict, forbidden, …). A
// Server Action returns it to its form as data (lib/server-actions/form-state.ts); anything else is a bug
// and throws. The open API does not call these functions and answers with its own ApiProblem (lib/api/http.ts).

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

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
