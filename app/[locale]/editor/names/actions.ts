"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveParticipantNames } from "@/lib/participants/save-participant-names";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

export async function saveOrganisationNames(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let code: string;
  try {
    ({ code } = await saveParticipantNames(db, actor, values));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/names?saved=${encodeURIComponent(code)}`);
}
