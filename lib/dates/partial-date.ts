// Action dates are calendar dates that are often known only to the month or the year.
// They are stored as "YYYY", "YYYY-MM" or "YYYY-MM-DD" with an explicit precision, never as instants.

import type { DatePrecision } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";

const PATTERN_BY_PRECISION: Record<Exclude<DatePrecision, "unknown">, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/**
 * How a date is written at each precision, as the reader's language writes the pattern ("YYYY-MM-DD",
 * "AAAA-MM-JJ" in French, "ГГГГ-ММ-ДД" in Russian), matching the form's help text beside the field.
 */
export const PRECISION_FORMAT_HINT: Record<Exclude<DatePrecision, "unknown">, string> = {
  day: messageKey("validation.dates.forms.day"),
  month: messageKey("validation.dates.forms.month"),
  year: messageKey("validation.dates.forms.year"),
};

export type PartialDate = { date: string | null; precision: DatePrecision };

/** The numbers in an ISO date ("2018", "2018-09" or "2018-09-28"); a missing month or day counts as 1. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const [year = Number.NaN, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
}

/** Midnight UTC of the date's first day: the instant that stands for a calendar date in Intl and in Excel. */
export function utcMidnightOf(date: string): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const MONTH_OUT_OF_RANGE = messageKey("validation.dates.monthOutOfRange");
export const NO_SUCH_DAY = messageKey("validation.dates.noSuchDay");

/** Why `date` cannot stand at `precision` (a message key, lib/i18n/message-key.ts), or null when it can. */
export function partialDateProblem(date: string | null | undefined, precision: DatePrecision): string | null {
  if (precision === "unknown") {
    return date ? messageKey("validation.dates.precisionUnknown") : null;
  }
  if (!date) return messageKey("validation.dates.enterDate", { form: PRECISION_FORMAT_HINT[precision] });
  const match = PATTERN_BY_PRECISION[precision].exec(date);
  if (!match) return messageKey("validation.dates.wrongForm", { form: PRECISION_FORMAT_HINT[precision], precision });
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12) return MONTH_OUT_OF_RANGE;
  if (day < 1 || day > daysInMonth(Number(match[1]), month)) return NO_SUCH_DAY;
  return null;
}

export function isValidPartialDate(date: string | null | undefined, precision: DatePrecision): boolean {
  return partialDateProblem(date, precision) === null;
}

/** First day of the period the date names (YYYY-MM-DD), or null when unknown. */
export function firstDayOf({ date, precision }: PartialDate): string | null {
  if (!date || precision === "unknown") return null;
  if (precision === "year") return `${date}-01-01`;
  if (precision === "month") return `${date}-01`;
  return date;
}

/**
 * Last day of the period the date names (YYYY-MM-DD): "as of" a day, an action counts only if its whole
 * period has passed, so "Sep 2018" counts from 30 Sep 2018. Null when the date is unknown.
 */
export function lastDayOf({ date, precision }: PartialDate): string | null {
  if (!date || precision === "unknown") return null;
  if (precision === "year") return `${date}-12-31`;
  if (precision === "month") {
    const { year, month } = dateParts(date);
    return `${date}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
  }
  return date;
}

/** Today's calendar date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isIsoDay(value: string): boolean {
  return isValidPartialDate(value, "day");
}
