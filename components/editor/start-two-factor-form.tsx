"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/server-actions/form-state";
import { buttonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Makes a new secret and comes back to `next`, which then shows the QR code. */
export function StartTwoFactorForm({ next, startAction }: { next: string; startAction: FormAction }) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(startAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus message={state?.message} />
      <input type="hidden" name="next" value={next} />
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("setUp")}
      </button>
    </form>
  );
}
