"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/server-actions/form-state";
import { ConfirmedRemovalForm } from "./confirmed-removal-form";

/** Hard delete, behind a disclosure, a reason and an explicit confirmation. */
export function DeleteActionForm({ deleteAction, actionId }: { deleteAction: FormAction; actionId: string }) {
  const t = useTranslations("editor.signature.delete");
  return (
    <ConfirmedRemovalForm
      removeAction={deleteAction}
      fields={{ id: actionId }}
      reasonId="delete-reason"
      labels={{ summary: t("summary"), help: t("help"), reason: t("reason"), confirm: t("confirm"), submit: t("submit") }}
    />
  );
}
