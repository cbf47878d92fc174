"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { recordCeremony } from "@/lib/change-batches/record-ceremony";
import { db } from "@/lib/db";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

/** Saves every row of a signing ceremony in one transaction, as one batch, then shows the batch. */
export async function saveCeremony(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let batchId: string;
  try {
    ({ batchId } = await recordCeremony(db, actor, values));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/import/${batchId}?applied=1`);
}
