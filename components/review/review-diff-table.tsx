import { getTranslations } from "next-intl/server";
import type { FieldDiff } from "@/lib/review/review-diff";

const cell = "px-3 py-2 align-top break-words";

/** Field by field: what the public sees now, and what approval would publish. Enum values in words. */
export async function ReviewDiffTable({ diff, caption }: { diff: FieldDiff[]; caption: string }) {
  const [t, ts, tStatement, tEvidence] = await Promise.all([
    getTranslations("editor.review"),
    getTranslations("editor.signature"),
    getTranslations("editor.statement"),
    getTranslations("editor.evidence"),
  ]);
  // An evidence document's rows (a pending change to a published record's documents).
  const evidenceLabels: Record<string, string> = {
    document: tEvidence("upload.document"),
    sha256: tEvidence("sha256"),
    evidenceKind: tEvidence("kind"),
    evidenceVisibility: tEvidence("visibility"),
  };
  const words: Record<string, string> = { action: "actions", datePrecision: "precisions", verification: "verifications", kind: "kinds" };
  const labelOf = (entry: FieldDiff) => {
    if (entry.label) return entry.label;
    if (evidenceLabels[entry.field]) return evidenceLabels[entry.field];
    if (entry.field === "kind" || entry.field === "text" || entry.field === "madeOn" || entry.field === "commitments")
      return tStatement(entry.field);
    return ts.has(entry.field) ? ts(entry.field) : entry.field;
  };
  const valueOf = (entry: FieldDiff, value: string | null) => {
    if (value === null) return <span className="text-muted">{t("nothing")}</span>;
    const group = words[entry.field];
    if (entry.field === "kind" && tStatement.has(`kinds.${value}`)) return tStatement(`kinds.${value}`);
    if (entry.field === "evidenceKind") return tEvidence(`kinds.${value}`);
    if (entry.field === "evidenceVisibility") return tEvidence(`visibilities.${value}`);
    if (entry.field === "sha256")
      return (
        <a href={`/evidence/${value}`} className="font-mono break-all underline">
          {value}
        </a>
      );
    if (group && ts.has(`${group}.${value}`)) return ts(`${group}.${value}`);
    return value;
  };
  return (
    <table className="w-full max-w-4xl border border-rule text-start text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-paper">
        <tr className="border-b border-rule">
          <th scope="col" className={cell}>
            {t("field")}
          </th>
          <th scope="col" className={cell}>
            {t("publicNow")}
          </th>
          <th scope="col" className={cell}>
            {t("proposed")}
          </th>
        </tr>
      </thead>
      <tbody>
        {diff.map((entry) => (
          <tr key={entry.field} className="border-b border-rule/60">
            <th scope="row" className={`${cell} font-medium`}>
              {labelOf(entry)}
            </th>
            <td className={cell}>{valueOf(entry, entry.publicNow)}</td>
            <td className={`${cell} bg-amber-50`}>{valueOf(entry, entry.proposed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
