"use server";

import { redirect } from "next/navigation";
import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { failedFormState, formValues, type FormState, type RecoveryCodesState } from "@/lib/server-actions/form-state";
import { getPageLocale } from "@/i18n/page-locale";
import { continueSignInPath } from "@/lib/auth/pending-step-path";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { getClientAddress, getSignInState } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { confirmTwoFactorEnrolment } from "@/lib/two-factor/confirm-two-factor-enrolment";
import { replaceRecoveryCodes } from "@/lib/two-factor/replace-recovery-codes";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";
import { turnOffTwoFactor } from "@/lib/two-factor/turn-off-two-factor";
import { changePassword } from "@/lib/users/change-password";

// The signed-in user's own account: the only actions allowed while a temporary password or (for an
// administrator) two-factor set-up is pending, each only for its own step (lib/auth/sign-in-state.ts).

/** Where the form asked to go afterwards (hidden field `next`): a path on this site only. */
const nextPathOf = (values: Record<string, string | string[]>) => safeCallbackPath(values.next, siteOrigin(), "/editor/account");

export async function changeOwnPassword(previous: FormState, formData: FormData): Promise<FormState> {
  const [state, clientAddress] = await Promise.all([getSignInState(), getClientAddress()]);
  const values = formValues(formData);
  try {
    await changePassword(db, state, values, clientAddress);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  redirect(continueSignInPath(nextPathOf(values), await getPageLocale()));
}

export async function beginTwoFactorSetup(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await getSignInState();
  const values = formValues(formData);
  try {
    await startTwoFactorEnrolment(db, state);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  // Back to the same page, which now shows the QR code and the setup key.
  redirect(nextPathOf(values));
}

export async function finishTwoFactorSetup(previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const [state, clientAddress] = await Promise.all([getSignInState(), getClientAddress()]);
  const values = formValues(formData);
  try {
    const { recoveryCodes } = await confirmTwoFactorEnrolment(db, state, values, clientAddress);
    // Returned, not redirected: the codes are shown once, and never put in a URL.
    return { ok: true, recoveryCodes, attempt: (previous?.attempt ?? 0) + 1 };
  } catch (error) {
    return failedFormState(error, values, previous?.ok === false ? previous : null);
  }
}

export async function renewRecoveryCodes(previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const [state, clientAddress] = await Promise.all([getSignInState(), getClientAddress()]);
  const values = formValues(formData);
  try {
    const { recoveryCodes } = await replaceRecoveryCodes(db, state, values, clientAddress);
    return { ok: true, recoveryCodes, attempt: (previous?.attempt ?? 0) + 1 };
  } catch (error) {
    return failedFormState(error, values, previous?.ok === false ? previous : null);
  }
}

export async function disableTwoFactor(previous: FormState, formData: FormData): Promise<FormState> {
  const [state, clientAddress] = await Promise.all([getSignInState(), getClientAddress()]);
  const values = formValues(formData);
  try {
    await turnOffTwoFactor(db, state, values, clientAddress);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage("/editor/account?twoFactorOff=1");
}
