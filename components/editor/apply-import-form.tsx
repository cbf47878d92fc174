"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";
import { ProgressNote } from "./progress-note";
import { useFocusFirstError } from "./use-focus-first-error";

/** "Apply import", with the one reason a batch's corrections to published records need. */
export function ApplyImportForm({ applyAction, batchId, needsReason }: { applyAction: FormAction; batchId: string; needsReason: boolean }) {
  const t = useTranslations("editor.import.batch");
  const [state, formAction, isPending] = useActionState(applyAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-4" noValidate>
      <FormStatus message={state?.message} />
      <input type="hidden" name="batchId" value={batchId} />
      <Field
        id="reason"
        label={t("reason")}
        help={needsReason ? t("reasonHelp") : t("reasonHelpOptional")}
        error={state?.fieldErrors.reason}
      >
        {(describedBy, invalid) => (
          <textarea
            id="reason"
            name="reason"
            rows={2}
            required={needsReason}
            defaultValue={state?.values.reason}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("apply")}
      </button>
      {isPending && <ProgressNote label={t("apply")} message={t("applying")} />}
    </form>
  );
}
