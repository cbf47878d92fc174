"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction, TemporaryPasswordState } from "@/lib/server-actions/form-state";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** An administrator's reset of another account's password; the temporary password is shown once. */
export function ResetPasswordForm({
  user,
  resetAction,
}: {
  user: { id: string; name: string; hasTwoFactor: boolean };
  resetAction: FormAction<TemporaryPasswordState>;
}) {
  const t = useTranslations("editor.users");
  const [state, formAction, isPending] = useActionState(resetAction, null);
  const failed = state?.ok === false ? state : null;
  const prefix = `reset-${user.id}`;
  return (
    <details className="space-y-3" open={Boolean(state)}>
      <summary className="cursor-pointer underline underline-offset-4">{t("resetSummary")}</summary>
      {state?.ok && (
        <FormStatus tone="success" message={t("resetDone", { name: state.name })}>
          <p className="mt-2 font-mono text-lg" data-testid="temporary-password">
            {state.temporaryPassword}
          </p>
        </FormStatus>
      )}
      <form key={state?.attempt ?? 0} action={formAction} aria-label={`${t("reset")}: ${user.name}`} className="space-y-3">
        <FormStatus message={failed?.message} />
        <p className="text-sm text-muted">{t("resetHelp")}</p>
        <input type="hidden" name="id" value={user.id} />
        {user.hasTwoFactor && (
          <div className="flex items-start gap-2">
            <input id={`${prefix}-two-factor`} name="removeTwoFactor" type="checkbox" value="true" className="mt-1" />
            <label htmlFor={`${prefix}-two-factor`}>{t("removeTwoFactor")}</label>
          </div>
        )}
        <Field id={`${prefix}-reason`} label={t("resetReason")} error={failed?.fieldErrors.reason}>
          {(describedBy) => <input id={`${prefix}-reason`} name="reason" aria-describedby={describedBy} className={inputClass} />}
        </Field>
        <button type="submit" className={secondaryButtonClass} disabled={isPending}>
          {t("reset")}
        </button>
      </form>
    </details>
  );
}
