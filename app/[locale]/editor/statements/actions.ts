"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordStatement } from "@/lib/statements/record-statement";
import { updateDraftStatement } from "@/lib/statements/update-draft-statement";

/** Adds a statement, or edits an unpublished one when the form carries its id and version. */
export async function saveStatement(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let savedId: string;
  try {
    const input = { ...values, commitments: formData.getAll("commitments") };
    ({ id: savedId } = values.id ? await updateDraftStatement(db, actor, input) : await recordStatement(db, actor, input));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  // The statement's own page: its evidence documents are attached there.
  return redirectInLanguage(`/editor/statements/${savedId}?saved=1`);
}
