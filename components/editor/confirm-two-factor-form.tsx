"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction, RecoveryCodesState } from "@/lib/server-actions/form-state";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { RecoveryCodeList } from "./recovery-code-list";
import { useFocusFirstError } from "./use-focus-first-error";

/** The code that proves the app holds the secret; then the recovery codes, once, and a way on. */
export function ConfirmTwoFactorForm({
  continuePath,
  confirmAction,
}: {
  continuePath: string;
  confirmAction: FormAction<RecoveryCodesState>;
}) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(confirmAction, null);
  const failed = state?.ok === false ? state : null;
  const formRef = useFocusFirstError(failed?.attempt);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <RecoveryCodeList codes={state.recoveryCodes} />
        {/* A full navigation: the next page is rendered for a session that is now complete. */}
        <a href={continuePath} className={buttonClass}>
          {t("continue")}
        </a>
      </div>
    );
  }
  return (
    <form ref={formRef} key={failed?.attempt ?? 0} action={formAction} className="max-w-xl space-y-4">
      <FormStatus message={failed?.message} />
      <p>{t("codeIntro")}</p>
      <Field id="totp-code" label={t("code")} help={t("codeHelp")} error={failed?.fieldErrors.code}>
        {(describedBy, invalid) => (
          <input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("turnOn")}
      </button>
    </form>
  );
}
