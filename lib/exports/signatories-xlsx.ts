// messages: exports (the translator comes from lib/exports/export-words.ts)
import ExcelJS from "exceljs";
import { utcMidnightOf } from "@/lib/dates/partial-date";
import { CSV_COLUMNS } from "./signatories-csv";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { describeFilters, type SignatoryExport } from "./signatories-document";
import { TRACKER_NAME } from "./suggested-citation";

const COLUMN_WIDTHS: Record<string, number> = {
  code: 10,
  iso2: 6,
  iso3: 6,
  name: 34,
  kind: 13,
  region: 11,
  subregion: 26,
  action: 11,
  date: 12,
  date_precision: 14,
  place: 36,
  signer_name: 26,
  signer_title: 32,
  verification: 18,
  evidence_url: 50,
  document_symbol: 18,
};

/** A day-precision date becomes a real date cell (midnight UTC, which Excel shows as that calendar day). */
function dateCell(date: string | null, precision: string): Date | string | null {
  if (!date) return null;
  return precision === "day" ? utcMidnightOf(date) : date;
}

/**
 * Sheet 1 "Signatories" (one row per action, CSV column names), sheet 2 "About" (instrument, filters, citation).
 * In another language (`?lang=`), names, the About sheet and the header row are in it (the sheets keep their
 * names, which programs look up); in English the header row is the CSV's column names.
 * Text is written as typed: ExcelJS stores a string as a text cell, which Excel, LibreOffice and Google Sheets
 * never evaluate, so a leading apostrophe (the CSV's defence) would only show as a stray character here.
 * Only an object with a `formula` makes a formula cell, and none is ever written.
 */
export async function buildSignatoriesXlsx({ document, filters, citation, pinnedRevision, words }: SignatoryExport): Promise<Buffer> {
  const { t } = words;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = TRACKER_NAME;
  workbook.created = new Date(document.generatedAt);

  const sheet = workbook.addWorksheet("Signatories", { views: [{ state: "frozen", ySplit: 1 }] });
  const isEnglish = words.locale === DEFAULT_LOCALE;
  sheet.columns = CSV_COLUMNS.map(([header]) => ({
    header: isEnglish ? header : t(`sheetColumns.${header}`),
    key: header,
    width: COLUMN_WIDTHS[header] ?? 14,
  }));
  for (const item of document.items) {
    const values: Record<string, unknown> = {};
    for (const [header, field] of CSV_COLUMNS) values[header] = item[field];
    values.date = dateCell(item.date, item.datePrecision);
    sheet.addRow(values);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn("date").numFmt = "yyyy-mm-dd";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_COLUMNS.length } };

  const about = workbook.addWorksheet("About");
  about.columns = [
    { header: t("about.field"), key: "field", width: 22 },
    { header: t("about.value"), key: "value", width: 100 },
  ];
  const aboutRows: [string, string | number][] = [
    [t("about.title"), t("title")],
    [t("about.instrument"), document.instrument.title],
    [t("about.instrumentSlug"), document.instrument.slug],
    [t("about.openedForSignature"), words.formatDay(document.instrument.openedOn)],
    ...describeFilters(filters, words).map(({ label, value }): [string, string] => [t("about.filter", { label }), value]),
    [
      t("about.asOf"),
      document.asOf ??
        (pinnedRevision === undefined
          ? t("about.notFilteredCurrent")
          : t("about.notFilteredRevision", { revision: String(pinnedRevision) })),
    ],
    [t("about.generatedAt"), document.generatedAt],
    [t("about.rows"), document.count],
    [t("about.dates"), t("about.datesText")],
    [t("about.recordRevision"), document.version.revision],
    [t("about.ledgerHead"), document.version.ledgerHead ?? t("about.noLedgerHead")],
    [t("about.thisVersion"), document.version.url],
    [t("about.citation"), citation],
    ...(isEnglish ? [] : [[t("about.language"), `${words.locale} — ${t("about.localized")}`] as [string, string]]),
  ];
  for (const [field, value] of aboutRows) about.addRow({ field, value });
  about.getRow(1).font = { bold: true };
  about.getColumn("value").alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
