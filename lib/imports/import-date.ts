import type { DatePrecision } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";
import { MONTH_OUT_OF_RANGE, NO_SUCH_DAY, partialDateProblem } from "@/lib/dates/partial-date";

// Dates as people keep them in spreadsheets: "2018", "2018-09", "2018-09-28", an Excel date cell (read as
// YYYY-MM-DD), "28 September 2018", "Sept 2018", "September 28, 2018", and day-month-year numbers when
// only one reading is a real date. The precision follows from the form. "09/10/2018" could be 9 October
// or 10 September: it is refused with both readings, never guessed.

export type ImportDate = { ok: true; date: string; precision: Exclude<DatePrecision, "unknown"> } | { ok: false; message: string };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthNumber(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, "");
  if (name === "sept") return 9;
  const index = MONTHS.findIndex((month) => month === name || (name.length === 3 && month.startsWith(name)));
  return index === -1 ? null : index + 1;
}

const pad = (value: number) => String(value).padStart(2, "0");

function checked(date: string, precision: Exclude<DatePrecision, "unknown">, text: string): ImportDate {
  const problem = partialDateProblem(date, precision);
  if (!problem) return { ok: true, date, precision };
  // The reason inside the sentence: its own key, since a sentence's start and middle may differ in form.
  const reason =
    problem === MONTH_OUT_OF_RANGE
      ? messageKey("validation.import.reasons.monthOutOfRange")
      : problem === NO_SUCH_DAY
        ? messageKey("validation.import.reasons.noSuchDay")
        : problem;
  return { ok: false, message: messageKey("validation.import.notRealDate", { text, reason }) };
}

const ORDINAL = "(?:st|nd|rd|th)?";
const WRITTEN_DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?([a-z]+\\.?),?\\s+(\\d{4})$`, "i");
const WRITTEN_MONTH_FIRST = new RegExp(`^([a-z]+\\.?)\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, "i");
const WRITTEN_MONTH = /^([a-z]+\.?),?\s+(\d{4})$/i;
const ISO_LIKE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const NUMERIC_YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export const DATE_FORMS_HINT = "2018-09-28, 2018-09, 2018, “28 September 2018” or “Sept 2018”";

/** The date a cell holds, at the precision its form shows; or why it cannot be read. `text` is not empty. */
export function readImportDate(text: string): ImportDate {
  const value = text.trim().replace(/\s+/g, " ");
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, year, month, day] = iso;
    if (day) return checked(`${year}-${pad(Number(month))}-${pad(Number(day))}`, "day", value);
    if (month) return checked(`${year}-${pad(Number(month))}`, "month", value);
    return checked(year!, "year", value);
  }
  const written = WRITTEN_DAY_FIRST.exec(value) ?? WRITTEN_MONTH_FIRST.exec(value);
  if (written) {
    const dayFirst = WRITTEN_DAY_FIRST.test(value);
    const [day, monthWord] = dayFirst ? [written[1]!, written[2]!] : [written[2]!, written[1]!];
    const month = monthNumber(monthWord);
    if (month) return checked(`${written[3]}-${pad(month)}-${pad(Number(day))}`, "day", value);
  }
  const monthOnly = WRITTEN_MONTH.exec(value);
  if (monthOnly) {
    const month = monthNumber(monthOnly[1]!);
    if (month) return checked(`${monthOnly[2]}-${pad(month)}`, "month", value);
  }
  const numeric = NUMERIC_YEAR_LAST.exec(value);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3]!];
    const dayFirst = `${year}-${pad(second)}-${pad(first)}`;
    const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
    const readings = [...new Set([dayFirst, monthFirst])].filter((date) => partialDateProblem(date, "day") === null);
    if (readings.length === 1) return { ok: true, date: readings[0]!, precision: "day" };
    if (readings.length > 1) {
      return {
        ok: false,
        message: messageKey("validation.import.ambiguousDate", { text: value, first: readings[0]!, second: readings[1]! }),
      };
    }
    return {
      ok: false,
      message: messageKey("validation.import.notRealDate", { text: value, reason: messageKey("validation.import.reasons.writeIso") }),
    };
  }
  return { ok: false, message: messageKey("validation.import.unreadableDate", { text: value.slice(0, 40) }) };
}
