"use server";

import { redirect } from "next/navigation";
import { failedFormState, formValues, type FormState } from "@/lib/actions/form-state";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { deleteSignature } from "@/lib/signatures/delete-signature";
import { correctSignature, recordSignature } from "@/lib/signatures/save-signature";

// Public pages need no revalidatePath here: their cached reads are keyed on the record revision, which
// the domain functions bump in the same transaction as the change.

/** Records a new signature, or corrects one when the form carries its id and version. */
export async function saveSignature(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let savedId: string;
  try {
    const saved = values.id ? await correctSignature(db, actor, values) : await recordSignature(db, actor, values);
    savedId = saved.id;
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  redirect(`/editor/signatures/${savedId}?saved=1`);
}

export async function removeSignature(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let participantCode: string;
  try {
    ({ participantCode } = await deleteSignature(db, actor, values));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  redirect(`/editor?deleted=${encodeURIComponent(participantCode)}`);
}
