"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction, RecoveryCodesState } from "@/lib/server-actions/form-state";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { RecoveryCodeList } from "./recovery-code-list";

// Changes to two-factor sign-in that need the current password, so a session left open on a shared
// machine cannot weaken the account.

function CurrentPasswordField({ id, error }: { id: string; error?: string }) {
  const t = useTranslations("editor.account");
  return (
    <Field id={id} label={t("currentPassword")} error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function RenewRecoveryCodesForm({ renewAction }: { renewAction: FormAction<RecoveryCodesState> }) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(renewAction, null);
  const failed = state?.ok === false ? state : null;
  return (
    <div className="space-y-4">
      {state?.ok && <RecoveryCodeList codes={state.recoveryCodes} />}
      <form key={state?.attempt ?? 0} action={formAction} aria-label={t("renewHeading")} className="max-w-xl space-y-3">
        <FormStatus message={failed?.message} />
        <p className="text-sm text-muted">{t("renewHelp")}</p>
        <CurrentPasswordField id="renew-current-password" error={failed?.fieldErrors.currentPassword} />
        <button type="submit" className={secondaryButtonClass} disabled={isPending}>
          {t("renew")}
        </button>
      </form>
    </div>
  );
}

export function TurnOffTwoFactorForm({ turnOffAction }: { turnOffAction: FormAction }) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(turnOffAction, null);
  return (
    <form key={state?.attempt ?? 0} action={formAction} aria-label={t("turnOffHeading")} className="max-w-xl space-y-3">
      <FormStatus message={state?.message} />
      <p className="text-sm text-muted">{t("turnOffHelp")}</p>
      <CurrentPasswordField id="turn-off-current-password" error={state?.fieldErrors.currentPassword} />
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {t("turnOff")}
      </button>
    </form>
  );
}
