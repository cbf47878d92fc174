"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "./use-focus-first-error";
import type { FormAction } from "@/lib/server-actions/form-state";
import { TRANSLATED_LOCALES } from "@/lib/i18n/translated-locales";

/** An organisation's names in the five other UN languages; an empty field means "show the English name". */
export function OrganisationNamesForm({
  saveAction,
  organisation,
}: {
  saveAction: FormAction;
  organisation: { code: string; name: string; translatedNames: Partial<Record<string, string>> };
}) {
  const t = useTranslations("editor");
  const [state, formAction, isPending] = useActionState(saveAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  const values = state?.values as Record<string, string> | undefined;
  const errors = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} aria-label={organisation.name} className="space-y-3">
      <FormStatus message={state?.message} />
      <input type="hidden" name="participant" value={organisation.code} />
      {TRANSLATED_LOCALES.map((locale) => {
        const id = `${organisation.code}-name-${locale}`;
        const field = `name-${locale}`;
        return (
          <Field
            key={locale}
            id={id}
            label={t("names.fieldLabel", { language: t(`languageNames.${locale}`), code: locale })}
            error={errors[field]}
          >
            {(describedBy, invalid) => (
              <input
                id={id}
                name={field}
                lang={locale}
                dir="auto"
                defaultValue={values?.[field] ?? organisation.translatedNames[locale] ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClass}
              />
            )}
          </Field>
        );
      })}
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {t("names.save", { name: organisation.name })}
      </button>
    </form>
  );
}
