"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { EvidenceKind, EvidenceVisibility } from "@/generated/prisma/enums";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { EVIDENCE_ACCEPT } from "@/lib/evidence/evidence-formats";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-limits";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { EvidenceRecordType } from "@/lib/evidence/schema";
import type { AttachEvidenceState, FormAction } from "@/lib/server-actions/form-state";
import { useFocusFirstError } from "./use-focus-first-error";

/**
 * "Attach a document": the file (labelled "Evidence document"), its kind and its visibility. A file over the
 * limit is refused here, before it is sent; an upload the server could not take (its body limit, a dropped
 * connection) becomes a message too, never an error page. The server judges the file itself.
 */
export function EvidenceUploadForm({
  attachAction,
  recordType,
  recordId,
}: {
  attachAction: FormAction<AttachEvidenceState>;
  recordType: EvidenceRecordType;
  recordId: string;
}) {
  const t = useTranslations("editor.evidence");
  const tReview = useTranslations("editor.review");
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [state, formAction, isPending] = useActionState<AttachEvidenceState, FormData>(async (previous, formData) => {
    const file = formData.get("document");
    if (file instanceof File && file.size > MAX_EVIDENCE_BYTES) {
      return refusedHere(previous, formData, t("upload.notAttached"), t("upload.tooLarge", { size: formatByteSize(file.size) }));
    }
    try {
      return await attachAction(previous, formData);
    } catch {
      return refusedHere(previous, formData, t("upload.notAttached"), t("upload.failed"));
    }
  }, null);
  const formRef = useFocusFirstError(state?.ok ? undefined : state?.attempt);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};

  return (
    <form
      ref={formRef}
      key={state?.attempt ?? 0}
      action={formAction}
      className="space-y-5"
      noValidate
      aria-labelledby="evidence-upload-heading"
    >
      <h3 id="evidence-upload-heading" className="text-lg font-semibold">
        {t("upload.heading")}
      </h3>
      {state?.ok ? (
        <FormStatus
          tone="success"
          message={
            state.isPending
              ? tReview("pendingNotices.attach", { name: state.fileName })
              : t(state.wasStoredBefore ? "upload.attachedExisting" : "upload.attached", { name: state.fileName })
          }
        />
      ) : (
        <FormStatus message={failed?.message} />
      )}
      <input type="hidden" name="recordType" value={recordType} />
      <input type="hidden" name="recordId" value={recordId} />
      <Field id="evidence-document" label={t("upload.document")} help={t("upload.documentHelp")} error={errors.document}>
        {(describedBy, invalid) => (
          <input
            id="evidence-document"
            name="document"
            type="file"
            accept={EVIDENCE_ACCEPT}
            required
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setChosen(file ? { name: file.name, size: file.size } : null);
            }}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={`${inputClass} file:me-3 file:rounded file:border-0 file:bg-paper file:px-3 file:py-1`}
          />
        )}
      </Field>
      <Field id="evidence-kind" label={t("kind")} help={t("upload.kindHelp")} error={errors.kind}>
        {(describedBy, invalid) => (
          <select
            id="evidence-kind"
            name="kind"
            defaultValue={values.kind ?? "signed_instrument"}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {Object.values(EvidenceKind).map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className="space-y-1"
        aria-describedby={["evidence-visibility-help", errors.visibility ? "evidence-visibility-error" : ""].join(" ").trim()}
      >
        <legend className="font-medium">{t("visibility")}</legend>
        <p id="evidence-visibility-help" className="text-sm text-muted">
          {t("upload.visibilityHelp")}
        </p>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {Object.values(EvidenceVisibility).map((visibility) => (
            <label key={visibility} className="flex items-center gap-2">
              <input type="radio" name="visibility" value={visibility} defaultChecked={values.visibility === visibility} />
              {t(`visibilities.${visibility}`)}
            </label>
          ))}
        </div>
        {errors.visibility && (
          <p id="evidence-visibility-error" className="text-sm font-medium text-red-800">
            {errors.visibility}
          </p>
        )}
      </fieldset>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("upload.submit")}
      </button>
      <div role="status" aria-live="polite">
        {isPending && (
          <p className="flex items-center gap-3 text-sm">
            <progress className="w-40" aria-label={t("upload.progressLabel")} />
            {chosen ? t("upload.uploading", { name: chosen.name, size: formatByteSize(chosen.size) }) : t("upload.progressLabel")}
          </p>
        )}
      </div>
    </form>
  );
}

/** A refusal decided in the browser, shaped like the server's, so the form shows it the same way. */
function refusedHere(previous: AttachEvidenceState, formData: FormData, message: string, documentError: string): AttachEvidenceState {
  return {
    ok: false,
    code: "validation",
    message,
    fieldErrors: { document: documentError },
    values: { kind: textOf(formData.get("kind")), visibility: textOf(formData.get("visibility")) },
    attempt: (previous?.attempt ?? 0) + 1,
  };
}

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}
