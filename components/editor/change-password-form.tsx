"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/server-actions/form-state";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "./use-focus-first-error";

/** The signed-in user's own password; `next` is where to go once it is changed. */
export function ChangePasswordForm({ next, changeAction }: { next: string; changeAction: FormAction }) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(changeAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  const errors = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} aria-label={t("passwordHeading")} className="max-w-xl space-y-5">
      <FormStatus message={state?.message} />
      <input type="hidden" name="next" value={next} />
      <Field id="current-password" label={t("currentPassword")} error={errors.currentPassword}>
        {(describedBy, invalid) => (
          <input
            id="current-password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="new-password" label={t("newPassword")} help={t("newPasswordHelp")} error={errors.newPassword}>
        {(describedBy, invalid) => (
          <input
            id="new-password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={12}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="confirm-password" label={t("confirmPassword")} error={errors.confirmPassword}>
        {(describedBy, invalid) => (
          <input
            id="confirm-password"
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {isPending ? t("saving") : t("changePassword")}
      </button>
    </form>
  );
}
