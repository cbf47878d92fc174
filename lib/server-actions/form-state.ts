import { headers } from "next/headers";
import { getClientAddress, getSignInState } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError, type AppError, type AppErrorCode } from "@/lib/errors";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { messageTranslator, pageMessageTranslator, translateFields } from "@/lib/i18n/translate-message";
import { pageOf, recordRefusedAction } from "@/lib/security-events/record-refused-action";

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
/** A temporary password, shown once to the administrator (returned, never redirected: it must not be in a URL). */
export type TemporaryPasswordState = FormState | { ok: true; name: string; temporaryPassword: string; attempt: number };

/**
 * An evidence document attached: the page lists it, the form says which file and how it was stored, or that
 * it waits for a second editor (a published record, while review is required).
 */
export type AttachEvidenceState = FormState | { ok: true; fileName: string; wasStoredBefore: boolean; isPending: boolean; attempt: number };

/** Fresh recovery codes, shown once. */
export type RecoveryCodesState = FormState | { ok: true; recoveryCodes: string[]; attempt: number };

/** Fields whose values are never echoed back into the page. */
const SECRET_FIELDS = new Set(["password", "currentPassword", "newPassword", "confirmPassword", "code", "recoveryCode"]);

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

/**
 * Expected failures become form state; anything else is a bug and is rethrown to the error page. Every
 * Server Action passes its failures through here, so this is where refusals reach the security log, and
 * where the domain's message keys (lib/i18n/message-key.ts) are written in the page's language.
 */
export async function failedFormState(
  error: unknown,
  values: Record<string, string | string[]>,
  previous: { attempt: number } | null,
): Promise<FormState> {
  if (!isAppError(error)) throw error;
  if (error.code === "forbidden") await logRefusal(error);
  const safeValues = Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
  const translate = await pageMessageTranslator();
  return {
    ok: false,
    code: error.code,
    message: translate(error.message),
    fieldErrors: translateFields(translate, error.fieldErrors),
    values: safeValues,
    details: error.details,
    attempt: (previous?.attempt ?? 0) + 1,
  };
}

async function logRefusal(error: AppError) {
  const [state, clientAddress, requestHeaders] = await Promise.all([getSignInState(), getClientAddress(), headers()]);
  await recordRefusedAction(db, {
    userId: state?.user.id ?? null,
    clientAddress,
    // The security log is read by administrators in English, whatever the page's language.
    message: (await messageTranslator(DEFAULT_LOCALE))(error.message),
    page: pageOf(requestHeaders.get("referer")),
  });
}
