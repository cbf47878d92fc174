"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

// Public pages need no revalidatePath here: their cached reads are keyed on the record revision, which
// the domain functions bump in the same transaction as the change.

/** Records a new action (signature, accession or withdrawal), or corrects one when the form carries its id and version. */
export async function saveParticipantAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let savedId: string;
  try {
    const saved = values.id ? await correctAction(db, actor, values) : await recordAction(db, actor, values);
    savedId = saved.id;
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/signatures/${savedId}?saved=1`);
}

export async function deleteParticipantAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let deleted: { participantCode: string; isPending: boolean };
  try {
    deleted = await deleteAction(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  // While review is required a published record's deletion waits for a second editor: the record stays.
  if (deleted.isPending) return redirectInLanguage(`/editor/signatures/${encodeURIComponent(String(values.id))}?proposed=delete`);
  return redirectInLanguage(`/editor?deleted=${encodeURIComponent(deleted.participantCode)}`);
}
