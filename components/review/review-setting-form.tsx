"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

/** The administrators' "Require a second reviewer" checkbox (the server checks the role). */
export function ReviewSettingForm({ requiresReview, saveAction }: { requiresReview: boolean; saveAction: FormAction }) {
  const t = useTranslations("editor.review");
  const [state, formAction, isPending] = useActionState(saveAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus message={state?.message} />
      <div className="flex items-start gap-2">
        <input
          id="requiresReview"
          name="requiresReview"
          type="checkbox"
          defaultChecked={requiresReview}
          aria-describedby="requiresReview-help"
          className="mt-1 size-4"
        />
        <div>
          <label htmlFor="requiresReview" className="font-medium">
            {t("setting")}
          </label>
          <p id="requiresReview-help" className="text-sm text-muted">
            {t("settingHelp")}
          </p>
        </div>
      </div>
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {t("settingSave")}
      </button>
    </form>
  );
}
