"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

type Subject = { subjectType: string; subjectId: string; version: number };

function SubjectFields({ subject }: { subject: Subject }) {
  return (
    <>
      <input type="hidden" name="subjectType" value={subject.subjectType} />
      <input type="hidden" name="subjectId" value={subject.subjectId} />
      <input type="hidden" name="version" value={subject.version} />
    </>
  );
}

/** "Approve and publish", and "Return with comment" (the comment required): shown only to those who may decide. */
export function ReviewDecisionForms({
  subject,
  approveAction,
  returnAction,
}: {
  subject: Subject;
  approveAction: FormAction;
  returnAction: FormAction;
}) {
  const t = useTranslations("editor.review");
  const [approveState, approve, isApproving] = useActionState(approveAction, null);
  const [returnState, sendBack, isReturning] = useActionState(returnAction, null);
  const commentId = `comment-${subject.subjectId}`;
  return (
    <div className="space-y-4">
      <form action={approve} className="space-y-2">
        <FormStatus message={approveState?.message} />
        <SubjectFields subject={subject} />
        <button type="submit" className={buttonClass} disabled={isApproving || isReturning}>
          {isApproving ? t("approving") : t("approve")}
        </button>
      </form>
      <details open={Boolean(returnState)} className="rounded border border-rule p-4">
        <summary className="cursor-pointer font-medium">{t("returnSummary")}</summary>
        <form key={returnState?.attempt ?? 0} action={sendBack} className="mt-3 space-y-3" noValidate>
          <FormStatus message={returnState?.fieldErrors.comment ? undefined : returnState?.message} />
          <SubjectFields subject={subject} />
          <Field id={commentId} label={t("comment")} help={t("commentHelp")} error={returnState?.fieldErrors.comment}>
            {(describedBy, invalid) => (
              <textarea
                id={commentId}
                name="comment"
                rows={3}
                required
                defaultValue={returnState?.values.comment}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                // A failed attempt re-mounts the form: the comment field is where the user goes next.
                autoFocus={Boolean(returnState)}
                className={inputClass}
              />
            )}
          </Field>
          <button type="submit" className={secondaryButtonClass} disabled={isApproving || isReturning}>
            {isReturning ? t("returning") : t("return")}
          </button>
        </form>
      </details>
    </div>
  );
}
