"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { beginTwoFactorSetup } from "@/app/editor/account/actions";
import { buttonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Makes a new secret and comes back to `next`, which then shows the QR code. */
export function StartTwoFactorForm({ next }: { next: string }) {
  const t = useTranslations("editor.account");
  const [state, formAction, isPending] = useActionState(beginTwoFactorSetup, null);
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
