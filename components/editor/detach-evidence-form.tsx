"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

/** Removes a document from its record, behind a disclosure, a reason and an explicit confirmation. */
export function DetachEvidenceForm({ detachAction, documentId }: { detachAction: FormAction; documentId: string }) {
  const t = useTranslations("editor.evidence.detach");
  const [state, formAction, isPending] = useActionState(detachAction, null);
  const id = (name: string) => `${name}-${documentId}`;
  return (
    <details className="rounded border border-red-800 p-3" open={Boolean(state)}>
      <summary className="cursor-pointer font-medium text-red-900">{t("summary")}</summary>
      <form key={state?.attempt ?? 0} action={formAction} className="mt-3 space-y-3">
        <FormStatus message={state?.message} />
        <p className="text-sm text-muted">{t("help")}</p>
        <input type="hidden" name="documentId" value={documentId} />
        <Field id={id("detach-reason")} label={t("reason")} error={state?.fieldErrors.reason}>
          {(describedBy, invalid) => (
            <textarea
              id={id("detach-reason")}
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
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" required />
          {t("confirm")}
        </label>
        <button type="submit" disabled={isPending} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900">
          {t("submit")}
        </button>
      </form>
    </details>
  );
}
