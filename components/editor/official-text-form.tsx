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
  /** One labelled field, kept as typed after a refusal; the text's own fields are marked with its language. */
  const field = (
    name: string,
    label: string,
    options: { help?: string; stored?: string; rows?: number; url?: boolean; plain?: boolean },
  ) => (
    <Field key={name} id={name} label={label} help={options.help} error={errors[name]}>
      {(describedBy, invalid) => {
        const props = {
          id: name,
          name,
          defaultValue: values?.[name] ?? options.stored ?? "",
          "aria-describedby": describedBy,
          "aria-invalid": invalid || undefined,
          className: inputClass,
        };
        if (options.url) return <input {...props} type="url" inputMode="url" dir="ltr" />;
        if (options.plain) return <input {...props} />;
        return options.rows ? (
          <textarea {...props} rows={options.rows} lang={locale} dir="auto" />
        ) : (
          <input {...props} lang={locale} dir="auto" />
        );
      }}
    </Field>
  );

  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-5" aria-label={t("formHeading", { language })}>
      <FormStatus message={state?.message} />
      <input type="hidden" name="locale" value={locale} />
      {field("title", t("title", { language }), { help: t("englishText", { text: english.title }), stored: stored?.title })}
      {field("sourceTitle", t("sourceTitle"), { help: t("sourceTitleHelp"), stored: stored?.sourceTitle, plain: true })}
      {field("sourceUrl", t("sourceUrl"), { stored: stored?.sourceUrl, url: true })}
      {english.commitments.map((commitment) => {
        const entered = storedByNumber.get(commitment.number);
        const name = `commitment-${commitment.number}`;
        return (
          <fieldset key={commitment.number} className="space-y-3 border-t border-rule pt-4">
            <legend className="sr-only">{t("commitment", { number: commitment.number })}</legend>
            {field(name, t("commitment", { number: commitment.number }), {
              help: t("englishText", { text: commitment.text }),
              stored: entered?.text,
              rows: 4,
            })}
            {commitment.points.map((point, index) =>
              field(`${name}-point-${index + 1}`, t("point", { position: index + 1, number: commitment.number }), {
                help: t("englishText", { text: point.text }),
                stored: entered?.points[index],
                rows: 2,
              }),
            )}
          </fieldset>
        );
      })}
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("save", { language })}
      </button>
    </form>
  );
}
