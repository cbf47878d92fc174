"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordStatement } from "@/lib/statements/record-statement";

export async function saveStatement(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let savedId: string;
  try {
    ({ id: savedId } = await recordStatement(db, actor, { ...values, commitments: formData.getAll("commitments") }));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  // The statement's own page: its evidence documents are attached there.
  return redirectInLanguage(`/editor/statements/${savedId}?saved=1`);
}
