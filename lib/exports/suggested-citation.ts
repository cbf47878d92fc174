// messages: exports (the translator comes from lib/exports/export-words.ts)
// Words shared by the exports and the citations (lib/citation/cite-version.ts builds the citation itself:
// one for the XLSX metadata sheet, the PDF annex, the JSON document, the data package and the pages).
// The citation stays in English in every language: it names the instrument by its English title, the only
// text of the Code we hold.

import { formatDay } from "@/lib/dates/format-date";
import type { SignatoriesDocument } from "@/lib/api/schema";
import { generatedOn } from "./export-filename";
import type { ExportWords } from "./export-words";

export const TRACKER_NAME = "Code of Conduct Signatory Tracker";

/**
 * "as of 15 Jul 2019" for a list as of a day; "current record on 28 Nov 2026" (the day of generation)
 * otherwise; "record at revision 12" (", as of …") for a past revision — in the export's language.
 */
export function describeListMoment(
  document: Pick<SignatoriesDocument, "asOf" | "generatedAt">,
  pinnedRevision: number | undefined,
  words: ExportWords,
): string {
  const { t } = words;
  if (pinnedRevision !== undefined) {
    const revision = String(pinnedRevision);
    return document.asOf
      ? t("moment.revisionAsOf", { revision, date: words.formatDay(document.asOf) })
      : t("moment.revision", { revision });
  }
  return document.asOf
    ? t("moment.asOf", { date: words.formatDay(document.asOf) })
    : t("moment.current", { date: words.formatDay(generatedOn(document)) });
}

/** What a citation of the signatory list names: the list, and the as-of day when one was chosen. */
export function signatoryListTitle(instrumentTitle: string, asOf?: string): string {
  return `Signatories of the ${instrumentTitle}${asOf ? `, as of ${formatDay(asOf)}` : ""}`;
}
