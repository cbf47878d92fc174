"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

/** Undo a whole applied batch: behind a disclosure, with a reason (administrators only; the server checks). */
export function UndoBatchForm({ undoAction, batchId }: { undoAction: FormAction; batchId: string }) {
  const t = useTranslations("editor.import.batch");
  const [state, formAction, isPending] = useActionState(undoAction, null);
  return (
    <details className="rounded border border-red-800 p-4" open={Boolean(state)}>
      <summary className="cursor-pointer font-medium text-red-900">{t("undoSummary")}</summary>
      <form key={state?.attempt ?? 0} action={formAction} className="mt-4 space-y-4" noValidate>
        <FormStatus message={state?.message} />
        <p className="text-sm text-muted">{t("undoHelp")}</p>
        <input type="hidden" name="batchId" value={batchId} />
        <Field id="undo-reason" label={t("undoReason")} error={state?.fieldErrors.reason}>
          {(describedBy, invalid) => (
            <textarea
              id="undo-reason"
              name="reason"
              rows={2}
              required
              defaultValue={state?.values.reason}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            />
          )}
        </Field>
        <button type="submit" disabled={isPending} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900">
          {isPending ? t("undoing") : t("undo")}
        </button>
      </form>
    </details>
  );
}
