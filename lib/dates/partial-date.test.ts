import { messageTranslator } from "@/lib/i18n/translate-message";
import { describe, expect, it } from "vitest";
import { firstDayOf, isValidPartialDate, lastDayOf, partialDateProblem } from "./partial-date";
import { inEnglish } from "@/tests/in-english";

describe("partial dates", () => {
  it("accepts each precision only in its own shape", async () => {
    expect(isValidPartialDate("2018-09-28", "day")).toBe(true);
    expect(isValidPartialDate("2018-09", "month")).toBe(true);
    expect(isValidPartialDate("2018", "year")).toBe(true);
    expect(isValidPartialDate(null, "unknown")).toBe(true);
    expect(await inEnglish(partialDateProblem("2018-09", "day"))).toMatch("YYYY-MM-DD");
    expect(await inEnglish(partialDateProblem("2018-09-28", "month"))).toMatch("YYYY-MM");
    expect(await inEnglish(partialDateProblem("2018", "unknown"))).toMatch("precision");
    expect(await inEnglish(partialDateProblem(null, "year"))).toMatch("YYYY");
  });

  it("writes the pattern as the reader's language does, as the form's help text beside the field", async () => {
    const french = await messageTranslator("fr");
    expect(french(partialDateProblem(null, "day")!)).toBe("Indiquez la date sous la forme AAAA-MM-JJ");
    expect((await messageTranslator("ru"))(partialDateProblem("2018", "month")!)).toContain("ГГГГ-ММ");
  });

  it("rejects days and months that do not exist", async () => {
    expect(await inEnglish(partialDateProblem("2019-02-29", "day"))).toMatch("does not exist");
    expect(isValidPartialDate("2020-02-29", "day")).toBe(true);
    expect(await inEnglish(partialDateProblem("2018-13", "month"))).toMatch("month");
    expect(await inEnglish(partialDateProblem("2018-00-10", "day"))).toMatch("month");
  });

  it("counts a month or year from the end of its period", () => {
    expect(lastDayOf({ date: "2018-09", precision: "month" })).toBe("2018-09-30");
    expect(lastDayOf({ date: "2020-02", precision: "month" })).toBe("2020-02-29");
    expect(lastDayOf({ date: "2019", precision: "year" })).toBe("2019-12-31");
    expect(lastDayOf({ date: "2018-09-28", precision: "day" })).toBe("2018-09-28");
    expect(lastDayOf({ date: null, precision: "unknown" })).toBeNull();
    expect(firstDayOf({ date: "2019-07", precision: "month" })).toBe("2019-07-01");
  });
});
