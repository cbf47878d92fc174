"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";
import { ProgressNote } from "./progress-note";
import { useFocusFirstError } from "./use-focus-first-error";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Upload a CSV or XLSX; the server previews it and shows the preview's page. Too large a file is stopped here. */
export function ImportUploadForm({ previewAction, maxBytes }: { previewAction: FormAction; maxBytes: number }) {
  const t = useTranslations("editor.import");
  const [state, formAction, isPending] = useActionState(previewAction, null);
  const [chosenSize, setChosenSize] = useState(0);
  const [localError, setLocalError] = useState<string | undefined>();
  const formRef = useFocusFirstError(state?.attempt);
  const error = localError ?? state?.fieldErrors.file;

  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        const problem = !file ? t("fileMissing") : file.size > maxBytes ? t("fileTooLarge", { size: megabytes(maxBytes) }) : undefined;
        setLocalError(problem);
        if (problem) event.preventDefault();
      }}
    >
      <FormStatus message={localError ? undefined : state?.message} />
      <Field id="file" label={t("file")} help={t("fileHelp")} error={error}>
        {(describedBy, invalid) => (
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
            onChange={(event) => {
              setChosenSize(event.currentTarget.files?.[0]?.size ?? 0);
              setLocalError(undefined);
            }}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("preview")}
      </button>
      {isPending && <ProgressNote label={t("progressLabel")} message={t("previewing", { size: megabytes(chosenSize) })} />}
    </form>
  );
}
