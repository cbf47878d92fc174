"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EvidenceVisibility } from "@/generated/prisma/enums";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

/** Public or restricted, for one document; a reason when its record is published (it is a public change). */
export function EvidenceVisibilityForm({
  changeAction,
  documentId,
  fileName,
  visibility,
  isPublished,
}: {
  changeAction: FormAction;
  documentId: string;
  fileName: string;
  visibility: EvidenceVisibility;
  isPublished: boolean;
}) {
  const t = useTranslations("editor.evidence");
  const [state, formAction, isPending] = useActionState(changeAction, null);
  const id = (name: string) => `${name}-${documentId}`;
  return (
    <form key={state?.attempt ?? 0} action={formAction} className="space-y-3">
      <FormStatus message={state?.message} />
      <input type="hidden" name="documentId" value={documentId} />
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("changeVisibility.legend", { name: fileName })}</legend>
        <Field id={id("visibility")} label={t("visibility")} error={state?.fieldErrors.visibility}>
          {(describedBy) => (
            <select
              id={id("visibility")}
              name="visibility"
              defaultValue={state?.values.visibility ?? visibility}
              aria-describedby={describedBy}
              className={inputClass}
            >
              {Object.values(EvidenceVisibility).map((choice) => (
                <option key={choice} value={choice}>
                  {t(`visibilities.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {isPublished && (
          <Field
            id={id("visibility-reason")}
            label={t("changeVisibility.reason")}
            help={t("changeVisibility.reasonHelp")}
            error={state?.fieldErrors.reason}
          >
            {(describedBy, invalid) => (
              <input
                id={id("visibility-reason")}
                name="reason"
                defaultValue={state?.values.reason}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClass}
              />
            )}
          </Field>
        )}
      </fieldset>
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {t("changeVisibility.submit")}
      </button>
    </form>
  );
}
