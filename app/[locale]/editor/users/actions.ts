"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { failedFormState, formValues, type FormState, type TemporaryPasswordState } from "@/lib/server-actions/form-state";
import { getActingUser, getClientAddress } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";

export async function addUser(previous: TemporaryPasswordState, formData: FormData): Promise<TemporaryPasswordState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    const { temporaryPassword } = await createUser(db, actor, values);
    return { ok: true, name: String(values.name), temporaryPassword, attempt: (previous?.attempt ?? 0) + 1 };
  } catch (error) {
    return failedFormState(error, values, previous?.ok === false ? previous : null);
  }
}

export async function changeUser(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    await updateUser(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage("/editor/users?updated=1");
}

export async function resetUserPassword(previous: TemporaryPasswordState, formData: FormData): Promise<TemporaryPasswordState> {
  const [actor, clientAddress] = await Promise.all([getActingUser(), getClientAddress()]);
  const values = formValues(formData);
  try {
    const { name, temporaryPassword } = await resetPassword(db, actor, values, clientAddress);
    return { ok: true, name, temporaryPassword, attempt: (previous?.attempt ?? 0) + 1 };
  } catch (error) {
    return failedFormState(error, values, previous?.ok === false ? previous : null);
  }
}
