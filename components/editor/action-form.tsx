"use client";

import { Link } from "@/i18n/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionKind, DatePrecision, VerificationLevel } from "@/generated/prisma/enums";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INSTANT_FORMAT } from "@/lib/dates/format-date";
import type { FormAction } from "@/lib/server-actions/form-state";
import { useFocusFirstError } from "./use-focus-first-error";
import { ParticipantInput, type ParticipantOption } from "./participant-input";

export type ActionFormValues = Record<string, string>;

type Change = { actorName: string; at: string; fields: string[] };

/** Records a signature, accession or withdrawal, or corrects one (with `actionId` and `version`). */
export function ActionForm({
  saveAction,
  participants,
  initial,
  actionId,
  version,
  isPublished,
  statusChoices,
}: {
  saveAction: FormAction;
  /** Draft and Submitted for review while a second reviewer is required; Draft and Published when not. */
  statusChoices: readonly string[];
  participants: ParticipantOption[];
  initial: ActionFormValues;
  actionId?: string;
  version?: number;
  isPublished?: boolean;
}) {
  const t = useTranslations("editor.signature");
  const format = useFormatter();
  const [state, formAction, isPending] = useActionState(saveAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  const values = { ...initial, ...(state?.values as ActionFormValues | undefined) };
  const errors = state?.fieldErrors ?? {};
  const changes = (state?.details?.changes as Change[] | undefined) ?? [];
  const existingId = state?.details?.existingActionId as string | undefined;

  const text = (name: keyof typeof values & string, options: { help?: boolean; multiline?: boolean; maxLength?: number } = {}) => (
    <Field id={name} label={t(name)} help={options.help ? t(`${name}Help`) : undefined} error={errors[name]}>
      {(describedBy, invalid) =>
        options.multiline ? (
          <textarea
            id={name}
            name={name}
            rows={3}
            defaultValue={values[name]}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        ) : (
          <input
            id={name}
            name={name}
            defaultValue={values[name]}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )
      }
    </Field>
  );

  const select = (name: string, choices: readonly string[], labels: string, help = false) => (
    <Field id={name} label={t(name)} help={help ? t(`${name}Help`) : undefined} error={errors[name]}>
      {(describedBy, invalid) => (
        <select
          id={name}
          name={name}
          defaultValue={values[name]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`${labels}.${choice}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    // Re-mounted after each failed attempt so the fields show what the user typed, with the errors.
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-6" noValidate>
      <FormStatus message={state?.message}>
        {existingId && (
          <p className="mt-2">
            <Link href={`/editor/signatures/${existingId}`} className="underline">
              {t("existing")}
            </Link>
          </p>
        )}
        {changes.length > 0 && (
          <ul className="mt-2 list-disc ps-5">
            {changes.map((change) => (
              <li key={change.at}>
                {t("conflictChanges", {
                  actor: change.actorName,
                  fields: format.list(change.fields),
                  time: format.dateTime(new Date(change.at), INSTANT_FORMAT),
                })}
              </li>
            ))}
          </ul>
        )}
        {changes.length > 0 && actionId && (
          <p className="mt-2">
            <a href={`/editor/signatures/${actionId}`} className="underline">
              {t("conflictReload")}
            </a>
          </p>
        )}
      </FormStatus>

      {actionId && <input type="hidden" name="id" value={actionId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}

      <Field id="participant" label={t("participant")} help={t("participantHelp")} error={errors.participant}>
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
      {select("action", Object.values(ActionKind), "actions", true)}
      {select("datePrecision", Object.values(DatePrecision), "precisions")}
      {text("date", { help: true })}
      {text("place")}
      {text("signerName")}
      {text("signerTitle")}
      {text("evidenceUrl", { help: true })}
      {text("documentSymbol", { help: true })}
      {text("evidenceDescription", { multiline: true })}
      {select("verification", Object.values(VerificationLevel), "verifications", true)}
      {text("notes", { multiline: true })}
      {select("status", statusChoices, "statuses")}
      {actionId && (
        <Field id="reason" label={t("reason")} help={t("reasonHelp")} error={errors.reason}>
          {(describedBy, invalid) => (
            <textarea
              id="reason"
              name="reason"
              rows={2}
              defaultValue={values.reason}
              required={isPublished}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            />
          )}
        </Field>
      )}
      <button type="submit" className={buttonClass} disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
