import { isAppError, type AppErrorCode } from "@/lib/errors";

// What a Server Action hands back to its form when it cannot finish: the message, one error per field,
// and what the user typed, so that nothing they entered is lost.

export type FormState = {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string | string[]>;
  details?: Record<string, unknown>;
  /** Changes on every failed submission, so the form re-mounts with the returned values. */
  attempt: number;
} | null;

/**
 * A Server Action as a form calls it through useActionState. Pages pass the action to the form as a prop,
 * so that components never import from app/.
 */
export type FormAction<State = FormState> = (previous: State, formData: FormData) => Promise<State>;

/** FormData → plain object (repeated names become arrays; files are ignored). */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/** Expected failures become form state; anything else is a bug and is rethrown to the error page. */
export function failedFormState(error: unknown, values: Record<string, string | string[]>, previous: FormState): FormState {
  if (!isAppError(error)) throw error;
  const { password: _password, ...safeValues } = values; // never echo a password back into the page
  return {
    ok: false,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values: safeValues,
    details: error.details,
    attempt: (previous?.attempt ?? 0) + 1,
  };
}
