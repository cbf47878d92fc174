import { getTranslations } from "next-intl/server";
import { FieldError } from "@/components/ui/field-error";

const inputClass = "block w-full rounded border border-[#8a93a0] bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-[#a1260d]";
const buttonClass =
  "rounded bg-signed px-4 py-2 text-sm font-medium text-white hover:bg-signed/90 focus-visible:outline-2 focus-visible:outline-offset-2";

type Field = { name: string; label: string; value?: string; error?: string; hint: string; type: "date" | "text" };

function CompareForm({ label, fields, submit }: { label: string; fields: Field[]; submit: string }) {
  return (
    <form method="get" action="/compare" aria-label={label} className="no-print space-y-3 rounded border border-rule bg-white p-4">
      <h2 className="text-lg font-semibold">{label}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={`compare-${field.name}`} className="mb-1 block text-sm font-medium">
              {field.label}
            </label>
            <p id={`compare-${field.name}-hint`} className="mb-1 text-xs text-muted">
              {field.hint}
            </p>
            <input
              id={`compare-${field.name}`}
              name={field.name}
              type={field.type}
              inputMode={field.type === "text" ? "numeric" : undefined}
              // Days (YYYY-MM-DD) and revision numbers read left to right in any language.
              dir="ltr"
              defaultValue={field.value ?? ""}
              className={inputClass}
              aria-invalid={field.error ? true : undefined}
              aria-describedby={[`compare-${field.name}-hint`, field.error ? `compare-${field.name}-error` : null]
                .filter(Boolean)
                .join(" ")}
            />
            <FieldError id={`compare-${field.name}-error`} message={field.error} />
          </div>
        ))}
      </div>
      <button type="submit" className={buttonClass}>
        {submit}
      </button>
    </form>
  );
}

type Values = Partial<Record<"from" | "to" | "fromRevision" | "toRevision", string>>;

/** The two plain GET forms of /compare: two days, or two revisions. They keep what was typed beside each message. */
export async function CompareForms({
  values,
  errors,
  range,
}: {
  values: Values;
  errors: Values;
  range: { first: number; last: number } | null;
}) {
  const t = await getTranslations("ledger.compare");
  const revisionHint = range ? t("revisionHint", { first: range.first, last: range.last }) : "";
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <CompareForm
        label={t("daysHeading")}
        submit={t("submitDays")}
        fields={[
          { name: "from", label: t("from"), value: values.from, error: errors.from, hint: t("dateHint"), type: "date" },
          { name: "to", label: t("to"), value: values.to, error: errors.to, hint: t("dateHint"), type: "date" },
        ]}
      />
      <CompareForm
        label={t("revisionsHeading")}
        submit={t("submitRevisions")}
        fields={[
          {
            name: "fromRevision",
            label: t("fromRevision"),
            value: values.fromRevision,
            error: errors.fromRevision,
            hint: revisionHint,
            type: "text",
          },
          {
            name: "toRevision",
            label: t("toRevision"),
            value: values.toRevision,
            error: errors.toRevision,
            hint: revisionHint,
            type: "text",
          },
        ]}
      />
    </div>
  );
}
