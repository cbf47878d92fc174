"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatementKind } from "@/generated/prisma/enums";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";
import { useFocusFirstError } from "./use-focus-first-error";
import { ParticipantInput, type ParticipantOption } from "./participant-input";

/** The fields as the form sends them: what a saved statement pre-fills when it is edited. */
export type StatementFormValues = {
  participant?: string;
  kind?: string;
  text?: string;
  commitments?: string[];
  madeOn?: string;
  sourceUrl?: string;
  status?: string;
};

/** Adds a statement, or edits an unpublished one (with `statementId` and `version`). */
export function StatementForm({
  saveAction,
  participants,
  commitmentNumbers,
  statusChoices,
  initial = {},
  statementId,
  version,
}: {
  saveAction: FormAction;
  participants: ParticipantOption[];
  commitmentNumbers: number[];
  /** Draft and Submitted for review while a second reviewer is required; Draft and Published when not. */
  statusChoices: readonly string[];
  initial?: StatementFormValues;
  statementId?: string;
  version?: number;
}) {
  const t = useTranslations("editor.statement");
  const tStatus = useTranslations("editor.signature.statuses");
  const [state, formAction, isPending] = useActionState(saveAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  // After a refused save, what was sent (an unticked commitment stays unticked); before, the saved statement.
  const values: StatementFormValues = state?.values ?? initial;
  const ticked = new Set([values.commitments ?? []].flat().map(String));
  const errors = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-6" noValidate>
      <FormStatus message={state?.message} />
      {statementId && <input type="hidden" name="id" value={statementId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <Field id="participant" label={t("participant")} error={errors.participant}>
        {(describedBy, invalid) => (
          <ParticipantInput
            id="participant"
            options={participants}
            defaultValue={values.participant}
            describedBy={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field id="kind" label={t("kind")} error={errors.kind}>
        {(describedBy) => (
          <select id="kind" name="kind" defaultValue={values.kind ?? "declaration"} aria-describedby={describedBy} className={inputClass}>
            {Object.values(StatementKind).map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="text" label={t("text")} error={errors.text}>
        {(describedBy, invalid) => (
          <textarea
            id="text"
            name="text"
            rows={5}
            defaultValue={values.text}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset className="space-y-2" aria-describedby={errors.commitments ? "commitments-error" : undefined}>
        <legend className="font-medium">{t("commitments")}</legend>
        <div className="flex flex-wrap gap-4">
          {commitmentNumbers.map((number) => (
            <label key={number} className="flex items-center gap-1">
              <input type="checkbox" name="commitments" value={number} defaultChecked={ticked.has(String(number))} />
              {t("commitment", { number })}
            </label>
          ))}
        </div>
        {errors.commitments && (
          <p id="commitments-error" className="text-sm font-medium text-red-800">
            {errors.commitments}
          </p>
        )}
      </fieldset>
      <Field id="madeOn" label={t("madeOn")} help={t("madeOnHelp")} error={errors.madeOn}>
        {(describedBy, invalid) => (
          <input
            id="madeOn"
            name="madeOn"
            defaultValue={values.madeOn}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="sourceUrl" label={t("sourceUrl")} error={errors.sourceUrl}>
        {(describedBy, invalid) => (
          <input
            id="sourceUrl"
            name="sourceUrl"
            defaultValue={values.sourceUrl}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="status" label={t("status")} error={errors.status}>
        {(describedBy) => (
          <select id="status" name="status" defaultValue={values.status ?? "draft"} aria-describedby={describedBy} className={inputClass}>
            {statusChoices.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
