"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveOfficialText } from "@/lib/instruments/save-official-text";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

export async function saveCodeText(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let saved: { locale: string; complete: boolean };
  try {
    saved = await saveOfficialText(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/code-texts/${saved.locale}?saved=${saved.complete ? "complete" : "incomplete"}`);
}
