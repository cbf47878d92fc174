"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "./use-focus-first-error";
import type { FormAction } from "@/lib/server-actions/form-state";

type EnglishText = { title: string; commitments: { number: number; text: string; points: { position: number; text: string }[] }[] };
type StoredText = {
  title: string;
  sourceTitle: string;
  sourceUrl: string;
  commitments: { number: number; text: string; points: string[] }[];
};

/**
 * An official text of the Code in one language, typed from its source commitment by commitment. Each field
 * shows the English text it corresponds to; a blank commitment is saved as "not entered yet".
 */
export function OfficialTextForm({
  saveAction,
  locale,
  language,
  english,
  stored,
}: {
  saveAction: FormAction;
  locale: string;
  language: string;
  english: EnglishText;
  stored: StoredText | null;
}) {
  const t = useTranslations("editor.codeTexts");
  const [state, formAction, isPending] = useActionState(saveAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  const values = state?.values as Record<string, string> | undefined;
  const errors = state?.fieldErrors ?? {};
  const storedByNumber = new Map(stored?.commitments.map((commitment) => [commitment.number, commitment]));
  const initial = (field: string, fallback: string | undefined) => values?.[field] ?? fallback ?? "";
  const textProps = (id: string, field: string, fallback: string | undefined) => ({
    id,
    name: field,
    lang: locale,
    dir: "auto" as const,
    defaultValue: initial(field, fallback),
  });

  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-5" aria-label={t("formHeading", { language })}>
      <FormStatus message={state?.message} />
      <input type="hidden" name="locale" value={locale} />
      <Field id="title" label={t("title", { language })} help={t("englishText", { text: english.title })} error={errors.title}>
        {(describedBy, invalid) => (
          <input
            {...textProps("title", "title", stored?.title)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="sourceTitle" label={t("sourceTitle")} help={t("sourceTitleHelp")} error={errors.sourceTitle}>
        {(describedBy, invalid) => (
          <input
            id="sourceTitle"
            name="sourceTitle"
            defaultValue={initial("sourceTitle", stored?.sourceTitle)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="sourceUrl" label={t("sourceUrl")} error={errors.sourceUrl}>
        {(describedBy, invalid) => (
          <input
            id="sourceUrl"
            name="sourceUrl"
            type="url"
            inputMode="url"
            dir="ltr"
            defaultValue={initial("sourceUrl", stored?.sourceUrl)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      {english.commitments.map((commitment) => {
        const entered = storedByNumber.get(commitment.number);
        const field = `commitment-${commitment.number}`;
        return (
          <fieldset key={commitment.number} className="space-y-3 border-t border-rule pt-4">
            <legend className="sr-only">{t("commitment", { number: commitment.number })}</legend>
            <Field
              id={field}
              label={t("commitment", { number: commitment.number })}
              help={t("englishText", { text: commitment.text })}
              error={errors[field]}
            >
              {(describedBy, invalid) => (
                <textarea
                  {...textProps(field, field, entered?.text)}
                  rows={4}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  className={inputClass}
                />
              )}
            </Field>
            {commitment.points.map((point, index) => {
              const pointField = `${field}-point-${index + 1}`;
              return (
                <Field
                  key={point.position}
                  id={pointField}
                  label={t("point", { position: index + 1, number: commitment.number })}
                  help={t("englishText", { text: point.text })}
                  error={errors[pointField]}
                >
                  {(describedBy, invalid) => (
                    <textarea
                      {...textProps(pointField, pointField, entered?.points[index])}
                      rows={2}
                      aria-describedby={describedBy}
                      aria-invalid={invalid || undefined}
                      className={inputClass}
                    />
                  )}
                </Field>
              );
            })}
          </fieldset>
        );
      })}
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("save", { language })}
      </button>
    </form>
  );
}
