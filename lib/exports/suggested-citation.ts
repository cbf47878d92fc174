// Words shared by the exports and the citations (lib/citation/cite-version.ts builds the citation itself:
// one for the XLSX metadata sheet, the PDF annex, the JSON document, the data package and the pages).

import { formatDay as formatDayInEnglish, formatPartialDate as formatPartialDateInEnglish } from "@/lib/dates/format-date";
import type { DatePrecision } from "@/generated/prisma/enums";
import type { SignatoriesDocument } from "@/lib/api/schema";
import { generatedOn } from "./export-filename";

/** "28 Sept 2018" for an ISO day: the site's own formatter, in English (exports are English for now). */
export function formatDay(isoDay: string): string {
  return formatDayInEnglish(isoDay);
}

/** A date at its precision: "28 Sept 2018", "Sept 2018", "2018" or "date not known". */
export function formatPartialDate(date: string | null, precision: DatePrecision): string {
  return formatPartialDateInEnglish(date, precision) ?? "date not known";
}

export const TRACKER_NAME = "Code of Conduct Signatory Tracker";

/**
 * "as of 15 Jul 2019" for a list as of a day; "current record on 28 Nov 2026" (the day of generation)
 * otherwise; "record at revision 12" (", as of …") for a past revision.
 */
export function describeListMoment(document: Pick<SignatoriesDocument, "asOf" | "generatedAt">, pinnedRevision?: number): string {
  const asOf = document.asOf ? `as of ${formatDay(document.asOf)}` : null;
  if (pinnedRevision !== undefined) return `record at revision ${pinnedRevision}${asOf ? `, ${asOf}` : ""}`;
  return asOf ?? `current record on ${formatDay(generatedOn(document))}`;
}

/** What a citation of the signatory list names: the list, and the as-of day when one was chosen. */
export function signatoryListTitle(instrumentTitle: string, asOf?: string): string {
  return `Signatories of the ${instrumentTitle}${asOf ? `, as of ${formatDay(asOf)}` : ""}`;
}
