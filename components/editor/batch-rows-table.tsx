import { useTranslations } from "next-intl";
import type { PlannedRow } from "@/lib/change-batches/plan-rows";
import { translatorFrom } from "@/lib/i18n/translate-message";

const OUTCOME_STYLES: Record<PlannedRow["outcome"], string> = {
  new: "bg-blue-50 text-blue-900",
  correction: "bg-amber-50 text-amber-900",
  unchanged: "text-muted",
  error: "bg-red-50 text-red-900",
};

/** One line per row of a batch: new, correction (each field, old → new), unchanged, or error (column and message). */
export function BatchRowsTable({ rows, caption }: { rows: PlannedRow[]; caption: string }) {
  const t = useTranslations("editor.import.batch");
  // Row problems are stored as message keys (plain English in batches previewed before they were), written
  // here in the reader's language.
  const translate = translatorFrom(useTranslations());
  const shown = (value: string | null) => (value === null || value === "" ? t("empty") : value);
  const details = (row: PlannedRow) => {
    switch (row.outcome) {
      case "new":
        return t("newAction", { action: row.action });
      case "correction":
        return (
          <ul className="space-y-1">
            {row.changes.map((change) => (
              <li key={change.field}>{t("change", { label: change.label, before: shown(change.before), after: shown(change.after) })}</li>
            ))}
          </ul>
        );
      case "unchanged":
        return null;
      case "error":
        return (
          <ul className="space-y-1">
            {row.problems.map((problem, index) => (
              <li key={index}>
                <span className="font-medium">{problem.column || t("wholeRow")}</span>: {translate(problem.message)}
              </li>
            ))}
          </ul>
        );
    }
  };
  return (
    <table className="card-table w-full border-collapse text-start text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col" className="py-2 pe-4 text-start">
            {t("row")}
          </th>
          <th scope="col" className="py-2 pe-4 text-start">
            {t("participant")}
          </th>
          <th scope="col" className="py-2 pe-4 text-start">
            {t("outcome")}
          </th>
          <th scope="col" className="py-2 text-start">
            {t("details")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.rowNumber} className="border-b border-rule align-top" data-outcome={row.outcome}>
            <td className="py-2 pe-4 tabular-nums" data-label={t("row")}>
              {row.rowNumber}
            </td>
            <td className="py-2 pe-4" data-label={t("participant")}>
              {row.participant?.name ?? ""}
            </td>
            <td className="py-2 pe-4" data-label={t("outcome")}>
              <span className={`rounded px-2 py-0.5 font-medium ${OUTCOME_STYLES[row.outcome]}`}>{t(`outcomes.${row.outcome}`)}</span>
            </td>
            <td className="py-2" data-label={t("details")}>
              {details(row)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
