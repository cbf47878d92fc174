"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/server-actions/form-state";
import { ConfirmedRemovalForm } from "./confirmed-removal-form";

/** Removes a document from its record, behind a disclosure, a reason and an explicit confirmation. */
export function DetachEvidenceForm({ detachAction, documentId }: { detachAction: FormAction; documentId: string }) {
  const t = useTranslations("editor.evidence.detach");
  return (
    <ConfirmedRemovalForm
      removeAction={detachAction}
      fields={{ documentId }}
      reasonId={`detach-reason-${documentId}`}
      labels={{ summary: t("summary"), help: t("help"), reason: t("reason"), confirm: t("confirm"), submit: t("submit") }}
    />
  );
}
