"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/server-actions/form-state";

export type RemovalLabels = { summary: string; help: string; reason: string; confirm: string; submit: string };

/**
 * A destructive action (deleting a record, removing a document) behind a disclosure, a reason and an explicit
 * confirmation. `fields` are the hidden inputs that name what is removed.
 */
export function ConfirmedRemovalForm({
  removeAction,
  fields,
  reasonId,
  labels,
}: {
  removeAction: FormAction;
  fields: Record<string, string>;
  reasonId: string;
  labels: RemovalLabels;
}) {
  const [state, formAction, isPending] = useActionState(removeAction, null);
  return (
    <details className="rounded border border-red-800 p-4" open={Boolean(state)}>
      <summary className="cursor-pointer font-medium text-red-900">{labels.summary}</summary>
      <form key={state?.attempt ?? 0} action={formAction} className="mt-4 space-y-4">
        <FormStatus message={state?.message} />
        <p className="text-sm text-muted">{labels.help}</p>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Field id={reasonId} label={labels.reason} error={state?.fieldErrors.reason}>
          {(describedBy, invalid) => (
            <textarea
              id={reasonId}
              name="reason"
              rows={2}
              required
              defaultValue={state?.values.reason}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            />
          )}
        </Field>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" required />
          {labels.confirm}
        </label>
        <button type="submit" disabled={isPending} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900">
          {labels.submit}
        </button>
      </form>
    </details>
  );
}
