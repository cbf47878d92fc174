"use server";

import { revalidatePath } from "next/cache";
import { redirectInLanguage } from "@/i18n/redirect-in-language";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { changeEvidenceVisibility } from "@/lib/evidence/change-evidence-visibility";
import { detachEvidence } from "@/lib/evidence/detach-evidence";
import type { EvidenceRecord } from "@/lib/evidence/load-evidence-record";
import { failedFormState, formValues, type AttachEvidenceState, type FormState } from "@/lib/server-actions/form-state";

// The evidence documents of an action or a statement, from the "Evidence documents" section of their
// editing pages. Public pages need no revalidation: the domain functions bump the record revision when a
// published record's documents change. While review is required, a change to a published record's
// documents is proposed instead: the pages say so (?proposed=…).

function editorPathOf(record: Pick<EvidenceRecord, "type" | "id">): string {
  return record.type === "action" ? `/editor/signatures/${record.id}` : `/editor/statements/${record.id}`;
}

/** Attaches the uploaded file. Answers with a state rather than a redirect: the form shows which file it was. */
export async function attachEvidenceDocument(previous: AttachEvidenceState, formData: FormData): Promise<AttachEvidenceState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    const attached = await attachEvidence(db, actor, { ...values, document: formData.get("document") });
    revalidatePath(editorPathOf(attached.record));
    return {
      ok: true,
      fileName: attached.fileName,
      wasStoredBefore: attached.wasStoredBefore,
      isPending: attached.isPending,
      attempt: (previous?.attempt ?? 0) + 1,
    };
  } catch (error) {
    return failedFormState(error, values, previous);
  }
}

export async function changeEvidenceDocumentVisibility(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let changed: { record: EvidenceRecord; isPending: boolean };
  try {
    changed = await changeEvidenceVisibility(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`${editorPathOf(changed.record)}?${changed.isPending ? "proposed=visibility" : "evidence=changed"}#evidence`);
}

export async function detachEvidenceDocument(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  let detached: { record: EvidenceRecord; isPending: boolean };
  try {
    detached = await detachEvidence(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  return redirectInLanguage(`${editorPathOf(detached.record)}?${detached.isPending ? "proposed=detach" : "evidence=removed"}#evidence`);
}
