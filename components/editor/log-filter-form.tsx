import { buttonClass, inputClass } from "@/components/ui/field";

// The filters of the editor's logs (audit, security): GET forms, so the values live in the URL and a
// filtered view can be bookmarked. Each log adds its own selects; every log filters by day.

/** A labelled select whose first choice, empty, means "any". */
export function LogFilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The form: the log's own fields, then "From" and "To" days, then the submit button. */
export function LogFilterForm({
  children,
  from,
  to,
  labels,
}: {
  children: React.ReactNode;
  from?: string;
  to?: string;
  labels: { from: string; to: string; submit: string };
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4">
      {children}
      {(["from", "to"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={name} className="block text-sm font-medium">
            {labels[name]}
          </label>
          <input id={name} name={name} type="date" defaultValue={(name === "from" ? from : to) ?? ""} className={inputClass} />
        </div>
      ))}
      <button type="submit" className={buttonClass}>
        {labels.submit}
      </button>
    </form>
  );
}
