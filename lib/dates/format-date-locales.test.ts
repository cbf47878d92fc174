import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { formatPartialDate } from "./format-date";

// The same dates at each precision in the six languages, through Intl (CLDR), in UTC whatever the machine's
// time zone (vitest.config.ts also runs the date tests at UTC+14 and UTC−10).
const EXPECTED: Record<(typeof LOCALES)[number], { day: string; month: string; year: string; newYear: string }> = {
  en: { day: "28 Sept 2018", month: "Sept 2018", year: "2018", newYear: "1 Jan 2019" },
  fr: { day: "28 septembre 2018", month: "septembre 2018", year: "2018", newYear: "1 janvier 2019" },
  ru: { day: "28 сентября 2018 г.", month: "сентябрь 2018 г.", year: "2018", newYear: "1 января 2019 г." },
  zh: { day: "2018年9月28日", month: "2018年9月", year: "2018年", newYear: "2019年1月1日" },
  es: { day: "28 de septiembre de 2018", month: "septiembre de 2018", year: "2018", newYear: "1 de enero de 2019" },
  ar: { day: "28 سبتمبر 2018", month: "سبتمبر 2018", year: "2018", newYear: "1 يناير 2019" },
};

describe.each(LOCALES)("dates in %s", (locale) => {
  const expected = EXPECTED[locale];

  it("writes each precision in that language", () => {
    expect(formatPartialDate("2018-09-28", "day", locale)).toBe(expected.day);
    expect(formatPartialDate("2018-09", "month", locale)).toBe(expected.month);
    expect(formatPartialDate("2018", "year", locale)).toBe(expected.year);
  });

  it("never shifts a calendar day at the turn of a year", () => {
    expect(formatPartialDate("2019-01-01", "day", locale)).toBe(expected.newYear);
  });

  it("writes nothing for a date not known, whatever the language", () => {
    expect(formatPartialDate(null, "unknown", locale)).toBeNull();
    expect(formatPartialDate("2018", "unknown", locale)).toBeNull();
  });
});
