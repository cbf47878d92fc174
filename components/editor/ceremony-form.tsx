"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { VerificationLevel } from "@/generated/prisma/enums";
import { buttonClass, Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";
import type { ParticipantOption } from "./participant-input";
import { ProgressNote } from "./progress-note";
import { useFocusFirstError } from "./use-focus-first-error";

const ROW_FIELDS = ["participant", "signerName", "signerTitle"] as const;
type RowField = (typeof ROW_FIELDS)[number];
type Row = { key: number } & Record<RowField, string>;

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, participant: "", signerName: "", signerTitle: "" });

/**
 * A signing ceremony: the event once (date, place, evidence), then a table with one row per participant.
 * Keyboard first: Enter in a row moves to the next row's participant, adding a row at the end.
 */
export function CeremonyForm({ saveAction, participants }: { saveAction: FormAction; participants: ParticipantOption[] }) {
  const t = useTranslations("editor.ceremony");
  const ts = useTranslations("editor.signature");
  const [state, formAction, isPending] = useActionState(saveAction, null);
  const formRef = useFocusFirstError(state?.attempt);
  // The rows are state of this component, not of the form: they survive a refused save as typed.
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const focusRow = useRef<number | null>(null);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const filled = rows.filter((row) => ROW_FIELDS.some((field) => row[field].trim())).length;

  useEffect(() => {
    if (focusRow.current === null) return;
    formRef.current?.querySelector<HTMLInputElement>(`#participant-${focusRow.current}`)?.focus();
    focusRow.current = null;
  }, [rows, formRef]);

  const update = (key: number, field: RowField, value: string) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  const onRowKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = rows[index + 1];
    if (next) {
      focusRow.current = next.key;
      setRows([...rows]);
    } else {
      const added = emptyRow();
      focusRow.current = added.key;
      setRows([...rows, added]);
    }
  };

  const eventField = (name: string, label: string, help?: string) => (
    <Field id={name} label={label} help={help} error={errors[name]}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          defaultValue={values[name]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-8" noValidate>
      <FormStatus message={state?.message} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{t("event")}</legend>
        {eventField("date", t("date"), t("dateHelp"))}
        {eventField("place", t("place"))}
        {eventField("evidenceUrl", t("evidenceUrl"), t("evidenceUrlHelp"))}
        {eventField("documentSymbol", t("documentSymbol"))}
        <Field id="verification" label={t("verification")} error={errors.verification}>
          {(describedBy, invalid) => (
            <select
              id="verification"
              name="verification"
              defaultValue={values.verification ?? "official_statement"}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            >
              {Object.values(VerificationLevel).map((level) => (
                <option key={level} value={level}>
                  {ts(`verifications.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">{t("signatories")}</legend>
        <p className="text-sm text-muted">{t("rowsHelp")}</p>
        <datalist id="ceremony-participants">
          {participants.map((option) => (
            <option key={option.code} value={option.label} />
          ))}
        </datalist>
        <table className="w-full border-collapse text-start">
          <thead>
            <tr className="border-b border-rule text-sm">
              <th scope="col" className="w-10 py-2 pe-2 text-start">
                #
              </th>
              {ROW_FIELDS.map((field) => (
                <th key={field} scope="col" className="py-2 pe-2 text-start">
                  {t(field)}
                </th>
              ))}
              <th scope="col" className="py-2 text-start">
                <span className="sr-only">{t("removeRow", { row: "" })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key} className="align-top">
                <td className="py-1 pe-2 text-sm tabular-nums">{index + 1}</td>
                {ROW_FIELDS.map((field) => {
                  const error = errors[`${field}.${index}`];
                  const id = `${field}-${row.key}`;
                  const label = { participant: "rowParticipant", signerName: "rowSignerName", signerTitle: "rowSignerTitle" }[field];
                  return (
                    <td key={field} className="py-1 pe-2">
                      <input
                        id={id}
                        name={`${field}[]`}
                        value={row[field]}
                        onChange={(event) => update(row.key, field, event.target.value)}
                        onKeyDown={(event) => onRowKeyDown(event, index)}
                        list={field === "participant" ? "ceremony-participants" : undefined}
                        autoComplete="off"
                        aria-label={t(label, { row: index + 1 })}
                        aria-describedby={error ? `${id}-error` : undefined}
                        aria-invalid={error ? true : undefined}
                        className={`${inputClass} max-w-none`}
                      />
                      {error && (
                        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
                          {error}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td className="py-1">
                  <button
                    type="button"
                    className="px-2 py-2 text-sm underline"
                    aria-label={t("removeRow", { row: index + 1 })}
                    onClick={() => setRows(rows.length > 1 ? rows.filter((other) => other.key !== row.key) : [emptyRow()])}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            const added = emptyRow();
            focusRow.current = added.key;
            setRows([...rows, added]);
          }}
        >
          {t("addRow")}
        </button>
      </fieldset>

      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("save", { count: filled })}
      </button>
      {isPending && <ProgressNote label={t("save", { count: filled })} message={t("saving")} />}
    </form>
  );
}
