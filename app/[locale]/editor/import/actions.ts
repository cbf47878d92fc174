"use server";

import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { applyImport } from "@/lib/change-batches/apply-import";
import { previewImport } from "@/lib/change-batches/preview-import";
import { undoChangeBatch } from "@/lib/change-batches/undo-change-batch";
import { db } from "@/lib/db";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";

// Public pages need no revalidatePath: their cached reads are keyed on the record revision, which apply
// and undo raise in the same transaction as the change.

/** Reads the uploaded file and keeps its dry run as a previewed batch, then shows it. Nothing in the record changes. */
export async function previewImportFile(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const file = formData.get("file");
  const values = formValues(formData);
  let batchId: string;
  try {
    const upload =
      file instanceof File
        ? { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) }
        : { fileName: "", bytes: Buffer.alloc(0) };
    ({ batchId } = await previewImport(db, actor, upload));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/import/${batchId}`);
}

export async function applyImportBatch(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let batchId: string;
  try {
    ({ batchId } = await applyImport(db, actor, values));
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`/editor/import/${batchId}?applied=1`);
}

export async function undoImportBatch(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let undone: { batchId: string; isPending: boolean };
  try {
    undone = await undoChangeBatch(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  // While review is required, undoing published records waits for a second editor.
  return redirectInLanguage(`/editor/import/${undone.batchId}?${undone.isPending ? "proposed=undo" : "undone=1"}`);
}
