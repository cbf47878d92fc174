import { describe, expect, it } from "vitest";
import { readImportDate } from "./import-date";
import { inEnglish } from "@/tests/in-english";

describe("reading a date from a spreadsheet cell", () => {
  it.each([
    ["2018", "2018", "year"],
    ["2018-09", "2018-09", "month"],
    ["2018-9", "2018-09", "month"],
    ["2018-09-28", "2018-09-28", "day"],
    ["2018/09/28", "2018-09-28", "day"],
    ["28 September 2018", "2018-09-28", "day"],
    ["28th of September, 2018", "2018-09-28", "day"],
    ["September 28, 2018", "2018-09-28", "day"],
    ["28 Sep 2018", "2018-09-28", "day"],
    ["Sept 2018", "2018-09", "month"],
    ["Sept. 2018", "2018-09", "month"],
    ["july 2019", "2019-07", "month"],
    ["28/09/2018", "2018-09-28", "day"],
    ["09/28/2018", "2018-09-28", "day"],
    ["05.05.2019", "2019-05-05", "day"],
  ])("“%s” is %s (%s)", (text, date, precision) => {
    expect(readImportDate(text)).toEqual({ ok: true, date, precision });
  });

  it("refuses an ambiguous numeric date with both readings, never guessing", async () => {
    expect(await inEnglish(readImportDate("09/10/2018"))).toEqual({
      ok: false,
      message: "“09/10/2018” could be 2018-10-09 or 2018-09-10 (day and month can be read either way): write it as YYYY-MM-DD",
    });
  });

  it.each([
    ["2018-02-30", /not a real date/],
    ["2018-13", /not a real date/],
    ["31/31/2018", /not a real date/],
    ["Smarch 2018", /not a date this import can read/],
    ["43371", /not a date this import can read/],
    ["yesterday", /not a date this import can read/],
  ])("refuses “%s”", async (text, message) => {
    const read = readImportDate(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(await inEnglish(read.message)).toMatch(message);
  });
});
