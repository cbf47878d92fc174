import type { ReactNode } from "react";

/**
 * A labelled form field in the editor's one-column layout: label above, help under the label, the error
 * under the field, tied to the control with aria-describedby so screen readers read both.
 */
export function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {help && (
        <p id={helpId} className="text-sm text-muted">
          {help}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full max-w-xl rounded border border-gray-400 bg-white px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

export const buttonClass =
  "inline-flex items-center rounded bg-accent px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex items-center rounded border border-gray-400 bg-white px-4 py-2 font-medium text-ink hover:bg-gray-50";
