// messages: exports (the translator comes from lib/exports/export-words.ts)
import { getTranslations } from "next-intl/server";
import { formatDay as formatDayIn, formatPartialDate as formatPartialDateIn } from "@/lib/dates/format-date";
import type { DatePrecision } from "@/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// The words of the XLSX and PDF exports (messages/<locale>/exports.json) and their dates, in one language:
// the one `?lang=` asked for, English otherwise. Loaded once per export, before the (synchronous) builders run.

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ExportWords = {
  locale: Locale;
  t: Translate;
  /** "28 Sept 2018" in English, "28 sept. 2018" in French…: the site's date formatter in this locale. */
  formatDay: (isoDay: string) => string;
  /** A date at its precision, or "date not known" in this language. */
  formatPartialDate: (date: string | null, precision: DatePrecision) => string;
};

export async function loadExportWords(locale: Locale = DEFAULT_LOCALE): Promise<ExportWords> {
  return exportWordsOf(locale, await getTranslations({ locale, namespace: "exports" }));
}

/** The words from a translator of the exports namespace. */
export function exportWordsOf(locale: Locale, t: Translate): ExportWords {
  return {
    locale,
    t,
    formatDay: (isoDay) => formatDayIn(isoDay, locale),
    formatPartialDate: (date, precision) => formatPartialDateIn(date, precision, locale) ?? t("dateNotKnown"),
  };
}
