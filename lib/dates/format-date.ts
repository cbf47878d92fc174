import type { DatePrecision } from "@/generated/prisma/enums";
import { utcMidnightOf } from "./partial-date";

// The one way dates are written, on pages and in exports, through Intl (CLDR) in the page's language, at the
// date's precision. English keeps the UN's day-month-year order with CLDR's British abbreviations ("28 Sept
// 2018"; Intl's bare "en" would write "Sep 28, 2018"). The other five write the month in full, as their
// own usage does: "28 septembre 2018", "сентябрь 2018 г.", "2018年9月", "28 de septiembre de 2018".
const INTL_LOCALE: Record<string, string> = { en: "en-GB" };

const OPTIONS = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const ENGLISH_OPTIONS = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<keyof typeof OPTIONS, Intl.DateTimeFormatOptions>;

export function intlLocaleOf(locale: string): string {
  return INTL_LOCALE[locale] ?? locale;
}

/** A moment in time (history entries, last saves) as every page writes it: "29 Nov 2026, 00:20 UTC". */
export const INSTANT_FORMAT = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const satisfies Intl.DateTimeFormatOptions;

/** Any instant or calendar date, in UTC, with Intl options. */
export function formatDateTime(value: Date, options: Intl.DateTimeFormatOptions, locale = "en"): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { timeZone: "UTC", ...options }).format(value);
}

/** "28 Sept 2018" for an ISO day (YYYY-MM-DD). */
export function formatDay(isoDay: string, locale = "en"): string {
  return formatPartialDate(isoDay, "day", locale)!;
}

/** A date at its precision: "28 Sept 2018", "Sept 2018", "2018" (in English); null when the date is not known. */
export function formatPartialDate(date: string | null, precision: DatePrecision, locale = "en"): string | null {
  if (!date || precision === "unknown") return null;
  return formatDateTime(utcMidnightOf(date), (locale === "en" ? ENGLISH_OPTIONS : OPTIONS)[precision], locale);
}
