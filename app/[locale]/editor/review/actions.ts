"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { approveReviewItem } from "@/lib/review/approve-review-item";
import { changeReviewSetting } from "@/lib/review/change-review-setting";
import { returnReviewItem } from "@/lib/review/return-review-item";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

// Public pages need no revalidatePath: their cached reads are keyed on the record revision, which approval
// raises in the same transaction as the change.

export async function approveReviewItemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    await approveReviewItem(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage("/editor/review?decision=approved");
}

export async function returnReviewItemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    await returnReviewItem(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage("/editor/review?decision=returned");
}

export async function changeReviewSettingAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    await changeReviewSetting(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage("/editor/review?setting=saved");
}
